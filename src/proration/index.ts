// proration: the amount for a part of a period, day or month basis, rounded once (R2, R6, R22, W1).
export type { Proration, ProrationBasis, ProrationPiece, ProrateOptions } from './types.js';
export { prorate } from './prorate.js';
