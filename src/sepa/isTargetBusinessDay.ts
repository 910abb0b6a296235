import { dayOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { isTargetDay } from './targetDays.js';

/**
 * Whether a day is a TARGET business day (R29): a day on which the euro payment
 * system settles, so a SEPA direct debit can be due or submitted on it.
 *
 * TARGET is closed on Saturdays, Sundays, 1 January, Good Friday, Easter
 * Monday (Easter by the Gregorian computus), 1 May, 25 and 26 December, and
 * open on every other day, German public holidays included (3 October, say).
 *
 * @param day - the day to check
 * @returns true when TARGET settles on that day
 * @throws TarifkitError `INVALID_DATE` (field `day`) for anything that is no date
 * @example
 * ```ts
 * import { isTargetBusinessDay } from 'tarifkit';
 *
 * isTargetBusinessDay('2026-04-30'); // true: a Thursday
 * isTargetBusinessDay('2026-05-01'); // false: 1 May, a TARGET holiday
 * isTargetBusinessDay('2026-04-03'); // false: Good Friday (Easter is on 5 April 2026)
 * isTargetBusinessDay('2026-10-03'); // false: a Saturday
 * isTargetBusinessDay('2025-10-03'); // true: German Unity Day, but TARGET is open
 * ```
 */
export function isTargetBusinessDay(day: DateInput): boolean {
  return isTargetDay(dayOf(day, 'day'));
}
