// document: invoice documents with parties, numbers, VAT categories, corrections and payment means (R27).
export type {
  Contact, DocumentFields, DocumentInput, DocumentLine, DocumentType, DraftDocument, ElectronicAddress, FinalDocument,
  InvoiceDocument, NumberSequence, Party, PaymentMeans, PaymentTermsInput, PostalAddress, PrecedingInvoice, VatCategory,
  VatGroup, VatRules, VatTreatment,
} from './types.js';
export { createDocument } from './createDocument.js';
export { finalizeDocument, type FinalizeOptions } from './finalizeDocument.js';
export { allocateNumber } from './allocateNumber.js';
export { createCorrection, type CorrectionOptions } from './createCorrection.js';
export { checkInvoiceContents, type ContentCheck, type ContentGap } from './checkInvoiceContents.js';
