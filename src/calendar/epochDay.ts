/**
 * Integer day arithmetic: the calendar's hot path (R6–R8).
 *
 * An epoch day is the number of days since 1970-01-01 in the proleptic
 * Gregorian (ISO 8601) calendar, the same calendar Temporal.PlainDate uses.
 * test/calendar/epochDay.test.ts proves these functions equal to Temporal on
 * generated dates from 1900 to 2200. Nothing here is exported from the package.
 *
 * @internal
 * @module
 */
import { Temporal } from '#temporal';
import type { PlainDate } from '../temporal/types.js';

/** Days since 1970-01-01 (negative before). */
export type EpochDay = number;

/** The number of days in a month of the ISO calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The epoch day of an ISO year, month (1–12) and day (H. Hinnant's days_from_civil). */
export function epochDayFromYmd(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The ISO date of an epoch day, packed into one integer as
 * `year * 512 + month * 32 + day`, so the hot path allocates nothing.
 */
export function packedYmdFromEpochDay(epochDay: EpochDay): number {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 512 + month * 32 + day;
}

/** The year of a packed date. */
export function packedYear(packed: number): number {
  return Math.floor(packed / 512);
}

/** The month (1–12) of a packed date. */
export function packedMonth(packed: number): number {
  return Math.floor(packed / 32) % 16;
}

/** The day of month of a packed date. */
export function packedDay(packed: number): number {
  return packed % 32;
}

/** `year`, `month` and `day` of an epoch day. */
export function ymdFromEpochDay(epochDay: EpochDay): { year: number; month: number; day: number } {
  const packed = packedYmdFromEpochDay(epochDay);
  return { year: packedYear(packed), month: packedMonth(packed), day: packedDay(packed) };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The ISO 8601 string (`2026-01-31`) of an epoch day, rendered from integers. */
export function isoFromEpochDay(epochDay: EpochDay): string {
  const packed = packedYmdFromEpochDay(epochDay);
  return `${pad(packedYear(packed), 4)}-${pad(packedMonth(packed), 2)}-${pad(packedDay(packed), 2)}`;
}

/** The German short date (`31.01.2026`) of an epoch day. */
export function germanFromEpochDay(epochDay: EpochDay): string {
  const packed = packedYmdFromEpochDay(epochDay);
  return `${pad(packedDay(packed), 2)}.${pad(packedMonth(packed), 2)}.${pad(packedYear(packed), 4)}`;
}

/** The epoch day of a Temporal.PlainDate (or anything with ISO year, month, day). */
export function epochDayFromPlainDate(date: { readonly year: number; readonly month: number; readonly day: number }): EpochDay {
  return epochDayFromYmd(date.year, date.month, date.day);
}

/** A Temporal.PlainDate for an epoch day. */
export function plainDateFromEpochDay(epochDay: EpochDay): PlainDate {
  const packed = packedYmdFromEpochDay(epochDay);
  return new Temporal.PlainDate(packedYear(packed), packedMonth(packed), packedDay(packed));
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of an epoch day. 1970-01-01 was a Thursday. */
export function isoWeekday(epochDay: EpochDay): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** The epoch day `months` months after a year/month, on `day` clamped to that month's length. */
export function epochDayOfClampedMonth(year: number, month: number, monthsToAdd: number, day: number): EpochDay {
  const total = year * 12 + (month - 1) + monthsToAdd;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const dim = daysInMonth(y, m);
  return epochDayFromYmd(y, m, day < dim ? day : dim);
}
