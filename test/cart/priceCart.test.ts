import { describe, expect, it } from 'vitest';
import { addCartItem, applyVoucher, createCart, explainLine, priceCart, removeCartItem, type Cart } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { VOUCHERS, seedCart } from './fixtures.js';

function withVoucher(cart: Cart, code: string, on = '2026-03-10'): Cart {
  const result = applyVoucher(cart, code, VOUCHERS, on);
  if (!result.ok) throw new Error(result.reason);
  return result.cart;
}

describe('priceCart (R20, R22, R23)', () => {
  it('prices a cart without a voucher: the items, gross, VAT per line', () => {
    const price = priceCart(seedCart(), '2026-03-10');
    expect([price.subtotalCents, price.discountCents, price.totalCents]).toEqual([5995, 0, 5995]);
    expect(price.lines.map((line) => [line.itemId, line.grossCents, line.discountCents, line.payCents, line.vatCents, line.netCents])).toEqual([
      ['l-3', 2997, 0, 2997, 479, 2518], // 2997 × 19/119 = 478,5… → 479
      ['funk', 2998, 0, 2998, 479, 2519], // 478,67… → 479
    ]);
    expect(price.lines.every((line) => line.discount === null)).toBe(true);
    expect(price.vatCents).toBe(958);
    expect(price.netCents).toBe(5995 - 958);
    expect(price.voucher).toBeNull();
    expect(price.currency).toBe('EUR');
    expect(price.vatRounding).toBe('perLine');
  });

  it('spreads a 10 % voucher over the lines in proportion, the parts adding up to the discount', () => {
    // 10 % of 59,95 € = 5,995 € → 6,00 € (half up, once); 600 split by 2997 : 2998 → 300 + 300.
    const price = priceCart(withVoucher(seedCart(), 'FRUEHLING10'), '2026-03-10');
    expect([price.subtotalCents, price.discountCents, price.totalCents]).toEqual([5995, 600, 5395]);
    expect(price.lines.map((line) => [line.discountCents, line.payCents, line.vatCents])).toEqual([[300, 2697, 431], [300, 2698, 431]]);
    expect(price.vatCents).toBe(862);
    expect(price.netCents).toBe(5395 - 862);
    expect(price.voucher).toEqual({ ok: true, code: 'FRUEHLING10' });
    const discount = price.lines[0]!.discount!;
    expect([discount.reason, discount.cents, discount.item.vatRate, discount.quantity, discount.range]).toEqual(['discount', -300, 19, 1, null]);
    expect(discount.exact).toEqual({ numerator: -300, denominator: 1 });
    expect(discount.fraction).toEqual({ numerator: 100, denominator: 999 });
    expect(explainLine(discount, 'de')).toBe('Gutschein HomeCloud L, 3 Monate: −3,00 €');
    expect(explainLine(price.lines[1]!.discount!, 'en')).toBe('Voucher Funk-Modul ×2: −€3.00');
    const charge = price.lines[1]!.charge;
    expect([charge.reason, charge.cents, charge.quantity]).toEqual(['oneOff', 2998, 2]);
    expect(explainLine(charge, 'en')).toBe('One-off Funk-Modul ×2: €29.98');
  });

  it('keeps VAT right per line when the rates differ', () => {
    const cart = withVoucher(addCartItem(seedCart(), { id: 'ebook', name: 'Handbuch (E-Book)', unitCents: 1000, vatRate: 7 }).cart, 'FUENF');
    const price = priceCart(cart, '2026-03-10');
    // 500 split by 2997 : 2998 : 1000 → 214 + 214 + 72 (largest remainder).
    expect(price.lines.map((line) => [line.itemId, line.discountCents, line.payCents, line.vatRate, line.vatCents])).toEqual([
      ['l-3', 214, 2783, 19, 444],
      ['funk', 214, 2784, 19, 445],
      ['ebook', 72, 928, 7, 61],
    ]);
    expect(price.totalCents).toBe(6995 - 500);
    expect(price.vatCents).toBe(444 + 445 + 61);
  });

  it('caps a fixed voucher larger than the cart at the total: never negative', () => {
    const price = priceCart(withVoucher(seedCart(), 'GESCHENK'), '2026-03-10');
    expect([price.discountCents, price.totalCents, price.vatCents]).toEqual([5995, 0, 0]);
    expect(price.lines.map((line) => [line.discountCents, line.payCents])).toEqual([[2997, 0], [2998, 0]]);
  });

  it('checks the voucher again when priced: removed items can drop the cart below the minimum', () => {
    const emptied = removeCartItem(removeCartItem(withVoucher(seedCart(), 'FRUEHLING10'), 'l-3').cart, 'funk').cart;
    const small = addCartItem(emptied, { id: 'x', name: 'X', unitCents: 1500, vatRate: 19 }).cart;
    const price = priceCart(small, '2026-03-10');
    expect([price.discountCents, price.totalCents]).toEqual([0, 1500]);
    expect(price.voucher).toMatchObject({ ok: false, reason: 'BELOW_MINIMUM_ORDER', details: { missingCents: 500 } });
    expect(priceCart(withVoucher(seedCart(), 'FRUEHLING10'), '2026-04-01').voucher).toMatchObject({ ok: false, reason: 'VOUCHER_EXPIRED' });
  });

  it('prices an empty cart at zero', () => {
    const price = priceCart(createCart(), '2026-03-10');
    expect([price.subtotalCents, price.totalCents, price.vatCents, price.lines.length]).toEqual([0, 0, 0, 0]);
  });

  it('prices a revived cart like the original', () => {
    const cart = withVoucher(seedCart(), 'FRUEHLING10');
    expect(priceCart(JSON.parse(JSON.stringify(cart)), '2026-03-10')).toEqual(priceCart(cart, '2026-03-10'));
  });

  it('refuses a bad day or cart and does not mutate the cart', () => {
    const cart = deepFreeze(withVoucher(seedCart(), 'FUENF'));
    const before = JSON.stringify(cart);
    expectTarifkitError(() => priceCart(cart, '2026-02-30'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => priceCart(undefined as never, '2026-03-10'), 'INVALID_ARGUMENT', 'cart');
    expect(priceCart(cart, '2026-03-10').totalCents).toBe(5495);
    expect(JSON.stringify(cart)).toBe(before);
  });
});
