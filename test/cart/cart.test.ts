import { describe, expect, it } from 'vitest';
import { USD } from 'dinero.js';
import { addCartItem, createCart, money, removeCartItem } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { seedCart } from './fixtures.js';

describe('createCart, addCartItem, removeCartItem (R20)', () => {
  it('holds several items with quantities', () => {
    const cart = seedCart();
    expect(cart.items.map((item) => [item.id, item.unitCents, item.quantity, item.vatRate])).toEqual([['l-3', 2997, 1, 19], ['funk', 1499, 2, 19]]);
    expect(cart.voucher).toBeNull();
    expect(createCart().items).toEqual([]);
  });

  it('adds and removes items without touching the cart it was given', () => {
    const cart = deepFreeze(seedCart());
    const before = JSON.stringify(cart);
    const more = addCartItem(cart, { id: 'ebook', label: 'Handbuch (E-Book)', unitPrice: money(990), vatRate: 7 });
    expect(more.items.map((item) => item.id)).toEqual(['l-3', 'funk', 'ebook']);
    const fewer = removeCartItem(more, 'funk');
    expect(fewer.items.map((item) => item.id)).toEqual(['l-3', 'ebook']);
    expect(JSON.stringify(cart)).toBe(before);
  });

  it('refuses a duplicate item id with DUPLICATE_ID, and nothing changes', () => {
    const cart = deepFreeze(seedCart());
    const before = JSON.stringify(cart);
    expectTarifkitError(() => addCartItem(cart, { id: 'funk', label: 'Funk-Modul', unitPrice: money(1499) }), 'DUPLICATE_ID', 'item.id');
    expectTarifkitError(() => createCart([{ id: 'a', label: 'A', unitPrice: money(1) }, { id: 'a', label: 'B', unitPrice: money(2) }]), 'DUPLICATE_ID', 'items.1.id');
    expect(JSON.stringify(cart)).toBe(before);
  });

  it('refuses removing an unknown item with UNKNOWN_ITEM', () => {
    expectTarifkitError(() => removeCartItem(seedCart(), 'nope'), 'UNKNOWN_ITEM', 'itemId');
  });

  it('refuses bad quantities, prices and rates', () => {
    const cart = seedCart();
    for (const quantity of [0, -1, 1.5]) {
      expectTarifkitError(() => addCartItem(cart, { id: 'x', label: 'X', unitPrice: money(100), quantity }), 'INVALID_QUANTITY', 'item.quantity');
    }
    expectTarifkitError(() => addCartItem(cart, { id: 'x', label: 'X', unitPrice: money(-100) }), 'INVALID_AMOUNT', 'item.unitPrice');
    expectTarifkitError(() => addCartItem(cart, { id: 'x', label: 'X', unitPrice: money(100, USD) }), 'CURRENCY_MISMATCH', 'item.unitPrice');
    expectTarifkitError(() => addCartItem(cart, { id: 'x', label: 'X', unitPrice: money(100), vatRate: 16 as never }), 'INVALID_VAT_RATE', 'item.vatRate');
    expectTarifkitError(() => addCartItem(cart, { id: '', label: 'X', unitPrice: money(100) }), 'INVALID_CATALOG', 'item.id');
  });
});
