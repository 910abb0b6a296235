import { cartOf, sealCart } from './checks.js';
import type { Cart, CartChanged } from './types.js';

/**
 * Takes the voucher off a cart, so another can be redeemed (R20: one voucher per cart).
 *
 * @param cart - the cart
 * @returns `{ ok: true, cart }`: the cart without a voucher (a cart without one comes back as it is)
 * @throws TarifkitError `INVALID_ARGUMENT` (and the other checks) for a cart that is none
 * @example
 * ```ts
 * import { applyVoucher, createCart, createVoucher, removeVoucher } from 'tarifkit';
 *
 * const cart = createCart([{ id: 'l-3', name: 'HomeCloud L', unitCents: 2997, vatRate: 19 }]);
 * const five = createVoucher({ code: 'FUENF', kind: 'fixed', amountCents: 500 });
 * const ten = createVoucher({ code: 'ZEHN', kind: 'percentage', percent: 10 });
 * const first = applyVoucher(cart, 'FUENF', [five, ten], '2026-03-10');
 * if (first.ok) {
 *   applyVoucher(first.cart, 'ZEHN', [five, ten], '2026-03-10').ok;                     // false: one per cart
 *   applyVoucher(removeVoucher(first.cart).cart, 'ZEHN', [five, ten], '2026-03-10').ok; // true
 * }
 * ```
 */
export function removeVoucher(cart: Cart): CartChanged {
  const checked = cartOf(cart);
  return { ok: true, cart: checked.voucher === null ? checked : sealCart(checked.currency, checked.items, null) };
}
