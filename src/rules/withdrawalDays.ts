/**
 * The withdrawal window on integers: epoch days and a set of holiday epoch days (R13).
 *
 * @internal
 * @module
 */
import { TarifkitError } from '../errors/TarifkitError.js';
import { isoWeekday, type EpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import { optionsOf } from '../errors/fail.js';
import { holidayCheck, regionOf, type DayCheck } from '../holidays/calendar.js';

/** The days of the withdrawal period (R13): 14 days, the booking day not counted (§187 BGB). */
export const WITHDRAWAL_DAYS = 14;

const NO_HOLIDAYS: ReadonlySet<EpochDay> = new Set();

/**
 * Reads a holiday list at the boundary.
 * @throws TarifkitError `INVALID_HOLIDAYS` when it is not an array of ISO dates
 */
export function holidaySet(holidays: unknown, field = 'options.holidays'): ReadonlySet<EpochDay> {
  if (holidays === undefined) return NO_HOLIDAYS;
  if (!Array.isArray(holidays) || holidays.length > 100_000) throw new TarifkitError('INVALID_HOLIDAYS', { field, value: holidays });
  const days = new Set<EpochDay>();
  for (let i = 0; i < holidays.length; i += 1) {
    try {
      days.add(epochDayFromInput(holidays[i], `${field}.${i}`));
    } catch (cause) {
      throw new TarifkitError('INVALID_HOLIDAYS', { field: `${field}.${i}`, value: holidays[i] }, { cause });
    }
  }
  return days;
}

/**
 * The days a withdrawal window skips (R13, R30): the nationwide public holidays,
 * the state's own when `options.state` names one, and `options.holidays`.
 * @throws TarifkitError `INVALID_ARGUMENT` for options that are no record,
 *   `INVALID_STATE` for an unknown state, `INVALID_HOLIDAYS` for a bad list
 */
export function withdrawalHolidays(options: unknown): DayCheck {
  const data = optionsOf(options);
  const region = regionOf(data.state, 'options.state');
  return holidayCheck(region, holidaySet(data.holidays));
}

/**
 * The last day on which a booking made on `bookedDay` can be withdrawn: the 14th day
 * after it (§187 BGB), moved on to the next working day while it is a Saturday,
 * Sunday or holiday (§193 BGB). Integers in, integer out.
 */
export function lastWithdrawalDay(bookedDay: EpochDay, holidays: DayCheck): EpochDay {
  let last = bookedDay + WITHDRAWAL_DAYS;
  for (;;) {
    const weekday = isoWeekday(last);
    if (weekday === 6) last += 2;
    else if (weekday === 7) last += 1;
    else if (holidays.has(last)) last += 1;
    else return last;
  }
}
