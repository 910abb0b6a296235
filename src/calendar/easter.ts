/**
 * Easter Sunday by the Gregorian computus, on epoch days: the movable feasts
 * that calendars of business days hang on. TARGET closes on Good Friday and
 * Easter Monday (R29); German public holidays (R30) add Ascension, Whit Monday
 * and, in some states, Corpus Christi. Each is a fixed offset from Easter
 * Sunday, listed in {@link EASTER_OFFSETS}.
 *
 * test/calendar/easter.test.ts checks it against published dates and against
 * Gauss's formula for every year from 0001 to 9999.
 *
 * @internal
 * @module
 */
import { epochDayFromYmd, type EpochDay } from './epochDay.js';

/** Days from Easter Sunday to the feasts that move with it. */
export const EASTER_OFFSETS = {
  goodFriday: -2,
  easterMonday: 1,
  ascension: 39,
  whitMonday: 50,
  corpusChristi: 60,
} as const;

/**
 * The epoch day of Easter Sunday in an ISO (proleptic Gregorian) year, by the
 * anonymous Gregorian algorithm (Meeus, Jones, Butcher): the first Sunday after
 * the ecclesiastical full moon on or after 21 March. Always between 22 March and
 * 25 April. `year` is a whole number from 1 (callers pass the year of a valid date).
 */
export function easterSunday(year: number): EpochDay {
  const a = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const d = Math.floor(century / 4);
  const e = century % 4;
  const f = Math.floor((century + 8) / 25);
  const g = Math.floor((century - f + 1) / 3);
  const epact = (19 * a + century - d - g + 15) % 30;
  const i = Math.floor(yearOfCentury / 4);
  const k = yearOfCentury % 4;
  const weekday = (32 + 2 * e + 2 * i - epact - k) % 7;
  const m = Math.floor((a + 11 * epact + 22 * weekday) / 451);
  const n = epact + weekday - 7 * m + 114;
  return epochDayFromYmd(year, Math.floor(n / 31), (n % 31) + 1);
}
