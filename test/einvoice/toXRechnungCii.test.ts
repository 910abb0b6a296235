/**
 * XRechnung 3.0 in CII (R28): the base document field by field, and each
 * variant's codes, signs, parties and payment means, read back from the XML.
 */
import { describe, expect, it } from 'vitest';
import { toXRechnungCii } from '../../src/einvoice/index.js';
import { chargeLine, type FinalDocument } from '../../src/index.js';
import { deepFreeze } from '../arbitraries/core.js';
import {
  BASE, CONSUMER, CORRECTION, CREDIT_NOTE, DIRECT_DEBIT, finalOf, FRENCH_BUYER, INTRA_COMMUNITY, NOT_SUBJECT, OSS, REVERSE_CHARGE, SMALL_BUSINESS,
} from './fixtures.js';
import { all, deep, one, parseXml, texts, type XmlNode } from './xmlTree.js';

const T = 'rsm:SupplyChainTradeTransaction';
const LINE = `${T}/ram:IncludedSupplyChainTradeLineItem`;
const AGREEMENT = `${T}/ram:ApplicableHeaderTradeAgreement`;
const SETTLEMENT = `${T}/ram:ApplicableHeaderTradeSettlement`;
const SUM = `${SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation`;
const TAX = `${SETTLEMENT}/ram:ApplicableTradeTax`;
const MEANS = `${SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans`;
const DATE = 'udt:DateTimeString';

function xmlOf(document: FinalDocument): XmlNode {
  return parseXml(toXRechnungCii(document));
}

/** The totals BT-106, BT-109, BT-110, BT-112, BT-115. */
function totals(root: XmlNode): string[] {
  return ['LineTotalAmount', 'TaxBasisTotalAmount', 'TaxTotalAmount', 'GrandTotalAmount', 'DuePayableAmount'].map((name) => one(root, `${SUM}/ram:${name}`));
}

