import { coreOf } from '../calendar/createCycle.js';
import { rangeOf } from '../calendar/days.js';
import type { Cycle, PeriodInput } from '../calendar/types.js';
import { fail, optionsOf } from '../errors/fail.js';
import { readMoney } from '../money/cents.js';
import type { Money } from '../money/types.js';
import { prorateCents } from './prorateCore.js';
import type { ProrateOptions, Proration, ProrationBasis } from './types.js';

/** Checks a proration basis. @internal */
export function basisOf(value: unknown, field: string): ProrationBasis {
  if (value === undefined) return 'day';
  if (value !== 'day' && value !== 'month') fail('INVALID_BASIS', field, value);
  return value;
}

/**
 * The price of a range of days on a billing cycle, day-exact by default (R2, R6, W1).
 *
 * The range splits at the cycle's period boundaries and each piece is measured
 * against the length of its own period: the actual period, as Kill Bill and
 * Lago do. The exact pieces are summed and the total is rounded once, half up
 * (R22); the pieces then share the rounded total exactly.
 *
 * @param price - the price of one whole period, not negative
 * @param cycle - the billing cycle the price is per period of
 * @param range - the days to price, half-open; may be empty (gives zero)
 * @param options - the basis: `day` (default) or `month`
 * @returns the exact and the rounded amount, with one piece per period
 * @throws TarifkitError `INVALID_AMOUNT` for a negative or fractional price (or one so large that
 *   the exact amount would pass 2^53), `INVALID_BASIS` for an unknown basis, `INVALID_CYCLE` for
 *   something that is no cycle, `INVALID_DATE` / `END_BEFORE_START` for a range that is no valid period
 * @example
 * ```ts
 * import { createCycle, createPeriod, money, prorate } from 'tarifkit';
 *
 * // 3 days of a 9 € monthly price in February 2025: 3 × 9 / 28 = 0,96 €.
 * const months = createCycle({ kind: 'calendarMonth' });
 * prorate(money(900), months, createPeriod('2025-02-10', '2025-02-13')).cents; // 96
 *
 * // W1, day basis: the rest of a 12-month term from 2026-07-01 is 184/365.
 * const term = createCycle({ kind: 'term', months: 12, anchor: '2026-01-01' });
 * const rest = createPeriod('2026-07-01', '2027-01-01');
 * prorate(money(20000), term, rest).cents;                     // 10082
 * prorate(money(20000), term, rest, { basis: 'month' }).cents; // 10000
 * ```
 */
export function prorate(price: Money, cycle: Cycle, range: PeriodInput, options?: ProrateOptions): Proration {
  const { cents, currency } = readMoney(price, 'price');
  if (cents < 0) fail('INVALID_AMOUNT', 'price', cents, { reason: 'a price is not negative' });
  const basis = basisOf(optionsOf(options).basis, 'options.basis');
  const core = coreOf(cycle);
  const [start, end] = rangeOf(range, 'range');
  const result = prorateCents(cents, core, start, end, basis);
  return {
    basis,
    pieces: result.pieces,
    days: end - start,
    fraction: result.fraction,
    exact: result.exact,
    cents: result.cents,
    currency: currency.code,
    rounding: 'halfUp',
  };
}
