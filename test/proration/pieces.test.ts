/**
 * The one walk over a range of days (R2, R6, R14) that contract, add-on and
 * option lines share: the pieces of `[from, to)` cut at the cycle's periods and
 * at the days where something changes.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createCycle, splitRange } from '../../src/index.js';
import { coreOf } from '../../src/calendar/createCycle.js';
import { Pieces } from '../../src/proration/pieces.js';
import { cycleSpecArb, rangeDaysArb, RUNS } from '../arbitraries/core.js';
import { dayOfText, fastPeriod, periodFromDays } from '../calendar/helpers.js';

vi.setConfig({ testTimeout: 60_000 });

interface Piece { periodIndex: number; periodStart: number; periodEnd: number; start: number; end: number; segment: number; whole: boolean }

function walk(pieces: Pieces): Piece[] {
  const out: Piece[] = [];
  while (pieces.next()) {
    out.push({ periodIndex: pieces.periodIndex, periodStart: pieces.periodStart, periodEnd: pieces.periodEnd, start: pieces.start, end: pieces.end, segment: pieces.segment, whole: pieces.whole() });
  }
  return out;
}

describe('Pieces', () => {
  it('cuts March 10 to May 5 of calendar months at the 1st and at a change on April 15', () => {
    const core = coreOf(createCycle({ kind: 'calendarMonth' }));
    const [from, cut, to] = [dayOfText('2026-03-10'), dayOfText('2026-04-15'), dayOfText('2026-05-05')];
    const shown = walk(new Pieces(core, from, to, [cut])).map((p) => `${periodFromDays(p.start, p.end).start}..${periodFromDays(p.start, p.end).end} in ${periodFromDays(p.periodStart, p.periodEnd).start} #${p.segment}`);
    expect(shown).toEqual([
      '2026-03-10..2026-04-01 in 2026-03-01 #-1',
      '2026-04-01..2026-04-15 in 2026-04-01 #-1',
      '2026-04-15..2026-05-01 in 2026-04-01 #0',
      '2026-05-01..2026-05-05 in 2026-05-01 #0',
    ]);
  });

  it('gives nothing for an empty range, and may run without an end until its caller stops', () => {
    const core = coreOf(createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' }));
    expect(new Pieces(core, 100, 100).next()).toBe(false);
    const open = new Pieces(core, dayOfText('2026-02-01'), Number.POSITIVE_INFINITY);
    for (let i = 0; i < 3; i += 1) expect(open.next()).toBe(true);
    expect(periodFromDays(open.start, open.end)).toStrictEqual({ start: '2026-03-28', end: '2026-04-25' });
    expect(open.whole()).toBe(true);
  });

  it('property: without cuts, the pieces are the ones splitRange gives', () => {
    fc.assert(fc.property(cycleSpecArb(), rangeDaysArb(1960, 2140, 1500), (spec, [from, to]) => {
      const cycle = createCycle(spec);
      const pieces = walk(new Pieces(coreOf(cycle), from, to));
      expect(pieces.map((p) => ({ period: fastPeriod(p.periodStart, p.periodEnd), range: fastPeriod(p.start, p.end) })))
        .toStrictEqual(splitRange(cycle, fastPeriod(from, to)));
      for (const p of pieces) expect(p.whole).toBe(p.start === p.periodStart && p.end === p.periodEnd);
    }), RUNS);
  });

  it('property: with cuts, the pieces tile the range, each inside one period and one segment, cut at every change inside the range', () => {
    fc.assert(fc.property(cycleSpecArb(), rangeDaysArb(1960, 2140, 800), fc.array(fc.integer({ min: -50, max: 850 }), { maxLength: 8 }), (spec, [from, to], offsets) => {
      const core = coreOf(createCycle(spec));
      const cuts = [...new Set(offsets.map((o) => from + o))].sort((a, b) => a - b);
      const pieces = walk(new Pieces(core, from, to, cuts));
      let at = from;
      for (const p of pieces) {
        expect(p.start).toBe(at);
        expect(p.end).toBeGreaterThan(p.start);
        expect(p.periodStart <= p.start && p.end <= p.periodEnd).toBe(true);
        // The segment is the last cut on or before the piece's start, and no cut lies inside the piece.
        expect(p.segment).toBe(cuts.filter((c) => c <= p.start).length - 1);
        expect(cuts.some((c) => c > p.start && c < p.end)).toBe(false);
        at = p.end;
      }
      expect(at).toBe(Math.max(from, to));
      const bounds = new Set(pieces.map((p) => p.start));
      for (const c of cuts) if (c > from && c < to) expect(bounds.has(c)).toBe(true);
    }), RUNS);
  });
});
