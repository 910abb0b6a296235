import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCartItem, applyVoucher, createCart, createVoucher, priceCart, removeCartItem, removeVoucher, type Cart } from '../../src/index.js';
import { RUNS, deepFreeze } from '../arbitraries/core.js';
import { cartItemsArb as itemsArb, voucherSpecArb as voucherArb } from '../arbitraries/prepaid.js';

describe('cart properties (R20, R22)', () => {
  it('the total equals the sum of the lines after the discount, to the cent; the discount parts add up; the total is never negative', () => {
    fc.assert(fc.property(itemsArb, voucherArb, (items, spec) => {
      const applied = applyVoucher(createCart(items), 'V', [createVoucher(spec)], '2026-03-10');
      expect(applied.ok).toBe(true);
      if (!applied.ok) return;
      const price = priceCart(applied.cart, '2026-03-10');
      const sumPay = price.lines.reduce((sum, line) => sum + line.payCents, 0);
      const sumParts = price.lines.reduce((sum, line) => sum + line.discountCents, 0);
      const sumLines = price.lines.reduce((sum, line) => sum + line.charge.cents + (line.discount?.cents ?? 0), 0);
      expect(price.totalCents).toBe(sumPay);
      expect(price.totalCents).toBe(sumLines);
      expect(sumParts).toBe(price.discountCents);
      expect(price.totalCents).toBe(price.subtotalCents - price.discountCents);
      expect(price.totalCents).toBeGreaterThanOrEqual(0);
      expect(price.discountCents).toBeLessThanOrEqual(price.subtotalCents);
      for (const line of price.lines) {
        expect(line.payCents).toBeGreaterThanOrEqual(0);
        expect(line.vatCents + line.netCents).toBe(line.payCents);
        expect(line.discount === null ? 0 : -line.discount.cents).toBe(line.discountCents);
      }
      expect(price.vatCents).toBe(price.lines.reduce((sum, line) => sum + line.vatCents, 0));
      expect(price.netCents + price.vatCents).toBe(price.totalCents);
    }), RUNS);
  });

  it('each discount part is its exact proportional share rounded down or up, never further off', () => {
    fc.assert(fc.property(itemsArb, voucherArb, (items, spec) => {
      const applied = applyVoucher(createCart(items), 'V', [createVoucher(spec)], '2026-03-10');
      if (!applied.ok) return;
      const price = priceCart(applied.cart, '2026-03-10');
      if (price.subtotalCents === 0) return;
      for (const line of price.lines) {
        const exactTimesSubtotal = price.discountCents * line.grossCents; // share × subtotal
        expect(line.discountCents * price.subtotalCents).toBeGreaterThan(exactTimesSubtotal - price.subtotalCents);
        expect(line.discountCents * price.subtotalCents).toBeLessThan(exactTimesSubtotal + price.subtotalCents);
      }
    }), RUNS);
  });

  it('no input is mutated, and a JSON round trip of the cart gives the same results when continued', () => {
    fc.assert(fc.property(itemsArb, voucherArb, fc.nat(), (items, spec, pick) => {
      const frozenItems = deepFreeze(items.map((item) => ({ ...item })));
      const frozenSpec = deepFreeze({ ...spec });
      const itemsJson = JSON.stringify(frozenItems);
      const specJson = JSON.stringify(frozenSpec);
      const script = (carry: (cart: Cart) => Cart): string[] => {
        const out: string[] = [];
        let cart = createCart(frozenItems);
        const step = (next: Cart): void => {
          const json = JSON.stringify(cart);
          out.push(JSON.stringify(next));
          expect(JSON.stringify(cart)).toBe(json);
          cart = next;
        };
        const applied = applyVoucher(carry(cart), 'v', [frozenSpec], '2026-03-10');
        out.push(JSON.stringify(applied));
        if (applied.ok) step(applied.cart);
        out.push(JSON.stringify(priceCart(carry(cart), '2026-03-10')));
        step(addCartItem(carry(cart), { id: 'extra', name: 'Extra', unitCents: 1234, vatRate: 7, quantity: 3 }).cart);
        if (cart.items.length > 1) step(removeCartItem(carry(cart), cart.items[pick % cart.items.length]!.id).cart);
        out.push(JSON.stringify(priceCart(carry(cart), '2026-03-10')));
        step(removeVoucher(carry(cart)).cart);
        out.push(JSON.stringify(priceCart(carry(cart), '2026-03-10')));
        return out;
      };
      const direct = script((cart) => cart);
      const revived = script((cart) => JSON.parse(JSON.stringify(cart)) as Cart);
      expect(revived).toEqual(direct);
      expect(JSON.stringify(frozenItems)).toBe(itemsJson);
      expect(JSON.stringify(frozenSpec)).toBe(specJson);
    }), RUNS);
  });
});
