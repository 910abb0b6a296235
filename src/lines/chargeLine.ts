import { coreOf } from '../calendar/createCycle.js';
import { indexContaining, makeCore, startOfIndex, type CycleCore } from '../calendar/cycleMath.js';
import { periodOf, rangeOf } from '../calendar/days.js';
import { packedMonth, packedYear, packedYmdFromEpochDay } from '../calendar/epochDay.js';
import type { Cycle, PeriodInput } from '../calendar/types.js';
import { fail, recordOf } from '../errors/fail.js';
import { checkItem } from '../items/checkItem.js';
import type { PricedItem } from '../items/types.js';
import { quantityOf } from '../money/cents.js';
import { basisOf } from '../proration/prorate.js';
import { pieceFraction } from '../proration/prorateCore.js';
import type { ProrationBasis } from '../proration/types.js';
import { oneOffLine, shareLine } from './build.js';
import type { Line, LineReason } from './types.js';

/** What {@link chargeLine} needs. */
export interface ChargeLineInput {
  /** What is charged: its unit price is for one whole `period` (or once, without a period). */
  readonly item: PricedItem;
  /** Units; an integer from 1 to 1,000,000. Default 1. */
  readonly quantity?: number;
  /** The days charged, inside `period`. Leave out for a one-off item without dates. */
  readonly range?: PeriodInput;
  /** The whole period the unit price is for. Default: `range` itself (a whole period). */
  readonly period?: PeriodInput;
  /** `day` (default, "tagesgenau") or `month` (whole months as 1/N of the period). */
  readonly basis?: ProrationBasis;
  /**
   * For the month basis: the cycle `period` belongs to, which places its month
   * boundaries. Default: months counted from `period.start`.
   */
  readonly cycle?: Cycle;
  /** True for a credit: the amount is negative. Default false. */
  readonly credit?: boolean;
  /**
   * Why the line exists. Default: `oneOff` without a range, `periodCharge` for a
   * whole period, `prorataCharge` for part of one, `credit` for a credit.
   */
  readonly reason?: LineReason;
  /** Your reference for the line (an order or usage record id). Default null. */
  readonly ref?: string;
}

const REASONS: ReadonlySet<string> = new Set<LineReason>([
  'periodCharge', 'prorataCharge', 'upgradeCharge', 'upgradeCredit', 'quantityIncrease', 'withdrawalCredit',
  'renewal', 'oneOff', 'usage', 'discount', 'credit',
]);

/** Whether a value is a line reason. @internal */
export function isLineReason(value: unknown): value is LineReason {
  return typeof value === 'string' && REASONS.has(value);
}

/** The month structure of `[start, end)` for the month basis: the cycle's, or whole months from `start`. */
function monthCore(cycle: unknown, start: number, end: number): { core: CycleCore; index: number } {
  if (cycle !== undefined) {
    const core = coreOf(cycle, 'input.cycle');
    const index = indexContaining(core, start);
    if (startOfIndex(core, index) !== start || startOfIndex(core, index + 1) !== end) fail('NOT_WITHIN', 'input.period', periodOf(start, end), { reason: 'not a period of input.cycle' });
    return { core, index };
  }
  const a = packedYmdFromEpochDay(start);
  const b = packedYmdFromEpochDay(end);
  const months = (packedYear(b) - packedYear(a)) * 12 + packedMonth(b) - packedMonth(a);
  if (months >= 1 && months <= 1200) {
    const core = makeCore(0, months, start);
    if (startOfIndex(core, 1) === end) return { core, index: 0 };
  }
  return fail('INVALID_BASIS', 'input.basis', 'month', { reason: 'the month basis needs a period of whole months; pass input.cycle' });
}

