import type { Period } from '../calendar/types.js';
import type { Fraction, RoundingMode } from '../money/types.js';

/** How a part of a period is priced; `day` is the default ("tagesgenau"). */
export type ProrationBasis = 'day' | 'month';

/** Options for {@link prorate}. */
export interface ProrateOptions {
  /**
   * `day` (default): days used / days of that very period (R2, R6).
   * `month`: whole months count 1/N of an N-month period each; the rest counts by
   * the days of its own month (W1's round figures). Fixed-day cycles have no
   * months, so there the month basis equals the day basis.
   */
  readonly basis?: ProrationBasis;
}

/** The part of a range inside one billing period. */
export interface ProrationPiece {
  /** The whole period. */
  readonly period: Period;
  /** The part of the range inside it. */
  readonly range: Period;
  /** Days in `range`. */
  readonly days: number;
  /** Days in `period`. */
  readonly periodDays: number;
  /** The share of the period's price, reduced. */
  readonly fraction: Fraction;
  /** The exact amount of the piece in minor units. */
  readonly exact: Fraction;
  /** This piece's part of the rounded total; the pieces add up to `Proration.cents`. */
  readonly cents: number;
}

/**
 * The price of a range of days, exact and rounded once (R2, R6, R22), from
 * {@link prorate}. Plain data.
 */
export interface Proration {
  /** The basis the shares were measured on. */
  readonly basis: ProrationBasis;
  /** One piece per billing period the range touches; none for an empty range. */
  readonly pieces: readonly ProrationPiece[];
  /** Days in the range. */
  readonly days: number;
  /** The summed share of one period's price (may exceed 1 across periods). */
  readonly fraction: Fraction;
  /** The exact amount in minor units. */
  readonly exact: Fraction;
  /** The amount rounded once, half up, in minor units. */
  readonly cents: number;
  /** The currency code of the price. */
  readonly currency: string;
  /** How `exact` became `cents`: once, half up. */
  readonly rounding: RoundingMode;
}
