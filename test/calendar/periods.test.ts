/**
 * The periods of each cycle kind (R6 calendar month, R7 28/30 days, R8 monthly
 * anchored with clamping, yearly, term of N months): the period containing a
 * date, the next and previous period, lazy enumeration, and the invariants that
 * hold for every cycle and range.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  createCycle,
  createPeriod,
  nextPeriod,
  periodContaining,
  periodsBetween,
  previousPeriod,
  type Cycle,
  type CycleSpec,
  type Period,
} from '../../src/index.js';
import { periodFromEpochDays } from '../../src/calendar/period.js';
import {
  cycleSpecArb,
  deepFreeze,
  epochDayArb,
  expectTarifkitError,
  isoDateArb,
  rangeDaysArb,
  RUNS,
  temporalEpochDay,
  temporalFromEpochDay,
} from '../arbitraries/core.js';

// Each property runs 1000 cases; leave room on a busy machine (a limit, not a timed test).
vi.setConfig({ testTimeout: 60_000 });

/** The first `n` periods from a date, as strings. */
function firstPeriods(cycle: Cycle, from: string, n: number): string[] {
  const out: string[] = [];
  for (const period of periodsBetween(cycle, createPeriod(from, '9999-01-01'))) {
    out.push(String(period));
    if (out.length === n) break;
  }
  return out;
}

function same(a: Period, b: Period): boolean {
  return a.startDay === b.startDay && a.endDay === b.endDay;
}

