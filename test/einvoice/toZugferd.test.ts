/**
 * ZUGFeRD 2.x / Factur-X in the EN16931 profile (R28): the CII of XRechnung
 * under the plain EN 16931 identifier, for documents that lack what only
 * XRechnung asks for.
 */
import { describe, expect, it } from 'vitest';
import { toXRechnungCii, toZugferd } from '../../src/einvoice/index.js';
import type { FinalDocument } from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { BASE, BUYER, CORRECTION, finalOf, SELLER } from './fixtures.js';
import { all, one, parseXml } from './xmlTree.js';

const SUM = 'rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation';

describe('toZugferd', () => {
  it('writes CII with the EN 16931 specification identifier and no business process', () => {
    const root = parseXml(toZugferd(BASE));
    expect(one(root, 'rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID')).toBe('urn:cen.eu:en16931:2017');
    expect(all(root, 'rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter')).toEqual([]);
    expect(one(root, `${SUM}/ram:GrandTotalAmount`)).toBe('55.72');
    expect(one(root, `${SUM}/ram:DuePayableAmount`)).toBe('55.72');
  });

  it('is the XRechnung CII but for the document context', () => {
    const body = (xml: string): string => xml.slice(xml.indexOf('</rsm:ExchangedDocumentContext>'));
    expect(body(toZugferd(BASE))).toBe(body(toXRechnungCii(BASE)));
    expect(body(toZugferd(CORRECTION))).toBe(body(toXRechnungCii(CORRECTION)));
  });

  it('writes a document without buyer reference, seller contact and electronic addresses, which XRechnung refuses', () => {
    const { contact: _contact, electronicAddress: _address, ...seller } = SELLER;
    const { electronicAddress: _buyerAddress, ...buyer } = BUYER;
    const document: FinalDocument = finalOf({ seller, buyer, buyerReference: undefined as never });
    expect(document.buyerReference).toBeNull();
    const root = parseXml(toZugferd(document));
    expect(all(root, 'rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerReference')).toEqual([]);
    expect(all(root, 'rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:DefinedTradeContact')).toEqual([]);
    expectTarifkitError(() => toXRechnungCii(document), 'EINVOICE_INCOMPLETE', 'document.buyerReference');
  });
});
