/**
 * The whole billing periods that overlap a range, lazily (R6–R8), and the
 * tiling every cycle keeps.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createCycle, createPeriod, daysIn, periodContaining, periodsBetween, type Cycle, type Period, type PeriodInput } from '../../src/index.js';
import { cycleSpecArb, deepFreeze, expectTarifkitError, rangeDaysArb, RUNS, temporalFromEpochDay } from '../arbitraries/core.js';
import { dayOfText, fastDay, fastPeriod, periodFromDays, show } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

/** The first `n` periods from a date, as text. */
function firstPeriods(cycle: Cycle, from: string, n: number): string[] {
  const out: string[] = [];
  for (const period of periodsBetween(cycle, { start: from, end: '2099-01-01' })) {
    out.push(show(period));
    if (out.length === n) break;
  }
  return out;
}

describe('periodsBetween: examples', () => {
  it('calendar months (R6)', () => {
    expect(firstPeriods(createCycle({ kind: 'calendarMonth' }), '2026-01-31', 4)).toEqual([
      '[2026-01-01, 2026-02-01)', '[2026-02-01, 2026-03-01)', '[2026-03-01, 2026-04-01)', '[2026-04-01, 2026-05-01)',
    ]);
  });

  it('four weeks and 30 days from the booking day (R7)', () => {
    expect(firstPeriods(createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' }), '2026-01-31', 4)).toEqual([
      '[2026-01-31, 2026-02-28)', '[2026-02-28, 2026-03-28)', '[2026-03-28, 2026-04-25)', '[2026-04-25, 2026-05-23)',
    ]);
    expect(firstPeriods(createCycle({ kind: 'days', days: 30, anchor: '2026-01-31' }), '2026-01-31', 4)).toEqual([
      '[2026-01-31, 2026-03-02)', '[2026-03-02, 2026-04-01)', '[2026-04-01, 2026-05-01)', '[2026-05-01, 2026-05-31)',
    ]);
  });

  it('monthly on the 31st goes back to the 31st after each short month (R8)', () => {
    expect(firstPeriods(createCycle({ kind: 'monthly', anchor: '2026-01-31' }), '2026-01-31', 5)).toEqual([
      '[2026-01-31, 2026-02-28)', '[2026-02-28, 2026-03-31)', '[2026-03-31, 2026-04-30)', '[2026-04-30, 2026-05-31)', '[2026-05-31, 2026-06-30)',
    ]);
    expect(firstPeriods(createCycle({ kind: 'monthly', anchor: '2028-01-31' }), '2028-01-31', 3)).toEqual([
      '[2028-01-31, 2028-02-29)', '[2028-02-29, 2028-03-31)', '[2028-03-31, 2028-04-30)',
    ]);
  });

  it('yearly on Feb 29 and terms of 3 and 24 months', () => {
    expect(firstPeriods(createCycle({ kind: 'yearly', anchor: '2028-02-29' }), '2028-02-29', 5)).toEqual([
      '[2028-02-29, 2029-02-28)', '[2029-02-28, 2030-02-28)', '[2030-02-28, 2031-02-28)', '[2031-02-28, 2032-02-29)', '[2032-02-29, 2033-02-28)',
    ]);
    expect(firstPeriods(createCycle({ kind: 'term', months: 24, anchor: '2026-01-31' }), '2026-01-31', 2)).toEqual([
      '[2026-01-31, 2028-01-31)', '[2028-01-31, 2030-01-31)',
    ]);
    expect(firstPeriods(createCycle({ kind: 'term', months: 3, anchor: '2026-11-30' }), '2026-11-30', 4)).toEqual([
      '[2026-11-30, 2027-02-28)', '[2027-02-28, 2027-05-30)', '[2027-05-30, 2027-08-30)', '[2027-08-30, 2027-11-30)',
    ]);
  });

  it('yields whole periods: the first may start before and the last end after the range; none for an empty range', () => {
    const fourWeeks = createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' });
    const periods = [...periodsBetween(fourWeeks, createPeriod('2026-01-31', '2027-01-31'))];
    expect(periods).toHaveLength(14);
    expect(periods[13]).toStrictEqual({ start: '2027-01-30', end: '2027-02-27' });
    const months = createCycle({ kind: 'calendarMonth' });
    expect([...periodsBetween(months, createPeriod('2026-01-15', '2026-03-02'))].map(show)).toEqual([
      '[2026-01-01, 2026-02-01)', '[2026-02-01, 2026-03-01)', '[2026-03-01, 2026-04-01)',
    ]);
    expect([...periodsBetween(months, { start: '2026-01-15', end: '2026-01-15' })]).toEqual([]);
  });

  it('is lazy: a caller may take the first periods and stop', () => {
    const daily = createCycle({ kind: 'days', days: 1, anchor: '2026-01-01' });
    const iterator = periodsBetween(daily, { start: '2000-01-01', end: '2035-01-01' });
    expect(iterator.next().value).toStrictEqual({ start: '2000-01-01', end: '2000-01-02' });
    expect(iterator.next().value).toStrictEqual({ start: '2000-01-02', end: '2000-01-03' });
    expect(iterator.return(undefined)).toEqual({ done: true, value: undefined });
    expect(iterator.next().done).toBe(true);
  });

  it('walks at most 13,100 periods: one more is NOT_WITHIN naming range', () => {
    const daily = createCycle({ kind: 'days', days: 1, anchor: '2026-01-01' });
    const start = dayOfText('2000-01-01');
    expect([...periodsBetween(daily, periodFromDays(start, start + 13_100))]).toHaveLength(13_100);
    expectTarifkitError(() => periodsBetween(daily, periodFromDays(start, start + 13_101)), 'NOT_WITHIN', 'range');
  });

  it('checks its input at the call, not at the first period', () => {
    const months = createCycle({ kind: 'calendarMonth' });
    expectTarifkitError(() => periodsBetween(months, null as unknown as PeriodInput), 'INVALID_ARGUMENT', 'range');
    expectTarifkitError(() => periodsBetween(months, { start: '2026-02-30', end: '2026-03-01' }), 'INVALID_DATE', 'range.start');
    expectTarifkitError(() => periodsBetween(months, { startDay: 0, endDay: 5 } as unknown as PeriodInput), 'INVALID_DATE', 'range.start');
    expectTarifkitError(() => periodsBetween(months, { start: '2026-03-01', end: '2026-02-01' }), 'END_BEFORE_START', 'range');
    expectTarifkitError(() => periodsBetween({ kind: 'weekly' } as unknown as Cycle, createPeriod('2026-01-01', '2026-02-01')), 'INVALID_CYCLE', 'cycle.kind');
  });
});

