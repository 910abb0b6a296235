/**
 * The period of each cycle kind that contains a date (R6 calendar month, R7 28/30
 * days, R8 monthly anchored with clamping, yearly, term of N months), and the
 * rules every cycle keeps.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createCycle, daysIn, periodContaining, type Cycle } from '../../src/index.js';
import { cycleSpecArb, deepFreeze, epochDayArb, expectTarifkitError, isoDateArb, RUNS, temporalFromEpochDay } from '../arbitraries/core.js';
import { dayOfText, show } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

describe('periodContaining: examples', () => {
  it('calendar month: the 1st to the last day, February has 28 or 29 days (R6)', () => {
    const months = createCycle({ kind: 'calendarMonth' });
    expect(periodContaining(months, '2025-02-10')).toStrictEqual({ start: '2025-02-01', end: '2025-03-01' });
    expect(daysIn(periodContaining(months, '2025-02-10'))).toBe(28);
    expect(daysIn(periodContaining(months, '2028-02-29'))).toBe(29);
    expect(show(periodContaining(months, '2026-12-31'))).toBe('[2026-12-01, 2027-01-01)');
    expect(show(periodContaining(months, '1969-12-31'))).toBe('[1969-12-01, 1970-01-01)');
    expect(show(periodContaining(months, '0001-01-01'))).toBe('[0001-01-01, 0001-02-01)');
  });

  it('28-day cycle: four weeks from the booking day, independent of months, and backwards from the anchor (R7)', () => {
    const fourWeeks = createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' });
    expect(show(periodContaining(fourWeeks, '2026-01-31'))).toBe('[2026-01-31, 2026-02-28)');
    expect(show(periodContaining(fourWeeks, '2026-02-28'))).toBe('[2026-02-28, 2026-03-28)');
    expect(show(periodContaining(fourWeeks, '2026-01-30'))).toBe('[2026-01-03, 2026-01-31)');
  });

  it('30-day cycle of legacy tariffs (R7)', () => {
    const thirty = createCycle({ kind: 'days', days: 30, anchor: '2026-01-31' });
    expect(show(periodContaining(thirty, '2026-03-01'))).toBe('[2026-01-31, 2026-03-02)');
    expect(show(periodContaining(thirty, '2026-03-02'))).toBe('[2026-03-02, 2026-04-01)');
  });

  it('monthly anchored on the 31st: Jan 31 → Feb 28 → Mar 31, back to the anchor day (R8)', () => {
    const monthly = createCycle({ kind: 'monthly', anchor: '2026-01-31' });
    expect(show(periodContaining(monthly, '2026-03-15'))).toBe('[2026-02-28, 2026-03-31)');
    expect(show(periodContaining(monthly, '2026-02-27'))).toBe('[2026-01-31, 2026-02-28)');
    expect(show(periodContaining(monthly, '2026-04-29'))).toBe('[2026-03-31, 2026-04-30)');
    const leap = createCycle({ kind: 'monthly', anchor: '2028-01-31' });
    expect(show(periodContaining(leap, '2028-03-01'))).toBe('[2028-02-29, 2028-03-31)');
  });

  it('monthly anchored on the 5th and the 10th: two options keep separate periods (R8)', () => {
    const fifth = createCycle({ kind: 'monthly', anchor: '2026-03-05' });
    const tenth = createCycle({ kind: 'monthly', anchor: '2026-03-10' });
    expect(show(periodContaining(fifth, '2026-04-07'))).toBe('[2026-04-05, 2026-05-05)');
    expect(show(periodContaining(tenth, '2026-04-07'))).toBe('[2026-03-10, 2026-04-10)');
  });

  it('yearly anchored on Feb 29: Feb 28 in common years, Feb 29 again in leap years', () => {
    const yearly = createCycle({ kind: 'yearly', anchor: '2028-02-29' });
    expect(show(periodContaining(yearly, '2031-06-01'))).toBe('[2031-02-28, 2032-02-29)');
    expect(daysIn(periodContaining(yearly, '2028-03-01'))).toBe(365);
    expect(daysIn(periodContaining(yearly, '2031-03-01'))).toBe(366);
  });

  it('a term of N months from a start (R1): 12, 24 and 3 months, clamped without drift', () => {
    const twelve = createCycle({ kind: 'term', months: 12, anchor: '2026-01-01' });
    expect(show(periodContaining(twelve, '2026-07-01'))).toBe('[2026-01-01, 2027-01-01)');
    const twentyFour = createCycle({ kind: 'term', months: 24, anchor: '2026-01-31' });
    expect(show(periodContaining(twentyFour, '2028-01-31'))).toBe('[2028-01-31, 2030-01-31)');
    const quarter = createCycle({ kind: 'term', months: 3, anchor: '2026-11-30' });
    expect(show(periodContaining(quarter, '2027-03-01'))).toBe('[2027-02-28, 2027-05-30)');
  });

  it('takes a PlainDate as well as ISO text', () => {
    const monthly = createCycle({ kind: 'monthly', anchor: '2026-01-31' });
    expect(periodContaining(monthly, Temporal.PlainDate.from('2026-03-15'))).toStrictEqual(periodContaining(monthly, '2026-03-15'));
  });

  it('refuses a date that does not exist (INVALID_DATE naming date)', () => {
    const months = createCycle({ kind: 'calendarMonth' });
    expectTarifkitError(() => periodContaining(months, '2026-02-30'), 'INVALID_DATE', 'date');
    expectTarifkitError(() => periodContaining(months, null as unknown as string), 'INVALID_DATE', 'date');
  });
});

describe('periodContaining: rules for every cycle kind', () => {
  it('property: the period contains the date, and the periods before and after it touch it', () => {
    fc.assert(
      fc.property(cycleSpecArb(), epochDayArb(1960, 2140), (spec, day) => {
        const cycle = createCycle(spec);
        const period = periodContaining(cycle, temporalFromEpochDay(day).toString());
        const [start, end] = [dayOfText(period.start), dayOfText(period.end)];
        expect(start).toBeLessThanOrEqual(day);
        expect(day).toBeLessThan(end);
        expect(periodContaining(cycle, period.start)).toStrictEqual(period);
        expect(periodContaining(cycle, temporalFromEpochDay(end - 1).toString())).toStrictEqual(period);
        expect(periodContaining(cycle, period.end).start).toBe(period.end);
        expect(periodContaining(cycle, temporalFromEpochDay(start - 1).toString()).end).toBe(period.start);
      }),
      RUNS,
    );
  });

  it('property: a monthly anchored cycle starts each period on min(anchor day, days in that month)', () => {
    fc.assert(
      fc.property(isoDateArb(1900, 2150), epochDayArb(1900, 2150), (anchor, day) => {
        const cycle = createCycle({ kind: 'monthly', anchor });
        const anchorDay = Temporal.PlainDate.from(anchor).day;
        const period = periodContaining(cycle, temporalFromEpochDay(day));
        const start = Temporal.PlainDate.from(period.start);
        expect(start.day).toBe(Math.min(anchorDay, start.daysInMonth));
        const next = start.toPlainYearMonth().add({ months: 1 });
        expect(period.end).toBe(next.toPlainDate({ day: Math.min(anchorDay, next.daysInMonth) }).toString());
      }),
      RUNS,
    );
  });

  it('property: a month cycle\'s k-th period starts at anchor.add({ months: k × N }, constrain): no drift, ever', () => {
    const monthKinds = cycleSpecArb().filter((spec) => spec.kind === 'monthly' || spec.kind === 'yearly' || spec.kind === 'term');
    fc.assert(
      fc.property(monthKinds, fc.integer({ min: -40, max: 40 }), (spec, k) => {
        const cycle = createCycle(spec) as Exclude<Cycle, { kind: 'calendarMonth' } | { kind: 'days' }>;
        const months = cycle.kind === 'monthly' ? 1 : cycle.kind === 'yearly' ? 12 : cycle.months;
        const anchor = Temporal.PlainDate.from(cycle.anchor);
        const start = anchor.add({ months: k * months }, { overflow: 'constrain' });
        const end = anchor.add({ months: (k + 1) * months }, { overflow: 'constrain' });
        expect(periodContaining(cycle, start)).toStrictEqual({ start: start.toString(), end: end.toString() });
      }),
      RUNS,
    );
  });

  it('property: a days cycle has periods of exactly that many days, starting at anchor + k × days', () => {
    fc.assert(
      fc.property(isoDateArb(1950, 2150), fc.integer({ min: 1, max: 400 }), epochDayArb(1950, 2150), (anchor, days, day) => {
        const cycle = createCycle({ kind: 'days', days, anchor });
        const period = periodContaining(cycle, temporalFromEpochDay(day));
        expect(daysIn(period)).toBe(days);
        const offset = dayOfText(period.start) - dayOfText(anchor);
        expect(Math.abs(offset % days)).toBe(0);
      }),
      RUNS,
    );
  });

  it('property: does not mutate its input', () => {
    fc.assert(
      fc.property(cycleSpecArb(), epochDayArb(1960, 2140), (spec, day) => {
        const frozenSpec = deepFreeze(structuredClone(spec));
        const cycle = createCycle(frozenSpec);
        const date = temporalFromEpochDay(day);
        const before = JSON.stringify([frozenSpec, cycle]);
        periodContaining(cycle, date);
        periodContaining(deepFreeze(JSON.parse(JSON.stringify(cycle)) as Cycle), date.toString());
        expect(JSON.stringify([frozenSpec, cycle])).toBe(before);
        expect(date.toString()).toBe(temporalFromEpochDay(day).toString());
      }),
      RUNS,
    );
  });
});
