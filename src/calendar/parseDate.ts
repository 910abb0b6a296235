/**
 * Date input at the boundary: ISO strings and PlainDates become epoch days.
 *
 * Temporal's own parse errors never leave the library: an invalid date is a
 * TarifkitError with code INVALID_DATE that names the field, and Temporal's
 * RangeError for the same text, when it has one, is kept as the error's `cause`.
 * Only the plain calendar-date form `YYYY-MM-DD` (years 0001–9999) is read:
 * date-times and other forms that Temporal would accept are refused too, so a
 * time of day or an offset can never slip a day.
 *
 * @internal
 * @module
 */
import { Temporal } from '#temporal';
import { TarifkitError } from '../errors/TarifkitError.js';
import { daysInMonth, epochDayFromYmd, type EpochDay } from './epochDay.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A calendar date with an extended (signed six-digit) year, as Temporal writes years past 9999. */
const EXTENDED_DATE = /^([+-]\d{6})-(\d{2})-(\d{2})$/;

/** Whether year, month and day make a real date in the proleptic Gregorian calendar, whatever the year. */
function realYmd(year: number, month: number, day: number): boolean {
  if (!Number.isSafeInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 ? (leap ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number);
}

/** DATE_OUT_OF_RANGE naming `field`, for a real date outside the years 0001–9999. */
function outOfRange(field: string, value: unknown): never {
  throw new TarifkitError('DATE_OUT_OF_RANGE', { field, value, min: '0001-01-01', max: '9999-12-31' });
}

/** Years the library accepts: 0001 to 9999 (what ISO strings can carry). */
function validYmd(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
    && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Temporal's own error for a text it cannot read as a date, if it has one (slow path: errors only). */
function causeOf(text: string): { cause?: unknown } | undefined {
  try {
    Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch (cause) {
    return { cause };
  }
  return undefined;
}

/** The first year of the month table: dates from here to {@link TABLE_LAST_YEAR} are read with one look-up. */
const TABLE_FIRST_YEAR = 1900;
const TABLE_LAST_YEAR = 2199;

/**
 * The epoch day of the first of each month from January 1900 to January 2200
 * (index `(year - 1900) * 12 + month - 1`), so that a month's length is the
 * difference of two neighbours. Built once from {@link epochDayFromYmd}.
 */
const MONTH_STARTS: Int32Array = (() => {
  const count = (TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 1) * 12 + 1;
  const table = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    table[i] = epochDayFromYmd(TABLE_FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1, 1);
  }
  return table;
})();

/** The month number (`year * 12 + month - 1`) of the first entry of the month table. */
const TABLE_FIRST_MONTH = TABLE_FIRST_YEAR * 12;
/** Days per month on average over the Gregorian 400-year cycle: a first guess, corrected from the table. */
const MEAN_MONTH_DAYS = 146_097 / 4800;

/**
 * The epoch day of the first of the month numbered `year * 12 + month - 1`
 * (so January 2026 is 24_312), read from the month table: for January 1900 to
 * January 2200, else NaN (the caller then computes it).
 *
 * @internal
 */
export function epochDayOfMonthNumber(monthNumber: number): EpochDay {
  const i = monthNumber - TABLE_FIRST_MONTH;
  return i >= 0 && i < MONTH_STARTS.length ? MONTH_STARTS[i] as number : Number.NaN;
}

/** The years of the day-to-month table: the billing days of this library's lifetime, one look-up each. */
const DAY_TABLE_FIRST_YEAR = 1970;
const DAY_TABLE_LAST_YEAR = 2099;
const DAY_TABLE_FIRST = MONTH_STARTS[(DAY_TABLE_FIRST_YEAR - TABLE_FIRST_YEAR) * 12] as number;
const DAY_TABLE_END = MONTH_STARTS[(DAY_TABLE_LAST_YEAR + 1 - TABLE_FIRST_YEAR) * 12] as number;

/**
 * For each day from 1970-01-01 to 2099-12-31, the index of its month in the
 * month table (95 KB): a day's month is then one read, not a division and a
 * correction. Built once from the month table.
 */
const MONTH_OF_DAY: Uint16Array = (() => {
  const table = new Uint16Array(DAY_TABLE_END - DAY_TABLE_FIRST);
  const first = (DAY_TABLE_FIRST_YEAR - TABLE_FIRST_YEAR) * 12;
  const last = (DAY_TABLE_LAST_YEAR + 1 - TABLE_FIRST_YEAR) * 12;
  for (let i = first; i < last; i += 1) {
    table.fill(i, (MONTH_STARTS[i] as number) - DAY_TABLE_FIRST, (MONTH_STARTS[i + 1] as number) - DAY_TABLE_FIRST);
  }
  return table;
})();

/**
 * The month number (`year * 12 + month - 1`) of an epoch day from 1900-01-01
 * to 2199-12-31, read from the tables; NaN outside those days.
 *
 * @internal
 */
export function monthNumberOfEpochDay(day: EpochDay): number {
  const offset = day - DAY_TABLE_FIRST;
  if (offset >= 0 && offset < MONTH_OF_DAY.length) return (MONTH_OF_DAY[offset] as number) + TABLE_FIRST_MONTH;
  return slowMonthNumber(day);
}

/** {@link monthNumberOfEpochDay} outside the day table: a first guess from the mean month, corrected. */
function slowMonthNumber(day: EpochDay): number {
  const last = MONTH_STARTS.length - 1;
  if (!(day >= (MONTH_STARTS[0] as number) && day < (MONTH_STARTS[last] as number))) return Number.NaN;
  let i = Math.floor((day - (MONTH_STARTS[0] as number)) / MEAN_MONTH_DAYS);
  if (i > last - 1) i = last - 1;
  while ((MONTH_STARTS[i] as number) > day) i -= 1;
  while ((MONTH_STARTS[i + 1] as number) <= day) i += 1;
  return i + TABLE_FIRST_MONTH;
}

/**
 * The hot path of ISO parsing: `YYYY-MM-DD` read from char codes, without a
 * regular expression, substrings or float division. Returns NaN for anything
 * else, and the regular path then decides; so it accepts exactly what the
 * pattern below accepts, within the years of the month table.
 */
export function fastIsoDay(text: string): EpochDay {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  // `>>> 0` turns a negative value into a large one: one test per digit for 0–9.
  if ((y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9
    || (m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (d0 >>> 0) > 9 || (d1 >>> 0) > 9) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < TABLE_FIRST_YEAR || year > TABLE_LAST_YEAR || month < 1 || month > 12 || day < 1) return Number.NaN;
  const index = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  const first = MONTH_STARTS[index] as number;
  if (day > (MONTH_STARTS[index + 1] as number) - first) return Number.NaN;
  return first + day - 1;
}

/**
 * The epoch day of a date input, or a TarifkitError(INVALID_DATE) naming `field`.
 */
export function epochDayFromInput(input: unknown, field: string): EpochDay {
  // The hot path, kept small so that callers can take it in: a `YYYY-MM-DD` string of 1900–2199.
  if (typeof input === 'string') {
    const fast = fastIsoDay(input);
    if (fast === fast) return fast; // not NaN
  }
  return slowEpochDay(input, field);
}

/** Every other input: other years, PlainDates and date-likes, and the errors. */
function slowEpochDay(input: unknown, field: string): EpochDay {
  if (typeof input === 'string') {
    const match = ISO_DATE.exec(input);
    if (match) {
      const year = Number(match[1]);
      const month = Number(match[2]);
      const day = Number(match[3]);
      if (validYmd(year, month, day)) return epochDayFromYmd(year, month, day);
      if (realYmd(year, month, day)) outOfRange(field, input);
    }
    const extended = EXTENDED_DATE.exec(input);
    if (extended && extended[1] !== '-000000') {
      const year = Number(extended[1]);
      if ((year < 1 || year > 9999) && realYmd(year, Number(extended[2]), Number(extended[3]))) outOfRange(field, input);
    }
    throw new TarifkitError('INVALID_DATE', { field, value: input }, causeOf(input));
  }
  if (typeof input === 'object' && input !== null) {
    // A PlainDate of any Temporal implementation (or a date-like record); a date-time that
    // carries an hour is refused, so a time of day or a zone can never slip a day.
    const { year, month, day } = input as { year?: unknown; month?: unknown; day?: unknown };
    const calendarId = (input as { calendarId?: unknown }).calendarId;
    const hour = (input as { hour?: unknown }).hour;
    if (typeof year === 'number' && typeof month === 'number' && typeof day === 'number' && hour === undefined
      && (calendarId === undefined || calendarId === 'iso8601') && validYmd(year, month, day)) {
      return epochDayFromYmd(year, month, day);
    }
    if (typeof year === 'number' && typeof month === 'number' && typeof day === 'number' && hour === undefined
      && (calendarId === undefined || calendarId === 'iso8601') && realYmd(year, month, day)) outOfRange(field, input);
  }
  throw new TarifkitError('INVALID_DATE', { field, value: input });
}

