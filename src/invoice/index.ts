// invoice: lines into a collective invoice with net, VAT and gross per rate (R14, R22, R23).
export type { CustomerKind, Invoice, InvoiceInput, VatRateTotal } from './types.js';
export { createInvoice } from './createInvoice.js';
