import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCartItem, applyVoucher, createVoucher, isTarifkitError, priceCart, removeCartItem, removeVoucher, type Cart } from '../../src/index.js';
import { RUNS, expectTarifkitError } from '../arbitraries/core.js';
import { corruptedArb } from '../arbitraries/prepaid.js';
import { VOUCHERS, seedCart } from './fixtures.js';

function revived(): Record<string, unknown> {
  const applied = applyVoucher(seedCart(), 'FRUEHLING10', VOUCHERS, '2026-03-10');
  if (!applied.ok) throw new Error(applied.reason);
  return JSON.parse(JSON.stringify(applied.cart)) as Record<string, unknown>;
}

function broken(path: string, value: unknown): Cart {
  const cart = revived();
  const keys = path.split('.');
  let target = cart as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys[keys.length - 1]!] = value;
  return cart as unknown as Cart;
}

describe('carts from outside (hand-made, JSON-revived)', () => {
  it('takes a hand-made cart', () => {
    const cart = { currency: 'EUR', items: [{ id: 'a', name: 'A', unitCents: 1000, vatRate: 7, quantity: 2 }], voucher: { code: 'X', kind: 'fixed', amountCents: 100 } };
    const price = priceCart(cart as unknown as Cart, '2026-03-10');
    expect([price.subtotalCents, price.discountCents, price.totalCents, price.vatCents]).toEqual([2000, 100, 1900, 124]);
  });

  it('refuses something that is no cart in every function, naming the argument', () => {
    for (const value of [null, undefined, 3, 'cart', []]) {
      const bad = value as never;
      expectTarifkitError(() => addCartItem(bad, { id: 'a', name: 'A', unitCents: 1, vatRate: 19 }), 'INVALID_ARGUMENT', 'cart');
      expectTarifkitError(() => removeCartItem(bad, 'a'), 'INVALID_ARGUMENT', 'cart');
      expectTarifkitError(() => removeVoucher(bad), 'INVALID_ARGUMENT', 'cart');
      expectTarifkitError(() => applyVoucher(bad, 'X', VOUCHERS, '2026-03-10'), 'INVALID_ARGUMENT', 'cart');
      expectTarifkitError(() => priceCart(bad, '2026-03-10'), 'INVALID_ARGUMENT', 'cart');
    }
  });

  it('names the broken field of a revived cart', () => {
    const cases: Array<[string, unknown, string]> = [
      ['currency', 1, 'INVALID_CURRENCY'],
      ['items', 'none', 'INVALID_ARGUMENT'],
      ['items.0', null, 'INVALID_ITEM'],
      ['items.0.quantity', 0, 'INVALID_QUANTITY'],
      ['items.0.unitCents', '2997', 'INVALID_AMOUNT'],
      ['items.1.id', 'l-3', 'DUPLICATE_ID'],
      ['items.1.currency', 'GBP', 'CURRENCY_MISMATCH'],
      ['voucher', 'FRUEHLING10', 'INVALID_VOUCHER'],
      ['voucher.percent', 110, 'INVALID_PERCENTAGE'],
      ['voucher.lastDay', '2026-02-01', 'END_BEFORE_START'],
      ['voucher.currency', 'USD', 'CURRENCY_MISMATCH'],
    ];
    for (const [path, value, code] of cases) {
      let caught: unknown = null;
      try { priceCart(broken(path, value), '2026-03-10'); } catch (error) { caught = error; }
      expect(caught, path).toMatchObject({ code });
      expect((caught as { details: { field: string } }).details.field.startsWith(`cart.${path.split('.').slice(0, 2).join('.')}`), `${path}: ${String(caught)}`).toBe(true);
    }
  });

  it('does not change the revived value it was given', () => {
    const cart = revived();
    const before = JSON.stringify(cart);
    priceCart(cart as unknown as Cart, '2026-03-10');
    removeVoucher(cart as unknown as Cart);
    removeCartItem(cart as unknown as Cart, 'funk');
    expect(JSON.stringify(cart)).toBe(before);
  });
});

describe('carts broken anywhere', () => {
  it('any cart with one field broken either works or throws a TarifkitError: no TypeError escapes', () => {
    fc.assert(fc.property(corruptedArb(revived()), (cart) => {
      for (const call of [
        () => priceCart(cart as Cart, '2026-03-10'),
        () => addCartItem(cart as Cart, { id: 'x', name: 'X', unitCents: 1, vatRate: 19 }),
        () => removeCartItem(cart as Cart, 'funk'),
        () => removeVoucher(cart as Cart),
        () => applyVoucher(cart as Cart, 'FUENF', VOUCHERS, '2026-03-10'),
      ]) {
        try {
          call();
        } catch (error) {
          expect(isTarifkitError(error), String(error)).toBe(true);
        }
      }
    }), RUNS);
  });

  it('any voucher with one field broken either is checked or throws a TarifkitError', () => {
    fc.assert(fc.property(corruptedArb(VOUCHERS[0]), (voucher) => {
      try {
        createVoucher(voucher as never);
      } catch (error) {
        expect(isTarifkitError(error), String(error)).toBe(true);
      }
    }), RUNS);
  });
});
