import { rangeOf } from './days.js';
import type { PeriodInput } from './types.js';

/**
 * The number of days in a half-open range: `start.until(end).days`.
 *
 * @param period - the range
 * @returns its length in days; 0 for an empty range
 * @throws TarifkitError `INVALID_ARGUMENT`, `INVALID_DATE` or `END_BEFORE_START` (field `period`) for something that is no valid range
 * @example
 * ```ts
 * import { daysIn } from 'tarifkit';
 *
 * daysIn({ start: '2026-03-29', end: '2026-03-30' }); // 1, though Berlin's clocks go forward that night
 * ```
 */
export function daysIn(period: PeriodInput): number {
  const [start, end] = rangeOf(period, 'period');
  return end - start;
}
