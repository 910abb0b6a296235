import { fail } from '../errors/fail.js';
import { cartItemOf, cartOf, checkSubtotal, sealCart } from './checks.js';
import type { Cart, CartChanged, CartItemInput } from './types.js';

/**
 * Adds an item to a cart (R20, the shop's "Weiter einkaufen"). The voucher
 * stays; whether it still applies is checked when the cart is priced.
 *
 * @param cart - the cart
 * @param item - the item: id, name, gross unit price in cents, VAT rate, quantity (default 1)
 * @returns `{ ok: true, cart }`: a new cart with the item at the end
 * @throws TarifkitError `DUPLICATE_ID` when the cart holds the id already (field `item.id`),
 *   `INVALID_QUANTITY`, `INVALID_ITEM` / `INVALID_AMOUNT` / `INVALID_VAT_RATE` for a bad item,
 *   `INVALID_AMOUNT` for a cart over 90,000,000 minor units, `CURRENCY_MISMATCH`,
 *   `INVALID_ARGUMENT` (and the other checks) for a cart that is none
 * @example
 * ```ts
 * import { addCartItem, createCart } from 'tarifkit';
 *
 * const funk = { id: 'funk', name: 'Funk-Modul', unitCents: 1499, vatRate: 19, quantity: 2 } as const;
 * const { cart } = addCartItem(createCart(), funk);
 * cart.items.length;      // 1
 * addCartItem(cart, funk); // throws DUPLICATE_ID
 * ```
 */
export function addCartItem(cart: Cart, item: CartItemInput): CartChanged {
  const checked = cartOf(cart);
  const added = cartItemOf(item, 'item', checked.currency);
  if (checked.items.some((existing) => existing.id === added.id)) fail('DUPLICATE_ID', 'item.id', added.id);
  const items = Object.freeze([...checked.items, added]);
  checkSubtotal(items, 'item');
  return { ok: true, cart: sealCart(checked.currency, items, checked.voucher) };
}
