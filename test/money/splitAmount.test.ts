/**
 * Splitting an amount by ratios so the parts add up exactly (R22). The remainder
 * rule is pinned here: largest remainder, ties to the earlier part. dinero.js's
 * own `allocate` hands leftover cents to the largest ratio first instead; the
 * cases where the two differ are pinned too.
 */
import { allocate, toSnapshot, USD } from 'dinero.js';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { money, splitAmount, toCents, type Money } from '../../src/index.js';
import { allocateCents } from '../../src/money/cents.js';
import { deepFreeze, expectTarifkitError, ratiosArb, RUNS, signedCentsArb } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

const cents = (parts: Money[]): number[] => parts.map(toCents);

describe('splitAmount: the remainder rule, pinned', () => {
  it('1 € over three equal parts: the leftover cent goes to the first part', () => {
    expect(cents(splitAmount(money(100), [1, 1, 1]))).toEqual([34, 33, 33]);
  });

  it('two leftover cents go to the two earliest of equal remainders', () => {
    expect(cents(splitAmount(money(200), [1, 1, 1]))).toEqual([67, 67, 66]);
    expect(cents(splitAmount(money(5), [1, 1, 1, 1, 1, 1]))).toEqual([1, 1, 1, 1, 1, 0]);
  });

  it('the leftover cent goes to the largest remainder, not the first or the largest part', () => {
    // 10 by 1:3 is 2.5 and 7.5; equal remainders: the first part wins.
    expect(cents(splitAmount(money(10), [1, 3]))).toEqual([3, 7]);
    // 10 by 2:7 is 2.22 and 7.78: the second part has the larger remainder.
    expect(cents(splitAmount(money(10), [2, 7]))).toEqual([2, 8]);
    // 7 by 5:1:1 is 5, 1, 1 exactly: nothing is left over.
    expect(cents(splitAmount(money(7), [5, 1, 1]))).toEqual([5, 1, 1]);
  });

  it('a 10 € discount over lines of 1 €, 2 € and 3 €', () => {
    expect(cents(splitAmount(money(1000), [100, 200, 300]))).toEqual([167, 333, 500]);
  });

  it('a negative amount splits its magnitude and negates, so credits split like charges', () => {
    expect(cents(splitAmount(money(-100), [1, 1, 1]))).toEqual([-34, -33, -33]);
    expect(cents(splitAmount(money(-1), [1, 1]))).toEqual([-1, 0]);
    expect(splitAmount(money(-1), [1, 1]).map(toCents).every((part) => !Object.is(part, -0))).toBe(true);
  });

  it('a zero ratio gets nothing, and zero splits into zeros', () => {
    expect(cents(splitAmount(money(5), [0, 1, 0]))).toEqual([0, 5, 0]);
    expect(cents(splitAmount(money(0), [1, 2]))).toEqual([0, 0]);
  });

  it('keeps the currency', () => {
    expect(splitAmount(money(100, USD), [1, 1]).map((part) => toSnapshot(part).currency.code)).toEqual(['USD', 'USD']);
  });

  it('differs from dinero.js allocate, which gives leftovers to the largest ratio first', () => {
    // 1 € by 1:2:2:1 is 16.67, 33.33, 33.33, 16.67 cents. The largest remainders are the .67s.
    expect(cents(splitAmount(money(100), [1, 2, 2, 1]))).toEqual([17, 33, 33, 17]);
    expect(cents(allocate(money(100), [1, 2, 2, 1]))).toEqual([16, 34, 34, 16]);
    // 2 cents by 1:1:2 is 0.5, 0.5, 1: ours rounds the first half up, dinero.js gives both cents to the largest part.
    expect(cents(splitAmount(money(2), [1, 1, 2]))).toEqual([1, 0, 1]);
    expect(cents(allocate(money(2), [1, 1, 2]))).toEqual([0, 0, 2]);
    // Where every leftover cent goes to an equal-ratio tie, both agree.
    expect(cents(allocate(money(100), [1, 1, 1]))).toEqual([34, 33, 33]);
  });

  it('refuses bad ratios (INVALID_RATIO naming ratios)', () => {
    const bad: unknown[] = [[], [0, 0], [-1, 2], [1.5, 1], [Number.NaN], [1, Number.POSITIVE_INFINITY], ['1'], 'ratios', null, undefined, { 0: 1, length: 1 }];
    for (const ratios of bad) {
      expectTarifkitError(() => splitAmount(money(100), ratios as number[]), 'INVALID_RATIO', 'ratios');
    }
    // Ratios whose products with the amount pass 2^53 cannot be split exactly.
    expectTarifkitError(() => splitAmount(money(10 ** 9), [10 ** 8, 10 ** 8]), 'INVALID_RATIO', 'ratios');
  });

  it('refuses something that is no amount (INVALID_AMOUNT naming amount)', () => {
    expectTarifkitError(() => splitAmount(100 as unknown as Money, [1, 1]), 'INVALID_AMOUNT', 'amount');
  });
});

describe('splitAmount: properties', () => {
  it('the parts of a split add up to the whole, to the cent, one part per ratio', () => {
    fc.assert(
      fc.property(signedCentsArb, ratiosArb, (total, ratios) => {
        const parts = cents(splitAmount(money(total), ratios));
        expect(parts).toHaveLength(ratios.length);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      }),
      RUNS,
    );
  });

  it('each part is the floor or the ceiling of its exact share, with the sign of the whole', () => {
    fc.assert(
      fc.property(signedCentsArb, ratiosArb, (total, ratios) => {
        const parts = cents(splitAmount(money(total), ratios));
        const sum = BigInt(ratios.reduce((a, b) => a + b, 0));
        ratios.forEach((ratio, i) => {
          const exact = BigInt(Math.abs(total)) * BigInt(ratio);
          const floor = Number(exact / sum);
          const ceil = Number((exact + sum - 1n) / sum);
          const magnitude = Math.abs(parts[i] as number);
          expect([floor, ceil]).toContain(magnitude);
          if (total !== 0 && parts[i] !== 0) expect(Math.sign(parts[i] as number)).toBe(Math.sign(total));
        });
      }),
      RUNS,
    );
  });

  it('leftover cents go to the largest remainders, the earlier part first on a tie', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), ratiosArb, (total, ratios) => {
        const parts = allocateCents(total, ratios);
        expect(cents(splitAmount(money(total), ratios))).toEqual(parts);
        const sum = ratios.reduce((a, b) => a + b, 0);
        const remainder = (i: number): number => (total * (ratios[i] as number)) % sum;
        const roundedUp = (i: number): boolean => (parts[i] as number) * sum > total * (ratios[i] as number);
        for (let i = 0; i < ratios.length; i += 1) {
          for (let j = 0; j < ratios.length; j += 1) {
            if (roundedUp(i) && !roundedUp(j)) {
              // i won a cent over j: its remainder is larger, or equal and i comes first.
              expect(remainder(i) > remainder(j) || (remainder(i) === remainder(j) && i < j)).toBe(true);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(signedCentsArb, ratiosArb, (total, ratios) => {
        const frozen = deepFreeze([...ratios]);
        const amount = money(total);
        const before = JSON.stringify([amount, frozen]);
        splitAmount(amount, frozen);
        expect(JSON.stringify([amount, frozen])).toBe(before);
      }),
      RUNS,
    );
  });
});
