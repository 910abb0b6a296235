/**
 * Rounding once, half up, to the cent (R22), checked against a BigInt reference;
 * prorating an amount by a fraction; VAT on cents (R23) through the same rounding.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { money, prorateAmount, toCents, type Fraction, type Money } from '../../src/index.js';
import { prorateCents, roundHalfUp } from '../../src/money/cents.js';
import { vatFromGrossCents, vatFromNetCents } from '../../src/money/vat.js';
import { centsArb, deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';

// Each property runs 1000 cases; leave room on a busy machine (a limit, not a timed test).
vi.setConfig({ testTimeout: 60_000 });

/** Half up (half away from zero) of n / d with BigInt: the reference. */
function referenceHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const q = n / denominator;
  const r = n % denominator;
  const rounded = 2n * r >= denominator ? q + 1n : q;
  return negative ? -rounded : rounded;
}

describe('roundHalfUp', () => {
  it('rounds halves up (kaufmännisch), and negative halves away from zero', () => {
    expect(roundHalfUp(5, 2)).toBe(3); // 2.5 → 3
    expect(roundHalfUp(3, 2)).toBe(2); // 1.5 → 2
    expect(roundHalfUp(7, 3)).toBe(2); // 2.33 → 2
    expect(roundHalfUp(8, 3)).toBe(3); // 2.67 → 3
    expect(roundHalfUp(-5, 2)).toBe(-3); // −2.5 → −3
    expect(roundHalfUp(-7, 3)).toBe(-2);
    expect(roundHalfUp(0, 7)).toBe(0);
    expect(roundHalfUp(1840000, 365)).toBe(5041); // W1's credit: 5041.0958… cents
    expect(roundHalfUp(2700, 28)).toBe(96); // 3 days × 9 € / 28: 96.43 cents
  });

  it('half-up rounding equals a BigInt reference for any safe numerator', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -1_000_000, max: 1_000_000 })),
        fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 2 ** 31 }), fc.maxSafeNat().filter((n) => n > 0)),
        (numerator, denominator) => {
          const expected = referenceHalfUp(BigInt(numerator), BigInt(denominator));
          expect(roundHalfUp(numerator, denominator)).toBe(Number(expected) + 0); // +0: never -0
        },
      ),
      RUNS,
    );
  });

  it('exact halves round up near 2^53, where a float division would decide wrongly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2 ** 50, max: 2 ** 51 }), (q) => {
        // (2q + 1) / 2 = q + 0.5 exactly: must give q + 1.
        expect(roundHalfUp(2 * q + 1, 2)).toBe(q + 1);
        expect(roundHalfUp(-(2 * q + 1), 2)).toBe(-(q + 1));
      }),
      RUNS,
    );
  });

  it('prorateCents is cents × n / d rounded once', () => {
    expect(prorateCents(20000, 184, 365)).toBe(10082);
    expect(prorateCents(10000, 184, 365)).toBe(5041);
    expect(prorateCents(900, 3, 28)).toBe(96);
  });
});

describe('prorateAmount', () => {
  it('W1: 184 of 365 days of 100 € is 50,41 €, with the exact value kept', () => {
    const credit = prorateAmount(money(10000), { numerator: 184, denominator: 365 });
    expect(toCents(credit.amount)).toBe(5041);
    expect(credit.exact).toEqual({ numerator: 1840000, denominator: 365 });
    expect(credit.rounding).toBe('halfUp');
  });

  it('3 days of 9 € in February 2025: 96 cents', () => {
    expect(toCents(prorateAmount(money(900), { numerator: 3, denominator: 28 }).amount)).toBe(96);
  });

  it('a whole share gives the amount, no share gives zero, a share above 1 scales up', () => {
    expect(toCents(prorateAmount(money(590), { numerator: 1, denominator: 1 }).amount)).toBe(590);
    expect(toCents(prorateAmount(money(590), { numerator: 0, denominator: 30 }).amount)).toBe(0);
    expect(toCents(prorateAmount(money(590), { numerator: 3, denominator: 2 }).amount)).toBe(885);
  });

  it('refuses a negative amount (INVALID_AMOUNT) and a bad fraction (INVALID_RATIO)', () => {
    expectTarifkitError(() => prorateAmount(money(-100), { numerator: 1, denominator: 2 }), 'INVALID_AMOUNT', 'amount');
    expectTarifkitError(() => prorateAmount(5 as unknown as Money, { numerator: 1, denominator: 2 }), 'INVALID_AMOUNT', 'amount');
    const bad: unknown[] = [
      { numerator: -1, denominator: 2 },
      { numerator: 1, denominator: 0 },
      { numerator: 1, denominator: -2 },
      { numerator: 0.5, denominator: 2 },
      { numerator: Number.NaN, denominator: 2 },
      { numerator: 1, denominator: Number.NaN },
      null,
      undefined,
    ];
    for (const fraction of bad) {
      expectTarifkitError(() => prorateAmount(money(100), fraction as Fraction), 'INVALID_RATIO', 'fraction');
    }
  });

  it('the rounded amount is the exact amount rounded half up, never NaN, and the input stays as it was', () => {
    fc.assert(
      fc.property(centsArb, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 400 }), (cents, numerator, denominator) => {
        const fraction = deepFreeze({ numerator, denominator });
        const result = prorateAmount(money(cents), fraction);
        const expected = Number(referenceHalfUp(BigInt(cents) * BigInt(numerator), BigInt(denominator)));
        expect(toCents(result.amount)).toBe(expected);
        expect(result.exact.numerator / result.exact.denominator).toBeCloseTo((cents * numerator) / denominator, 6);
        expect(fraction).toEqual({ numerator, denominator });
      }),
      RUNS,
    );
  });
});

describe('VAT on cents (R23)', () => {
  it('takes the VAT out of a gross price, rounded once, half up', () => {
    expect(vatFromGrossCents(11900, 19)).toBe(1900);
    expect(vatFromGrossCents(590, 19)).toBe(94); // 94.20 cents
    expect(vatFromGrossCents(10700, 7)).toBe(700);
    expect(vatFromGrossCents(590, 0)).toBe(0);
    expect(vatFromGrossCents(-590, 19)).toBe(-94);
  });

  it('puts VAT on a net price, rounded once, half up', () => {
    expect(vatFromNetCents(10000, 19)).toBe(1900);
    expect(vatFromNetCents(50, 19)).toBe(10); // 9.5 cents → 10
    expect(vatFromNetCents(50, 7)).toBe(4); // 3.5 cents → 4
  });

  it('VAT from gross equals the BigInt reference gross × rate / (100 + rate), half up', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), fc.constantFrom(19, 7, 0), (gross, rate) => {
        expect(vatFromGrossCents(gross, rate)).toBe(Number(referenceHalfUp(BigInt(gross) * BigInt(rate), BigInt(100 + rate))) + 0);
        expect(vatFromNetCents(gross, rate)).toBe(Number(referenceHalfUp(BigInt(gross) * BigInt(rate), 100n)) + 0);
      }),
      RUNS,
    );
  });
});
