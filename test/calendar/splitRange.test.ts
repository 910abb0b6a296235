/**
 * How a range splits at period boundaries (R2, R6): one piece per period it
 * touches, each with its whole period, so proration can use that period's length.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createCycle, createPeriod, daysIn, periodContaining, splitRange, type Cycle, type PeriodInput } from '../../src/index.js';
import { cycleSpecArb, deepFreeze, expectTarifkitError, rangeDaysArb, RUNS } from '../arbitraries/core.js';
import { dayOfText, fastDay, fastPeriod, periodFromDays, show } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

function shown(pieces: ReturnType<typeof splitRange>): string[] {
  return pieces.map((p) => `${show(p.range)} in ${show(p.period)} = ${daysIn(p.range)}/${daysIn(p.period)}`);
}

describe('splitRange', () => {
  it('splits at a calendar-month boundary: Jan 30 to Feb 3, 2025 is 2/31 and 2/28', () => {
    expect(shown(splitRange(createCycle({ kind: 'calendarMonth' }), createPeriod('2025-01-30', '2025-02-03')))).toEqual([
      '[2025-01-30, 2025-02-01) in [2025-01-01, 2025-02-01) = 2/31',
      '[2025-02-01, 2025-02-03) in [2025-02-01, 2025-03-01) = 2/28',
    ]);
  });

  it('splits across the clamped months of a cycle anchored on the 31st (R8)', () => {
    const monthly = createCycle({ kind: 'monthly', anchor: '2026-01-31' });
    expect(shown(splitRange(monthly, createPeriod('2026-02-15', '2026-04-05')))).toEqual([
      '[2026-02-15, 2026-02-28) in [2026-01-31, 2026-02-28) = 13/28',
      '[2026-02-28, 2026-03-31) in [2026-02-28, 2026-03-31) = 31/31',
      '[2026-03-31, 2026-04-05) in [2026-03-31, 2026-04-30) = 5/30',
    ]);
  });

  it('keeps a range inside one period as one piece, and a whole period as itself', () => {
    const fourWeeks = createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' });
    expect(shown(splitRange(fourWeeks, createPeriod('2026-02-01', '2026-02-10')))).toEqual([
      '[2026-02-01, 2026-02-10) in [2026-01-31, 2026-02-28) = 9/28',
    ]);
    const whole = splitRange(fourWeeks, createPeriod('2026-01-31', '2026-02-28'));
    expect(whole).toStrictEqual([{ period: { start: '2026-01-31', end: '2026-02-28' }, range: { start: '2026-01-31', end: '2026-02-28' } }]);
  });

  it('gives no pieces for an empty range, and plain JSON-safe pieces otherwise', () => {
    expect(splitRange(createCycle({ kind: 'calendarMonth' }), { start: '2026-05-05', end: '2026-05-05' })).toEqual([]);
    const pieces = splitRange(createCycle({ kind: 'calendarMonth' }), createPeriod('2025-01-30', '2025-02-03'));
    expect(JSON.parse(JSON.stringify(pieces))).toStrictEqual(pieces);
  });

  it('refuses bad input naming the field, and more than 13,100 pieces with NOT_WITHIN', () => {
    const months = createCycle({ kind: 'calendarMonth' });
    expectTarifkitError(() => splitRange(months, { startDay: 0, endDay: Number.NaN } as unknown as PeriodInput), 'INVALID_DATE', 'range.start');
    expectTarifkitError(() => splitRange(months, { start: '2026-03-01', end: '2026-02-01' }), 'END_BEFORE_START', 'range');
    expectTarifkitError(() => splitRange(null as unknown as Cycle, createPeriod('2026-01-01', '2026-02-01')), 'INVALID_CYCLE', 'cycle');
    const daily = createCycle({ kind: 'days', days: 1, anchor: '2026-01-01' });
    const start = dayOfText('2000-01-01');
    expect(splitRange(daily, periodFromDays(start, start + 13_100))).toHaveLength(13_100);
    expectTarifkitError(() => splitRange(daily, periodFromDays(start, start + 13_101)), 'NOT_WITHIN', 'range');
  });

  it('property: the pieces tile the range exactly, each inside its own period, which is the period containing it', () => {
    fc.assert(
      fc.property(cycleSpecArb(), rangeDaysArb(), (spec, [startDay, endDay]) => {
        const cycle = createCycle(spec);
        const whole = periodFromDays(startDay, endDay);
        const pieces = splitRange(cycle, whole);
        let at = whole.start;
        let total = 0;
        for (const { period, range } of pieces) {
          expect(range.start).toBe(at);
          expect(daysIn(range)).toBeGreaterThan(0);
          expect(period.start <= range.start && range.end <= period.end).toBe(true);
          expect(periodContaining(cycle, range.start)).toStrictEqual(period);
          at = range.end;
          total += daysIn(range);
        }
        expect(at).toBe(whole.end);
        expect(fastDay(at)).toBe(endDay);
        expect(total).toBe(endDay - startDay);
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
        splitRange(cycle, range);
        expect(JSON.stringify([cycle, range])).toBe(before);
      }),
      RUNS,
    );
  });
});
