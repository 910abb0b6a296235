// invoice: lines from any module → the collective invoice; net, VAT and gross per rate, rounded per rate (R14, R22, R23).
export type { CustomerType, Invoice, InvoiceInput, VatRateTotal, VatRounding } from './types.js';
export { createInvoice } from './createInvoice.js';
