import { fail } from '../errors/fail.js';
import { periodOf } from './days.js';
import { epochDayFromInput } from './parseDate.js';
import type { DateInput, Period } from './types.js';

/** Options for {@link createPeriod}. */
export interface CreatePeriodOptions {
  /** Allow `start` equal to `end` (an empty range). Default: false. */
  readonly allowEmpty?: boolean;
}

/**
 * Makes a half-open date range `[start, end)`: `end` is the first day not in it.
 *
 * @param start - the first day of the range
 * @param end - the first day after the range
 * @param options - whether an empty range is allowed
 * @returns the period, its dates as ISO text
 * @throws TarifkitError `INVALID_DATE` for a date that does not exist (field `start` or `end`),
 *   `END_BEFORE_START` when `end` lies before `start`, `EMPTY_PERIOD` when they are equal and
 *   `allowEmpty` is not set (field `period`)
 * @example
 * ```ts
 * import { createPeriod, daysIn } from 'tarifkit';
 *
 * // February 2028 in a leap year: 29 days, and the end is exclusive.
 * const february = createPeriod('2028-02-01', '2028-03-01');
 * daysIn(february); // 29
 * createPeriod('2026-02-29', '2026-03-01'); // throws INVALID_DATE: 2026 is no leap year
 * ```
 */
export function createPeriod(start: DateInput, end: DateInput, options?: CreatePeriodOptions): Period {
  const startDay = epochDayFromInput(start, 'start');
  const endDay = epochDayFromInput(end, 'end');
  if (endDay < startDay) fail('END_BEFORE_START', 'period', `${String(start)}..${String(end)}`);
  if (endDay === startDay && options?.allowEmpty !== true) fail('EMPTY_PERIOD', 'period', `${String(start)}..${String(end)}`);
  return periodOf(startDay, endDay);
}