describe('cycle kinds: example periods', () => {
  it('calendar month: the 1st to the last day, February has 28 or 29 days (R6)', () => {
    const months = createCycle({ kind: 'calendarMonth' });
    expect(String(periodContaining(months, '2025-02-10'))).toBe('[2025-02-01, 2025-03-01)');
    expect(periodContaining(months, '2025-02-10').days).toBe(28);
    expect(periodContaining(months, '2028-02-29').days).toBe(29);
    expect(String(periodContaining(months, '2026-12-31'))).toBe('[2026-12-01, 2027-01-01)');
    expect(String(periodContaining(months, '1969-12-31'))).toBe('[1969-12-01, 1970-01-01)');
    expect(firstPeriods(months, '2026-01-31', 4)).toEqual([
      '[2026-01-01, 2026-02-01)',
      '[2026-02-01, 2026-03-01)',
      '[2026-03-01, 2026-04-01)',
      '[2026-04-01, 2026-05-01)',
    ]);
  });

  it('28-day cycle: four weeks from the booking day, independent of months (R7)', () => {
    const fourWeeks = createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' });
    expect(firstPeriods(fourWeeks, '2026-01-31', 4)).toEqual([
      '[2026-01-31, 2026-02-28)',
      '[2026-02-28, 2026-03-28)',
      '[2026-03-28, 2026-04-25)',
      '[2026-04-25, 2026-05-23)',
    ]);
    // Cycles run backwards from the anchor too.
    expect(String(periodContaining(fourWeeks, '2026-01-30'))).toBe('[2026-01-03, 2026-01-31)');
  });

  it('30-day cycle of legacy tariffs (R7)', () => {
    const thirty = createCycle({ kind: 'days', days: 30, anchor: '2026-01-31' });
    expect(firstPeriods(thirty, '2026-01-31', 4)).toEqual([
      '[2026-01-31, 2026-03-02)',
      '[2026-03-02, 2026-04-01)',
      '[2026-04-01, 2026-05-01)',
      '[2026-05-01, 2026-05-31)',
    ]);
  });

  it('monthly anchored on the 31st: Jan 31 → Feb 28 → Mar 31 → Apr 30, back to the anchor day (R8)', () => {
    const monthly = createCycle({ kind: 'monthly', anchor: '2026-01-31' });
    expect(firstPeriods(monthly, '2026-01-31', 5)).toEqual([
      '[2026-01-31, 2026-02-28)',
      '[2026-02-28, 2026-03-31)',
      '[2026-03-31, 2026-04-30)',
      '[2026-04-30, 2026-05-31)',
      '[2026-05-31, 2026-06-30)',
    ]);
    // In a leap year February clamps to the 29th.
    const leap = createCycle({ kind: 'monthly', anchor: '2028-01-31' });
    expect(firstPeriods(leap, '2028-01-31', 3)).toEqual([
      '[2028-01-31, 2028-02-29)',
      '[2028-02-29, 2028-03-31)',
      '[2028-03-31, 2028-04-30)',
    ]);
    expect(String(periodContaining(monthly, '2026-03-15'))).toBe('[2026-02-28, 2026-03-31)');
    expect(String(periodContaining(monthly, '2026-02-27'))).toBe('[2026-01-31, 2026-02-28)');
  });

  it('monthly anchored on the 5th and the 10th: two options keep separate periods (R8)', () => {
    const fifth = createCycle({ kind: 'monthly', anchor: '2026-03-05' });
    const tenth = createCycle({ kind: 'monthly', anchor: '2026-03-10' });
    expect(String(periodContaining(fifth, '2026-04-07'))).toBe('[2026-04-05, 2026-05-05)');
    expect(String(periodContaining(tenth, '2026-04-07'))).toBe('[2026-03-10, 2026-04-10)');
  });

  it('yearly anchored on Feb 29: Feb 28 in common years, Feb 29 again in leap years', () => {
    const yearly = createCycle({ kind: 'yearly', anchor: '2028-02-29' });
    expect(firstPeriods(yearly, '2028-02-29', 5)).toEqual([
      '[2028-02-29, 2029-02-28)',
      '[2029-02-28, 2030-02-28)',
      '[2030-02-28, 2031-02-28)',
      '[2031-02-28, 2032-02-29)',
      '[2032-02-29, 2033-02-28)',
    ]);
    expect(periodContaining(yearly, '2028-03-01').days).toBe(365);
    expect(periodContaining(yearly, '2031-03-01').days).toBe(366);
  });

  it('a term of N months from a start (R1): 12, 24 and 3 months, clamped without drift', () => {
    const twelve = createCycle({ kind: 'term', months: 12, anchor: '2026-01-01' });
    expect(String(periodContaining(twelve, '2026-07-01'))).toBe('[2026-01-01, 2027-01-01)');
    expect(periodContaining(twelve, '2026-07-01').days).toBe(365);
    const twentyFour = createCycle({ kind: 'term', months: 24, anchor: '2026-01-31' });
    expect(firstPeriods(twentyFour, '2026-01-31', 2)).toEqual(['[2026-01-31, 2028-01-31)', '[2028-01-31, 2030-01-31)']);
    const quarter = createCycle({ kind: 'term', months: 3, anchor: '2026-11-30' });
    expect(firstPeriods(quarter, '2026-11-30', 4)).toEqual([
      '[2026-11-30, 2027-02-28)',
      '[2027-02-28, 2027-05-30)',
      '[2027-05-30, 2027-08-30)',
      '[2027-08-30, 2027-11-30)',
    ]);
  });

  it('next and previous period step across the clamped months', () => {
    const monthly = createCycle({ kind: 'monthly', anchor: '2026-01-31' });
    const february = periodContaining(monthly, '2026-02-28');
    expect(String(february)).toBe('[2026-02-28, 2026-03-31)');
    expect(String(nextPeriod(monthly, february))).toBe('[2026-03-31, 2026-04-30)');
    expect(String(previousPeriod(monthly, february))).toBe('[2026-01-31, 2026-02-28)');
  });

  it('periodsBetween yields whole periods: the first may start before and the last end after the range', () => {
    const fourWeeks = createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' });
    const year = createPeriod('2026-01-31', '2027-01-31');
    const periods = [...periodsBetween(fourWeeks, year)];
    expect(periods).toHaveLength(14);
    expect(String(periods[13])).toBe('[2027-01-30, 2027-02-27)');
    const months = createCycle({ kind: 'calendarMonth' });
    const periodsOfMonths = [...periodsBetween(months, createPeriod('2026-01-15', '2026-03-02'))].map(String);
    expect(periodsOfMonths).toEqual(['[2026-01-01, 2026-02-01)', '[2026-02-01, 2026-03-01)', '[2026-03-01, 2026-04-01)']);
    expect([...periodsBetween(months, createPeriod('2026-01-15', '2026-01-15', { allowEmpty: true }))]).toEqual([]);
  });

  it('periodsBetween is lazy: the first periods of an 8,000-year range come at once', () => {
    const iterator = periodsBetween(createCycle({ kind: 'days', days: 1, anchor: '2026-01-01' }), createPeriod('0001-01-01', '9999-12-31'));
    expect(String(iterator.next().value)).toBe('[0001-01-01, 0001-01-02)');
    expect(String(iterator.next().value)).toBe('[0001-01-02, 0001-01-03)');
  });

  it('refuses a hand-made range with NaN days or a reversed range instead of looping', () => {
    const months = createCycle({ kind: 'calendarMonth' });
    const nan = { startDay: Number.NaN, endDay: Number.NaN } as Period;
    expectTarifkitError(() => periodsBetween(months, nan), 'INVALID_DATE', 'range');
    expectTarifkitError(() => nextPeriod(months, nan), 'INVALID_DATE', 'period');
    expectTarifkitError(() => previousPeriod(months, nan), 'INVALID_DATE', 'period');
    expectTarifkitError(() => periodsBetween(months, periodFromEpochDays(10, 5)), 'END_BEFORE_START', 'range');
    expectTarifkitError(() => periodContaining(months, '2026-02-30'), 'INVALID_DATE', 'date');
    expectTarifkitError(() => periodContaining({ kind: 'fortnightly' } as unknown as Cycle, '2026-02-01'), 'UNKNOWN_CYCLE_KIND', 'cycle.kind');
    expectTarifkitError(() => periodContaining(null as unknown as Cycle, '2026-02-01'), 'INVALID_CYCLE', 'cycle');
  });
});

