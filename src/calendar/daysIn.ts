import type { Period } from './types.js';

/**
 * The number of days in a half-open range: `start.until(end).days`.
 *
 * @param range - the range
 * @returns its length in days (0 for an empty range)
 * @example
 * ```ts
 * daysIn(createPeriod('2026-07-01', '2027-01-01')); // 184: the rest of W1's term
 * ```
 */
export function daysIn(range: Period): number {
  return range.endDay - range.startDay;
}
