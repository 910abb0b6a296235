/**
 * The OASIS UBL 2.1 invoice of a document (R28), as XRechnung writes it: an
 * `Invoice` for types 380 and 384, a `CreditNote` for 381.
 *
 * @internal
 * @module
 */
import type { Model, ModelLine, ModelParty } from './read.js';
import { element, serialize, text, type XmlElement } from './xml.js';

function vatScheme(): XmlElement | null {
  return element('cac:TaxScheme', [text('cbc:ID', 'VAT')]);
}

function postalAddress(name: string, p: ModelParty): XmlElement | null {
  return element(name, [
    text('cbc:StreetName', p.street),
    text('cbc:CityName', p.city),
    text('cbc:PostalZone', p.postcode),
    element('cac:Country', [text('cbc:IdentificationCode', p.country)]),
  ]);
}

function party(name: string, p: ModelParty, creditorId: string | null, taxNumber: boolean): XmlElement | null {
  return element(name, [
    element('cac:Party', [
      p.endpoint !== null && text('cbc:EndpointID', p.endpoint.id, { schemeID: p.endpoint.scheme }),
      element('cac:PartyIdentification', [text('cbc:ID', p.id)]),
      element('cac:PartyIdentification', [text('cbc:ID', creditorId, { schemeID: 'SEPA' })]),
      postalAddress('cac:PostalAddress', p),
      element('cac:PartyTaxScheme', [text('cbc:CompanyID', p.vatId), p.vatId !== null && vatScheme()]),
      taxNumber && element('cac:PartyTaxScheme', [
        text('cbc:CompanyID', p.taxNumber),
        p.taxNumber !== null && element('cac:TaxScheme', [text('cbc:ID', 'FC')]),
      ]),
      element('cac:PartyLegalEntity', [text('cbc:RegistrationName', p.name)]),
      p.contact !== null && element('cac:Contact', [
        text('cbc:Name', p.contact.name),
        text('cbc:Telephone', p.contact.phone),
        text('cbc:ElectronicMail', p.contact.email),
      ]),
    ]),
  ]);
}

function line(l: ModelLine, model: Model, credit: boolean): XmlElement | null {
  const amount = { currencyID: model.currency };
  return element(credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine', [
    text('cbc:ID', l.id),
    text('cbc:Note', l.note),
    text(credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', l.quantity, { unitCode: 'C62' }),
    text('cbc:LineExtensionAmount', l.net, amount),
    element('cac:InvoicePeriod', [text('cbc:StartDate', l.start), text('cbc:EndDate', l.last)]),
    element('cac:Item', [
      text('cbc:Name', l.name),
      element('cac:ClassifiedTaxCategory', [text('cbc:ID', l.category), text('cbc:Percent', l.rate), vatScheme()]),
    ]),
    element('cac:Price', [text('cbc:PriceAmount', l.price, amount)]),
  ]);
}

/** The UBL XML of a checked model under the given business process (BT-23) and specification (BT-24). */
export function ublOf(model: Model, process: string, specification: string): string {
  const credit = model.typeCode === '381';
  const amount = { currencyID: model.currency };
  const payment = model.payment;
  const debit = payment.kind === 'directDebit' ? payment : null;
  const transfer = payment.kind === 'creditTransfer' ? payment : null;
  const root = element(credit ? 'CreditNote' : 'Invoice', [
    text('cbc:CustomizationID', specification),
    text('cbc:ProfileID', process),
    text('cbc:ID', model.number),
    text('cbc:IssueDate', model.issuedOn),
    // A UBL CreditNote has no DueDate: its due date is the payment means' (BT-9).
    !credit && text('cbc:DueDate', model.dueOn),
    text(credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', model.typeCode),
    model.notes.map((note) => text('cbc:Note', note)),
    text('cbc:DocumentCurrencyCode', model.currency),
    text('cbc:BuyerReference', model.buyerReference),
    model.period !== null && element('cac:InvoicePeriod', [text('cbc:StartDate', model.period.start), text('cbc:EndDate', model.period.last)]),
    model.preceding !== null && element('cac:BillingReference', [
      element('cac:InvoiceDocumentReference', [text('cbc:ID', model.preceding.number), text('cbc:IssueDate', model.preceding.issuedOn)]),
    ]),
    party('cac:AccountingSupplierParty', model.seller, debit === null ? null : debit.creditorId, true),
    party('cac:AccountingCustomerParty', model.buyer, null, false),
    element('cac:Delivery', [
      text('cbc:ActualDeliveryDate', model.deliveredOn),
      model.deliverTo !== null && element('cac:DeliveryLocation', [postalAddress('cac:Address', model.deliverTo)]),
      model.deliverTo !== null && element('cac:DeliveryParty', [element('cac:PartyName', [text('cbc:Name', model.deliverTo.name)])]),
    ]),
    element('cac:PaymentMeans', [
      text('cbc:PaymentMeansCode', debit === null ? '58' : '59'),
      credit && text('cbc:PaymentDueDate', model.dueOn),
      transfer !== null && element('cac:PayeeFinancialAccount', [
        text('cbc:ID', transfer.iban),
        text('cbc:Name', transfer.accountName),
        element('cac:FinancialInstitutionBranch', [text('cbc:ID', transfer.bic)]),
      ]),
      debit !== null && element('cac:PaymentMandate', [
        text('cbc:ID', debit.mandateReference),
        element('cac:PayerFinancialAccount', [text('cbc:ID', debit.debitedIban)]),
      ]),
    ]),
    element('cac:PaymentTerms', [text('cbc:Note', model.termsNote)]),
    element('cac:TaxTotal', [
      text('cbc:TaxAmount', model.vat, amount),
      model.groups.map((group) => element('cac:TaxSubtotal', [
        text('cbc:TaxableAmount', group.net, amount),
        text('cbc:TaxAmount', group.vat, amount),
        element('cac:TaxCategory', [
          text('cbc:ID', group.category),
          text('cbc:Percent', group.rate),
          text('cbc:TaxExemptionReasonCode', group.reasonCode),
          text('cbc:TaxExemptionReason', group.reason),
          vatScheme(),
        ]),
      ])),
    ]),
    element('cac:LegalMonetaryTotal', [
      text('cbc:LineExtensionAmount', model.net, amount),
      text('cbc:TaxExclusiveAmount', model.net, amount),
      text('cbc:TaxInclusiveAmount', model.gross, amount),
      text('cbc:PayableAmount', model.gross, amount),
    ]),
    model.lines.map((l) => line(l, model, credit)),
  ], {
    xmlns: credit ? 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2' : 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
    'xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
    'xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  });
  return serialize(root as XmlElement);
}
