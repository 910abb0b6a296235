import { fail } from '../errors/fail.js';
import { coreOf } from './createCycle.js';
import { indexContaining, startOfIndex, type CycleCore } from './cycleMath.js';
import { periodOf, rangeOf } from './days.js';
import type { Cycle, Period, PeriodInput } from './types.js';

/** The most periods one call walks: a thousand years of four-week periods. */
export const MAX_PERIODS = 13_100;

/**
 * The billing periods that overlap a range, in order, computed lazily: nothing
 * is built until the caller iterates, and a caller may stop at any point.
 *
 * The periods are whole: the first may start before the range and the last may
 * end after it. Use {@link splitRange} for the parts inside the range.
 *
 * @param cycle - the billing cycle
 * @param range - the half-open range `[start, end)` to cover
 * @returns an iterable of consecutive periods, with no gap and no overlap; none for an empty range
 * @throws TarifkitError `INVALID_CYCLE` for something that is no cycle, `INVALID_DATE` /
 *   `END_BEFORE_START` for a range that is no valid period, `NOT_WITHIN` (field `range`) for a
 *   range of more than 13,100 periods (checked at the call, not while iterating)
 * @example
 * ```ts
 * import { createCycle, createPeriod, periodsBetween } from 'tarifkit';
 *
 * const fourWeeks = createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' });
 * const year = createPeriod('2026-01-31', '2027-01-31');
 * [...periodsBetween(fourWeeks, year)].length; // 14: the last one runs past the range
 * ```
 */
export function periodsBetween(cycle: Cycle, range: PeriodInput): Generator<Period, void, undefined> {
  // Checked here, at the call; a generator function would check only at the first `next()`.
  const core = coreOf(cycle);
  const [startDay, endDay] = rangeOf(range, 'range');
  // An empty range overlaps no period, even when its day lies inside one.
  if (endDay <= startDay) return noPeriods();
  const index = indexContaining(core, startDay);
  if (indexContaining(core, endDay - 1) - index >= MAX_PERIODS) fail('NOT_WITHIN', 'range', range);
  return periodsFrom(core, index, endDay);
}

/** The periods from number `index` on, up to the one that contains the day before `endDay`. */
function* periodsFrom(core: CycleCore, index: number, endDay: number): Generator<Period, void, undefined> {
  let start = startOfIndex(core, index);
  while (start < endDay) {
    index += 1;
    const end = startOfIndex(core, index);
    yield periodOf(start, end);
    start = end;
  }
}

/** The periods of an empty range: none. */
function* noPeriods(): Generator<Period, void, undefined> {
  // nothing to yield
}