describe('toXRechnungCii: the base document (net 46,82, VAT 8,90, gross 55,72)', () => {
  const root = xmlOf(BASE);

  it('is a CII invoice with the XRechnung 3.0 specification and the PEPPOL billing process', () => {
    expect(root.name).toBe('rsm:CrossIndustryInvoice');
    expect(root.attributes['xmlns:rsm']).toBe('urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100');
    expect(one(root, 'rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID')).toBe('urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0');
    expect(one(root, 'rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID')).toBe('urn:fdc:peppol.eu:2017:poacc:billing:01:1.0');
  });

  it('carries the number, type 380 and the invoice date in format 102 (BT-1, BT-2, BT-3)', () => {
    expect(one(root, 'rsm:ExchangedDocument/ram:ID')).toBe('RE-2026-0042');
    expect(one(root, 'rsm:ExchangedDocument/ram:TypeCode')).toBe('380');
    const issued = all(root, `rsm:ExchangedDocument/ram:IssueDateTime/${DATE}`)[0] as XmlNode;
    expect([issued.text, issued.attributes['format']]).toEqual(['20260418', '102']);
  });

  it('writes the five lines with ids, names, notes, quantities, prices and nets (BT-126 … BT-153)', () => {
    expect(texts(root, `${LINE}/ram:AssociatedDocumentLineDocument/ram:LineID`)).toEqual(['1', '2', '3', '4', '5']);
    expect(texts(root, `${LINE}/ram:SpecifiedTradeProduct/ram:Name`)).toEqual(['Zusätzliche Benutzer', 'Speicherpaket 10 GB', 'Zusätzliche Benutzer', 'Speicherpaket 10 GB', 'Zusätzliche Benutzer']);
    expect(texts(root, `${LINE}/ram:AssociatedDocumentLineDocument/ram:IncludedNote/ram:Content`)).toEqual(BASE.lines.map((line) => line.note));
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount`)).toEqual(['17.70', '11.80', '5.90', '6.47', '4.95']);
    // Whole units at the unit price where they make the net (3 × 5,90); one unit at the net for a prorated line (PEPPOL-EN16931-R120).
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity`)).toEqual(['3', '2', '1', '1', '1']);
    expect(all(root, `${LINE}/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity`).map((node) => node.attributes['unitCode'])).toEqual(['C62', 'C62', 'C62', 'C62', 'C62']);
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount`)).toEqual(['5.90', '5.90', '5.90', '6.47', '4.95']);
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode`)).toEqual(['S', 'S', 'S', 'S', 'S']);
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:RateApplicablePercent`)).toEqual(['19', '19', '19', '19', '19']);
  });

  it('writes each line\'s service range with its last day, the end of the half-open range less one (BT-134, BT-135)', () => {
    const period = `${LINE}/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod`;
    expect(texts(root, `${period}/ram:StartDateTime/${DATE}`)).toEqual(['20260418', '20260418', '20260318', '20260401', '20260323']);
    expect(texts(root, `${period}/ram:EndDateTime/${DATE}`)).toEqual(['20260517', '20260517', '20260417', '20260417', '20260417']);
  });

  it('writes the invoice period 2026-03-18 to 2026-05-17, the due date and the terms (BG-14, BT-9, BT-20)', () => {
    expect(one(root, `${SETTLEMENT}/ram:BillingSpecifiedPeriod/ram:StartDateTime/${DATE}`)).toBe('20260318');
    expect(one(root, `${SETTLEMENT}/ram:BillingSpecifiedPeriod/ram:EndDateTime/${DATE}`)).toBe('20260517');
    expect(one(root, `${SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/${DATE}`)).toBe('20260502');
    expect(one(root, `${SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:Description`)).toBe('Zahlbar innerhalb von 14 Tagen ohne Abzug.');
  });

  it('writes the totals 46.82, 46.82, 8.90 (in EUR), 55.72, 55.72 and one VAT group S 19 % (BT-106 … BT-119)', () => {
    expect(totals(root)).toEqual(['46.82', '46.82', '8.90', '55.72', '55.72']);
    expect(all(root, `${SUM}/ram:TaxTotalAmount`)[0]?.attributes['currencyID']).toBe('EUR');
    expect(one(root, `${SETTLEMENT}/ram:InvoiceCurrencyCode`)).toBe('EUR');
    expect(texts(root, `${TAX}/ram:CalculatedAmount`)).toEqual(['8.90']);
    expect(texts(root, `${TAX}/ram:BasisAmount`)).toEqual(['46.82']);
    expect(texts(root, `${TAX}/ram:CategoryCode`)).toEqual(['S']);
    expect(texts(root, `${TAX}/ram:RateApplicablePercent`)).toEqual(['19']);
    expect(all(root, `${TAX}/ram:ExemptionReason`)).toEqual([]);
  });

  it('writes the buyer reference, the seller with VAT ID, tax number, contact and electronic address, and the buyer (BT-10, BG-4, BG-7)', () => {
    expect(one(root, `${AGREEMENT}/ram:BuyerReference`)).toBe('K-10042');
    const seller = `${AGREEMENT}/ram:SellerTradeParty`;
    expect(one(root, `${seller}/ram:Name`)).toBe('CloudCRM GmbH');
    expect(['PostcodeCode', 'LineOne', 'CityName', 'CountryID'].map((name) => one(root, `${seller}/ram:PostalTradeAddress/ram:${name}`))).toEqual(['10117', 'Friedrichstraße 123', 'Berlin', 'DE']);
    expect(all(root, `${seller}/ram:SpecifiedTaxRegistration/ram:ID`).map((node) => [node.attributes['schemeID'], node.text])).toEqual([['VA', 'DE123456789'], ['FC', '30/123/45678']]);
    expect(one(root, `${seller}/ram:DefinedTradeContact/ram:PersonName`)).toBe('Buchhaltung');
    expect(one(root, `${seller}/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:CompleteNumber`)).toBe('+49 30 1234567');
    expect(one(root, `${seller}/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID`)).toBe('buchhaltung@cloudcrm.example');
    const endpoint = all(root, `${seller}/ram:URIUniversalCommunication/ram:URIID`)[0] as XmlNode;
    expect([endpoint.attributes['schemeID'], endpoint.text]).toEqual(['EM', 'rechnung@cloudcrm.example']);
    const buyer = `${AGREEMENT}/ram:BuyerTradeParty`;
    expect([one(root, `${buyer}/ram:ID`), one(root, `${buyer}/ram:Name`)]).toEqual(['K-10042', 'Muster & Söhne KG']);
    expect(toXRechnungCii(BASE)).toContain('<ram:Name>Muster &amp; Söhne KG</ram:Name>');
    expect(all(root, `${buyer}/ram:SpecifiedTaxRegistration/ram:ID`).map((node) => [node.attributes['schemeID'], node.text])).toEqual([['VA', 'DE987654321']]);
  });

  it('pays by credit transfer: code 58 with IBAN, account name and BIC (BT-81, BT-84, BT-85, BT-86)', () => {
    expect(one(root, `${MEANS}/ram:TypeCode`)).toBe('58');
    expect(one(root, `${MEANS}/ram:PayeePartyCreditorFinancialAccount/ram:IBANID`)).toBe('DE02120300000000202051');
    expect(one(root, `${MEANS}/ram:PayeePartyCreditorFinancialAccount/ram:AccountName`)).toBe('CloudCRM GmbH');
    expect(one(root, `${MEANS}/ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID`)).toBe('BYLADEM1001');
    expect(all(root, `${SETTLEMENT}/ram:CreditorReferenceID`)).toEqual([]);
  });

  it('has no deliver-to party, but keeps the delivery element the schema requires, empty', () => {
    expect(all(root, `${T}/ram:ApplicableHeaderTradeDelivery`).map((node) => node.children.length)).toEqual([0]);
  });

  it('is the same text on every call, and does not change the document', () => {
    const frozen = deepFreeze(structuredClone(BASE));
    expect(toXRechnungCii(frozen)).toBe(toXRechnungCii(BASE));
    expect(frozen).toEqual(BASE);
  });
});

describe('toXRechnungCii: the variants', () => {
  it('direct debit: code 59 with the mandate reference, the creditor ID and the debited IBAN (BT-89, BT-90, BT-91)', () => {
    const root = xmlOf(DIRECT_DEBIT);
    expect(one(root, `${MEANS}/ram:TypeCode`)).toBe('59');
    expect(one(root, `${SETTLEMENT}/ram:CreditorReferenceID`)).toBe('DE98ZZZ09999999999');
    expect(one(root, `${SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID`)).toBe('CRM-000123');
    expect(one(root, `${MEANS}/ram:PayerPartyDebtorFinancialAccount/ram:IBANID`)).toBe('DE02500105170137075030');
    expect(all(root, `${MEANS}/ram:PayeePartyCreditorFinancialAccount`)).toEqual([]);
  });

  it('a correction (384) of the 6,47 line: −6.47, −1.23, −7.70 and the original\'s number and date (BG-3)', () => {
    const root = xmlOf(CORRECTION);
    expect(one(root, 'rsm:ExchangedDocument/ram:TypeCode')).toBe('384');
    expect(one(root, 'rsm:ExchangedDocument/ram:ID')).toBe('RE-2026-0043');
    expect(totals(root)).toEqual(['-6.47', '-6.47', '-1.23', '-7.70', '-7.70']);
    expect(one(root, `${SETTLEMENT}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID`)).toBe('RE-2026-0042');
    expect(one(root, `${SETTLEMENT}/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString`)).toBe('20260418');
    // A negative line: one unit less, at the positive price (BR-27: no negative price).
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity`)).toEqual(['-1']);
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount`)).toEqual(['6.47']);
    expect(one(root, `${SETTLEMENT}/ram:BillingSpecifiedPeriod/ram:StartDateTime/${DATE}`)).toBe('20260401');
    expect(one(root, `${SETTLEMENT}/ram:BillingSpecifiedPeriod/ram:EndDateTime/${DATE}`)).toBe('20260417');
    expect(texts(root, 'rsm:ExchangedDocument/ram:IncludedNote/ram:Content')).toEqual(['Rechnungskorrektur zur Rechnung RE-2026-0042 vom 18.04.2026']);
  });

  it('a credit note (381) shows the amounts in the customer\'s favour as positive: 10.85, 2.06, 12.91', () => {
    expect([CREDIT_NOTE.type, CREDIT_NOTE.grossCents]).toEqual(['creditNote', -1291]);
    const root = xmlOf(CREDIT_NOTE);
    expect(one(root, 'rsm:ExchangedDocument/ram:TypeCode')).toBe('381');
    expect(totals(root)).toEqual(['10.85', '10.85', '2.06', '12.91', '12.91']);
    expect(texts(root, `${TAX}/ram:BasisAmount`)).toEqual(['10.85']);
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount`)).toEqual(['5.90', '4.95']);
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity`)).toEqual(['1', '1']);
  });

  it('reverse charge (AE): VAT 0.00, gross 46.82, the exemption reason and code, both VAT IDs and the §13b note', () => {
    const root = xmlOf(REVERSE_CHARGE);
    expect(totals(root)).toEqual(['46.82', '46.82', '0.00', '46.82', '46.82']);
    expect([one(root, `${TAX}/ram:CategoryCode`), one(root, `${TAX}/ram:RateApplicablePercent`), one(root, `${TAX}/ram:ExemptionReasonCode`)]).toEqual(['AE', '0', 'VATEX-EU-AE']);
    expect(one(root, `${TAX}/ram:ExemptionReason`)).toMatch(/^Steuerschuldnerschaft des Leistungsempfängers/);
    expect(texts(root, 'rsm:ExchangedDocument/ram:IncludedNote/ram:Content')).toEqual(REVERSE_CHARGE.notes);
    expect(one(root, `${AGREEMENT}/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID`)).toBe(FRENCH_BUYER.vatId);
  });

  it('intra-community supply (K): the buyer\'s address as deliver-to (BR-IC-12); with a period no delivery date', () => {
    const root = xmlOf(INTRA_COMMUNITY);
    const shipTo = `${T}/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty`;
    expect(one(root, `${shipTo}/ram:Name`)).toBe('Dupont SARL');
    expect(['PostcodeCode', 'CityName', 'CountryID'].map((name) => one(root, `${shipTo}/ram:PostalTradeAddress/ram:${name}`))).toEqual(['75002', 'Paris', 'FR']);
    expect(all(root, `${T}/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent`)).toEqual([]);
  });

  it('intra-community supply without dated lines: the invoice date as the actual delivery date (BR-IC-11)', () => {
    const fee = chargeLine({ item: { id: 'setup', name: 'Einrichtung', unitCents: 4900, vatRate: 19 } });
    const document = finalOf({ buyer: FRENCH_BUYER, vat: { default: { category: 'K' } } }, [fee]);
    expect(document.period).toBeNull();
    const root = xmlOf(document);
    expect(one(root, `${T}/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/${DATE}`)).toBe('20260418');
    expect(all(root, `${SETTLEMENT}/ram:BillingSpecifiedPeriod`)).toEqual([]);
    expect(all(root, `${LINE}/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod`)).toEqual([]);
  });

  it('OSS: the 19 % lines at the Austrian 20 %: VAT 9.36, gross 56.18', () => {
    const root = xmlOf(OSS);
    expect(totals(root)).toEqual(['46.82', '46.82', '9.36', '56.18', '56.18']);
    expect(texts(root, `${TAX}/ram:RateApplicablePercent`)).toEqual(['20']);
  });

  it('§19 UStG: category E with the note, the seller by tax number and id, no VAT ID of the seller', () => {
    const root = xmlOf(SMALL_BUSINESS);
    expect([one(root, `${TAX}/ram:CategoryCode`), one(root, `${TAX}/ram:ExemptionReason`)]).toEqual(['E', 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.']);
    const seller = `${AGREEMENT}/ram:SellerTradeParty`;
    expect(one(root, `${seller}/ram:ID`)).toBe('HRB 12345');
    expect(all(root, `${seller}/ram:SpecifiedTaxRegistration/ram:ID`).map((node) => [node.attributes['schemeID'], node.text])).toEqual([['FC', '30/123/45678']]);
  });

  it('not subject to VAT (O): no VAT ID of seller or buyer (BR-O-02), no line rate (BR-O-05), the tax number stays', () => {
    const root = xmlOf(NOT_SUBJECT);
    expect(deep(root, 'ram:ID').filter((node) => node.attributes['schemeID'] === 'VA')).toEqual([]);
    expect(one(root, `${AGREEMENT}/ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID`)).toBe('30/123/45678');
    expect(all(root, `${LINE}/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:RateApplicablePercent`)).toEqual([]);
    expect([one(root, `${TAX}/ram:CategoryCode`), one(root, `${TAX}/ram:RateApplicablePercent`), one(root, `${TAX}/ram:ExemptionReasonCode`)]).toEqual(['O', '0', 'VATEX-EU-O']);
  });

  it('gross prices (a consumer): the lines\' net shares add up to the net 39.34, one unit each at its net', () => {
    const root = xmlOf(CONSUMER);
    expect(totals(root)).toEqual(['39.34', '39.34', '7.48', '46.82', '46.82']);
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount`)).toEqual(['14.87', '9.91', '4.96', '5.44', '4.16']);
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity`)).toEqual(['1', '1', '1', '1', '1']);
    expect(texts(root, `${LINE}/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount`)).toEqual(['14.87', '9.91', '4.96', '5.44', '4.16']);
  });
});
