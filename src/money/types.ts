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

/**
 * An amount rounded once, with what it was before rounding, so an invoice line
 * can show both (R22, R24).
 */
export interface RoundedAmount {
  /** The exact amount in minor units, as a fraction (`5041.0958…` is 1840000/365). */
  readonly exact: Fraction;
  /** The rounded amount. */
  readonly amount: Money;
  /** The rounding applied: always `"halfUp"`, half away from zero. */
  readonly rounding: RoundingMode;
}

/** A locale for amounts and explanations: German (`de-DE`) or English. */
export type Locale = 'de' | 'en';
