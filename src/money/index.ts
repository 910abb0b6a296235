// money: dinero.js at the edge, integer cents inside; half-up rounding and exact splits (R21, R22).
export type { Currency, Fraction, Locale, Money, RoundedAmount, RoundingMode } from './types.js';
export { money } from './money.js';
export { toCents } from './toCents.js';
export { prorateAmount } from './prorateAmount.js';
export { splitAmount } from './splitAmount.js';
export { formatMoney } from './formatMoney.js';
export { sumMoney } from './sumMoney.js';
