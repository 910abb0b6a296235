import { landingIn, periodOf } from '../calendar/days.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput, Period } from '../calendar/types.js';
import { optionsOf } from '../errors/fail.js';
import type { WithdrawalOptions } from './types.js';
import { instructedOf, lastWithdrawalDay, withdrawalHolidays } from './withdrawalDays.js';

/**
 * The 14-day withdrawal window of a booking (R13, R16, R30), as a half-open period.
 *
 * The booking day does not count (§187 BGB): booked on the 1st, the 14th day is the
 * 15th and the window is `[2nd, 16th)`. When the 14th day is a Saturday, a Sunday or
 * a public holiday, the window runs to the end of the next working day (§193 BGB).
 * The holidays are the German nationwide ones ({@link germanHolidays}), the state's own
 * when `options.state` names one, and any `options.holidays` (added, never replacing).
 *
 * Without a proper withdrawal instruction (`options.instructed: false`) the window runs
 * 12 months longer: to the day twelve months after the 14th day, or that month's last day
 * when it has no such day (§356(3) BGB, §188 BGB, R31), shifted as above.
 *
 * @param bookedOn - the day the booking was made
 * @param options - the customer's state and more holidays, and whether the customer was instructed (default true)
 * @returns the period `[bookedOn + 1, last + 1)`; its `end` is the first day too late
 * @throws TarifkitError `INVALID_DATE` when `bookedOn` is no valid date, `INVALID_ARGUMENT` for
 *   options that are no record or an `instructed` that is no boolean, `INVALID_STATE` for an
 *   unknown `options.state`, `INVALID_HOLIDAYS` when `options.holidays` is not a list of dates
 * @example
 * ```ts
 * import { withdrawalWindow } from 'tarifkit';
 *
 * // Booked on Saturday 2026-03-07: the 14th day is Saturday 2026-03-21, so the
 * // window runs to the end of Monday 2026-03-23 (§193 BGB).
 * withdrawalWindow('2026-03-07').end; // "2026-03-24", the first day too late
 * // Booked 2026-03-20: day 14 is Good Friday 2026-04-03; Saturday, Sunday and
 * // Easter Monday follow, so the last day is Tuesday 2026-04-07.
 * withdrawalWindow('2026-03-20').end; // "2026-04-08"
 * // Booked 2026-05-21: day 14 is Thursday 2026-06-04, Corpus Christi in Bavaria.
 * withdrawalWindow('2026-05-21').end; // "2026-06-05"
 * withdrawalWindow('2026-05-21', { state: 'BY' }).end; // "2026-06-06"
 * // Booked 2026-03-19 without a proper instruction: 12 months and 14 days (§356(3) BGB).
 * withdrawalWindow('2026-03-19', { instructed: false }); // { "start": "2026-03-20", "end": "2027-04-03" }
 * ```
 */
export function withdrawalWindow(bookedOn: DateInput, options?: WithdrawalOptions): Period {
  const bookedDay = epochDayFromInput(bookedOn, 'bookedOn');
  const holidays = withdrawalHolidays(options);
  const instructed = instructedOf(optionsOf(options).instructed);
  return landingIn('bookedOn', bookedOn, () => periodOf(bookedDay + 1, lastWithdrawalDay(bookedDay, holidays, instructed) + 1));
}
