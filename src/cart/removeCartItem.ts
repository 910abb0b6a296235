import { TarifkitError } from '../errors/TarifkitError.js';
import type { Cart } from './types.js';

/**
 * Removes an item from a cart (R20, seed 002's "Löschen"). The voucher stays;
 * whether it still applies (minimum order) is checked when the cart is priced.
 *
 * @param cart - the cart
 * @param itemId - the id of the item
 * @returns a new cart without the item
 * @throws TarifkitError `UNKNOWN_ITEM` for an id not in the cart (field `itemId`)
 * @example
 * ```ts
 * removeCartItem(cart, 'ccu').items.length; // one fewer
 * removeCartItem(cart, 'nope');             // throws UNKNOWN_ITEM
 * ```
 */
export function removeCartItem(cart: Cart, itemId: string): Cart {
  const index = cart.items.findIndex((item) => item.id === itemId);
  if (index < 0) throw new TarifkitError('UNKNOWN_ITEM', { field: 'itemId', value: itemId });
  const items = cart.items.filter((_, i) => i !== index);
  return Object.freeze({ currency: cart.currency, items: Object.freeze(items), voucher: cart.voucher });
}
