/**
 * The internal line builder on integers (R22, R24) that every module uses: a
 * line made from epoch days must be the very line chargeLine makes from ISO
 * text, and a reversal must take back exactly the cents of the original (R13).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { chargeLine, explainLine, type PricedItem } from '../../src/index.js';
import { dayLine, late, lineKey, oneOffLine, reversed, shareLine } from '../../src/lines/build.js';
import { RUNS } from '../arbitraries/core.js';
import { dayOfText, periodFromDays } from '../calendar/helpers.js';
import { chargeInputArb } from './arbitraries.js';

vi.setConfig({ testTimeout: 60_000 });

const USERS: PricedItem = Object.freeze({ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 });

const dayLineArb = fc
  .record({
    periodStart: fc.integer({ min: -25_000, max: 80_000 }),
    periodDays: fc.integer({ min: 1, max: 400 }),
    offset: fc.nat(),
    length: fc.nat(),
    unitCents: fc.integer({ min: 0, max: 100_000 }),
    quantity: fc.integer({ min: 1, max: 50 }),
    credit: fc.boolean(),
  })
  .map((r) => {
    const rangeStart = r.periodStart + (r.offset % r.periodDays);
    const rangeEnd = rangeStart + (r.length % (r.periodStart + r.periodDays - rangeStart + 1));
    return { ...r, rangeStart, rangeEnd, periodEnd: r.periodStart + r.periodDays };
  });

describe('dayLine', () => {
  it('property: a line from epoch days is the line chargeLine makes from the same dates, and reads the same', () => {
    fc.assert(fc.property(dayLineArb, (r) => {
      const item: PricedItem = { ...USERS, unitCents: r.unitCents };
      const fromDays = dayLine('quantityIncrease', item, r.quantity, 'users#1', r.rangeStart, r.rangeEnd, r.periodStart, r.periodEnd, r.credit);
      const whole = r.rangeStart === r.periodStart && r.rangeEnd === r.periodEnd;
      const fromText = chargeLine({
        item,
        quantity: r.quantity,
        ref: 'users#1',
        reason: 'quantityIncrease',
        credit: r.credit,
        range: periodFromDays(r.rangeStart, r.rangeEnd),
        period: periodFromDays(r.periodStart, r.periodEnd),
      });
      expect(fromDays).toStrictEqual(fromText);
      expect(fromDays.basis).toBe(whole ? 'full' : 'day');
      expect(explainLine(fromDays, 'de')).toBe(explainLine(fromText, 'de'));
    }), RUNS);
  });

  it('reduces its share: 17 of 31 days of two users is 590 × 2 × 17 / 31', () => {
    const line = dayLine('quantityIncrease', USERS, 2, 'users#1', dayOfText('2026-04-01'), dayOfText('2026-04-18'), dayOfText('2026-03-18'), dayOfText('2026-04-18'), false);
    expect(line).toMatchObject({ days: 17, periodDays: 31, fraction: { numerator: 17, denominator: 31 }, exact: { numerator: 20060, denominator: 31 }, cents: 647 });
    expect(line.range).toStrictEqual({ start: '2026-04-01', end: '2026-04-18' });
    expect(explainLine(line, 'de')).toBe('Mengenerhöhung anteilig Zusätzliche Benutzer \u00d72, 01.04.2026\u201317.04.2026, 17/31 Tage: 6,47 €');
  });
});

describe('shareLine and oneOffLine', () => {
  it('a month-basis share: 1/2 of a 12-month term of 200 €', () => {
    const pro: PricedItem = { id: 'pro', name: 'Pro', unitCents: 20000, vatRate: 19 };
    const line = shareLine('upgradeCharge', pro, 1, 'contract', periodFromDays(dayOfText('2026-07-01'), dayOfText('2027-01-01')),
      periodFromDays(dayOfText('2026-01-01'), dayOfText('2027-01-01')), 184, 365, 'month', 1, 2, false);
    expect(line).toMatchObject({ basis: 'month', days: 184, periodDays: 365, fraction: { numerator: 1, denominator: 2 }, exact: { numerator: 10000, denominator: 1 }, cents: 10000 });
  });

  it('a one-off line is whole, without dates', () => {
    expect(oneOffLine('oneOff', USERS, 3, null, false)).toStrictEqual(chargeLine({ item: USERS, quantity: 3 }));
    expect(oneOffLine('credit', USERS, 1, 'x', true)).toMatchObject({ cents: -590, exact: { numerator: -590, denominator: 1 }, range: null });
  });
});

describe('shareLine', () => {
  const gcdOf = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcdOf(b, a % b));

  it('property: the fraction and the exact amount are unit × quantity × n / d in lowest terms, and the cents that rounded once, half up (R22, R24)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 3660 }), fc.nat(), fc.boolean(),
      (unitCents, quantity, d, k, credit) => {
        const n = k % (d + 1);
        const line = shareLine('prorataCharge', { ...USERS, unitCents }, quantity, null, null, null, n, d, 'day', n, d, credit);
        const sign = credit ? -1 : 1;
        const { numerator, denominator } = line.exact;
        // Exactly the share of the whole: numerator / denominator = unit × quantity × n / d.
        expect(BigInt(numerator) * BigInt(d)).toBe(BigInt(sign * unitCents * quantity) * BigInt(n) * BigInt(denominator));
        expect(denominator).toBeGreaterThan(0);
        expect(gcdOf(numerator, denominator)).toBe(1);
        expect(BigInt(line.fraction.numerator) * BigInt(d)).toBe(BigInt(n) * BigInt(line.fraction.denominator));
        expect(gcdOf(line.fraction.numerator, line.fraction.denominator)).toBe(1);
        const magnitude = Math.floor((2 * unitCents * quantity * n + d) / (2 * d));
        expect(line.cents).toBe(magnitude === 0 ? 0 : sign * magnitude);
      },
    ), RUNS);
  });

  it('writes W1\'s day-basis credit as 5041 cents of 10000 × 184/365, in lowest terms', () => {
    const line = shareLine('upgradeCredit', { ...USERS, unitCents: 10000 }, 1, 'contract', null, null, 184, 365, 'day', 184, 365, true);
    expect(line).toMatchObject({ fraction: { numerator: 184, denominator: 365 }, exact: { numerator: -368000, denominator: 73 }, cents: -5041 });
  });
});

describe('reversed, late and lineKey', () => {
  it('property: a reversal takes back exactly the cents and exact amount, keeps everything else, and reversing twice gives the line back', () => {
    fc.assert(fc.property(chargeInputArb, (input) => {
      const line = chargeLine(input);
      const before = JSON.stringify(line);
      const note = reversed(line, 'withdrawalCredit', null);
      expect(note.cents + line.cents).toBe(0);
      expect(note.exact.numerator + line.exact.numerator).toBe(0);
      expect(note.exact.denominator).toBe(line.exact.denominator);
      expect(Object.is(note.cents, -0) || Object.is(note.exact.numerator, -0)).toBe(false);
      expect({ ...note, reason: line.reason, cents: line.cents, exact: line.exact }).toStrictEqual(line);
      expect(reversed(note, line.reason, null)).toStrictEqual(line);
      expect(JSON.stringify(line)).toBe(before);
    }), RUNS);
  });

  it('a correction keeps the charge\'s key: a reversal or a late line is the same charge', () => {
    const line = chargeLine({ item: USERS, range: { start: '2026-04-01', end: '2026-04-18' }, period: { start: '2026-03-18', end: '2026-04-18' } });
    expect(late(line)).toStrictEqual({ ...line, correction: 'late' });
    expect(lineKey(late(line))).toBe(lineKey(line));
    const reversal = reversed(line, line.reason, 'reversal');
    expect(reversal.correction).toBe('reversal');
    expect(lineKey(reversal)).toBe(lineKey(line));
    expect(lineKey(reversed(line, line.reason, null))).not.toBe(lineKey(line));
    expect(lineKey(chargeLine({ item: USERS, quantity: 2, range: { start: '2026-04-01', end: '2026-04-18' }, period: { start: '2026-03-18', end: '2026-04-18' } }))).not.toBe(lineKey(line));
  });
});
