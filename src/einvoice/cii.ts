/**
 * The UN/CEFACT Cross Industry Invoice (CII D16B) of a document (R28), as
 * XRechnung and ZUGFeRD / Factur-X write it; the two differ only in the
 * specification identifier (BT-24) and the business process (BT-23).
 *
 * Written as it goes with {@link XmlWriter}: an element with nothing in it is
 * left out, as with the element builders.
 *
 * @internal
 * @module
 */
import type { Model, ModelLine, ModelParty } from './read.js';
import { XmlWriter } from './xml.js';

const FORMAT_102 = { format: '102' } as const;

/** A date as CII writes it: format 102, `YYYYMMDD`. */
function date(w: XmlWriter, name: string, iso: string | null, type: 'udt' | 'qdt' = 'udt'): void {
  if (iso === null) return;
  w.open(name);
  w.text(`${type}:DateTimeString`, iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8), FORMAT_102);
  w.close();
}

function party(w: XmlWriter, name: string, p: ModelParty, taxNumber: boolean): void {
  w.open(name);
  w.text('ram:ID', p.id);
  w.text('ram:Name', p.name);
  if (p.contact !== null) {
    w.open('ram:DefinedTradeContact');
    w.text('ram:PersonName', p.contact.name);
    w.open('ram:TelephoneUniversalCommunication');
    w.text('ram:CompleteNumber', p.contact.phone);
    w.close();
    w.open('ram:EmailURIUniversalCommunication');
    w.text('ram:URIID', p.contact.email);
    w.close();
    w.close();
  }
  address(w, p);
  if (p.endpoint !== null) {
    w.open('ram:URIUniversalCommunication');
    w.text('ram:URIID', p.endpoint.id, { schemeID: p.endpoint.scheme });
    w.close();
  }
  w.open('ram:SpecifiedTaxRegistration');
  w.text('ram:ID', p.vatId, { schemeID: 'VA' });
  w.close();
  if (taxNumber) {
    w.open('ram:SpecifiedTaxRegistration');
    w.text('ram:ID', p.taxNumber, { schemeID: 'FC' });
    w.close();
  }
  w.close();
}

function address(w: XmlWriter, p: ModelParty): void {
  w.open('ram:PostalTradeAddress');
  w.text('ram:PostcodeCode', p.postcode);
  w.text('ram:LineOne', p.street);
  w.text('ram:CityName', p.city);
  w.text('ram:CountryID', p.country);
  w.close();
}

const UNIT = { unitCode: 'C62' } as const;

function line(w: XmlWriter, l: ModelLine): void {
  w.open('ram:IncludedSupplyChainTradeLineItem');
  w.open('ram:AssociatedDocumentLineDocument');
  w.text('ram:LineID', l.id);
  w.open('ram:IncludedNote');
  w.text('ram:Content', l.note);
  w.close();
  w.close();
  w.open('ram:SpecifiedTradeProduct');
  w.text('ram:Name', l.name);
  w.close();
  w.open('ram:SpecifiedLineTradeAgreement');
  w.open('ram:NetPriceProductTradePrice');
  w.text('ram:ChargeAmount', l.price);
  w.close();
  w.close();
  w.open('ram:SpecifiedLineTradeDelivery');
  w.text('ram:BilledQuantity', l.quantity, UNIT);
  w.close();
  w.open('ram:SpecifiedLineTradeSettlement');
  w.open('ram:ApplicableTradeTax');
  w.text('ram:TypeCode', 'VAT');
  w.text('ram:CategoryCode', l.category);
  w.text('ram:RateApplicablePercent', l.rate);
  w.close();
  w.open('ram:BillingSpecifiedPeriod');
  date(w, 'ram:StartDateTime', l.start);
  date(w, 'ram:EndDateTime', l.last);
  w.close();
  w.open('ram:SpecifiedTradeSettlementLineMonetarySummation');
  w.text('ram:LineTotalAmount', l.net);
  w.close();
  w.close();
  w.close();
}

const NAMESPACES = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
} as const;

