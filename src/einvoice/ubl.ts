/**
 * The OASIS UBL 2.1 invoice of a document (R28), as XRechnung writes it: an
 * `Invoice` for types 380 and 384, a `CreditNote` for 381.
 *
 * @internal
 * @module
 */
import type { Model, ModelLine, ModelParty } from './read.js';
import { XmlWriter } from './xml.js';

function vatScheme(w: XmlWriter): void {
  w.open('cac:TaxScheme');
  w.text('cbc:ID', 'VAT');
  w.close();
}

function postalAddress(w: XmlWriter, name: string, p: ModelParty): void {
  w.open(name);
  w.text('cbc:StreetName', p.street);
  w.text('cbc:CityName', p.city);
  w.text('cbc:PostalZone', p.postcode);
  w.open('cac:Country');
  w.text('cbc:IdentificationCode', p.country);
  w.close();
  w.close();
}

function party(w: XmlWriter, name: string, p: ModelParty, creditorId: string | null, taxNumber: boolean): void {
  w.open(name);
  w.open('cac:Party');
  if (p.endpoint !== null) w.text('cbc:EndpointID', p.endpoint.id, { schemeID: p.endpoint.scheme });
  w.open('cac:PartyIdentification');
  w.text('cbc:ID', p.id);
  w.close();
  w.open('cac:PartyIdentification');
  w.text('cbc:ID', creditorId, { schemeID: 'SEPA' });
  w.close();
  postalAddress(w, 'cac:PostalAddress', p);
  w.open('cac:PartyTaxScheme');
  w.text('cbc:CompanyID', p.vatId);
  if (p.vatId !== null) vatScheme(w);
  w.close();
  if (taxNumber) {
    w.open('cac:PartyTaxScheme');
    w.text('cbc:CompanyID', p.taxNumber);
    if (p.taxNumber !== null) {
      w.open('cac:TaxScheme');
      w.text('cbc:ID', 'FC');
      w.close();
    }
    w.close();
  }
  w.open('cac:PartyLegalEntity');
  w.text('cbc:RegistrationName', p.name);
  w.close();
  if (p.contact !== null) {
    w.open('cac:Contact');
    w.text('cbc:Name', p.contact.name);
    w.text('cbc:Telephone', p.contact.phone);
    w.text('cbc:ElectronicMail', p.contact.email);
    w.close();
  }
  w.close();
  w.close();
}

function line(w: XmlWriter, l: ModelLine, model: Model, credit: boolean): void {
  const amount = { currencyID: model.currency };
  w.open(credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine');
  w.text('cbc:ID', l.id);
  w.text('cbc:Note', l.note);
  w.text(credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', l.quantity, { unitCode: 'C62' });
  w.text('cbc:LineExtensionAmount', l.net, amount);
  w.open('cac:InvoicePeriod');
  w.text('cbc:StartDate', l.start);
  w.text('cbc:EndDate', l.last);
  w.close();
  w.open('cac:Item');
  w.text('cbc:Name', l.name);
  w.open('cac:ClassifiedTaxCategory');
  w.text('cbc:ID', l.category);
  w.text('cbc:Percent', l.rate);
  vatScheme(w);
  w.close();
  w.close();
  w.open('cac:Price');
  w.text('cbc:PriceAmount', l.price, amount);
  w.close();
  w.close();
}

/** The UBL XML of a checked model under the given business process (BT-23) and specification (BT-24). */
export function ublOf(model: Model, process: string, specification: string): string {
  const credit = model.typeCode === '381';
  const amount = { currencyID: model.currency };
  const payment = model.payment;
  const debit = payment.kind === 'directDebit' ? payment : null;
  const transfer = payment.kind === 'creditTransfer' ? payment : null;
  const w = new XmlWriter();
  w.open(credit ? 'CreditNote' : 'Invoice', {
    xmlns: credit ? 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2' : 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
    'xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
    'xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  });
  w.text('cbc:CustomizationID', specification);
  w.text('cbc:ProfileID', process);
  w.text('cbc:ID', model.number);
  w.text('cbc:IssueDate', model.issuedOn);
  // A UBL CreditNote has no DueDate: its due date is the payment means' (BT-9).
  if (!credit) w.text('cbc:DueDate', model.dueOn);
  w.text(credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', model.typeCode);
  for (const note of model.notes) w.text('cbc:Note', note);
  w.text('cbc:DocumentCurrencyCode', model.currency);
  w.text('cbc:BuyerReference', model.buyerReference);
  if (model.period !== null) {
    w.open('cac:InvoicePeriod');
    w.text('cbc:StartDate', model.period.start);
    w.text('cbc:EndDate', model.period.last);
    w.close();
  }
  if (model.preceding !== null) {
    w.open('cac:BillingReference');
    w.open('cac:InvoiceDocumentReference');
    w.text('cbc:ID', model.preceding.number);
    w.text('cbc:IssueDate', model.preceding.issuedOn);
    w.close();
    w.close();
  }
  party(w, 'cac:AccountingSupplierParty', model.seller, debit === null ? null : debit.creditorId, true);
  party(w, 'cac:AccountingCustomerParty', model.buyer, null, false);
  w.open('cac:Delivery');
  w.text('cbc:ActualDeliveryDate', model.deliveredOn);
  if (model.deliverTo !== null) {
    w.open('cac:DeliveryLocation');
    postalAddress(w, 'cac:Address', model.deliverTo);
    w.close();
    w.open('cac:DeliveryParty');
    w.open('cac:PartyName');
    w.text('cbc:Name', model.deliverTo.name);
    w.close();
    w.close();
  }
  w.close();
  w.open('cac:PaymentMeans');
  w.text('cbc:PaymentMeansCode', debit === null ? '58' : '59');
  if (credit) w.text('cbc:PaymentDueDate', model.dueOn);
  if (transfer !== null) {
    w.open('cac:PayeeFinancialAccount');
    w.text('cbc:ID', transfer.iban);
    w.text('cbc:Name', transfer.accountName);
    w.open('cac:FinancialInstitutionBranch');
    w.text('cbc:ID', transfer.bic);
    w.close();
    w.close();
  }
  if (debit !== null) {
    w.open('cac:PaymentMandate');
    w.text('cbc:ID', debit.mandateReference);
    w.open('cac:PayerFinancialAccount');
    w.text('cbc:ID', debit.debitedIban);
    w.close();
    w.close();
  }
  w.close();
  w.open('cac:PaymentTerms');
  w.text('cbc:Note', model.termsNote);
  w.close();
  w.open('cac:TaxTotal');
  w.text('cbc:TaxAmount', model.vat, amount);
  for (const group of model.groups) {
    w.open('cac:TaxSubtotal');
    w.text('cbc:TaxableAmount', group.net, amount);
    w.text('cbc:TaxAmount', group.vat, amount);
    w.open('cac:TaxCategory');
    w.text('cbc:ID', group.category);
    w.text('cbc:Percent', group.rate);
    w.text('cbc:TaxExemptionReasonCode', group.reasonCode);
    w.text('cbc:TaxExemptionReason', group.reason);
    vatScheme(w);
    w.close();
    w.close();
  }
  w.close();
  w.open('cac:LegalMonetaryTotal');
  w.text('cbc:LineExtensionAmount', model.net, amount);
  w.text('cbc:TaxExclusiveAmount', model.net, amount);
  w.text('cbc:TaxInclusiveAmount', model.gross, amount);
  w.text('cbc:PayableAmount', model.gross, amount);
  w.close();
  for (const l of model.lines) line(w, l, model, credit);
  w.close();
  return w.done();
}
