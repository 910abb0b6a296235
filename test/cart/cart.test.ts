import { describe, expect, it } from 'vitest';
import { addCartItem, createCart, removeCartItem } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { seedCart } from './fixtures.js';

const EBOOK = { id: 'ebook', name: 'Handbuch (E-Book)', unitCents: 990, vatRate: 7 } as const;

describe('createCart, addCartItem, removeCartItem (R20)', () => {
  it('holds several items with quantities, as plain data', () => {
    const cart = seedCart();
    expect(cart).toEqual({
      tarifkit: 1,
      kind: 'cart',
      currency: 'EUR',
      items: [
        { id: 'l-3', name: 'HomeCloud L, 3 Monate', unitCents: 2997, vatRate: 19, quantity: 1 },
        { id: 'funk', name: 'Funk-Modul', unitCents: 1499, vatRate: 19, quantity: 2 },
      ],
      voucher: null,
    });
    expect(JSON.parse(JSON.stringify(cart))).toEqual(cart);
    expect(createCart()).toEqual({ tarifkit: 1, kind: 'cart', currency: 'EUR', items: [], voucher: null });
    expect(createCart([], { currency: 'CHF' }).currency).toBe('CHF');
  });

  it('keeps the items\' own fields', () => {
    const book = { ...EBOOK, isbn: '978-3-16-148410-0' };
    expect(createCart([book]).items[0]).toMatchObject({ isbn: '978-3-16-148410-0', quantity: 1 });
  });

  it('adds and removes items without touching the cart it was given', () => {
    const cart = deepFreeze(seedCart());
    const before = JSON.stringify(cart);
    const more = addCartItem(cart, EBOOK);
    expect(more.ok).toBe(true);
    expect(more.cart.items.map((item) => item.id)).toEqual(['l-3', 'funk', 'ebook']);
    const fewer = removeCartItem(more.cart, 'funk');
    expect(fewer.ok).toBe(true);
    expect(fewer.cart.items.map((item) => item.id)).toEqual(['l-3', 'ebook']);
    expect(JSON.stringify(cart)).toBe(before);
  });

  it('refuses a duplicate item id with DUPLICATE_ID, and nothing changes', () => {
    const cart = deepFreeze(seedCart());
    const before = JSON.stringify(cart);
    expectTarifkitError(() => addCartItem(cart, { id: 'funk', name: 'Funk-Modul', unitCents: 1499, vatRate: 19 }), 'DUPLICATE_ID', 'item.id');
    expectTarifkitError(() => createCart([{ ...EBOOK, id: 'a' }, { ...EBOOK, id: 'a' }]), 'DUPLICATE_ID', 'items.1.id');
    expect(JSON.stringify(cart)).toBe(before);
  });

  it('refuses removing an unknown item with UNKNOWN_ID and the known ids', () => {
    expectTarifkitError(() => removeCartItem(seedCart(), 'nope'), 'UNKNOWN_ID', 'itemId');
    expect(() => removeCartItem(seedCart(), 'nope')).toThrow(expect.objectContaining({ details: expect.objectContaining({ known: ['l-3', 'funk'] }) }));
    expectTarifkitError(() => removeCartItem(seedCart(), undefined as never), 'INVALID_ARGUMENT', 'itemId');
  });

  it('refuses bad quantities, prices, rates and currencies, naming the field', () => {
    const cart = seedCart();
    for (const quantity of [0, -1, 1.5, Number.NaN, '2' as never]) {
      expectTarifkitError(() => addCartItem(cart, { ...EBOOK, quantity }), 'INVALID_QUANTITY', 'item.quantity');
    }
    expectTarifkitError(() => addCartItem(cart, { ...EBOOK, unitCents: -100 }), 'INVALID_AMOUNT', 'item.unitCents');
    expectTarifkitError(() => addCartItem(cart, { ...EBOOK, currency: 'USD' }), 'CURRENCY_MISMATCH', 'item.currency');
    expectTarifkitError(() => addCartItem(cart, { ...EBOOK, vatRate: 16 as never }), 'INVALID_VAT_RATE', 'item.vatRate');
    expectTarifkitError(() => addCartItem(cart, { ...EBOOK, id: '' }), 'INVALID_ITEM', 'item.id');
    expectTarifkitError(() => addCartItem(cart, null as never), 'INVALID_ITEM', 'item');
    expectTarifkitError(() => createCart({} as never), 'INVALID_ARGUMENT', 'items');
    expectTarifkitError(() => createCart([null as never]), 'INVALID_ITEM', 'items.0');
    expectTarifkitError(() => createCart([], null as never), 'INVALID_ARGUMENT', 'options');
    expectTarifkitError(() => createCart([], { currency: 'euro' }), 'INVALID_CURRENCY', 'options.currency');
  });

  it('refuses a cart over 900.000,00 €, where the discount split would lose exactness', () => {
    const big = { id: 'rack', name: 'Server-Rack', unitCents: 45_000_000, vatRate: 19 } as const;
    expect(createCart([{ ...big, quantity: 2 }]).items[0]!.quantity).toBe(2);
    expectTarifkitError(() => createCart([{ ...big, quantity: 3 }]), 'INVALID_AMOUNT', 'items.0');
    expectTarifkitError(() => createCart([{ ...big, quantity: 2 }, EBOOK]), 'INVALID_AMOUNT', 'items');
    expectTarifkitError(() => addCartItem(createCart([{ ...big, quantity: 2 }]), EBOOK), 'INVALID_AMOUNT', 'item');
  });
});
