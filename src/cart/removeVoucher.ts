import type { Cart } from './types.js';

/**
 * Takes the voucher off a cart, so another can be redeemed (R20).
 *
 * @param cart - the cart
 * @returns a new cart without a voucher (the same items); a cart without one comes back as it is
 * @example
 * ```ts
 * const again = applyVoucher(removeVoucher(withSpring), 'FIX5', vouchers, '2026-03-10');
 * ```
 */
export function removeVoucher(cart: Cart): Cart {
  if (cart.voucher === null) return cart;
  return Object.freeze({ currency: cart.currency, items: cart.items, voucher: null });
}
