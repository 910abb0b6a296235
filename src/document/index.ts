// document: invoice documents with parties, numbers, VAT categories, corrections and payment means (R27).
export type {
  Contact, DocumentFields, DocumentInput, DocumentLine, DocumentType, DraftDocument, ElectronicAddress, FinalDocument,
  InvoiceDocument, NumberSequence, Party, PaymentMeans, PaymentTermsInput, PostalAddress, PrecedingInvoice, VatCategory,
  VatGroup, VatRules, VatTreatment,
} from './types.js';
