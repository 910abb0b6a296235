import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyVoucher, createCart, createVoucher, priceCart } from '../../src/index.js';
import { RUNS } from '../arbitraries/core.js';
import { cartItemsArb as itemsArb, voucherSpecArb as voucherArb } from '../arbitraries/prepaid.js';

describe('cart properties (R20, R22)', () => {
  it('the total equals the sum of the lines after the discount, to the cent; the discount parts add up; the total is never negative', () => {
    fc.assert(fc.property(itemsArb, voucherArb, (items, spec) => {
      const voucher = createVoucher(spec);
      const applied = applyVoucher(createCart(items), 'V', [voucher], '2026-03-10');
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
});
