/**
 * XRechnung 3.0 in UBL 2.1 (R28): an Invoice for 380 and 384, a CreditNote for
 * 381, with the same values as the CII form, read back from the XML.
 */
import { describe, expect, it } from 'vitest';
import { toXRechnungUbl } from '../../src/einvoice/index.js';
import type { FinalDocument } from '../../src/index.js';
import { deepFreeze } from '../arbitraries/core.js';
import { BASE, CORRECTION, CREDIT_NOTE, DIRECT_DEBIT, INTRA_COMMUNITY, NOT_SUBJECT, REVERSE_CHARGE } from './fixtures.js';
import { all, deep, one, parseXml, texts, type XmlNode } from './xmlTree.js';

const SUPPLIER = 'cac:AccountingSupplierParty/cac:Party';
const CUSTOMER = 'cac:AccountingCustomerParty/cac:Party';

function xmlOf(document: FinalDocument): XmlNode {
  return parseXml(toXRechnungUbl(document));
}

function totals(root: XmlNode): string[] {
  return [
    ...['LineExtensionAmount', 'TaxExclusiveAmount', 'TaxInclusiveAmount', 'PayableAmount'].map((name) => one(root, `cac:LegalMonetaryTotal/cbc:${name}`)),
    one(root, 'cac:TaxTotal/cbc:TaxAmount'),
  ];
}

describe('toXRechnungUbl: the base document', () => {
  const root = xmlOf(BASE);

  it('is a UBL Invoice with the XRechnung 3.0 customization and the PEPPOL profile (BT-24, BT-23)', () => {
    expect(root.name).toBe('Invoice');
    expect(root.attributes['xmlns']).toBe('urn:oasis:names:specification:ubl:schema:xsd:Invoice-2');
    expect(one(root, 'cbc:CustomizationID')).toBe('urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0');
    expect(one(root, 'cbc:ProfileID')).toBe('urn:fdc:peppol.eu:2017:poacc:billing:01:1.0');
  });

  it('carries number, dates, type, currency, buyer reference and the invoice period', () => {
    expect(['ID', 'IssueDate', 'DueDate', 'InvoiceTypeCode', 'DocumentCurrencyCode', 'BuyerReference'].map((name) => one(root, `cbc:${name}`)))
      .toEqual(['RE-2026-0042', '2026-04-18', '2026-05-02', '380', 'EUR', 'K-10042']);
    expect([one(root, 'cac:InvoicePeriod/cbc:StartDate'), one(root, 'cac:InvoicePeriod/cbc:EndDate')]).toEqual(['2026-03-18', '2026-05-17']);
    expect(one(root, 'cac:PaymentTerms/cbc:Note')).toBe('Zahlbar innerhalb von 14 Tagen ohne Abzug.');
  });

  it('writes the totals and the VAT group with the currency on every amount', () => {
    expect(totals(root)).toEqual(['46.82', '46.82', '55.72', '55.72', '8.90']);
    expect(deep(root, 'cbc:TaxAmount').concat(deep(root, 'cbc:PriceAmount'), deep(root, 'cbc:LineExtensionAmount')).every((node) => node.attributes['currencyID'] === 'EUR')).toBe(true);
    const subtotal = 'cac:TaxTotal/cac:TaxSubtotal';
    expect([one(root, `${subtotal}/cbc:TaxableAmount`), one(root, `${subtotal}/cbc:TaxAmount`), one(root, `${subtotal}/cac:TaxCategory/cbc:ID`), one(root, `${subtotal}/cac:TaxCategory/cbc:Percent`), one(root, `${subtotal}/cac:TaxCategory/cac:TaxScheme/cbc:ID`)])
      .toEqual(['46.82', '8.90', 'S', '19', 'VAT']);
  });

  it('writes the lines with quantity, price, net, category and last days', () => {
    expect(texts(root, 'cac:InvoiceLine/cbc:ID')).toEqual(['1', '2', '3', '4', '5']);
    expect(texts(root, 'cac:InvoiceLine/cbc:Note')).toEqual(BASE.lines.map((line) => line.note));
    expect(texts(root, 'cac:InvoiceLine/cbc:InvoicedQuantity')).toEqual(['3', '2', '1', '1', '1']);
    expect(texts(root, 'cac:InvoiceLine/cbc:LineExtensionAmount')).toEqual(['17.70', '11.80', '5.90', '6.47', '4.95']);
    expect(texts(root, 'cac:InvoiceLine/cac:Price/cbc:PriceAmount')).toEqual(['5.90', '5.90', '5.90', '6.47', '4.95']);
    expect(texts(root, 'cac:InvoiceLine/cac:Item/cbc:Name')[1]).toBe('Speicherpaket 10 GB');
    expect(texts(root, 'cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent')).toEqual(['19', '19', '19', '19', '19']);
    expect(texts(root, 'cac:InvoiceLine/cac:InvoicePeriod/cbc:EndDate')).toEqual(['2026-05-17', '2026-05-17', '2026-04-17', '2026-04-17', '2026-04-17']);
  });

  it('writes the seller with endpoint, VAT ID, tax number (scheme FC), legal name and contact, and the buyer', () => {
    const endpoint = all(root, `${SUPPLIER}/cbc:EndpointID`)[0] as XmlNode;
    expect([endpoint.attributes['schemeID'], endpoint.text]).toEqual(['EM', 'rechnung@cloudcrm.example']);
    expect(all(root, `${SUPPLIER}/cac:PartyTaxScheme`).map((scheme) => [one(scheme, 'cbc:CompanyID'), one(scheme, 'cac:TaxScheme/cbc:ID')])).toEqual([['DE123456789', 'VAT'], ['30/123/45678', 'FC']]);
    expect(one(root, `${SUPPLIER}/cac:PartyLegalEntity/cbc:RegistrationName`)).toBe('CloudCRM GmbH');
    expect(['Name', 'Telephone', 'ElectronicMail'].map((name) => one(root, `${SUPPLIER}/cac:Contact/cbc:${name}`))).toEqual(['Buchhaltung', '+49 30 1234567', 'buchhaltung@cloudcrm.example']);
    expect(['StreetName', 'CityName', 'PostalZone', 'cac:Country/cbc:IdentificationCode'].map((name) => one(root, `${CUSTOMER}/cac:PostalAddress/${name.includes(':') ? name : `cbc:${name}`}`))).toEqual(['Hauptstraße 5', 'München', '80331', 'DE']);
    expect(one(root, `${CUSTOMER}/cac:PartyIdentification/cbc:ID`)).toBe('K-10042');
  });

  it('pays by credit transfer to the IBAN with name and BIC', () => {
    expect(one(root, 'cac:PaymentMeans/cbc:PaymentMeansCode')).toBe('58');
    expect(['cbc:ID', 'cbc:Name', 'cac:FinancialInstitutionBranch/cbc:ID'].map((path) => one(root, `cac:PaymentMeans/cac:PayeeFinancialAccount/${path}`))).toEqual(['DE02120300000000202051', 'CloudCRM GmbH', 'BYLADEM1001']);
  });

  it('does not change the document', () => {
    const frozen = deepFreeze(structuredClone(BASE));
    expect(toXRechnungUbl(frozen)).toBe(toXRechnungUbl(BASE));
  });
});

