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
import { Temporal } from '@js-temporal/polyfill';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { DateInput } from './types.js';
import { daysInMonth, epochDayFromYmd, type EpochDay } from './epochDay.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** The value of an ASCII digit, or -1. */
function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * The hot path of ISO parsing: `YYYY-MM-DD` read from char codes, without a
 * regular expression or substrings. Returns null for anything else (the regular
 * path then decides), so it accepts exactly what the pattern below accepts.
 */
function fastIsoDay(text: string): EpochDay | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const y0 = digit(text, 0), y1 = digit(text, 1), y2 = digit(text, 2), y3 = digit(text, 3);
  const m0 = digit(text, 5), m1 = digit(text, 6), d0 = digit(text, 8), d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  return validYmd(year, month, day) ? epochDayFromYmd(year, month, day) : null;
}

/**
 * The epoch day of a date input, or a TarifkitError(INVALID_DATE) naming `field`.
 */
export function epochDayFromInput(input: unknown, field: string): EpochDay {
  if (typeof input === 'string') {
    const fast = fastIsoDay(input);
    if (fast !== null) return fast;
    const match = ISO_DATE.exec(input);
    if (match) {
      const year = Number(match[1]);
      const month = Number(match[2]);
      const day = Number(match[3]);
      if (validYmd(year, month, day)) return epochDayFromYmd(year, month, day);
    }
    throw new TarifkitError('INVALID_DATE', { field, value: input }, causeOf(input));
  }
  if (typeof input === 'object' && input !== null) {
    const { year, month, day } = input as { year?: unknown; month?: unknown; day?: unknown };
    const calendarId = (input as { calendarId?: unknown }).calendarId;
    if (typeof year === 'number' && typeof month === 'number' && typeof day === 'number'
      && (calendarId === undefined || calendarId === 'iso8601') && validYmd(year, month, day)) {
      return epochDayFromYmd(year, month, day);
    }
  }
  throw new TarifkitError('INVALID_DATE', { field, value: input });
}

/** Checks a DateInput type at compile time while parsing at run time. */
export function toEpochDay(input: DateInput, field: string): EpochDay {
  return epochDayFromInput(input, field);
}
