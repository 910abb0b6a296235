/**
 * Date input at the boundary: ISO strings and PlainDates become epoch days.
 *
 * Temporal's own parse errors never leave the library: an invalid date is a
 * TarifkitError with code INVALID_DATE that names the field.
 *
 * @internal
 * @module
 */
import { TarifkitError } from '../errors/TarifkitError.js';
import type { DateInput } from './types.js';
import { daysInMonth, epochDayFromYmd, type EpochDay } from './epochDay.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years the library accepts: 0001 to 9999 (what ISO strings can carry). */
function validYmd(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
    && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The epoch day of a date input, or a TarifkitError(INVALID_DATE) naming `field`.
 */
export function epochDayFromInput(input: unknown, field: string): EpochDay {
  if (typeof input === 'string') {
    const match = ISO_DATE.exec(input);
    if (match) {
      const year = Number(match[1]);
      const month = Number(match[2]);
      const day = Number(match[3]);
      if (validYmd(year, month, day)) return epochDayFromYmd(year, month, day);
    }
    throw new TarifkitError('INVALID_DATE', { field, value: input });
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
