/**
 * Rounding once, half up, to the cent (R22), checked against a BigInt reference,
 * and VAT on cents (R23) through the same rounding.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { roundHalfUp } from '../../src/money/cents.js';
import { vatFromGrossCents, vatFromNetCents } from '../../src/money/vat.js';
import { RUNS } from '../arbitraries/core.js';

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
    expect(Object.is(roundHalfUp(-1, 3), 0)).toBe(true); // −0.33 → 0, not −0
    expect(roundHalfUp(1840000, 365)).toBe(5041); // W1's credit: 5041.0958… cents
    expect(roundHalfUp(3680000, 365)).toBe(10082); // W1's charge: 10082.19… cents
    expect(roundHalfUp(2700, 28)).toBe(96); // 3 days × 9 € / 28: 96.43 cents
  });

  it('property: half-up rounding equals a BigInt reference for any safe numerator and positive denominator', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -1_000_000, max: 1_000_000 })),
        fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 2 ** 31 }), fc.maxSafeNat().filter((n) => n > 0)),
        (numerator, denominator) => {
          const expected = referenceHalfUp(BigInt(numerator), BigInt(denominator));
          expect(Object.is(roundHalfUp(numerator, denominator), Number(expected) + 0)).toBe(true); // +0: never -0
        },
      ),
      RUNS,
    );
  });

  it('property: exact halves round up near 2^53, where a float division would decide wrongly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2 ** 50, max: 2 ** 51 }), (q) => {
        // (2q + 1) / 2 = q + 0.5 exactly: must give q + 1.
        expect(roundHalfUp(2 * q + 1, 2)).toBe(q + 1);
        expect(roundHalfUp(-(2 * q + 1), 2)).toBe(-(q + 1));
      }),
      RUNS,
    );
  });
});

describe('VAT on cents (R23)', () => {
  it('takes the VAT out of a gross price, rounded once, half up', () => {
    expect(vatFromGrossCents(11900, 19)).toBe(1900);
    expect(vatFromGrossCents(590, 19)).toBe(94); // 94.20 cents
    expect(vatFromGrossCents(1770, 19)).toBe(283); // three users at 5,90 €: 282.6 cents, once
    expect(vatFromGrossCents(10700, 7)).toBe(700);
    expect(vatFromGrossCents(590, 0)).toBe(0);
    expect(vatFromGrossCents(-590, 19)).toBe(-94);
  });

  it('puts VAT on a net price, rounded once, half up', () => {
    expect(vatFromNetCents(10000, 19)).toBe(1900);
    expect(vatFromNetCents(50, 19)).toBe(10); // 9.5 cents → 10
    expect(vatFromNetCents(50, 7)).toBe(4); // 3.5 cents → 4
    expect(vatFromNetCents(-50, 7)).toBe(-4);
  });

  it('property: VAT equals the BigInt reference gross × rate / (100 + rate) and net × rate / 100, half up', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), fc.constantFrom(19, 7, 0), (amount, rate) => {
        expect(vatFromGrossCents(amount, rate)).toBe(Number(referenceHalfUp(BigInt(amount) * BigInt(rate), BigInt(100 + rate))) + 0);
        expect(vatFromNetCents(amount, rate)).toBe(Number(referenceHalfUp(BigInt(amount) * BigInt(rate), 100n)) + 0);
      }),
      RUNS,
    );
  });
});
