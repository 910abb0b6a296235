import { fail, optionsOf } from '../errors/fail.js';
import { cartItemOf, checkSubtotal, currencyOf, sealCart } from './checks.js';
import type { Cart, CartItem, CartItemInput, CartOptions } from './types.js';

/**
 * Makes a cart from items (R20), checking each: a priced item with a gross
 * unit price, an integer quantity of at least 1 and an id not used twice.
 *
 * @param items - the items, in the order shown; default none
 * @param options - the currency code of every price (default `"EUR"`)
 * @returns the cart, without a voucher: plain data
 * @throws TarifkitError `DUPLICATE_ID` for an id used twice (field `items.<i>.id`),
 *   `INVALID_QUANTITY` for a quantity of 0, negative or fractional, `INVALID_ITEM` /
 *   `INVALID_AMOUNT` / `INVALID_VAT_RATE` for a bad item, `INVALID_AMOUNT` for a cart over
 *   90,000,000 minor units (field `items`), `CURRENCY_MISMATCH`, `INVALID_ARGUMENT` for items that
 *   are no array or options that are no record, `INVALID_CURRENCY` (field `options.currency`)
 * @example
 * ```ts
 * import { createCart } from 'tarifkit';
 *
 * const cart = createCart([
 *   { id: 'l-3', name: 'HomeCloud L, 3 Monate', unitCents: 2997, vatRate: 19 },
 *   { id: 'funk', name: 'Funk-Modul', unitCents: 1499, vatRate: 19, quantity: 2 },
 * ]);
 * cart.items.map((item) => item.quantity); // [1, 2]
 * const twice = { id: 'funk', name: 'Funk-Modul', unitCents: 1499, vatRate: 19 } as const;
 * createCart([twice, twice]); // throws DUPLICATE_ID (field "items.1.id")
 * ```
 */
export function createCart(items?: readonly CartItemInput[], options?: CartOptions): Cart {
  const currency = currencyOf(optionsOf(options).currency, 'options.currency');
  const list: unknown = items === undefined ? [] : items;
  if (!Array.isArray(list)) fail('INVALID_ARGUMENT', 'items', list);
  const checked: CartItem[] = [];
  const ids = new Set<string>();
  (list as readonly unknown[]).forEach((input, i) => {
    const item = cartItemOf(input, `items.${i}`, currency);
    if (ids.has(item.id)) fail('DUPLICATE_ID', `items.${i}.id`, item.id);
    ids.add(item.id);
    checked.push(item);
  });
  checkSubtotal(checked, 'items');
  return sealCart(currency, Object.freeze(checked), null);
}
