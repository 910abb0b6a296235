import { assertRange } from './period.js';
import type { Period } from './types.js';

/**
 * The number of days in a half-open range: `start.until(end).days`.
 *
 * @param range - the range
 * @returns its length in days (0 for an empty range)
 * @throws TarifkitError `INVALID_DATE` / `END_BEFORE_START` for a hand-made range that is no valid period
 * @example
 * ```ts
 * daysIn(createPeriod('2026-07-01', '2027-01-01')); // 184: the rest of W1's term
 * daysIn(createPeriod('2028-02-01', '2028-03-01')); // 29: February of a leap year
 * ```
 */
export function daysIn(range: Period): number {
  assertRange(range, 'range');
  return range.endDay - range.startDay;
}