describe('cycle invariants, for every cycle kind', () => {
  it('the periods of any cycle tile any range: consecutive, no gap or overlap, every date in exactly one period', () => {
    fc.assert(
      fc.property(cycleSpecArb(), rangeDaysArb(), fc.double({ min: 0, max: 1, noNaN: true }), (spec, [startDay, endDay], at) => {
        const cycle = createCycle(spec);
        const range = periodFromEpochDays(startDay, endDay);
        const periods = [...periodsBetween(cycle, range)];
        if (startDay === endDay) {
          expect(periods).toEqual([]);
          return;
        }
        const first = periods[0] as Period;
        const last = periods[periods.length - 1] as Period;
        expect(first.startDay).toBeLessThanOrEqual(startDay);
        expect(first.endDay).toBeGreaterThan(startDay);
        expect(last.startDay).toBeLessThan(endDay);
        expect(last.endDay).toBeGreaterThanOrEqual(endDay);
        for (let i = 0; i < periods.length; i += 1) {
          const period = periods[i] as Period;
          expect(period.days).toBeGreaterThan(0);
          if (i > 0) expect(period.startDay).toBe((periods[i - 1] as Period).endDay);
        }
        // A date of the range lies in exactly one period, the one periodContaining finds.
        const day = startDay + Math.min(endDay - startDay - 1, Math.floor(at * (endDay - startDay)));
        const holding = periods.filter((p) => p.startDay <= day && day < p.endDay);
        expect(holding).toHaveLength(1);
        expect(same(holding[0] as Period, periodContaining(cycle, temporalFromEpochDay(day)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('a monthly anchored cycle starts each period on min(anchor day, days in that month)', () => {
    fc.assert(
      fc.property(isoDateArb(1900, 2150), fc.integer({ min: -36, max: 36 }), (anchor, offset) => {
        const cycle = createCycle({ kind: 'monthly', anchor });
        const anchorDate = Temporal.PlainDate.from(anchor);
        const month = anchorDate.toPlainYearMonth().add({ months: offset });
        const periods = [...periodsBetween(cycle, createPeriod(month.toPlainDate({ day: 1 }), month.add({ months: 3 }).toPlainDate({ day: 1 })))];
        for (const period of periods) {
          const start = period.start;
          expect(start.day).toBe(Math.min(anchorDate.day, start.daysInMonth));
          // ... and runs to the same rule one month later.
          const next = start.toPlainYearMonth().add({ months: 1 });
          expect(period.end.toString()).toBe(next.toPlainDate({ day: Math.min(anchorDate.day, next.daysInMonth) }).toString());
        }
      }),
      RUNS,
    );
  });

  it('a month cycle\'s k-th period starts at anchor.add({ months: k × N }, constrain): no drift, ever', () => {
    const monthKinds = cycleSpecArb().filter((spec) => spec.kind === 'monthly' || spec.kind === 'yearly' || spec.kind === 'term');
    fc.assert(
      fc.property(monthKinds, fc.integer({ min: -40, max: 40 }), (spec, k) => {
        const cycle = createCycle(spec);
        const months = cycle.kind === 'calendarMonth' || cycle.kind === 'days' ? 0 : cycle.months;
        const anchor = Temporal.PlainDate.from(cycle.anchor);
        const start = anchor.add({ months: k * months }, { overflow: 'constrain' });
        const end = anchor.add({ months: (k + 1) * months }, { overflow: 'constrain' });
        const period = periodContaining(cycle, start);
        expect(String(period)).toBe(`[${start.toString()}, ${end.toString()})`);
      }),
      RUNS,
    );
  });

  it('a days cycle has periods of exactly that many days, starting at anchor + k × days', () => {
    fc.assert(
      fc.property(isoDateArb(1950, 2150), fc.integer({ min: 1, max: 400 }), epochDayArb(1950, 2150), (anchor, days, day) => {
        const cycle = createCycle({ kind: 'days', days, anchor });
        const period = periodContaining(cycle, temporalFromEpochDay(day));
        expect(period.days).toBe(days);
        const offset = period.startDay - temporalEpochDay(Temporal.PlainDate.from(anchor));
        expect(Math.abs(offset % days)).toBe(0);
      }),
      RUNS,
    );
  });

  it('periodContaining, nextPeriod and previousPeriod agree', () => {
    fc.assert(
      fc.property(cycleSpecArb(), epochDayArb(1960, 2140), (spec, day) => {
        const cycle = createCycle(spec);
        const period = periodContaining(cycle, temporalFromEpochDay(day));
        expect(period.startDay).toBeLessThanOrEqual(day);
        expect(day).toBeLessThan(period.endDay);
        const next = nextPeriod(cycle, period);
        const previous = previousPeriod(cycle, period);
        expect(next.startDay).toBe(period.endDay);
        expect(previous.endDay).toBe(period.startDay);
        expect(same(previousPeriod(cycle, next), period)).toBe(true);
        expect(same(nextPeriod(cycle, previous), period)).toBe(true);
        expect(same(periodContaining(cycle, period.last), period)).toBe(true);
        expect(same(periodContaining(cycle, period.start), period)).toBe(true);
        expect(same(periodContaining(cycle, period.end), next)).toBe(true);
        const listed = [...periodsBetween(cycle, periodFromEpochDays(previous.startDay, next.endDay))];
        expect(listed.map(String)).toEqual([previous, period, next].map(String));
      }),
      RUNS,
    );
  });

  it('no period function mutates its input', () => {
    fc.assert(
      fc.property(cycleSpecArb(), rangeDaysArb(1960, 2140, 400), (spec, [startDay, endDay]) => {
        const frozenSpec = deepFreeze(structuredClone(spec) as CycleSpec);
        const cycle = createCycle(frozenSpec);
        const range = deepFreeze(periodFromEpochDays(startDay, endDay));
        const before = JSON.stringify([frozenSpec, cycle, range]);
        const date = deepFreeze(temporalFromEpochDay(startDay));
        const period = deepFreeze(periodContaining(cycle, date));
        nextPeriod(cycle, period);
        previousPeriod(cycle, period);
        [...periodsBetween(cycle, range)];
        expect(JSON.stringify([frozenSpec, cycle, range])).toBe(before);
        expect(date.toString()).toBe(String(range.start));
      }),
      RUNS,
    );
  });
});
