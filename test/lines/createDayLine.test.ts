/**
 * The integer constructor of lines (R22, R24): a line made from epoch days and
 * integer terms must read exactly like the same line made from parts, with its
 * Periods, item and reduced fractions built when first read, once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodFromEpochDays } from '../../src/calendar/period.js';
import { createDayLine, createLine, reverseLine } from '../../src/lines/createLine.js';
import type { Line } from '../../src/lines/types.js';
import { DEFAULT_CURRENCY } from '../../src/money/cents.js';
import { fraction } from '../../src/proration/fractions.js';
import { explainLine } from '../../src/explain/explainLine.js';
import { RUNS } from '../arbitraries/core.js';

const dayLineArb = fc
  .record({
    periodStart: fc.integer({ min: -25_000, max: 80_000 }),
    periodDays: fc.integer({ min: 1, max: 400 }),
    offset: fc.nat(),
    unitCents: fc.integer({ min: 0, max: 100_000 }),
    quantity: fc.integer({ min: 1, max: 50 }),
    basis: fc.constantFrom('day' as const, 'full' as const),
    vatRate: fc.constantFrom(19 as const, 7 as const, 0 as const),
  })
  .map((r) => {
    const startDay = r.basis === 'full' ? r.periodStart : r.periodStart + (r.offset % r.periodDays);
    const days = r.periodStart + r.periodDays - startDay;
    return { ...r, startDay, days, price: r.unitCents * r.quantity };
  });

type DayLineCase = typeof dayLineArb extends fc.Arbitrary<infer T> ? T : never;

function both(r: DayLineCase): [Line, Line] {
  const periodEnd = r.periodStart + r.periodDays;
  const cents = Math.round((r.price * r.days) / r.periodDays);
  const fromDays = createDayLine(
    'charge', 'prorataCharge', 'users', 'Zusätzliche Benutzer', r.quantity, DEFAULT_CURRENCY, r.unitCents,
    r.startDay, periodEnd, r.periodStart, periodEnd, r.basis, r.days, r.periodDays, r.price * r.days, r.periodDays, cents, r.vatRate,
  );
  const period = periodFromEpochDays(r.periodStart, periodEnd);
  const fromParts = createLine({
    kind: 'charge',
    reason: 'prorataCharge',
    item: { id: 'users', label: 'Zusätzliche Benutzer', quantity: r.quantity },
    currency: DEFAULT_CURRENCY,
    unitCents: r.unitCents,
    range: r.startDay === r.periodStart ? period : periodFromEpochDays(r.startDay, periodEnd),
    period,
    basis: r.basis,
    fraction: fraction(r.days, r.periodDays),
    exact: fraction(r.price * r.days, r.periodDays),
    cents,
    vatRate: r.vatRate,
  });
  return [fromDays, fromParts];
}

describe('createDayLine', () => {
  it('property: a line from integers reads exactly as the same line from parts: JSON, days, words, and its reversal', () => {
    fc.assert(fc.property(dayLineArb, (r) => {
      const [fromDays, fromParts] = both(r);
      expect(JSON.stringify(fromDays)).toBe(JSON.stringify(fromParts));
      expect([fromDays.daysUsed, fromDays.daysInPeriod]).toEqual([fromParts.daysUsed, fromParts.daysInPeriod]);
      expect(fromDays.fraction).toEqual(fromParts.fraction);
      expect(fromDays.exact).toEqual(fromParts.exact);
      expect(String(fromDays.range)).toBe(String(fromParts.range));
      expect(explainLine(fromDays, 'de')).toBe(explainLine(fromParts, 'de'));
      const note = reverseLine(fromDays, 'withdrawalCredit');
      expect(JSON.stringify(note)).toBe(JSON.stringify(reverseLine(fromParts, 'withdrawalCredit')));
      expect(note.cents + fromDays.cents).toBe(0);
      expect(Object.is(note.exact.numerator, -0)).toBe(false);
    }), RUNS);
  });

  it('builds each object once, and a whole period is its own range', () => {
    const line = createDayLine('charge', 'periodCharge', 'crm-team', 'CloudCRM Team', 1, DEFAULT_CURRENCY, 2990,
      20_561, 20_591, 20_561, 20_591, 'full', 1, 1, 2990, 1, 2990, 19);
    expect(line.item).toBe(line.item);
    expect(line.fraction).toBe(line.fraction);
    expect(line.exact).toBe(line.exact);
    expect(line.range).toBe(line.period);
    expect(line.fraction).toEqual({ numerator: 1, denominator: 1 });
    expect(String(line.range)).toBe('[2026-04-18, 2026-05-18)');
  });

  it('reduces the terms it is given when they are read: 590 × 17 / 31 for 17 of 31 days', () => {
    const line = createDayLine('charge', 'quantityIncrease', 'users', 'Zusätzliche Benutzer', 2, DEFAULT_CURRENCY, 590,
      20_544, 20_561, 20_530, 20_561, 'day', 17, 31, 1180 * 17, 31, 647, 19);
    expect(line.fraction).toEqual({ numerator: 17, denominator: 31 });
    expect(line.exact).toEqual({ numerator: 20_060, denominator: 31 });
    expect(line.item).toEqual({ id: 'users', label: 'Zusätzliche Benutzer', quantity: 2 });
    expect(explainLine(line, 'de')).toBe('Mengenerhöhung anteilig Zusätzliche Benutzer ×2, 01.04.2026–17.04.2026, 17/31 Tage: 6,47 €');
  });
});
