/**
 * The line value every module produces (R22, R24): built only by createLine,
 * reversed exactly by reverseLine (R13 credit notes).
 */
import { toSnapshot } from 'dinero.js';
import { describe, expect, it } from 'vitest';
import { toCents, type Line } from '../../src/index.js';
import { createLine, reverseLine } from '../../src/lines/createLine.js';
import { deepFreeze, w1CreditParts } from '../arbitraries/core.js';

describe('createLine', () => {
  it('holds W1\'s credit: 184 of 365 days, −50,41 €, signed', () => {
    const line = createLine(w1CreditParts());
    expect(line.kind).toBe('credit');
    expect(line.reason).toBe('upgradeCredit');
    expect(line.cents).toBe(-5041);
    expect(toCents(line.amount)).toBe(-5041);
    expect(toCents(line.unitPrice)).toBe(10000);
    expect(line.daysUsed).toBe(184);
    expect(line.daysInPeriod).toBe(365);
    expect(line.fraction).toEqual({ numerator: 184, denominator: 365 });
    expect(line.exact).toEqual({ numerator: -368000, denominator: 73 });
    expect(line.rounding).toBe('halfUp');
    expect(line.vatRate).toBe(19);
    expect(String(line.range)).toBe('[2026-07-01, 2027-01-01)');
    expect(String(line.period)).toBe('[2026-01-01, 2027-01-01)');
  });

  it('builds its Dinero amounts lazily, once', () => {
    const line = createLine(w1CreditParts());
    expect(line.amount).toBe(line.amount);
    expect(line.unitPrice).toBe(line.unitPrice);
    expect(toSnapshot(line.amount).currency.code).toBe('EUR');
  });

  it('a one-off line has no range or period and counts no days', () => {
    const line = createLine({
      ...w1CreditParts(),
      kind: 'charge',
      reason: 'oneOff',
      range: null,
      period: null,
      basis: 'full',
      fraction: { numerator: 1, denominator: 1 },
      exact: { numerator: 1990, denominator: 1 },
      cents: 1990,
    });
    expect(line.daysUsed).toBe(0);
    expect(line.daysInPeriod).toBe(0);
    expect(line.range).toBeNull();
  });

  it('serialises to plain JSON with ISO dates and the currency code', () => {
    const json = JSON.parse(JSON.stringify(createLine(w1CreditParts()))) as Record<string, unknown>;
    expect(json).toEqual({
      kind: 'credit',
      reason: 'upgradeCredit',
      item: { id: 'basic', label: 'Basic', quantity: 1 },
      unitCents: 10000,
      currency: 'EUR',
      range: { start: '2026-07-01', end: '2027-01-01' },
      period: { start: '2026-01-01', end: '2027-01-01' },
      daysUsed: 184,
      daysInPeriod: 365,
      basis: 'day',
      fraction: { numerator: 184, denominator: 365 },
      exact: { numerator: -368000, denominator: 73 },
      cents: -5041,
      rounding: 'halfUp',
      vatRate: 19,
    });
  });

  it('does not mutate its parts', () => {
    const parts = w1CreditParts();
    const before = JSON.stringify(parts);
    createLine(deepFreeze(parts));
    expect(JSON.stringify(parts)).toBe(before);
  });
});

describe('reverseLine', () => {
  it('turns a charge into a credit of exactly the same cents and exact amount (a credit note, R13)', () => {
    const charge = createLine({ ...w1CreditParts(), kind: 'charge', reason: 'prorataCharge', cents: 5041, exact: { numerator: 368000, denominator: 73 } });
    const note: Line = reverseLine(charge, 'withdrawalCredit');
    expect(note.kind).toBe('credit');
    expect(note.reason).toBe('withdrawalCredit');
    expect(note.cents).toBe(-5041);
    expect(note.exact).toEqual({ numerator: -368000, denominator: 73 });
    expect(note.cents + charge.cents).toBe(0);
    expect(toCents(note.unitPrice)).toBe(10000);
    expect([note.range, note.period, note.item, note.basis, note.fraction, note.vatRate]).toEqual([
      charge.range, charge.period, charge.item, charge.basis, charge.fraction, charge.vatRate,
    ]);
  });

  it('reversing twice gives the original numbers back, and the original stays as it was', () => {
    const credit = createLine(w1CreditParts());
    const before = JSON.stringify(credit);
    const twice = reverseLine(reverseLine(credit, 'upgradeCharge'), 'upgradeCredit');
    expect(JSON.stringify(twice)).toBe(before);
    expect(JSON.stringify(credit)).toBe(before);
  });

  it('reversing a zero line gives zero, not −0', () => {
    const zero = createLine({ ...w1CreditParts(), cents: 0, exact: { numerator: 0, denominator: 1 } });
    const reversed = reverseLine(zero, 'upgradeCharge');
    expect(Object.is(reversed.cents, 0)).toBe(true);
    expect(Object.is(reversed.exact.numerator, 0)).toBe(true);
  });
});
