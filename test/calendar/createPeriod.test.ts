/**
 * Half-open periods [start, end) (R6–R8) and the date input at the boundary.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createPeriod, daysIn, TarifkitError } from '../../src/index.js';
import { deepFreeze, expectTarifkitError, isoDateArb, RUNS } from '../arbitraries/core.js';

// Each property runs 1000 cases; leave room on a busy machine (a limit, not a timed test).
vi.setConfig({ testTimeout: 60_000 });

describe('createPeriod', () => {
  it('is half-open: end is the first day not in it', () => {
    const february = createPeriod('2028-02-01', '2028-03-01');
    expect(february.days).toBe(29);
    expect(daysIn(february)).toBe(29);
    expect(february.start.toString()).toBe('2028-02-01');
    expect(february.end.toString()).toBe('2028-03-01');
    expect(february.last.toString()).toBe('2028-02-29');
    expect(february.toString()).toBe('[2028-02-01, 2028-03-01)');
    expect(february.toJSON()).toEqual({ start: '2028-02-01', end: '2028-03-01' });
  });

  it('counts W1\'s rest of the term as 184 days', () => {
    expect(daysIn(createPeriod('2026-07-01', '2027-01-01'))).toBe(184);
    expect(daysIn(createPeriod('2026-01-01', '2027-01-01'))).toBe(365);
  });

  it('takes Temporal.PlainDate as well as ISO strings, with the same result', () => {
    const fromStrings = createPeriod('2026-01-31', '2026-02-28');
    const fromDates = createPeriod(Temporal.PlainDate.from('2026-01-31'), new Temporal.PlainDate(2026, 2, 28));
    expect(fromDates.startDay).toBe(fromStrings.startDay);
    expect(fromDates.endDay).toBe(fromStrings.endDay);
    expect(fromDates.days).toBe(28);
  });

  it('builds its PlainDates lazily, once', () => {
    const period = createPeriod('2026-01-31', '2026-02-28');
    expect(period.start).toBe(period.start);
    expect(period.end).toBe(period.end);
  });

  it('reads back its own JSON', () => {
    const period = createPeriod('1999-12-31', '2000-03-01');
    const { start, end } = JSON.parse(JSON.stringify(period)) as { start: string; end: string };
    const again = createPeriod(start, end);
    expect([again.startDay, again.endDay]).toEqual([period.startDay, period.endDay]);
  });

  it('allows an empty range only when asked (allowEmpty)', () => {
    expectTarifkitError(() => createPeriod('2026-03-01', '2026-03-01'), 'EMPTY_PERIOD', 'period');
    const empty = createPeriod('2026-03-01', '2026-03-01', { allowEmpty: true });
    expect(empty.days).toBe(0);
    expect(daysIn(empty)).toBe(0);
  });

  it('refuses an end before the start (END_BEFORE_START), even with allowEmpty', () => {
    expectTarifkitError(() => createPeriod('2026-03-01', '2026-02-01'), 'END_BEFORE_START', 'period');
    expectTarifkitError(() => createPeriod('2026-03-01', '2026-02-28', { allowEmpty: true }), 'END_BEFORE_START', 'period');
    expectTarifkitError(() => createPeriod('2026-03-02', '2026-03-01', { field: 'change.range' }), 'END_BEFORE_START', 'change.range');
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
    ['0000-01-01', 'year 0'],
    ['+002026-01-01', 'an extended year'],
  ])('refuses %s (%s) as INVALID_DATE naming the field', (text) => {
    expectTarifkitError(() => createPeriod(text, '2030-01-01'), 'INVALID_DATE', 'period.start');
    expectTarifkitError(() => createPeriod('1999-01-01', text), 'INVALID_DATE', 'period.end');
  });

  it('refuses non-dates and dates with NaN or fractional parts as INVALID_DATE', () => {
    const bad: unknown[] = [
      Number.NaN,
      20260101,
      null,
      undefined,
      {},
      { year: Number.NaN, month: 1, day: 1 },
      { year: 2026, month: Number.NaN, day: 1 },
      { year: 2026, month: 1, day: Number.NaN },
      { year: 2026, month: 1.5, day: 1 },
      { year: 2026, month: 2, day: 29 },
      Temporal.PlainDate.from('2026-01-01').withCalendar('gregory'),
    ];
    for (const value of bad) {
      expectTarifkitError(() => createPeriod(value as Temporal.PlainDate, '2030-01-01'), 'INVALID_DATE', 'period.start');
    }
  });

  it('wraps Temporal\'s RangeError as the cause of INVALID_DATE', () => {
    try {
      createPeriod('2026-02-30', '2026-03-01');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TarifkitError);
      expect((error as TarifkitError).details).toMatchObject({ field: 'period.start', value: '2026-02-30' });
      expect((error as Error).cause).toBeInstanceOf(RangeError);
    }
  });

  it('days is start.until(end).days for any two dates in order', () => {
    fc.assert(
      fc.property(isoDateArb(1900, 2200), isoDateArb(1900, 2200), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const period = createPeriod(start, end, { allowEmpty: true });
        const expected = Temporal.PlainDate.from(start).until(Temporal.PlainDate.from(end), { largestUnit: 'days' }).days;
        expect(period.days).toBe(expected);
        expect(period.start.toString()).toBe(start);
        expect(period.end.toString()).toBe(end);
        if (expected > 0) expect(period.last.toString()).toBe(Temporal.PlainDate.from(end).subtract({ days: 1 }).toString());
      }),
      RUNS,
    );
  });

  it('does not mutate its input (frozen PlainDates and options stay as they were)', () => {
    const start = Temporal.PlainDate.from('2026-01-31');
    const options = deepFreeze({ allowEmpty: true, field: 'x' });
    const before = JSON.stringify(options);
    createPeriod(start, start, options);
    expect(JSON.stringify(options)).toBe(before);
    expect(start.toString()).toBe('2026-01-31');
  });
});
