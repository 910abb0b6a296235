import type { Cycle, Period } from './types.js';
import { coreOf } from './coreOf.js';
import { indexContaining, startOfIndex, type CycleCore } from './cycleMath.js';
import { assertRange, periodFromEpochDays } from './period.js';

class PeriodIterator implements IterableIterator<Period> {
  readonly #core: CycleCore;
  readonly #endDay: number;
  #index: number;
  #start: number;

  constructor(core: CycleCore, startDay: number, endDay: number) {
    this.#core = core;
    this.#endDay = endDay;
    this.#index = indexContaining(core, startDay);
    this.#start = startDay < endDay ? startOfIndex(core, this.#index) : endDay;
  }

  next(): IteratorResult<Period> {
    if (this.#start >= this.#endDay) return { done: true, value: undefined };
    this.#index += 1;
    const end = startOfIndex(this.#core, this.#index);
    const period = periodFromEpochDays(this.#start, end);
    this.#start = end;
    return { done: false, value: period };
  }

  [Symbol.iterator](): IterableIterator<Period> {
    return this;
  }
}

/**
 * The billing periods that overlap a range, in order, computed lazily: nothing
 * is built until the caller iterates, and a caller may stop at any point.
 *
 * The periods are whole: the first may start before the range and the last may
 * end after it. Use {@link splitRange} for the parts inside the range.
 *
 * @param cycle - the billing cycle
 * @param range - the half-open range `[start, end)` to cover
 * @returns an iterable of consecutive periods, with no gap and no overlap
 * @throws TarifkitError `INVALID_CYCLE` / `UNKNOWN_CYCLE_KIND` for something that is no cycle, `INVALID_DATE` /
 *   `END_BEFORE_START` for a hand-made range that is no valid period (checked at the call, not while iterating)
 * @example
 * ```ts
 * const fourWeeks = createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' });
 * const year = createPeriod('2026-01-31', '2027-01-31');
 * [...periodsBetween(fourWeeks, year)].length; // 14: the last one runs past the range
 * ```
 */
export function periodsBetween(cycle: Cycle, range: Period): IterableIterator<Period> {
  assertRange(range, 'range');
  return new PeriodIterator(coreOf(cycle), range.startDay, range.endDay);
}
