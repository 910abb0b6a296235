/**
 * Billing cycles as plain data (R6–R8): the five kinds, their JSON form, and bad specs.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createCycle, periodContaining, type Cycle, type CycleSpec } from '../../src/index.js';
import { cycleSpecArb, deepFreeze, expectTarifkitError, RUNS, temporalFromEpochDay } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

const asSpec = (value: unknown): CycleSpec => value as CycleSpec;

describe('createCycle', () => {
  it('makes each kind as plain, frozen, JSON-safe data: no months except on a term, the anchor as ISO text', () => {
    expect(createCycle({ kind: 'calendarMonth' })).toStrictEqual({ kind: 'calendarMonth' });
    expect(createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' })).toStrictEqual({ kind: 'days', days: 28, anchor: '2026-01-31' });
    expect(createCycle({ kind: 'days', days: 30, anchor: '2026-01-31' })).toStrictEqual({ kind: 'days', days: 30, anchor: '2026-01-31' });
    expect(createCycle({ kind: 'monthly', anchor: '2026-01-31' })).toStrictEqual({ kind: 'monthly', anchor: '2026-01-31' });
    expect(createCycle({ kind: 'yearly', anchor: '2028-02-29' })).toStrictEqual({ kind: 'yearly', anchor: '2028-02-29' });
    expect(createCycle({ kind: 'term', months: 24, anchor: '2026-01-01' })).toStrictEqual({ kind: 'term', months: 24, anchor: '2026-01-01' });
    expect(Object.isFrozen(createCycle({ kind: 'monthly', anchor: '2026-01-31' }))).toBe(true);
    expect(Object.getPrototypeOf(createCycle({ kind: 'calendarMonth' }))).toBe(Object.prototype);
  });

  it('takes a PlainDate anchor and stores it as text; a monthly or yearly spec may repeat its own length', () => {
    expect(createCycle({ kind: 'monthly', anchor: Temporal.PlainDate.from('2026-01-31') })).toStrictEqual({ kind: 'monthly', anchor: '2026-01-31' });
    expect(createCycle(asSpec({ kind: 'monthly', months: 1, anchor: '2026-01-31' }))).toStrictEqual({ kind: 'monthly', anchor: '2026-01-31' });
    expect(createCycle(asSpec({ kind: 'yearly', months: 12, anchor: '2026-01-31' }))).toStrictEqual({ kind: 'yearly', anchor: '2026-01-31' });
  });

  it('a cycle given again is returned as it is', () => {
    const cycle = createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' });
    expect(createCycle(cycle)).toBe(cycle);
  });

  it('property: a cycle read back from JSON or structuredClone is the same cycle, and the period functions take it directly', () => {
    fc.assert(
      fc.property(cycleSpecArb(), fc.integer({ min: -20000, max: 60000 }), (spec, day) => {
        const cycle = createCycle(spec);
        const copy = JSON.parse(JSON.stringify(cycle)) as Cycle;
        const date = temporalFromEpochDay(day).toString();
        expect(copy).toEqual(cycle);
        expect(structuredClone(cycle)).toEqual(cycle);
        expect(createCycle(copy)).toEqual(cycle);
        expect(periodContaining(copy, date)).toEqual(periodContaining(cycle, date));
      }),
      RUNS,
    );
  });

  it('refuses an unknown kind with INVALID_CYCLE naming spec.kind', () => {
    expectTarifkitError(() => createCycle(asSpec({ kind: 'weekly' })), 'INVALID_CYCLE', 'spec.kind');
    expectTarifkitError(() => createCycle(asSpec({})), 'INVALID_CYCLE', 'spec.kind');
    expectTarifkitError(() => createCycle(asSpec({ kind: 'Monthly', anchor: '2026-01-01' })), 'INVALID_CYCLE', 'spec.kind');
  });

  it('refuses something that is no spec at all with INVALID_CYCLE naming spec', () => {
    for (const value of [null, undefined, 'monthly', 28, ['monthly']]) {
      expectTarifkitError(() => createCycle(asSpec(value)), 'INVALID_CYCLE', 'spec');
    }
  });

  it.each([0, -28, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '28', undefined, 3661])('refuses days = %s (INVALID_CYCLE naming spec.days)', (days) => {
    expectTarifkitError(() => createCycle(asSpec({ kind: 'days', days, anchor: '2026-01-01' })), 'INVALID_CYCLE', 'spec.days');
  });

  it('takes the longest days cycle and the longest term', () => {
    expect(createCycle({ kind: 'days', days: 3660, anchor: '2026-01-01' })).toMatchObject({ days: 3660 });
    expect(createCycle({ kind: 'term', months: 1200, anchor: '2026-01-01' })).toMatchObject({ months: 1200 });
  });

  it.each([0, -12, 2.5, Number.NaN, undefined, '12', 1201])('refuses a term of months = %s (INVALID_CYCLE naming spec.months)', (months) => {
    expectTarifkitError(() => createCycle(asSpec({ kind: 'term', months, anchor: '2026-01-01' })), 'INVALID_CYCLE', 'spec.months');
  });

  it('refuses months that contradict the kind (monthly is 1, yearly is 12)', () => {
    expectTarifkitError(() => createCycle(asSpec({ kind: 'monthly', months: 2, anchor: '2026-01-01' })), 'INVALID_CYCLE', 'spec.months');
    expectTarifkitError(() => createCycle(asSpec({ kind: 'yearly', months: 6, anchor: '2026-01-01' })), 'INVALID_CYCLE', 'spec.months');
  });

  it.each(['2026-02-29', '2026-13-01', 'foo', undefined, 20260101])('refuses the anchor %s (INVALID_DATE naming spec.anchor)', (anchor) => {
    for (const kind of ['monthly', 'yearly'] as const) {
      expectTarifkitError(() => createCycle(asSpec({ kind, anchor })), 'INVALID_DATE', 'spec.anchor');
    }
    expectTarifkitError(() => createCycle(asSpec({ kind: 'days', days: 28, anchor })), 'INVALID_DATE', 'spec.anchor');
    expectTarifkitError(() => createCycle(asSpec({ kind: 'term', months: 12, anchor })), 'INVALID_DATE', 'spec.anchor');
  });

  it('a cycle handed to a period function is checked there, naming cycle', () => {
    expectTarifkitError(() => periodContaining(null as unknown as Cycle, '2026-02-01'), 'INVALID_CYCLE', 'cycle');
    expectTarifkitError(() => periodContaining({ kind: 'fortnightly' } as unknown as Cycle, '2026-02-01'), 'INVALID_CYCLE', 'cycle.kind');
    expectTarifkitError(() => periodContaining({ kind: 'days', days: 0, anchor: '2026-01-01' } as unknown as Cycle, '2026-02-01'), 'INVALID_CYCLE', 'cycle.days');
    expectTarifkitError(() => periodContaining({ kind: 'monthly', anchor: '2026-02-30' } as unknown as Cycle, '2026-02-01'), 'INVALID_DATE', 'cycle.anchor');
  });

  it('property: does not mutate its input spec', () => {
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
