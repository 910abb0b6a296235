import type { Period } from '../calendar/types.js';
import type { Currency, Fraction, Money, RoundingMode } from '../money/types.js';

/** Whether a line adds to the invoice (`charge`) or takes off it (`credit`). */
export type LineKind = 'charge' | 'credit';

/**
 * Why a line exists. The explanation module words each reason in de and en (R24).
 *
 * - `periodCharge`: the regular charge for a billing period (R1, R6, R14)
 * - `prorataCharge`: the rest of the current period after a mid-period booking (R6, R11, R14)
 * - `upgradeCharge`: the new configuration for the rest of the term (R2)
 * - `upgradeCredit`: the unused part of the configuration in force (R2)
 * - `quantityIncrease`: more units of an add-on for the rest of the period (R14)
 * - `withdrawalCredit`: a credit note that reverses a withdrawn booking (R13, R16)
 * - `renewal`: a prepaid period paid from the balance (R7, R17)
 * - `oneOff`: a one-off booking or cart item (R18, R20)
 * - `discount`: a voucher's share of a line (R20)
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
  | 'discount';

/**
 * How a part of a period was priced: by `day` (days used / days of that
 * period, the default), by `month` (whole months as 1/N of the term, the rest
 * by days of its month), or `full` (a whole unit, no proration).
 */
export type Basis = 'day' | 'month' | 'full';

/** The VAT rates of Germany in percent (R23); 0 for exempt lines. */
export type VatRate = 19 | 7 | 0;

/** What a line is for: an id, the name people see and how many units. */
export interface LineItem {
  /** A stable id: a plan, option, add-on or product id. */
  readonly id: string;
  /** The name people see ("Basic", "Zusätzliche Benutzer"). */
  readonly label: string;
  /** Units (users, 10 GB packs); 1 for plans. */
  readonly quantity: number;
}

/**
 * One line of an invoice: the common currency of every module (R24). It holds
 * everything a support agent needs to answer "why this amount?": the kind, the
 * item, the date range and the period it was measured against, the days, the
 * basis, the exact and the rounded amount.
 *
 * Amounts are signed: a credit is negative. `cents` is the rounded amount in
 * minor units; `amount` is the same as a Dinero object.
 */
export interface Line {
  /** A charge adds to the invoice, a credit takes off it. */
  readonly kind: LineKind;
  /** Why the line exists; {@link explainLine} words it. */
  readonly reason: LineReason;
  /** What the line is for. */
  readonly item: LineItem;
  /** The price of one unit for one whole period (or the one-off price). */
  readonly unitPrice: Money;
  /** The days charged or credited, half-open; null for one-off items. */
  readonly range: Period | null;
  /** The period the days are measured against; null for one-off items. */
  readonly period: Period | null;
  /** Days in `range`. */
  readonly daysUsed: number;
  /** Days in `period`. */
  readonly daysInPeriod: number;
  /** How the share was measured: by day, by month, or a full unit. */
  readonly basis: Basis;
  /** The share of a whole period charged (1/1 for full items). */
  readonly fraction: Fraction;
  /** The exact signed amount in minor units, before rounding. */
  readonly exact: Fraction;
  /** The rounded signed amount in minor units. */
  readonly cents: number;
  /** The rounded signed amount. */
  readonly amount: Money;
  /** How `exact` became `cents`: once, half up (R22). */
  readonly rounding: RoundingMode;
  /** The currency of every amount on the line. */
  readonly currency: Currency;
  /** The VAT rate that applies to the line (R23). */
  readonly vatRate: VatRate;
}
