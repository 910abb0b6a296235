// lines: the charge and credit line every module produces and invoices consume (R22, R24).
export type { Basis, Line, LineItem, LineKind, LineReason, VatRate } from './types.js';
