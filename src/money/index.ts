// money: integer cents through dinero.js, half-up rounding, exact splits (R21, R22).
export type { Currency, Fraction, Locale, LocaleTag, Money, RoundingMode } from './types.js';
export { money } from './money.js';
export { toCents } from './toCents.js';
export { formatMoney } from './formatMoney.js';
export { splitAmount } from './splitAmount.js';
