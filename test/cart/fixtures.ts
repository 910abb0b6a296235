/** A smart-home cloud's cart (made-up prices): a package and hardware, with vouchers. */
import { createCart, createVoucher, type Cart, type Voucher } from '../../src/index.js';

export function seedCart(): Cart {
  return createCart([
    { id: 'l-3', name: 'HomeCloud L, 3 Monate', unitCents: 2997, vatRate: 19 },
    { id: 'funk', name: 'Funk-Modul', unitCents: 1499, vatRate: 19, quantity: 2 },
  ]);
}

export const SPRING: Voucher = createVoucher({ code: 'FRUEHLING10', kind: 'percentage', percent: 10, minimumCents: 2000, validFrom: '2026-03-01', lastDay: '2026-03-31' });
export const FIVE: Voucher = createVoucher({ code: 'FUENF', kind: 'fixed', amountCents: 500 });
export const HUGE: Voucher = createVoucher({ code: 'GESCHENK', kind: 'fixed', amountCents: 100000 });
export const VOUCHERS: readonly Voucher[] = [SPRING, FIVE, HUGE];
