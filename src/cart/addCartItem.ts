import { TarifkitError } from '../errors/TarifkitError.js';
import { checkItem } from './checks.js';
import type { Cart, CartItemInput } from './types.js';

/**
 * Adds an item to a cart (R20, seed 002's "Weiter einkaufen").
 *
 * @param cart - the cart
 * @param item - the item: id, label, gross unit price, quantity (default 1), VAT rate (default 19)
 * @returns a new cart with the item at the end; the voucher stays
 * @throws TarifkitError `DUPLICATE_ID` when the cart holds the id already (field `item.id`),
 *   `INVALID_QUANTITY`, `INVALID_AMOUNT`, `CURRENCY_MISMATCH`, `MISSING_PRICE`, `INVALID_CATALOG`,
 *   `INVALID_VAT_RATE`
 * @example
 * ```ts
 * const more = addCartItem(cart, { id: 'ccu', label: 'Funk-Modul', unitPrice: money(1499), quantity: 2 });
 * addCartItem(more, { id: 'ccu', label: 'Funk-Modul', unitPrice: money(1499) }); // throws DUPLICATE_ID
 * ```
 */
export function addCartItem(cart: Cart, item: CartItemInput): Cart {
  const checked = checkItem(item, cart.currency, 'item');
  if (cart.items.some((existing) => existing.id === checked.id)) {
    throw new TarifkitError('DUPLICATE_ID', { field: 'item.id', value: checked.id });
  }
  return Object.freeze({ currency: cart.currency, items: Object.freeze([...cart.items, checked]), voucher: cart.voucher });
}
