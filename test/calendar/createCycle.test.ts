/**
 * Billing cycles as plain data (R6–R8): the five kinds, their JSON form, and
 * bad specs.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createCycle, periodContaining, type CycleSpec } from '../../src/index.js';
import { cycleSpecArb, deepFreeze, expectTarifkitError, RUNS, temporalFromEpochDay } from '../arbitraries/core.js';

// Each property runs 1000 cases; leave room on a busy machine (a limit, not a timed test).
vi.setConfig({ testTimeout: 60_000 });

describe('createCycle', () => {
  it('makes each kind as plain, frozen, JSON-safe data', () => {
    expect(createCycle({ kind: 'calendarMonth' })).toEqual({ kind: 'calendarMonth', months: 1, anchor: '1970-01-01' });
    expect(createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' })).toEqual({ kind: 'days', days: 28, anchor: '2026-01-31' });
    expect(createCycle({ kind: 'days', days: 30, anchor: '2026-01-31' })).toEqual({ kind: 'days', days: 30, anchor: '2026-01-31' });
    expect(createCycle({ kind: 'monthly', anchor: '2026-01-31' })).toEqual({ kind: 'monthly', months: 1, anchor: '2026-01-31' });
    expect(createCycle({ kind: 'yearly', anchor: '2028-02-29' })).toEqual({ kind: 'yearly', months: 12, anchor: '2028-02-29' });
    expect(createCycle({ kind: 'term', months: 24, anchor: '2026-01-01' })).toEqual({ kind: 'term', months: 24, anchor: '2026-01-01' });
    expect(Object.isFrozen(createCycle({ kind: 'monthly', anchor: '2026-01-31' }))).toBe(true);
  });

  it('a cycle read back from JSON behaves like the original', () => {
    fc.assert(
      fc.property(cycleSpecArb(), fc.integer({ min: -20000, max: 60000 }), (spec, day) => {
        const cycle = createCycle(spec);
        const copy = JSON.parse(JSON.stringify(cycle)) as CycleSpec;
        const date = temporalFromEpochDay(day).toString();
        expect(createCycle(copy)).toEqual(cycle);
        // A parsed cycle is accepted by the period functions directly.
        expect(String(periodContaining(copy as never, date))).toBe(String(periodContaining(cycle, date)));
      }),
      RUNS,
    );
  });

  it('refuses an unknown kind (UNKNOWN_CYCLE_KIND)', () => {
    expectTarifkitError(() => createCycle({ kind: 'weekly' } as unknown as CycleSpec), 'UNKNOWN_CYCLE_KIND', 'cycle.kind');
    expectTarifkitError(() => createCycle({} as unknown as CycleSpec), 'UNKNOWN_CYCLE_KIND', 'cycle.kind');
    expectTarifkitError(() => createCycle({ kind: 'Monthly', anchor: '2026-01-01' } as unknown as CycleSpec), 'UNKNOWN_CYCLE_KIND', 'cycle.kind');
    expectTarifkitError(() => createCycle({ kind: 'weekly' } as unknown as CycleSpec, 'plan.cycle'), 'UNKNOWN_CYCLE_KIND', 'plan.cycle.kind');
  });

  it('refuses something that is no spec at all (INVALID_CYCLE)', () => {
    expectTarifkitError(() => createCycle(null as unknown as CycleSpec), 'INVALID_CYCLE', 'cycle');
    expectTarifkitError(() => createCycle('monthly' as unknown as CycleSpec), 'INVALID_CYCLE', 'cycle');
  });

  it.each([0, -28, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '28', 10000])('refuses days = %s (INVALID_CYCLE)', (days) => {
    expectTarifkitError(() => createCycle({ kind: 'days', days, anchor: '2026-01-01' } as unknown as CycleSpec), 'INVALID_CYCLE', 'cycle.days');
  });

  it.each([0, -12, 2.5, Number.NaN, undefined, '12', 5000])('refuses a term of months = %s (INVALID_CYCLE)', (months) => {
    expectTarifkitError(() => createCycle({ kind: 'term', months, anchor: '2026-01-01' } as unknown as CycleSpec), 'INVALID_CYCLE', 'cycle.months');
  });

  it('refuses months that contradict the kind (monthly is 1, yearly is 12)', () => {
    expectTarifkitError(() => createCycle({ kind: 'monthly', months: 2, anchor: '2026-01-01' } as unknown as CycleSpec), 'INVALID_CYCLE', 'cycle.months');
    expectTarifkitError(() => createCycle({ kind: 'yearly', months: 6, anchor: '2026-01-01' } as unknown as CycleSpec), 'INVALID_CYCLE', 'cycle.months');
  });

  it.each(['2026-02-29', '2026-13-01', 'foo', undefined])('refuses the anchor %s (INVALID_DATE naming cycle.anchor)', (anchor) => {
    expectTarifkitError(() => createCycle({ kind: 'monthly', anchor } as unknown as CycleSpec), 'INVALID_DATE', 'cycle.anchor');
    expectTarifkitError(() => createCycle({ kind: 'days', days: 28, anchor } as unknown as CycleSpec), 'INVALID_DATE', 'cycle.anchor');
  });

  it('does not mutate its input spec', () => {
    fc.assert(
      fc.property(cycleSpecArb(), (spec) => {
        const before = JSON.stringify(spec);
        createCycle(deepFreeze(spec));
        expect(JSON.stringify(spec)).toBe(before);
      }),
      RUNS,
    );
  });
});
