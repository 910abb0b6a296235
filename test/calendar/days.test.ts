/**
 * The boundary between ISO text and epoch days (days.ts): every module reads dates
 * and periods and writes them back through here, so epoch days never reach a public value.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { dayOf, FIRST_DAY, isoOf, LAST_DAY, periodOf, rangeOf } from '../../src/calendar/days.js';
import { epochDayFromYmd } from '../../src/calendar/epochDay.js';
import { epochDayArb, expectTarifkitError, RUNS, temporalFromEpochDay } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

describe('isoOf and dayOf', () => {
  it('property: isoOf writes the text Temporal writes, twice the same (the 1970–2099 cache), and dayOf reads it back', () => {
    fc.assert(fc.property(epochDayArb(1800, 2300), (day) => {
      const text = temporalFromEpochDay(day).toString();
      expect(isoOf(day)).toBe(text);
      expect(isoOf(day)).toBe(text);
      expect(dayOf(text, 'x')).toBe(day);
    }), RUNS);
  });

  it('writes the years 0001 to 9999 and refuses days outside them with DATE_OUT_OF_RANGE', () => {
    expect(FIRST_DAY).toBe(epochDayFromYmd(1, 1, 1));
    expect(LAST_DAY).toBe(epochDayFromYmd(9999, 12, 31));
    expect(isoOf(FIRST_DAY)).toBe('0001-01-01');
    expect(isoOf(LAST_DAY)).toBe('9999-12-31');
    expectTarifkitError(() => isoOf(FIRST_DAY - 1), 'DATE_OUT_OF_RANGE', 'date');
    expectTarifkitError(() => isoOf(LAST_DAY + 1), 'DATE_OUT_OF_RANGE', 'date');
    expectTarifkitError(() => isoOf(Number.NaN), 'DATE_OUT_OF_RANGE', 'date');
  });
});

describe('periodOf and rangeOf', () => {
  it('writes a period as two ISO dates, and reads it back', () => {
    const period = periodOf(epochDayFromYmd(2026, 7, 1), epochDayFromYmd(2027, 1, 1));
    expect(period).toStrictEqual({ start: '2026-07-01', end: '2027-01-01' });
    expect(rangeOf(period, 'range')).toEqual([epochDayFromYmd(2026, 7, 1), epochDayFromYmd(2027, 1, 1)]);
    expect(rangeOf({ start: '2026-07-01', end: '2026-07-01' }, 'range')).toEqual([epochDayFromYmd(2026, 7, 1), epochDayFromYmd(2026, 7, 1)]);
  });

  it('names the field of a bad period: the record, its start or end, or the whole when reversed', () => {
    for (const value of [null, undefined, 'x', 42]) expectTarifkitError(() => rangeOf(value, 'input.range'), 'INVALID_ARGUMENT', 'input.range');
    expectTarifkitError(() => rangeOf({}, 'input.range'), 'INVALID_DATE', 'input.range.start');
    expectTarifkitError(() => rangeOf({ start: '2026-01-01' }, 'input.range'), 'INVALID_DATE', 'input.range.end');
    expectTarifkitError(() => rangeOf({ start: '2026-02-30', end: '2026-03-01' }, 'input.range'), 'INVALID_DATE', 'input.range.start');
    expectTarifkitError(() => rangeOf({ startDay: 0, endDay: 1 }, 'input.range'), 'INVALID_DATE', 'input.range.start');
    expectTarifkitError(() => rangeOf({ start: '2026-03-01', end: '2026-02-01' }, 'input.range'), 'END_BEFORE_START', 'input.range');
  });
});
