/**
 * Amounts in integer minor units through dinero.js, EUR by default (R21), and
 * the sum of amounts of one currency.
 */
import { dinero, EUR, JPY, multiply, toSnapshot, USD } from 'dinero.js';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { money, sumMoney, toCents, type Currency, type Money } from '../../src/index.js';
import { assertNonNegativeCents, assertQuantity, DEFAULT_CURRENCY } from '../../src/money/cents.js';
import { deepFreeze, expectTarifkitError, RUNS, signedCentsArb } from '../arbitraries/core.js';

// Each property runs 1000 cases; leave room on a busy machine (a limit, not a timed test).
vi.setConfig({ testTimeout: 60_000 });

describe('money and toCents', () => {
  it('makes euro amounts from cents by default', () => {
    const price = money(590);
    expect(toSnapshot(price)).toEqual({ amount: 590, currency: { code: 'EUR', base: 10, exponent: 2 }, scale: 2 });
    expect(DEFAULT_CURRENCY).toBe(EUR);
    expect(toCents(money(-5041))).toBe(-5041);
    expect(toCents(money(0))).toBe(0);
    expect(toSnapshot(money(590, USD)).currency.code).toBe('USD');
    expect(toCents(money(500, JPY))).toBe(500);
  });

  it('reads cents from a Dinero at a finer scale when it holds whole cents', () => {
    expect(toCents(multiply(money(1000), { amount: 15, scale: 1 }))).toBe(1500); // 10 € × 1.5
    expect(toCents(dinero({ amount: 5, currency: EUR, scale: 1 }))).toBe(50); // 0.5 € at scale 1
  });

  it('refuses a Dinero holding a fraction of a cent (INVALID_AMOUNT)', () => {
    expectTarifkitError(() => toCents(multiply(money(1001), { amount: 15, scale: 1 })), 'INVALID_AMOUNT', 'amount');
  });

  it.each([5.9, -0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, '590', null])(
    'refuses %s cents (INVALID_AMOUNT)',
    (cents) => {
      expectTarifkitError(() => money(cents as number), 'INVALID_AMOUNT', 'cents');
    },
  );

  it('refuses something that is no currency (UNSUPPORTED_CURRENCY)', () => {
    expectTarifkitError(() => money(100, { code: 'EUR' } as unknown as Currency), 'UNSUPPORTED_CURRENCY', 'currency');
    expectTarifkitError(() => money(100, null as unknown as Currency), 'UNSUPPORTED_CURRENCY', 'currency');
  });

  it('refuses something that is no amount in toCents (INVALID_AMOUNT)', () => {
    for (const bad of [590, null, undefined, {}, { toJSON: () => ({ amount: 1.5, currency: EUR, scale: 2 }) }]) {
      expectTarifkitError(() => toCents(bad as unknown as Money), 'INVALID_AMOUNT', 'amount');
    }
  });

  it('money and toCents round-trip any safe integer of cents', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger().filter((n) => !Object.is(n, -0)), (cents) => {
        expect(toCents(money(cents))).toBe(cents);
      }),
      RUNS,
    );
  });
});

describe('sumMoney', () => {
  it('adds W1\'s charge and credit to the net: 100,82 − 50,41 = 50,41', () => {
    expect(toCents(sumMoney([money(10082), money(-5041)]))).toBe(5041);
  });

  it('gives zero for no amounts, in EUR or the currency asked for', () => {
    expect(toSnapshot(sumMoney([]))).toEqual({ amount: 0, currency: EUR, scale: 2 });
    expect(toSnapshot(sumMoney([], USD)).currency.code).toBe('USD');
  });

  it('refuses mixed currencies (CURRENCY_MISMATCH)', () => {
    expectTarifkitError(() => sumMoney([money(100), money(100, USD)]), 'CURRENCY_MISMATCH', 'amounts');
    expectTarifkitError(() => sumMoney([money(100, USD), money(1), money(2)]), 'CURRENCY_MISMATCH', 'amounts');
  });

  it('refuses an entry that is no amount, naming its index (INVALID_AMOUNT)', () => {
    expectTarifkitError(() => sumMoney([money(1), 5 as unknown as Money]), 'INVALID_AMOUNT', 'amounts.1');
    expectTarifkitError(() => sumMoney('amounts' as unknown as Money[]), 'INVALID_AMOUNT', 'amounts');
  });

  it('refuses a sum beyond 2^53 cents rather than rounding it (INVALID_AMOUNT)', () => {
    expectTarifkitError(() => sumMoney([money(Number.MAX_SAFE_INTEGER), money(1)]), 'INVALID_AMOUNT', 'amounts');
  });

  it('the sum is the integer sum of the cents, in any order', () => {
    fc.assert(
      fc.property(fc.array(signedCentsArb, { maxLength: 20 }), (list) => {
        const amounts = deepFreeze(list.map((c) => money(c)));
        const expected = list.reduce((a, b) => a + b, 0);
        expect(toCents(sumMoney(amounts))).toBe(expected);
        expect(toCents(sumMoney([...amounts].reverse()))).toBe(expected);
      }),
      RUNS,
    );
  });

  it('does not mutate its input list', () => {
    const list = Object.freeze([money(1), money(2)]);
    const before = JSON.stringify(list);
    sumMoney(list);
    expect(JSON.stringify(list)).toBe(before);
  });
});

describe('boundary checks for cents and quantities', () => {
  it('assertNonNegativeCents accepts zero and whole cents', () => {
    expect(assertNonNegativeCents(0, 'price')).toBe(0);
    expect(assertNonNegativeCents(590, 'price')).toBe(590);
  });

  it.each([-1, 5.9, Number.NaN, '590', Number.MAX_SAFE_INTEGER + 2])('assertNonNegativeCents refuses %s (INVALID_AMOUNT)', (value) => {
    expectTarifkitError(() => assertNonNegativeCents(value, 'addOn.unitPrice'), 'INVALID_AMOUNT', 'addOn.unitPrice');
  });

  it('assertQuantity accepts whole numbers from 1', () => {
    expect(assertQuantity(1, 'quantity')).toBe(1);
    expect(assertQuantity(12, 'quantity')).toBe(12);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2', null])('assertQuantity refuses %s (INVALID_QUANTITY)', (value) => {
    expectTarifkitError(() => assertQuantity(value, 'change.quantity'), 'INVALID_QUANTITY', 'change.quantity');
  });
});
