/**
 * Amounts in integer minor units through dinero.js, EUR by default (R21), and the
 * boundary checks of cents, quantities and currency codes every module uses.
 */
import { dinero, EUR, JPY, multiply, toSnapshot, USD } from 'dinero.js';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { money, toCents, type Currency, type Money } from '../../src/index.js';
import {
  assertCurrency,
  centsAmountOf,
  currencyOfCode,
  DEFAULT_CURRENCY,
  isCurrencyCode,
  MAX_CENTS,
  quantityOf,
  readMoney,
} from '../../src/money/cents.js';
import { expectTarifkitError, RUNS } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

describe('money and toCents', () => {
  it('makes euro amounts from cents by default', () => {
    expect(toSnapshot(money(590))).toEqual({ amount: 590, currency: { code: 'EUR', base: 10, exponent: 2 }, scale: 2 });
    expect(DEFAULT_CURRENCY).toBe(EUR);
    expect(toCents(money(-5041))).toBe(-5041);
    expect(toCents(money(0))).toBe(0);
    expect(Object.is(toCents(money(-0)), 0)).toBe(true);
    expect(toSnapshot(money(590, USD)).currency.code).toBe('USD');
    expect(toCents(money(500, JPY))).toBe(500);
  });

  it('takes amounts up to 10^15 minor units either way, and refuses one beyond', () => {
    expect(toCents(money(MAX_CENTS))).toBe(MAX_CENTS);
    expect(toCents(money(-MAX_CENTS))).toBe(-MAX_CENTS);
    expectTarifkitError(() => money(MAX_CENTS + 1), 'INVALID_AMOUNT', 'cents');
    expectTarifkitError(() => money(-MAX_CENTS - 1), 'INVALID_AMOUNT', 'cents');
  });

  it('reads cents from a Dinero at a finer or coarser scale when it holds whole cents', () => {
    expect(toCents(multiply(money(1000), { amount: 15, scale: 1 }))).toBe(1500); // 10 € × 1.5
    expect(toCents(dinero({ amount: 5, currency: EUR, scale: 1 }))).toBe(50); // 0.5 € at scale 1
    expect(toCents(dinero({ amount: 5, currency: EUR, scale: 0 }))).toBe(500);
  });

  it('refuses a Dinero holding a fraction of a cent (INVALID_AMOUNT)', () => {
    expectTarifkitError(() => toCents(multiply(money(1001), { amount: 15, scale: 1 })), 'INVALID_AMOUNT', 'amount');
    expectTarifkitError(() => toCents(dinero({ amount: 5, currency: EUR, scale: 3 })), 'INVALID_AMOUNT', 'amount');
  });

  it.each([5.9, -0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, '590', null, undefined, 2 ** 60])(
    'refuses %s cents (INVALID_AMOUNT naming cents)',
    (cents) => {
      expectTarifkitError(() => money(cents as number), 'INVALID_AMOUNT', 'cents');
    },
  );

  it('refuses something that is no dinero.js currency of base 10 (INVALID_CURRENCY naming currency)', () => {
    const bad: unknown[] = [{ code: 'EUR' }, null, 'EUR', { code: 'EUR', base: 2, exponent: 2 }, { code: 'eur', base: 10, exponent: 2 }, { code: 'EUR', base: 10, exponent: 1.5 }, { code: 'EUR', base: 10, exponent: 5 }];
    for (const currency of bad) {
      expectTarifkitError(() => money(100, currency as Currency), 'INVALID_CURRENCY', 'currency');
    }
  });

  it('refuses something that is no amount in toCents (INVALID_AMOUNT naming amount)', () => {
    for (const bad of [590, null, undefined, {}, 'x', { toJSON: () => ({ amount: 1.5, currency: EUR, scale: 2 }) }]) {
      expectTarifkitError(() => toCents(bad as unknown as Money), 'INVALID_AMOUNT', 'amount');
    }
  });

  it('property: money and toCents round-trip any whole number of cents up to 10^15', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_CENTS, max: MAX_CENTS }), (cents) => {
        expect(toCents(money(cents))).toBe(cents);
        expect(readMoney(money(cents, USD), 'x')).toEqual({ cents, currency: USD });
      }),
      RUNS,
    );
  });
});

describe('boundary checks for cents, quantities and currency codes', () => {
  it('quantityOf accepts whole numbers from 1 to its maximum', () => {
    expect(quantityOf(1, 'quantity')).toBe(1);
    expect(quantityOf(1_000_000, 'quantity')).toBe(1_000_000);
    expect(quantityOf(12, 'quantity', 12)).toBe(12);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2', null, 1_000_001])('quantityOf refuses %s (INVALID_QUANTITY naming the field)', (value) => {
    expectTarifkitError(() => quantityOf(value, 'change.quantity'), 'INVALID_QUANTITY', 'change.quantity');
  });

  it('centsAmountOf accepts zero and whole cents up to its maximum, never -0', () => {
    expect(centsAmountOf(590, 'price')).toBe(590);
    expect(Object.is(centsAmountOf(-0, 'price'), 0)).toBe(true);
    expect(centsAmountOf(MAX_CENTS, 'price')).toBe(MAX_CENTS);
    for (const value of [-1, 5.9, Number.NaN, '590', MAX_CENTS + 1]) {
      expectTarifkitError(() => centsAmountOf(value, 'addOn.unitCents'), 'INVALID_AMOUNT', 'addOn.unitCents');
    }
    expectTarifkitError(() => centsAmountOf(101, 'x', 100), 'INVALID_AMOUNT', 'x');
  });

  it('currencyOfCode knows EUR (the default), the usual European codes and JPY, and nothing else', () => {
    expect(currencyOfCode(undefined, 'currency')).toBe(EUR);
    expect(currencyOfCode('EUR', 'currency')).toBe(EUR);
    expect(currencyOfCode('USD', 'currency')).toEqual({ code: 'USD', base: 10, exponent: 2 });
    expect(currencyOfCode('JPY', 'currency')).toEqual({ code: 'JPY', base: 10, exponent: 0 });
    for (const code of ['XYZ', 'eur', '', null, 42, 'toString', '__proto__']) {
      expectTarifkitError(() => currencyOfCode(code, 'item.currency'), 'INVALID_CURRENCY', 'item.currency');
      expect(isCurrencyCode(code)).toBe(false);
    }
    expect(['EUR', 'USD', 'GBP', 'CHF', 'JPY'].every(isCurrencyCode)).toBe(true);
  });

  it('assertCurrency takes a dinero.js currency and nothing else', () => {
    expect(assertCurrency(USD, 'c')).toBe(USD);
    expectTarifkitError(() => assertCurrency({ code: 'USD', base: 10 }, 'c'), 'INVALID_CURRENCY', 'c');
  });
});