/**
 * Makes one invoice line on the proration core (R22, R24): `quantity` units of
 * an item for a range of days inside the period its price is for, day-exact by
 * default, rounded once, half up. Use it for your own charges (a setup fee, a
 * one-off item, usage you metered) and credits; {@link createInvoice} takes the
 * line like every line tarifkit makes, and {@link explainLine} words it.
 *
 * A range across several billing periods is split first with {@link splitRange}:
 * one line per period, each measured against its own period.
 *
 * @param input - the item, quantity, range and period, basis, sign, reason and your reference
 * @returns the line: plain data, with the item as given
 * @throws TarifkitError `INVALID_ARGUMENT` for an input that is no record, `INVALID_ITEM` /
 *   `INVALID_AMOUNT` / `INVALID_VAT_RATE` for a bad item, `INVALID_QUANTITY` for 0, a fraction or
 *   more than 1,000,000 units or an amount too large to price exactly, `INVALID_DATE` / `END_BEFORE_START` for a bad range or period,
 *   `NOT_WITHIN` (field `input.range`) for a range outside its period, `EMPTY_PERIOD` for an
 *   empty period, `INVALID_BASIS` for a month basis on a period that is no whole months,
 *   `INVALID_CYCLE` for a `cycle` that is none, `NOT_WITHIN` (field `input.period`) for a month basis on a period that is not one of `cycle`,
 *   `INVALID_LINE` for an unknown reason
 * @example
 * ```ts
 * import { chargeLine, explainLine } from 'tarifkit';
 *
 * const item = { id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 } as const;
 * // 13 of March's 31 days, rounded once: 5,00 € × 13/31 = 2,096… → 2,10 €.
 * const line = chargeLine({ item, range: { start: '2026-03-19', end: '2026-04-01' }, period: { start: '2026-03-01', end: '2026-04-01' } });
 * line.cents;              // 210
 * explainLine(line, 'de'); // "Anteilig LTE 50, 19.03.2026–31.03.2026, 13/31 Tage: 2,10 €"
 * chargeLine({ item: { id: 'setup', name: 'Einrichtung', unitCents: 4900, vatRate: 19 } }).cents; // 4900
 * ```
 */
export function chargeLine(input: ChargeLineInput): Line {
  const data = recordOf(input, 'input');
  const item = checkItem(data.item, 'input.item');
  const quantity = data.quantity === undefined ? 1 : quantityOf(data.quantity, 'input.quantity');
  const credit = data.credit === undefined ? false : data.credit === true ? true : data.credit === false ? false : fail('INVALID_ARGUMENT', 'input.credit', data.credit);
  const ref = data.ref === undefined ? null : typeof data.ref === 'string' ? data.ref : fail('INVALID_ARGUMENT', 'input.ref', data.ref);
  if (data.reason !== undefined && !isLineReason(data.reason)) fail('INVALID_LINE', 'input.reason', data.reason);
  const basis = basisOf(data.basis, 'input.basis');
  // A cycle given is checked whatever the basis, so a bad one never passes unnoticed.
  if (data.cycle !== undefined) coreOf(data.cycle, 'input.cycle');
  if (data.range === undefined) {
    if (data.period !== undefined) fail('INVALID_ARGUMENT', 'input.range', undefined, { reason: 'a period needs the range charged' });
    if (!Number.isSafeInteger(item.unitCents * quantity)) fail('INVALID_QUANTITY', 'input.quantity', quantity, { reason: 'too large to price exactly' });
    return oneOffLine((data.reason as LineReason | undefined) ?? (credit ? 'credit' : 'oneOff'), item, quantity, ref, credit);
  }
  const [rangeStart, rangeEnd] = rangeOf(data.range, 'input.range');
  const [periodStart, periodEnd] = data.period === undefined ? [rangeStart, rangeEnd] : rangeOf(data.period, 'input.period');
  if (periodEnd === periodStart) fail('EMPTY_PERIOD', 'input.period', data.period ?? data.range);
  if (rangeStart < periodStart || rangeEnd > periodEnd) fail('NOT_WITHIN', 'input.range', data.range);
  const period = periodOf(periodStart, periodEnd);
  const whole = rangeStart === periodStart && rangeEnd === periodEnd;
  const range = whole ? period : periodOf(rangeStart, rangeEnd);
  const days = rangeEnd - rangeStart;
  const periodDays = periodEnd - periodStart;
  let n = days;
  let d = periodDays;
  if (basis === 'month' && !whole && days > 0) {
    const { core, index } = monthCore(data.cycle, periodStart, periodEnd);
    const share = pieceFraction(core, index, periodStart, periodEnd, rangeStart, rangeEnd, 'month');
    n = share.numerator;
    d = share.denominator;
  }
  const reason = (data.reason as LineReason | undefined) ?? (credit ? 'credit' : whole ? 'periodCharge' : 'prorataCharge');
  if (!Number.isSafeInteger(item.unitCents * quantity * n)) fail('INVALID_QUANTITY', 'input.quantity', quantity, { reason: 'too large to price exactly' });
  return shareLine(reason, item, quantity, ref, range, period, days, periodDays, whole ? 'full' : basis, n, d, credit);
}
