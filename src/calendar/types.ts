import type { Temporal } from '@js-temporal/polyfill';

/**
 * A calendar date as the API takes it: a `Temporal.PlainDate` or its ISO
 * string (`"2026-01-31"`). Any object with ISO `year`, `month` and `day`
 * (another Temporal implementation's PlainDate) is accepted too.
 */
export type DateInput = Temporal.PlainDate | string;

/**
 * A half-open range of days `[start, end)`: `start` is the first day that
 * belongs to it, `end` the first day that does not. A billing period is such a
 * range; so is any part of one.
 *
 * The integers (`startDay`, `endDay`, days since 1970-01-01) are the value;
 * the `Temporal.PlainDate`s are built from them when first read.
 */
export interface Period {
  /** The first day, as days since 1970-01-01. */
  readonly startDay: number;
  /** The first day after the range, as days since 1970-01-01. */
  readonly endDay: number;
  /** The first day of the range. */
  readonly start: Temporal.PlainDate;
  /** The first day after the range (exclusive). */
  readonly end: Temporal.PlainDate;
  /** The last day of the range (inclusive), as shown on invoices. */
  readonly last: Temporal.PlainDate;
  /** How many days the range holds: `start.until(end).days`. */
  readonly days: number;
  /** `"[2026-01-31, 2026-02-28)"`. */
  toString(): string;
  /** `{ start: "2026-01-31", end: "2026-02-28" }`, which {@link createPeriod} reads back. */
  toJSON(): { start: string; end: string };
}

/** The kinds of billing cycle (R6–R8); see the "Billing periods" guide. */
export type CycleKind = 'calendarMonth' | 'days' | 'monthly' | 'yearly' | 'term';

/**
 * A billing cycle as plain data, for {@link createCycle}. It is JSON-safe when
 * dates are given as strings.
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

/** A calendar-month cycle (R6). */
export interface CalendarMonthCycle {
  readonly kind: 'calendarMonth';
  /** Always 1: each period is one calendar month. */
  readonly months: 1;
  /** The day the months are counted from (1970-01-01); its day of month is 1. */
  readonly anchor: string;
}

/** A cycle of a fixed number of days from an anchor day (R7). */
export interface DaysCycle {
  readonly kind: 'days';
  /** The length of every period in days (28 for four-week). */
  readonly days: number;
  /** The first day of one of its periods, ISO. */
  readonly anchor: string;
}

/** A cycle of whole months from an anchor day, clamped in short months (R8). */
export interface MonthsCycle {
  readonly kind: 'monthly' | 'yearly' | 'term';
  /** Months per period: 1 (monthly), 12 (yearly) or the term's length. */
  readonly months: number;
  /** The first day of one of its periods, ISO; its day of month is the anchor day. */
  readonly anchor: string;
}

/** A validated billing cycle, made by {@link createCycle}. Plain, frozen and JSON-safe. */
export type Cycle = CalendarMonthCycle | DaysCycle | MonthsCycle;

/** A part of a range that lies in one billing period, from {@link splitRange}. */
export interface RangePiece {
  /** The whole billing period the piece lies in. */
  readonly period: Period;
  /** The part of the range inside that period. */
  readonly range: Period;
}
