import { isoOf } from '../calendar/days.js';
import { fail, optionsOf } from '../errors/fail.js';
import { FIRST_YEAR, holidaysOfYear, LAST_YEAR, regionBit, regionOf } from './calendar.js';
import type { GermanHolidayOptions, PublicHoliday } from './types.js';

/**
 * The German public holidays of a year (R30): the nationwide ones, and a state's
 * own when `options.state` names one. These are the days a §193 BGB shift skips
 * ({@link withdrawalWindow}, {@link checkWithdrawal}, a subscription's withdrawals).
 *
 * Written in the library, Easter by the Gregorian computus; the law as in force in
 * each year from 1995 (Reformation Day 2017 nationwide, in Bremen, Hamburg,
 * Lower Saxony and Schleswig-Holstein from 2018, Women's Day in Berlin from 2019
 * and in Mecklenburg-Western Pomerania from 2023, World Children's Day in
 * Thuringia from 2019, Berlin's 8 May in 2020 and 2025). Later years carry
 * today's law forward. Bavaria counts Assumption Day (15 August): it is a holiday
 * in most of its municipalities. Holidays of single places (Augsburg's Peace
 * Festival, Corpus Christi in parts of Saxony and Thuringia) are not included:
 * pass them as `holidays` where a deadline needs them.
 *
 * @param year - the year, a whole number from 1995 to 9999
 * @param options - the state (`'BY'` or `'DE-BY'`) whose own holidays are added
 * @returns the holidays in date order, each `{ date, name, nationwide }` with its German name
 * @throws TarifkitError `INVALID_ARGUMENT` (field `year`) for a year outside 1995–9999 or not whole,
 *   `INVALID_STATE` (field `options.state`) for an unknown state
 * @example
 * ```ts
 * import { germanHolidays } from 'tarifkit';
 *
 * germanHolidays(2026).length; // 9
 * germanHolidays(2026)[1]; // {"date": "2026-04-03", "name": "Karfreitag", "nationwide": true}
 * const bavaria = germanHolidays(2026, { state: 'BY' }).filter((h) => !h.nationwide);
 * bavaria.map((h) => h.date); // ["2026-01-06", "2026-06-04", "2026-08-15", "2026-11-01"]
 * germanHolidays(2026, { state: 'DE-SN' }).at(-3)!.name; // "Buß- und Bettag"
 * ```
 */
export function germanHolidays(year: number, options?: GermanHolidayOptions): readonly PublicHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) fail('INVALID_ARGUMENT', 'year', year);
  const bit = regionBit(regionOf(optionsOf(options).state, 'options.state'));
  const holidays: PublicHoliday[] = [];
  for (const entry of holidaysOfYear(year)) {
    if ((entry.mask & bit) !== 0) holidays.push({ date: isoOf(entry.day), name: entry.name, nationwide: (entry.mask & 1) !== 0 });
  }
  return holidays;
}
