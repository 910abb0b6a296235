/**
 * Half-open periods [start, end) (R6–R8) as two ISO dates, and their length.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createPeriod, daysIn, TarifkitError, type PeriodInput } from '../../src/index.js';
import { deepFreeze, expectTarifkitError, isoDateArb, RUNS } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

describe('createPeriod', () => {
  it('is half-open plain data: end is the first day not in it', () => {
    const february = createPeriod('2028-02-01', '2028-03-01');
    expect(february).toStrictEqual({ start: '2028-02-01', end: '2028-03-01' });
    expect(daysIn(february)).toBe(29);
    expect(JSON.parse(JSON.stringify(february))).toStrictEqual(february);
  });

  it('counts W1\'s rest of the term as 184 days of 365', () => {
    expect(daysIn(createPeriod('2026-07-01', '2027-01-01'))).toBe(184);
    expect(daysIn(createPeriod('2026-01-01', '2027-01-01'))).toBe(365);
  });

  it('takes Temporal.PlainDate as well as ISO strings, and writes ISO strings', () => {
    const fromDates = createPeriod(Temporal.PlainDate.from('2026-01-31'), new Temporal.PlainDate(2026, 2, 28));
    expect(fromDates).toStrictEqual({ start: '2026-01-31', end: '2026-02-28' });
    expect(fromDates).toStrictEqual(createPeriod('2026-01-31', '2026-02-28'));
  });

  it('allows an empty range only when asked (allowEmpty)', () => {
    expectTarifkitError(() => createPeriod('2026-03-01', '2026-03-01'), 'EMPTY_PERIOD', 'period');
    expectTarifkitError(() => createPeriod('2026-03-01', '2026-03-01', { allowEmpty: false }), 'EMPTY_PERIOD', 'period');
    const empty = createPeriod('2026-03-01', '2026-03-01', { allowEmpty: true });
    expect(empty).toStrictEqual({ start: '2026-03-01', end: '2026-03-01' });
    expect(daysIn(empty)).toBe(0);
  });

  it('refuses an end before the start (END_BEFORE_START naming period), even with allowEmpty', () => {
    expectTarifkitError(() => createPeriod('2026-03-01', '2026-02-01'), 'END_BEFORE_START', 'period');
    expectTarifkitError(() => createPeriod('2026-03-01', '2026-02-28', { allowEmpty: true }), 'END_BEFORE_START', 'period');
  });

  it.each([
    ['2026-02-29', 'no leap year'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-01-00', 'day 0'],
    ['foo', 'no date at all'],
    ['', 'empty text'],
    ['2026-1-5', 'no zero padding'],
    ['2026-01-31T10:00', 'a date-time'],
    ['+002026-01-01', 'an extended year'],
  ])('refuses %s (%s) as INVALID_DATE naming start or end', (text) => {
    expectTarifkitError(() => createPeriod(text, '2030-01-01'), 'INVALID_DATE', 'start');
    expectTarifkitError(() => createPeriod('1999-01-01', text), 'INVALID_DATE', 'end');
  });

  it.each([
    ['0000-01-01', 'year 0'],
    ['+010000-01-01', 'year 10000'],
    ['-000001-12-31', 'year -1'],
    ['+275760-09-13', 'the last day Temporal knows'],
  ])('refuses %s (%s), a real date outside 0001–9999, as DATE_OUT_OF_RANGE naming start or end', (text) => {
    expectTarifkitError(() => createPeriod(text, '2030-01-01'), 'DATE_OUT_OF_RANGE', 'start');
    expectTarifkitError(() => createPeriod('1999-01-01', text), 'DATE_OUT_OF_RANGE', 'end');
  });

  it('refuses PlainDates and date-likes outside 0001–9999 as DATE_OUT_OF_RANGE', () => {
    for (const value of [new Temporal.PlainDate(0, 1, 1), new Temporal.PlainDate(10000, 1, 1), new Temporal.PlainDate(275760, 9, 13), { year: 0, month: 12, day: 31 }]) {
      expectTarifkitError(() => createPeriod(value as Temporal.PlainDate, '2030-01-01'), 'DATE_OUT_OF_RANGE', 'start');
    }
    expectTarifkitError(() => createPeriod({ year: 10000, month: 2, day: 30 } as never, '2030-01-01'), 'INVALID_DATE', 'start');
  });

  it('refuses non-dates as INVALID_DATE', () => {
    const bad: unknown[] = [Number.NaN, 20260101, null, undefined, {}, { year: 2026, month: 2, day: 29 }, Temporal.PlainDate.from('2026-01-01').withCalendar('gregory')];
    for (const value of bad) {
      expectTarifkitError(() => createPeriod(value as Temporal.PlainDate, '2030-01-01'), 'INVALID_DATE', 'start');
    }
  });

  it('keeps Temporal\'s RangeError as the cause of INVALID_DATE', () => {
    try {
      createPeriod('2026-02-30', '2026-03-01');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TarifkitError);
      expect((error as TarifkitError).details).toMatchObject({ field: 'start', value: '2026-02-30' });
      expect((error as Error).cause).toBeInstanceOf(RangeError);
    }
  });

  it('property: the period holds the dates given, and daysIn is start.until(end).days', () => {
    fc.assert(
      fc.property(isoDateArb(1900, 2200), isoDateArb(1900, 2200), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const period = createPeriod(start, end, { allowEmpty: true });
        expect(period).toStrictEqual({ start, end });
        const expected = Temporal.PlainDate.from(start).until(Temporal.PlainDate.from(end), { largestUnit: 'days' }).days;
        expect(daysIn(period)).toBe(expected);
      }),
      RUNS,
    );
  });

  it('does not mutate its input (frozen PlainDates and options stay as they were)', () => {
    const start = Temporal.PlainDate.from('2026-01-31');
    const options = deepFreeze({ allowEmpty: true });
    createPeriod(start, start, options);
    expect(options).toStrictEqual({ allowEmpty: true });
    expect(start.toString()).toBe('2026-01-31');
  });
});

describe('daysIn', () => {
  it('counts days, not hours: the night Berlin\'s clocks go forward is still one day', () => {
    expect(daysIn({ start: '2026-03-29', end: '2026-03-30' })).toBe(1);
    expect(daysIn({ start: '2026-10-25', end: '2026-10-26' })).toBe(1);
    expect(daysIn({ start: Temporal.PlainDate.from('2028-02-01'), end: '2028-03-01' })).toBe(29);
  });

  it('refuses something that is no valid range, naming period', () => {
    expectTarifkitError(() => daysIn(null as unknown as PeriodInput), 'INVALID_ARGUMENT', 'period');
    expectTarifkitError(() => daysIn({ start: 'x', end: '2026-01-01' }), 'INVALID_DATE', 'period.start');
    expectTarifkitError(() => daysIn({ start: '2026-01-01' } as unknown as PeriodInput), 'INVALID_DATE', 'period.end');
    expectTarifkitError(() => daysIn({ start: '2026-03-01', end: '2026-02-01' }), 'END_BEFORE_START', 'period');
  });
});
