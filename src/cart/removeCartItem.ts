import { fail } from '../errors/fail.js';
import { cartOf, sealCart } from './checks.js';
import type { Cart, CartChanged } from './types.js';

/**
 * Removes an item from a cart (R20, the shop's "Löschen"). The voucher stays;
 * whether it still applies (minimum order) is checked when the cart is priced.
 *
 * @param cart - the cart
 * @param itemId - the id of the item
 * @returns `{ ok: true, cart }`: a new cart without the item
 * @throws TarifkitError `UNKNOWN_ID` for an id not in the cart (field `itemId`, with the known ids),
 *   `INVALID_ARGUMENT` for an id that is no text or a cart that is none
 * @example
 * ```ts
 * import { createCart, removeCartItem } from 'tarifkit';
 *
 * const cart = createCart([{ id: 'funk', name: 'Funk-Modul', unitCents: 1499, vatRate: 19 }]);
 * removeCartItem(cart, 'funk').cart.items.length; // 0
 * removeCartItem(cart, 'nope');                   // throws UNKNOWN_ID
 * ```
 */
export function removeCartItem(cart: Cart, itemId: string): CartChanged {
  const checked = cartOf(cart);
  if (typeof itemId !== 'string') fail('INVALID_ARGUMENT', 'itemId', itemId);
  const index = checked.items.findIndex((item) => item.id === itemId);
  if (index < 0) fail('UNKNOWN_ID', 'itemId', itemId, { known: checked.items.map((item) => item.id) });
  const items = Object.freeze(checked.items.filter((_, i) => i !== index));
  return { ok: true, cart: sealCart(checked.currency, items, checked.voucher) };
}