describe('periodsBetween: the periods of any cycle tile any range', () => {
  it('property: consecutive, no gap or overlap, covering the range, every date in exactly one period, the one periodContaining finds', () => {
    fc.assert(
      fc.property(cycleSpecArb(), rangeDaysArb(), fc.double({ min: 0, max: 1, noNaN: true }), (spec, [startDay, endDay], at) => {
        const cycle = createCycle(spec);
        const periods = [...periodsBetween(cycle, periodFromDays(startDay, endDay))];
        if (startDay === endDay) {
          expect(periods).toEqual([]);
          return;
        }
        const first = periods[0] as Period;
        const last = periods[periods.length - 1] as Period;
        expect(dayOfText(first.start)).toBeLessThanOrEqual(startDay);
        expect(dayOfText(first.end)).toBeGreaterThan(startDay);
        expect(dayOfText(last.start)).toBeLessThan(endDay);
        expect(dayOfText(last.end)).toBeGreaterThanOrEqual(endDay);
        for (let i = 0; i < periods.length; i += 1) {
          const period = periods[i] as Period;
          expect(daysIn(period)).toBeGreaterThan(0);
          if (i > 0) expect(period.start).toBe((periods[i - 1] as Period).end);
        }
        const day = startDay + Math.min(endDay - startDay - 1, Math.floor(at * (endDay - startDay)));
        const holding = periods.filter((p) => fastDay(p.start) <= day && day < fastDay(p.end));
        expect(holding).toHaveLength(1);
        expect(holding[0]).toStrictEqual(periodContaining(cycle, temporalFromEpochDay(day)));
      }),
      RUNS,
    );
  });

  it('property: does not mutate its input', () => {
    fc.assert(
      fc.property(cycleSpecArb(), rangeDaysArb(1960, 2140, 400), (spec, [startDay, endDay]) => {
        const cycle = createCycle(spec);
        const range = deepFreeze(fastPeriod(startDay, endDay));
        const before = JSON.stringify([cycle, range]);
        [...periodsBetween(cycle, range)];
        expect(JSON.stringify([cycle, range])).toBe(before);
      }),
      RUNS,
    );
  });
});