/** The CII XML of a checked model under the given business process (BT-23, or null) and specification (BT-24). */
export function ciiOf(model: Model, process: string | null, specification: string): string {
  const payment = model.payment;
  const debit = payment.kind === 'directDebit' ? payment : null;
  const transfer = payment.kind === 'creditTransfer' ? payment : null;
  const w = new XmlWriter();
  w.open('rsm:CrossIndustryInvoice', NAMESPACES);
  w.open('rsm:ExchangedDocumentContext');
  w.open('ram:BusinessProcessSpecifiedDocumentContextParameter');
  w.text('ram:ID', process);
  w.close();
  w.open('ram:GuidelineSpecifiedDocumentContextParameter');
  w.text('ram:ID', specification);
  w.close();
  w.close();
  w.open('rsm:ExchangedDocument');
  w.text('ram:ID', model.number);
  w.text('ram:TypeCode', model.typeCode);
  date(w, 'ram:IssueDateTime', model.issuedOn);
  for (const note of model.notes) {
    w.open('ram:IncludedNote');
    w.text('ram:Content', note);
    w.close();
  }
  w.close();
  w.open('rsm:SupplyChainTradeTransaction');
  for (const l of model.lines) line(w, l);
  w.open('ram:ApplicableHeaderTradeAgreement');
  w.text('ram:BuyerReference', model.buyerReference);
  party(w, 'ram:SellerTradeParty', model.seller, true);
  party(w, 'ram:BuyerTradeParty', model.buyer, false);
  w.close();
  w.open('ram:ApplicableHeaderTradeDelivery');
  if (model.deliverTo !== null) {
    w.open('ram:ShipToTradeParty');
    w.text('ram:Name', model.deliverTo.name);
    address(w, model.deliverTo);
    w.close();
  }
  w.open('ram:ActualDeliverySupplyChainEvent');
  date(w, 'ram:OccurrenceDateTime', model.deliveredOn);
  w.close();
  w.close(true);
  w.open('ram:ApplicableHeaderTradeSettlement');
  w.text('ram:CreditorReferenceID', debit?.creditorId);
  w.text('ram:InvoiceCurrencyCode', model.currency);
  w.open('ram:SpecifiedTradeSettlementPaymentMeans');
  w.text('ram:TypeCode', debit === null ? '58' : '59');
  w.open('ram:PayerPartyDebtorFinancialAccount');
  w.text('ram:IBANID', debit?.debitedIban);
  w.close();
  if (transfer !== null) {
    w.open('ram:PayeePartyCreditorFinancialAccount');
    w.text('ram:IBANID', transfer.iban);
    w.text('ram:AccountName', transfer.accountName);
    w.close();
  }
  w.open('ram:PayeeSpecifiedCreditorFinancialInstitution');
  w.text('ram:BICID', transfer?.bic);
  w.close();
  w.close();
  for (const group of model.groups) {
    w.open('ram:ApplicableTradeTax');
    w.text('ram:CalculatedAmount', group.vat);
    w.text('ram:TypeCode', 'VAT');
    w.text('ram:ExemptionReason', group.reason);
    w.text('ram:BasisAmount', group.net);
    w.text('ram:CategoryCode', group.category);
    w.text('ram:ExemptionReasonCode', group.reasonCode);
    w.text('ram:RateApplicablePercent', group.rate);
    w.close();
  }
  if (model.period !== null) {
    w.open('ram:BillingSpecifiedPeriod');
    date(w, 'ram:StartDateTime', model.period.start);
    date(w, 'ram:EndDateTime', model.period.last);
    w.close();
  }
  w.open('ram:SpecifiedTradePaymentTerms');
  w.text('ram:Description', model.termsNote);
  date(w, 'ram:DueDateDateTime', model.dueOn);
  w.text('ram:DirectDebitMandateID', debit?.mandateReference);
  w.close();
  w.open('ram:SpecifiedTradeSettlementHeaderMonetarySummation');
  w.text('ram:LineTotalAmount', model.net);
  w.text('ram:TaxBasisTotalAmount', model.net);
  w.text('ram:TaxTotalAmount', model.vat, { currencyID: model.currency });
  w.text('ram:GrandTotalAmount', model.gross);
  w.text('ram:DuePayableAmount', model.gross);
  w.close();
  if (model.preceding !== null) {
    w.open('ram:InvoiceReferencedDocument');
    w.text('ram:IssuerAssignedID', model.preceding.number);
    date(w, 'ram:FormattedIssueDateTime', model.preceding.issuedOn, 'qdt');
    w.close();
  }
  w.close();
  w.close();
  w.close();
  return w.done();
}
