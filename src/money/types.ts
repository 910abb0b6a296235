import type { Dinero, DineroCurrency } from 'dinero.js';

/** An amount of money: a dinero.js object over integer minor units (R21). */
export type Money = Dinero<number>;

/** A currency as dinero.js describes it (`EUR` from `dinero.js`). */
export type Currency = DineroCurrency<number>;

/** An exact fraction of integers, with a positive denominator. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/** How an exact amount became whole cents: once, half up (kaufmännisch, R22). */
export type RoundingMode = 'halfUp';

/** A locale for amounts and explanations: German (`de`, as on German invoices) or English (`en`). */
export type Locale = 'de' | 'en';

/**
 * A locale as {@link formatMoney} takes it: `de` or `en`, or a full BCP 47 tag
 * that names one of them (`de-DE`, `de-AT`, `en-GB`).
 */
export type LocaleTag = Locale | `${Locale}-${string}` | `${Locale}_${string}`;
