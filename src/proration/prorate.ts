import { coreOf } from '../calendar/coreOf.js';
import { assertRange } from '../calendar/period.js';
import type { Cycle, Period } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { centsOfSnapshot, moneyFromCents, snapshotOf } from '../money/cents.js';
import type { Currency, Money } from '../money/types.js';
import { prorateCents, type CentsProration } from './prorateCore.js';
import type { Proration, ProrateOptions, ProrationBasis } from './types.js';

class ProrationValue implements Proration {
  readonly basis: ProrationBasis;
  readonly pieces: CentsProration['pieces'];
  readonly fraction: CentsProration['fraction'];
  readonly exact: CentsProration['exact'];
  readonly cents: number;
  readonly rounding = 'halfUp' as const;
  readonly daysUsed: number;
  readonly #currency: Currency;
  #amount: Money | undefined;

  constructor(result: CentsProration, basis: ProrationBasis, daysUsed: number, currency: Currency) {
    this.basis = basis;
    this.pieces = result.pieces;
    this.fraction = result.fraction;
    this.exact = result.exact;
    this.cents = result.cents;
    this.daysUsed = daysUsed;
    this.#currency = currency;
  }

  get amount(): Money {
    return (this.#amount ??= moneyFromCents(this.cents, this.#currency));
  }
}

/** Checks a proration basis. @internal */
export function basisOf(options: ProrateOptions | undefined): ProrationBasis {
  const basis = options?.basis ?? 'day';
  if (basis !== 'day' && basis !== 'month') throw new TarifkitError('INVALID_BASIS', { field: 'options.basis', value: basis });
  return basis;
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
export function prorate(price: Money, cycle: Cycle, range: Period, options?: ProrateOptions): Proration {
  const snapshot = snapshotOf(price, 'price');
  const cents = centsOfSnapshot(snapshot, 'price');
  if (cents < 0) throw new TarifkitError('INVALID_AMOUNT', { field: 'price', value: cents });
  const basis = basisOf(options);
  const core = coreOf(cycle);
  assertRange(range, 'range');
  const result = prorateCents(cents, core, range.startDay, range.endDay, basis);
  return new ProrationValue(result, basis, range.endDay - range.startDay, snapshot.currency);
}
