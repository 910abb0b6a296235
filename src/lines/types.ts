import type { Period } from '../calendar/types.js';
import type { PricedItem } from '../items/types.js';
import type { Fraction, RoundingMode } from '../money/types.js';
import type { StoredHeader } from '../storage/types.js';

/**
 * Why a line exists. {@link explainLine} words each reason in de and en (R24).
 *
 * - `periodCharge`: the regular charge for a whole billing period (R1, R6, R14)
 * - `prorataCharge`: part of a billing period: a mid-period start or end (R6, R11, R14)
 * - `upgradeCharge`: the new configuration for the rest of the period or term (R2)
 * - `upgradeCredit`: the unused part of the configuration in force (R2)
 * - `quantityIncrease`: more units of an add-on for the rest of the period (R14)
 * - `withdrawalCredit`: a credit note that reverses a withdrawn booking's line (R13, R16)
 * - `renewal`: a prepaid period paid from the balance (R7, R17)
 * - `oneOff`: a one-off item: a setup fee, a package, a cart item (R18, R20)
 * - `usage`: usage metered by the caller
 * - `discount`: a voucher's share of a line (R20)
 * - `credit`: a credit the caller grants
 */
export type LineReason =
  | 'periodCharge'
  | 'prorataCharge'
  | 'upgradeCharge'
  | 'upgradeCredit'
  | 'quantityIncrease'
  | 'withdrawalCredit'
  | 'renewal'
  | 'oneOff'
  | 'usage'
  | 'discount'
  | 'credit';

/**
 * How a line's share of its period was measured: by `day` (days used / days of
 * that period), by `month` (whole months as 1/N of an N-month period, the rest
 * by days of its month), or `full` (a whole period or a one-off item).
 */
export type LineBasis = 'day' | 'month' | 'full';

/**
 * Why a line came late (R26): `late` is a line that belonged on an earlier
 * invoice and is charged now; `reversal` takes back a line of an earlier
 * invoice that a backdated event made wrong.
 */
export type LineCorrection = 'late' | 'reversal';

/**
 * One line of an invoice: the common currency of every module (R22, R24). Plain
 * data that survives `JSON.stringify` and `structuredClone`. It holds everything
 * a support agent needs to answer "why this amount?": the reason, the item, the
 * days charged and the period they were measured against, the basis, the exact
 * and the rounded amount.
 *
 * Amounts are signed: a credit is negative. The currency and VAT rate are the item's.
 */
export interface Line extends StoredHeader<'line'> {
  /** Why the line exists; {@link explainLine} words it. */
  readonly reason: LineReason;
  /** Null for a line on time; `late` or `reversal` for a correction (R26). */
  readonly correction: LineCorrection | null;
  /** What the line is for, as priced: its unit price, VAT rate and currency. */
  readonly item: PricedItem;
  /** Units charged (users, 10 GB packs); 1 for plans. */
  readonly quantity: number;
  /** The booking or contract the line belongs to (`"users#1"`, `"contract"`), or null. */
  readonly ref: string | null;
  /** The days charged, half-open; null for a one-off item without a date. */
  readonly range: Period | null;
  /** The whole period the item's price is for; null for a one-off item without a date. */
  readonly period: Period | null;
  /** Days in `range` (0 without one). */
  readonly days: number;
  /** Days in `period` (0 without one). */
  readonly periodDays: number;
  /** How the share was measured: by day, by month, or a full unit. */
  readonly basis: LineBasis;
  /** The share of a whole period charged, reduced (1/1 for full items). */
  readonly fraction: Fraction;
  /** The exact signed amount in minor units, reduced, before rounding. */
  readonly exact: Fraction;
  /** The rounded signed amount in minor units. */
  readonly cents: number;
  /** How `exact` became `cents`: once, half up (R22). */
  readonly rounding: RoundingMode;
}
