/** Seed 002's cart (made-up prices): a package and hardware, with vouchers. */
import { createCart, createVoucher, money, type Cart, type Voucher } from '../../src/index.js';

export function seedCart(): Cart {
  return createCart([
    { id: 'l-3', label: 'CloudMatic L, 3 Monate', unitPrice: money(2997) },
    { id: 'funk', label: 'Funk-Modul', unitPrice: money(1499), quantity: 2 },
  ]);
}

export const SPRING: Voucher = createVoucher({ code: 'FRUEHLING10', kind: 'percentage', percent: 10, minimumOrder: money(2000), validFrom: '2026-03-01', validBefore: '2026-04-01' });
export const FIVE: Voucher = createVoucher({ code: 'FUENF', kind: 'fixed', amount: money(500) });
export const HUGE: Voucher = createVoucher({ code: 'GESCHENK', kind: 'fixed', amount: money(100000) });
export const VOUCHERS: readonly Voucher[] = [SPRING, FIVE, HUGE];
