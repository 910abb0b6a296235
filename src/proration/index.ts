// proration: the price of a range of days, day or month basis (R2, R6, R22, W1).
export type { ProrateOptions, Proration, ProrationBasis, ProrationPiece } from './types.js';
export { prorate } from './prorate.js';
