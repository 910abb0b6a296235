import { TarifkitError } from '../errors/TarifkitError.js';
import type { DateInput, Period } from './types.js';
import { epochDayFromInput } from './parseDate.js';
import { periodFromEpochDays } from './period.js';

/** Options for {@link createPeriod}. */
export interface CreatePeriodOptions {
  /** Allow `start` equal to `end` (an empty range). Default: false. */
  readonly allowEmpty?: boolean;
  /** The field name errors report. Default: `"period"`. */
  readonly field?: string;
}

/**
 * Makes a half-open date range `[start, end)`: `end` is the first day not in it.
 *
 * @param start - the first day of the range
 * @param end - the first day after the range
 * @param options - whether an empty range is allowed, and the field name for errors
 * @returns the period
 * @throws TarifkitError `INVALID_DATE` for a date that does not exist,
 *   `END_BEFORE_START` when `end` lies before `start`, `EMPTY_PERIOD` when they are
 *   equal and `allowEmpty` is not set
 * @example
 * ```ts
 * // February 2028 in a leap year: 29 days, and the end is exclusive.
 * const february = createPeriod('2028-02-01', '2028-03-01');
 * february.days;             // 29
 * february.last.toString();  // "2028-02-29"
 * createPeriod('2026-02-29', '2026-03-01'); // throws INVALID_DATE: 2026 is no leap year
 * ```
 */
export function createPeriod(start: DateInput, end: DateInput, options: CreatePeriodOptions = {}): Period {
  const field = typeof options?.field === 'string' ? options.field : 'period';
  const startDay = epochDayFromInput(start, `${field}.start`);
  const endDay = epochDayFromInput(end, `${field}.end`);
  if (endDay < startDay) {
    throw new TarifkitError('END_BEFORE_START', { field, value: `${String(start)}..${String(end)}` });
  }
  if (endDay === startDay && options?.allowEmpty !== true) {
    throw new TarifkitError('EMPTY_PERIOD', { field, value: `${String(start)}..${String(end)}` });
  }
  return periodFromEpochDays(startDay, endDay);
}
