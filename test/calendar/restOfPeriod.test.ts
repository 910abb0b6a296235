/**
 * The rest of the billing period from a day (R6, R14): `[on, end)` of the period
 * containing `on`, beside that whole period. It must equal periodContaining plus
 * the day, and build no Temporal object on the way.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { plainDateFromEpochDay } from '../../src/calendar/epochDay.js';
import { createCycle, daysIn, periodContaining, restOfPeriod, type Cycle } from '../../src/index.js';
import { cycleSpecArb, deepFreeze, epochDayArb, expectTarifkitError, RUNS, temporalFromEpochDay } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * Every use of the Temporal namespace, by the library or anyone, while `counting`
 * is on: the library reaches Temporal only as `Temporal.X`, so a PlainDate it
 * built (`new Temporal.PlainDate`, `Temporal.PlainDate.from`) is counted here.
 */
const temporalUse = vi.hoisted(() => ({ counting: false, count: 0 }));

vi.mock('@js-temporal/polyfill', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@js-temporal/polyfill')>();
  const counted = new Proxy(actual.Temporal, {
    get(target, key, receiver) {
      if (temporalUse.counting) temporalUse.count += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { ...actual, Temporal: counted };
});

function withoutTemporal<T>(fn: () => T): { result: T; uses: number } {
  temporalUse.count = 0;
  temporalUse.counting = true;
  try {
    return { result: fn(), uses: temporalUse.count };
  } finally {
    temporalUse.counting = false;
  }
}

describe('restOfPeriod', () => {
  it('an extra user booked on 2026-03-20 on a cycle anchored on the 18th: 29 of the period\'s 31 days are left (R14)', () => {
    const rest = restOfPeriod(createCycle({ kind: 'monthly', anchor: '2026-01-18' }), '2026-03-20');
    expect(rest).toStrictEqual({ range: { start: '2026-03-20', end: '2026-04-18' }, period: { start: '2026-03-18', end: '2026-04-18' } });
    expect([daysIn(rest.range), daysIn(rest.period)]).toEqual([29, 31]);
  });

  it('on the first day of a period the rest is the whole period; on the last day one day', () => {
    const months = createCycle({ kind: 'calendarMonth' });
    expect(restOfPeriod(months, '2026-02-01')).toStrictEqual({ range: { start: '2026-02-01', end: '2026-03-01' }, period: { start: '2026-02-01', end: '2026-03-01' } });
    expect(restOfPeriod(months, '2028-02-29').range).toStrictEqual({ start: '2028-02-29', end: '2028-03-01' });
    expect(restOfPeriod(createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' }), Temporal.PlainDate.from('2026-02-27')))
      .toStrictEqual({ range: { start: '2026-02-27', end: '2026-02-28' }, period: { start: '2026-01-31', end: '2026-02-28' } });
  });

  it('refuses a date that does not exist (INVALID_DATE naming on) and something that is no cycle (INVALID_CYCLE)', () => {
    const months = createCycle({ kind: 'calendarMonth' });
    expectTarifkitError(() => restOfPeriod(months, '2026-02-30'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => restOfPeriod(months, undefined as unknown as string), 'INVALID_DATE', 'on');
    expectTarifkitError(() => restOfPeriod(null as unknown as Cycle, '2026-02-01'), 'INVALID_CYCLE', 'cycle');
    expectTarifkitError(() => restOfPeriod({ kind: 'term', months: 0, anchor: '2026-01-01' } as unknown as Cycle, '2026-02-01'), 'INVALID_CYCLE', 'cycle.months');
  });

  it('property: it is periodContaining plus the day: range [on, period end), period the period containing on', () => {
    fc.assert(
      fc.property(cycleSpecArb(), epochDayArb(1960, 2140), fc.boolean(), (spec, day, fromJson) => {
        const created = createCycle(spec);
        const cycle = fromJson ? (JSON.parse(JSON.stringify(created)) as Cycle) : created;
        const on = temporalFromEpochDay(day).toString();
        const period = periodContaining(created, on);
        expect(restOfPeriod(cycle, on)).toStrictEqual({ range: { start: on, end: period.end }, period });
      }),
      RUNS,
    );
  });

  it('property: it builds no Temporal object, for text or a PlainDate, a cycle made or read back from JSON', () => {
    fc.assert(
      fc.property(cycleSpecArb(), epochDayArb(1960, 2140), fc.boolean(), fc.boolean(), (spec, day, fromJson, asPlainDate) => {
        const created = createCycle(spec);
        const cycle = fromJson ? (JSON.parse(JSON.stringify(created)) as Cycle) : created;
        const on = asPlainDate ? temporalFromEpochDay(day) : temporalFromEpochDay(day).toString();
        const { result, uses } = withoutTemporal(() => restOfPeriod(cycle, on));
        expect(uses).toBe(0);
        expect(result.range.start).toBe(on.toString());
      }),
      RUNS,
    );
  });

  it('the counting itself works: the library\'s own PlainDate builder is counted', () => {
    expect(withoutTemporal(() => plainDateFromEpochDay(0)).uses).toBeGreaterThan(0);
    expect(withoutTemporal(() => Temporal.PlainDate.from('2026-01-01')).uses).toBeGreaterThan(0);
  });

  it('does not mutate its input', () => {
    const cycle = deepFreeze(JSON.parse(JSON.stringify(createCycle({ kind: 'monthly', anchor: '2026-01-31' }))) as Cycle);
    const before = JSON.stringify(cycle);
    restOfPeriod(cycle, '2026-03-15');
    expect(JSON.stringify(cycle)).toBe(before);
  });
});