describe('toXRechnungUbl: the variants', () => {
  it('direct debit: code 59, the mandate with the debited IBAN, and the creditor ID as the seller\'s SEPA identification', () => {
    const root = xmlOf(DIRECT_DEBIT);
    expect(one(root, 'cac:PaymentMeans/cbc:PaymentMeansCode')).toBe('59');
    expect(one(root, 'cac:PaymentMeans/cac:PaymentMandate/cbc:ID')).toBe('CRM-000123');
    expect(one(root, 'cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID')).toBe('DE02500105170137075030');
    const sepa = all(root, `${SUPPLIER}/cac:PartyIdentification/cbc:ID`).filter((node) => node.attributes['schemeID'] === 'SEPA');
    expect(sepa.map((node) => node.text)).toEqual(['DE98ZZZ09999999999']);
    expect(all(root, 'cac:PaymentMeans/cac:PayeeFinancialAccount')).toEqual([]);
  });

  it('a correction (384) is an Invoice that names its original in the billing reference', () => {
    const root = xmlOf(CORRECTION);
    expect([root.name, one(root, 'cbc:InvoiceTypeCode')]).toEqual(['Invoice', '384']);
    expect([one(root, 'cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID'), one(root, 'cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate')]).toEqual(['RE-2026-0042', '2026-04-18']);
    expect(totals(root)).toEqual(['-6.47', '-6.47', '-7.70', '-7.70', '-1.23']);
    expect(texts(root, 'cac:InvoiceLine/cbc:InvoicedQuantity')).toEqual(['-1']);
  });

  it('a credit note (381) is a CreditNote with positive amounts, credited quantities and the due date on the payment means', () => {
    const root = xmlOf(CREDIT_NOTE);
    expect(root.name).toBe('CreditNote');
    expect(root.attributes['xmlns']).toBe('urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2');
    expect(one(root, 'cbc:CreditNoteTypeCode')).toBe('381');
    expect(all(root, 'cbc:DueDate')).toEqual([]);
    expect(one(root, 'cac:PaymentMeans/cbc:PaymentDueDate')).toBe(CREDIT_NOTE.dueOn);
    expect(totals(root)).toEqual(['10.85', '10.85', '12.91', '12.91', '2.06']);
    expect(texts(root, 'cac:CreditNoteLine/cbc:CreditedQuantity')).toEqual(['1', '1']);
    expect(texts(root, 'cac:CreditNoteLine/cbc:LineExtensionAmount')).toEqual(['5.90', '4.95']);
  });

  it('reverse charge: category AE with its reason code and text', () => {
    const category = 'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory';
    const root = xmlOf(REVERSE_CHARGE);
    expect([one(root, `${category}/cbc:ID`), one(root, `${category}/cbc:Percent`), one(root, `${category}/cbc:TaxExemptionReasonCode`)]).toEqual(['AE', '0', 'VATEX-EU-AE']);
    expect(one(root, `${category}/cbc:TaxExemptionReason`)).toBe(REVERSE_CHARGE.breakdown[0]?.reason);
  });

  it('intra-community supply: the buyer\'s address as the delivery location', () => {
    const root = xmlOf(INTRA_COMMUNITY);
    expect(one(root, 'cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode')).toBe('FR');
    expect(one(root, 'cac:Delivery/cac:DeliveryParty/cac:PartyName/cbc:Name')).toBe('Dupont SARL');
  });

  it('not subject to VAT: no VAT scheme on the parties, no percent on the lines', () => {
    const root = xmlOf(NOT_SUBJECT);
    expect(all(root, `${SUPPLIER}/cac:PartyTaxScheme`).map((scheme) => one(scheme, 'cac:TaxScheme/cbc:ID'))).toEqual(['FC']);
    expect(all(root, `${CUSTOMER}/cac:PartyTaxScheme`)).toEqual([]);
    expect(all(root, 'cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent')).toEqual([]);
  });
});
