/**
 * How a range splits at period boundaries (R2, R6): one piece per period it
 * touches, each with its whole period, so proration can use that period's length.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createCycle, createPeriod, daysIn, periodContaining, splitRange, type Period } from '../../src/index.js';
import { periodFromEpochDays } from '../../src/calendar/period.js';
import { cycleSpecArb, deepFreeze, expectTarifkitError, rangeDaysArb, RUNS } from '../arbitraries/core.js';

// Each property runs 1000 cases; leave room on a busy machine (a limit, not a timed test).
vi.setConfig({ testTimeout: 60_000 });

function show(pieces: ReturnType<typeof splitRange>): string[] {
  return pieces.map((p) => `${String(p.range)} in ${String(p.period)} = ${p.range.days}/${p.period.days}`);
}

describe('splitRange', () => {
  it('splits at a calendar-month boundary: Jan 30 to Feb 3, 2025 is 2/31 and 2/28', () => {
    const pieces = splitRange(createCycle({ kind: 'calendarMonth' }), createPeriod('2025-01-30', '2025-02-03'));
    expect(show(pieces)).toEqual([
      '[2025-01-30, 2025-02-01) in [2025-01-01, 2025-02-01) = 2/31',
      '[2025-02-01, 2025-02-03) in [2025-02-01, 2025-03-01) = 2/28',
    ]);
  });

  it('splits across the clamped months of a cycle anchored on the 31st (R8)', () => {
    const monthly = createCycle({ kind: 'monthly', anchor: '2026-01-31' });
    expect(show(splitRange(monthly, createPeriod('2026-02-15', '2026-04-05')))).toEqual([
      '[2026-02-15, 2026-02-28) in [2026-01-31, 2026-02-28) = 13/28',
      '[2026-02-28, 2026-03-31) in [2026-02-28, 2026-03-31) = 31/31',
      '[2026-03-31, 2026-04-05) in [2026-03-31, 2026-04-30) = 5/30',
    ]);
  });

  it('keeps a range inside one period as one piece, and a whole period as itself', () => {
    const fourWeeks = createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' });
    expect(show(splitRange(fourWeeks, createPeriod('2026-02-01', '2026-02-10')))).toEqual([
      '[2026-02-01, 2026-02-10) in [2026-01-31, 2026-02-28) = 9/28',
    ]);
    const whole = splitRange(fourWeeks, createPeriod('2026-01-31', '2026-02-28'));
    expect(whole).toHaveLength(1);
    expect(whole[0]?.range).toBe(whole[0]?.period);
  });

  it('gives no pieces for an empty range', () => {
    const empty = createPeriod('2026-05-05', '2026-05-05', { allowEmpty: true });
    expect(splitRange(createCycle({ kind: 'calendarMonth' }), empty)).toEqual([]);
  });

  it('refuses a hand-made range with NaN days', () => {
    expectTarifkitError(
      () => splitRange(createCycle({ kind: 'calendarMonth' }), { startDay: 0, endDay: Number.NaN } as Period),
      'INVALID_DATE',
      'range',
    );
  });

  it('the pieces tile the range exactly, each inside its own period, which is the period containing it', () => {
    fc.assert(
      fc.property(cycleSpecArb(), rangeDaysArb(), (spec, [startDay, endDay]) => {
        const cycle = createCycle(spec);
        const range = periodFromEpochDays(startDay, endDay);
        const pieces = splitRange(cycle, range);
        let at = startDay;
        let total = 0;
        for (const { period, range: piece } of pieces) {
          expect(piece.startDay).toBe(at);
          expect(piece.days).toBeGreaterThan(0);
          expect(period.startDay).toBeLessThanOrEqual(piece.startDay);
          expect(piece.endDay).toBeLessThanOrEqual(period.endDay);
          const holding = periodContaining(cycle, piece.start);
          expect([holding.startDay, holding.endDay]).toEqual([period.startDay, period.endDay]);
          at = piece.endDay;
          total += daysIn(piece);
        }
        expect(at).toBe(endDay);
        expect(total).toBe(daysIn(range));
      }),
      RUNS,
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(cycleSpecArb(), rangeDaysArb(1960, 2140, 400), (spec, [startDay, endDay]) => {
        const cycle = createCycle(spec);
        const range = deepFreeze(periodFromEpochDays(startDay, endDay));
        const before = JSON.stringify([cycle, range]);
        splitRange(cycle, range);
        expect(JSON.stringify([cycle, range])).toBe(before);
      }),
      RUNS,
    );
  });
});
