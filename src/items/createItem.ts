import { checkItem } from './checkItem.js';
import type { PricedItem } from './types.js';

/**
 * Checks a priced item once and returns it frozen (R14, R21). Every module
 * checks its items with this same validator; extra fields are kept, so an item
 * can carry your own data (a SKU, an account number) onto its lines.
 *
 * @param data - the item: id, name, unit price in cents, VAT rate, and optionally unit and currency
 * @returns the frozen item (the same object when it was frozen already)
 * @throws TarifkitError `INVALID_ITEM` for a blank id or name or a unit that is no text,
 *   `INVALID_AMOUNT` for a negative, fractional or huge price, `INVALID_VAT_RATE` for a rate
 *   other than 19, 7 or 0, `INVALID_CURRENCY` for an unknown currency code (field `item.<key>`)
 * @example
 * ```ts
 * import { createItem } from 'tarifkit';
 *
 * const setup = createItem({ id: 'setup', name: 'Einrichtung', unitCents: 4900, vatRate: 19, sku: 'S-1' });
 * setup.sku; // "S-1": your fields travel along
 * createItem({ id: 'setup', name: 'Einrichtung', unitCents: 49.5, vatRate: 19 }); // throws INVALID_AMOUNT
 * ```
 */
export function createItem<T extends PricedItem>(data: T): T {
  const item = checkItem(data, 'item');
  return (Object.isFrozen(item) ? item : checkItem(Object.freeze({ ...item }), 'item')) as T;
}
