/**
 * The UN/CEFACT Cross Industry Invoice (CII D16B) of a document (R28), as
 * XRechnung and ZUGFeRD / Factur-X write it; the two differ only in the
 * specification identifier (BT-24) and the business process (BT-23).
 *
 * @internal
 * @module
 */
import type { Model, ModelLine, ModelParty } from './read.js';
import { element, keep, serialize, text, type XmlElement } from './xml.js';

/** A date as CII writes it: format 102, `YYYYMMDD`. */
function date(name: string, iso: string | null, type: 'udt' | 'qdt' = 'udt'): XmlElement | null {
  return iso === null ? null : element(name, [text(`${type}:DateTimeString`, iso.replace(/-/g, ''), { format: '102' })]);
}

function party(name: string, p: ModelParty, taxNumber: boolean): XmlElement | null {
  return element(name, [
    text('ram:ID', p.id),
    text('ram:Name', p.name),
    p.contact !== null && element('ram:DefinedTradeContact', [
      text('ram:PersonName', p.contact.name),
      element('ram:TelephoneUniversalCommunication', [text('ram:CompleteNumber', p.contact.phone)]),
      element('ram:EmailURIUniversalCommunication', [text('ram:URIID', p.contact.email)]),
    ]),
    address(p),
    p.endpoint !== null && element('ram:URIUniversalCommunication', [text('ram:URIID', p.endpoint.id, { schemeID: p.endpoint.scheme })]),
    element('ram:SpecifiedTaxRegistration', [text('ram:ID', p.vatId, { schemeID: 'VA' })]),
    taxNumber && element('ram:SpecifiedTaxRegistration', [text('ram:ID', p.taxNumber, { schemeID: 'FC' })]),
  ]);
}

function address(p: ModelParty): XmlElement | null {
  return element('ram:PostalTradeAddress', [
    text('ram:PostcodeCode', p.postcode),
    text('ram:LineOne', p.street),
    text('ram:CityName', p.city),
    text('ram:CountryID', p.country),
  ]);
}

function line(l: ModelLine): XmlElement | null {
  return element('ram:IncludedSupplyChainTradeLineItem', [
    element('ram:AssociatedDocumentLineDocument', [
      text('ram:LineID', l.id),
      element('ram:IncludedNote', [text('ram:Content', l.note)]),
    ]),
    element('ram:SpecifiedTradeProduct', [text('ram:Name', l.name)]),
    element('ram:SpecifiedLineTradeAgreement', [
      element('ram:NetPriceProductTradePrice', [text('ram:ChargeAmount', l.price)]),
    ]),
    element('ram:SpecifiedLineTradeDelivery', [text('ram:BilledQuantity', l.quantity, { unitCode: 'C62' })]),
    element('ram:SpecifiedLineTradeSettlement', [
      element('ram:ApplicableTradeTax', [
        text('ram:TypeCode', 'VAT'),
        text('ram:CategoryCode', l.category),
        text('ram:RateApplicablePercent', l.rate),
      ]),
      element('ram:BillingSpecifiedPeriod', [date('ram:StartDateTime', l.start), date('ram:EndDateTime', l.last)]),
      element('ram:SpecifiedTradeSettlementLineMonetarySummation', [text('ram:LineTotalAmount', l.net)]),
    ]),
  ]);
}

/** The CII XML of a checked model under the given business process (BT-23, or null) and specification (BT-24). */
export function ciiOf(model: Model, process: string | null, specification: string): string {
  const payment = model.payment;
  const debit = payment.kind === 'directDebit' ? payment : null;
  const transfer = payment.kind === 'creditTransfer' ? payment : null;
  const root = element('rsm:CrossIndustryInvoice', [
    element('rsm:ExchangedDocumentContext', [
      element('ram:BusinessProcessSpecifiedDocumentContextParameter', [text('ram:ID', process)]),
      element('ram:GuidelineSpecifiedDocumentContextParameter', [text('ram:ID', specification)]),
    ]),
    element('rsm:ExchangedDocument', [
      text('ram:ID', model.number),
      text('ram:TypeCode', model.typeCode),
      date('ram:IssueDateTime', model.issuedOn),
      model.notes.map((note) => element('ram:IncludedNote', [text('ram:Content', note)])),
    ]),
    element('rsm:SupplyChainTradeTransaction', [
      model.lines.map(line),
      element('ram:ApplicableHeaderTradeAgreement', [
        text('ram:BuyerReference', model.buyerReference),
        party('ram:SellerTradeParty', model.seller, true),
        party('ram:BuyerTradeParty', model.buyer, false),
      ]),
      keep('ram:ApplicableHeaderTradeDelivery', [
        model.deliverTo !== null && element('ram:ShipToTradeParty', [text('ram:Name', model.deliverTo.name), address(model.deliverTo)]),
        element('ram:ActualDeliverySupplyChainEvent', [date('ram:OccurrenceDateTime', model.deliveredOn)]),
      ]),
      element('ram:ApplicableHeaderTradeSettlement', [
        text('ram:CreditorReferenceID', debit?.creditorId),
        text('ram:InvoiceCurrencyCode', model.currency),
        element('ram:SpecifiedTradeSettlementPaymentMeans', [
          text('ram:TypeCode', debit === null ? '58' : '59'),
          element('ram:PayerPartyDebtorFinancialAccount', [text('ram:IBANID', debit?.debitedIban)]),
          transfer !== null && element('ram:PayeePartyCreditorFinancialAccount', [
            text('ram:IBANID', transfer.iban),
            text('ram:AccountName', transfer.accountName),
          ]),
          element('ram:PayeeSpecifiedCreditorFinancialInstitution', [text('ram:BICID', transfer?.bic)]),
        ]),
        model.groups.map((group) => element('ram:ApplicableTradeTax', [
          text('ram:CalculatedAmount', group.vat),
          text('ram:TypeCode', 'VAT'),
          text('ram:ExemptionReason', group.reason),
          text('ram:BasisAmount', group.net),
          text('ram:CategoryCode', group.category),
          text('ram:ExemptionReasonCode', group.reasonCode),
          text('ram:RateApplicablePercent', group.rate),
        ])),
        model.period !== null && element('ram:BillingSpecifiedPeriod', [
          date('ram:StartDateTime', model.period.start),
          date('ram:EndDateTime', model.period.last),
        ]),
        element('ram:SpecifiedTradePaymentTerms', [
          text('ram:Description', model.termsNote),
          date('ram:DueDateDateTime', model.dueOn),
          text('ram:DirectDebitMandateID', debit?.mandateReference),
        ]),
        element('ram:SpecifiedTradeSettlementHeaderMonetarySummation', [
          text('ram:LineTotalAmount', model.net),
          text('ram:TaxBasisTotalAmount', model.net),
          text('ram:TaxTotalAmount', model.vat, { currencyID: model.currency }),
          text('ram:GrandTotalAmount', model.gross),
          text('ram:DuePayableAmount', model.gross),
        ]),
        model.preceding !== null && element('ram:InvoiceReferencedDocument', [
          text('ram:IssuerAssignedID', model.preceding.number),
          date('ram:FormattedIssueDateTime', model.preceding.issuedOn, 'qdt'),
        ]),
      ]),
    ]),
  ], {
    'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
    'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
    'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
    'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
  });
  return serialize(root as XmlElement);
}
