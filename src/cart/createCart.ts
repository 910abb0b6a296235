import { TarifkitError } from '../errors/TarifkitError.js';
import { DEFAULT_CURRENCY } from '../money/cents.js';
import { checkItem } from './checks.js';
import type { Cart, CartItem, CartItemInput, CartOptions } from './types.js';

/**
 * Makes a cart from items (R20), checking each: a gross unit price, an integer
 * quantity of at least 1 and an id not used twice.
 *
 * @param items - the items, in the order shown; default none
 * @param options - the currency (default EUR)
 * @returns the cart, without a voucher
 * @throws TarifkitError `DUPLICATE_ID` for an id used twice (field `items.<i>.id`),
 *   `INVALID_QUANTITY` for a quantity of 0, negative or fractional, `INVALID_AMOUNT` for a
 *   negative price, `CURRENCY_MISMATCH`, `MISSING_PRICE`, `INVALID_CATALOG`, `INVALID_VAT_RATE`,
 *   `UNSUPPORTED_CURRENCY`
 * @example
 * ```ts
 * const cart = createCart([
 *   { id: 'l-3', label: 'CloudMatic L, 3 Monate', unitPrice: money(2997) },
 *   { id: 'ccu', label: 'Funk-Modul', unitPrice: money(1499), quantity: 2 },
 * ]);
 * createCart([{ id: 'a', label: 'A', unitPrice: money(100) }, { id: 'a', label: 'B', unitPrice: money(200) }]);
 * // throws DUPLICATE_ID
 * ```
 */
export function createCart(items: readonly CartItemInput[] = [], options: CartOptions = {}): Cart {
  const currency = options.currency ?? DEFAULT_CURRENCY;
  if (typeof currency !== 'object' || currency === null || typeof currency.code !== 'string'
    || typeof currency.exponent !== 'number' || typeof currency.base !== 'number') {
    throw new TarifkitError('UNSUPPORTED_CURRENCY', { field: 'options.currency', value: currency });
  }
  if (!Array.isArray(items)) throw new TarifkitError('INVALID_CATALOG', { field: 'items', value: items });
  const checked: CartItem[] = [];
  const ids = new Set<string>();
  items.forEach((input, i) => {
    const item = checkItem(input, currency, `items.${i}`);
    if (ids.has(item.id)) throw new TarifkitError('DUPLICATE_ID', { field: `items.${i}.id`, value: item.id });
    ids.add(item.id);
    checked.push(item);
  });
  return Object.freeze({ currency, items: Object.freeze(checked), voucher: null });
}
