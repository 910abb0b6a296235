/**
 * Reading dates at the boundary: `YYYY-MM-DD` by char codes and a month table for
 * 1900–2199, the regular path for other years and for PlainDates. Every answer must
 * be Temporal's, and every refusal INVALID_DATE naming the field.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { epochDayFromYmd } from '../../src/calendar/epochDay.js';
import { epochDayFromInput, epochDayOfMonthNumber, monthNumberOfEpochDay } from '../../src/calendar/parseDate.js';
import { TarifkitError } from '../../src/index.js';
import { expectTarifkitError, isoDateArb, RUNS, temporalEpochDay } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

/** Temporal's day of a text, or 'INVALID' for one it refuses or that is not `YYYY-MM-DD` in years 0001–9999. */
function temporalDay(text: string): number | 'INVALID' {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || text.startsWith('0000')) return 'INVALID';
  try {
    return temporalEpochDay(Temporal.PlainDate.from(text, { overflow: 'reject' }));
  } catch {
    return 'INVALID';
  }
}

function validIso(text: string): boolean {
  try {
    Temporal.PlainDate.from(text, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

function libraryDay(input: unknown): number | 'INVALID' {
  try {
    return epochDayFromInput(input, 'x');
  } catch (error) {
    expect(error).toBeInstanceOf(TarifkitError);
    // The year 0000 is a valid ISO date outside the supported years 0001–9999.
    const outOfRange = typeof input === 'string' && /^0000-\d{2}-\d{2}$/.test(input) && validIso(input);
    expect((error as TarifkitError).code).toBe(outOfRange ? 'DATE_OUT_OF_RANGE' : 'INVALID_DATE');
    return 'INVALID';
  }
}

/** A date text with one character changed, dropped or added. */
const nearMissArb = fc
  .record({ text: isoDateArb(1890, 2210), at: fc.nat(), kind: fc.constantFrom('change', 'drop', 'add'), char: fc.constantFrom('0', '1', '2', '3', '9', '-', '/', ':', ' ', 'x') })
  .map(({ text, at, kind, char }) => {
    const i = at % (text.length + 1);
    if (kind === 'drop') return text.slice(0, i) + text.slice(i + 1);
    if (kind === 'add') return text.slice(0, i) + char + text.slice(i);
    return text.slice(0, i) + char + text.slice(i + 1);
  });

describe('epochDayFromInput', () => {
  it('property: a date text of any year 0001–9999 reads as the day Temporal gives', () => {
    fc.assert(fc.property(fc.oneof(isoDateArb(1, 9999), isoDateArb(1890, 2210)), (text) => {
      expect(libraryDay(text)).toBe(temporalDay(text));
    }), RUNS);
  });

  it('property: a text one character off a date reads as Temporal reads it, or is refused with INVALID_DATE', () => {
    fc.assert(fc.property(nearMissArb, (text) => {
      expect(libraryDay(text)).toBe(temporalDay(text));
    }), RUNS);
  });

  it('property: a PlainDate reads as the same day as its ISO text (fast path and slow path agree)', () => {
    fc.assert(fc.property(isoDateArb(1, 9999), (text) => {
      expect(epochDayFromInput(Temporal.PlainDate.from(text), 'x')).toBe(epochDayFromInput(text, 'x'));
    }), RUNS);
  });

  it('reads the edges of the month table and the days around them', () => {
    for (const text of ['1899-12-31', '1900-01-01', '1900-02-28', '1969-12-31', '1970-01-01', '2000-02-29', '2199-12-31', '2200-01-01', '0001-01-01', '9999-12-31']) {
      expect(libraryDay(text)).toBe(temporalDay(text));
    }
    for (const text of ['1900-02-29', '2100-02-29', '2026-02-29', '2026-04-31', '2026-00-01', '2026-13-01', '2026-01-00']) {
      expectTarifkitError(() => epochDayFromInput(text, 'input.start'), 'INVALID_DATE', 'input.start');
    }
  });

  it('refuses forms Temporal would read but that carry more than a date, so no time or offset can slip a day', () => {
    for (const text of ['2026-01-31T10:00', '2026-01-31T23:00+01:00', '2026-01-31[Europe/Berlin]', '20260131', '+002026-01-31', ' 2026-01-31', '2026-01-31 ']) {
      expectTarifkitError(() => epochDayFromInput(text, 'on'), 'INVALID_DATE', 'on');
    }
    expectTarifkitError(() => epochDayFromInput(Temporal.PlainDateTime.from('2026-01-31T10:00'), 'on'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => epochDayFromInput(Temporal.ZonedDateTime.from('2026-01-31T10:00[Europe/Berlin]'), 'on'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => epochDayFromInput(Temporal.PlainDate.from('2026-01-31').withCalendar('gregory'), 'on'), 'INVALID_DATE', 'on');
  });

  it('reads a date-like record of integers, and refuses one with NaN, fractional or impossible parts', () => {
    expect(epochDayFromInput({ year: 2026, month: 1, day: 31 }, 'x')).toBe(epochDayFromYmd(2026, 1, 31));
    const bad: unknown[] = [
      Number.NaN, 20260101, null, undefined, {}, [],
      { year: Number.NaN, month: 1, day: 1 },
      { year: 2026, month: 1.5, day: 1 },
      { year: 2026, month: 2, day: 29 },
      { year: '2026', month: 1, day: 1 },
    ];
    for (const value of bad) expectTarifkitError(() => epochDayFromInput(value, 'date'), 'INVALID_DATE', 'date');
  });

  it('refuses real dates outside the years 0001–9999 as DATE_OUT_OF_RANGE, in text, date-likes and PlainDates', () => {
    for (const value of ['0000-01-01', '0000-12-31', '+010000-01-01', '-000001-01-01', { year: 0, month: 1, day: 1 }, { year: 10000, month: 1, day: 1 }]) {
      expectTarifkitError(() => epochDayFromInput(value, 'date'), 'DATE_OUT_OF_RANGE', 'date');
    }
    expect(epochDayFromInput('0001-01-01', 'x')).toBe(epochDayFromYmd(1, 1, 1));
    expect(epochDayFromInput('9999-12-31', 'x')).toBe(epochDayFromYmd(9999, 12, 31));
  });

  it('keeps Temporal\'s RangeError as the cause of INVALID_DATE for a text Temporal refuses too', () => {
    try {
      epochDayFromInput('2026-02-30', 'start');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TarifkitError);
      expect((error as TarifkitError).details).toMatchObject({ field: 'start', value: '2026-02-30' });
      expect((error as Error).cause).toBeInstanceOf(RangeError);
    }
  });
});

describe('the month table', () => {
  it('holds the first of every month from January 1900 to January 2200, and nothing outside', () => {
    let wrong = 0;
    for (let year = 1900; year <= 2199; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        if (epochDayOfMonthNumber(year * 12 + month - 1) !== epochDayFromYmd(year, month, 1)) wrong += 1;
      }
    }
    expect(wrong).toBe(0);
    expect(epochDayOfMonthNumber(2200 * 12)).toBe(epochDayFromYmd(2200, 1, 1));
    expect(epochDayOfMonthNumber(1900 * 12 - 1)).toBeNaN();
    expect(epochDayOfMonthNumber(2200 * 12 + 1)).toBeNaN();
  });

  it('gives the month of every day from 1900-01-01 to 2199-12-31 (day table 1970–2099 and the search outside it), and NaN outside', () => {
    const first = epochDayFromYmd(1900, 1, 1);
    const end = epochDayFromYmd(2200, 1, 1);
    let month = 1900 * 12;
    let wrong = 0;
    for (let day = first; day < end; day += 1) {
      if (day === epochDayOfMonthNumber(month + 1)) month += 1;
      if (monthNumberOfEpochDay(day) !== month) wrong += 1;
    }
    expect(month).toBe(2199 * 12 + 11);
    expect(wrong).toBe(0);
    expect(monthNumberOfEpochDay(first - 1)).toBeNaN();
    expect(monthNumberOfEpochDay(end)).toBeNaN();
    expect(monthNumberOfEpochDay(Number.NaN)).toBeNaN();
  });
});
