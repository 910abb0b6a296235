/**
 * A calendar date as tarifkit writes it: the ISO 8601 text of a
 * `Temporal.PlainDate` (`"2026-01-31"`), which `Temporal.PlainDate.from` reads
 * back. Every stored value carries its dates this way, so it survives
 * `JSON.stringify` and `structuredClone` unchanged.
 */
export type IsoDate = string;

/**
 * A `Temporal.PlainDate` of any spec-conformant Temporal: the runtime's own
 * (Node 26, current browsers) or @js-temporal/polyfill's. tarifkit reads its
 * ISO `year`, `month` and `day`, never its class.
 */
export interface PlainDateLike {
  /** The ISO year. */
  readonly year: number;
  /** The ISO month, 1–12. */
  readonly month: number;
  /** The day of the month. */
  readonly day: number;
  /** The calendar; only `"iso8601"` is accepted. */
  readonly calendarId: string;
}

/**
 * A calendar date as the API takes it: a `Temporal.PlainDate` (of the polyfill
 * or a native Temporal) or its ISO text (`"2026-01-31"`). A date-time is refused,
 * so a time of day or a zone can never move the day.
 */
export type DateInput = PlainDateLike | IsoDate;

/**
 * A half-open range of days `[start, end)`: `start` is the first day that
 * belongs to it, `end` the first day that does not. A billing period is such a
 * range; so is any part of one. Plain data: two ISO dates.
 *
 * @example
 * ```ts
 * import { createPeriod, daysIn } from 'tarifkit';
 *
 * const february = createPeriod('2028-02-01', '2028-03-01'); // { start: '2028-02-01', end: '2028-03-01' }
 * daysIn(february); // 29: a leap year, and the end day is not counted
 * ```
 */
export interface Period {
  /** The first day of the range. */
  readonly start: IsoDate;
  /** The first day after the range (exclusive). */
  readonly end: IsoDate;
}

/** A period as the API takes it: dates as `Temporal.PlainDate`s or ISO text. */
export interface PeriodInput {
  /** The first day of the range. */
  readonly start: DateInput;
  /** The first day after the range (exclusive). */
  readonly end: DateInput;
}

/**
 * A billing cycle as plain data, for {@link createCycle}. It is JSON-safe when
 * dates are given as text.
 *
 * - `calendarMonth`: the 1st to the last day of each month (R6).
 * - `days`: a fixed number of days from an anchor: 28 for four-week, 30 for
 *   legacy tariffs (R7).
 * - `monthly`: anchored on a booking day; short months clamp and the cycle goes
 *   back to its anchor day (Jan 31 → Feb 28 → Mar 31, R8).
 * - `yearly`: anchored; Feb 29 → Feb 28 in common years → Feb 29 again.
 * - `term`: periods of `months` months from a start, such as a 12-month minimum term (R1).
 */
export type CycleSpec =
  | { readonly kind: 'calendarMonth' }
  | { readonly kind: 'days'; readonly days: number; readonly anchor: DateInput }
  | { readonly kind: 'monthly'; readonly anchor: DateInput }
  | { readonly kind: 'yearly'; readonly anchor: DateInput }
  | { readonly kind: 'term'; readonly months: number; readonly anchor: DateInput };

/**
 * A validated billing cycle, made by {@link createCycle}: frozen plain data,
 * with its anchor as an ISO date. `JSON.parse(JSON.stringify(cycle))` is a valid
 * {@link CycleSpec} again.
 */
export type Cycle =
  | { readonly kind: 'calendarMonth' }
  | { readonly kind: 'days'; readonly days: number; readonly anchor: IsoDate }
  | { readonly kind: 'monthly'; readonly anchor: IsoDate }
  | { readonly kind: 'yearly'; readonly anchor: IsoDate }
  | { readonly kind: 'term'; readonly months: number; readonly anchor: IsoDate };

/** A part of a range that lies in one billing period, from {@link splitRange}. */
export interface RangePiece {
  /** The whole billing period the piece lies in. */
  readonly period: Period;
  /** The part of the range inside that period. */
  readonly range: Period;
}
