/**
 * The lines that settle a withdrawn booking's charged line after an express
 * early start (§357a(2) BGB, R22, R31): every line is its exact amount rounded
 * once, and together they are the kept value less what was charged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chargeLine } from '../../src/index.js';
import { dayOfIso, isoOf } from '../../src/calendar/days.js';
import { withdrawalCredits } from '../../src/lines/build.js';
import { roundHalfUp } from '../../src/money/cents.js';
import { RUNS } from '../arbitraries/core.js';

const item = (unitCents: number) => ({ id: 'opt', name: 'Option', unitCents, vatRate: 19 as const });

describe('withdrawalCredits (R22, R31)', () => {
  it('one credit where the roundings add up: SMS Flat 3,00 € for 28 days, 6 days used: −2,36', () => {
    const line = chargeLine({ item: item(300), range: { start: '2026-03-29', end: '2026-04-26' } });
    expect(withdrawalCredits(line, dayOfIso('2026-04-04')).map((l) => [l.reason, l.cents])).toEqual([['withdrawalCredit', -236]]);
  });

  it('the line back whole and the used days again where they do not: 0,05 € for 2 days, 1 used', () => {
    const line = chargeLine({ item: item(5), range: { start: '2026-03-01', end: '2026-03-03' } });
    // Kept 2,5 ct → 3 ct and unused 2,5 ct → 3 ct would make 6 ct of 5: the credit is −5 ct, the used day +3 ct.
    const lines = withdrawalCredits(line, dayOfIso('2026-03-02'));
    expect(lines.map((l) => [l.reason, l.cents])).toEqual([['withdrawalCredit', -5], ['prorataCharge', 3]]);
  });

  it('property: every line is its exact amount rounded once, and the lines are the kept value less the charge', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 400 }), fc.nat(), fc.nat(), fc.nat(),
      (unitCents, quantity, periodDays, a, b, c) => {
        const start = dayOfIso('2026-01-01');
        const rangeStart = start + (a % periodDays);
        const rangeEnd = rangeStart + 1 + (b % (start + periodDays - rangeStart));
        const day = rangeStart + (c % (rangeEnd - rangeStart + 1));
        const line = chargeLine({
          item: item(unitCents), quantity,
          range: { start: isoOf(rangeStart), end: isoOf(rangeEnd) }, period: { start: isoOf(start), end: isoOf(start + periodDays) },
        });
        const lines = withdrawalCredits(line, day);
        for (const l of lines) expect(l.cents).toBe(roundHalfUp(l.exact.numerator, l.exact.denominator));
        const used = Math.max(0, Math.min(day, rangeEnd) - rangeStart);
        const kept = roundHalfUp(unitCents * quantity * used, periodDays);
        expect(lines.reduce((sum, l) => sum + l.cents, 0)).toBe(day >= rangeEnd ? 0 : kept - line.cents);
      },
    ), RUNS);
  });
});
