/**
 * The one validator of priced items.
 *
 * @internal
 * @module
 */
import { fail, isRecord } from '../errors/fail.js';
import { isCurrencyCode } from '../money/cents.js';
import type { PricedItem, VatRate } from './types.js';

/** The largest price of one unit, in minor units: 100 million euros. */
export const MAX_UNIT_CENTS = 10_000_000_000;

/** Frozen items that passed the check: they cannot change, so they stay valid. */
const CHECKED = new WeakSet<object>();

/** Whether a value is a VAT rate tarifkit supports. */
export function isVatRate(value: unknown): value is VatRate {
  return value === 19 || value === 7 || value === 0;
}

/**
 * Checks a priced item and returns it, every field kept. Errors
 * name `<field>.<key>`: `INVALID_ITEM` for a missing or blank id or name, a
 * unit or currency that is no text, or a value that is no record;
 * `INVALID_AMOUNT` for a bad price; `INVALID_VAT_RATE`; `INVALID_CURRENCY`.
 */
export function checkItem(value: unknown, field: string): PricedItem {
  const frozen = typeof value === 'object' && value !== null && Object.isFrozen(value);
  if (frozen && CHECKED.has(value)) return value as PricedItem;
  if (!isRecord(value)) fail('INVALID_ITEM', field, value);
  const { id, name, unitCents, vatRate, unit, currency } = value;
  if (typeof id !== 'string' || id.trim() === '' || id.length > 200) fail('INVALID_ITEM', `${field}.id`, id);
  if (typeof name !== 'string' || name.trim() === '' || name.length > 500) fail('INVALID_ITEM', `${field}.name`, name);
  if (typeof unitCents !== 'number' || !Number.isSafeInteger(unitCents) || unitCents < 0 || unitCents > MAX_UNIT_CENTS) {
    fail('INVALID_AMOUNT', `${field}.unitCents`, unitCents, { min: 0, max: MAX_UNIT_CENTS });
  }
  if (!isVatRate(vatRate)) fail('INVALID_VAT_RATE', `${field}.vatRate`, vatRate);
  if (unit !== undefined && (typeof unit !== 'string' || unit.length > 50)) fail('INVALID_ITEM', `${field}.unit`, unit);
  if (currency !== undefined && !isCurrencyCode(currency)) fail('INVALID_CURRENCY', `${field}.currency`, currency);
  // An item that is not frozen is taken as it is, like every record handed in: it must not change
  // afterwards (a line keeps the item it was made from).
  if (!frozen) return (Object.is(unitCents, -0) ? { ...value, unitCents: 0 } : value) as PricedItem;
  // Frozen items (a catalog's) live long and come back often: remember them. A copy made here is not
  // remembered: weak tables of short-lived keys cost the garbage collector more than checking again.
  CHECKED.add(value);
  return value as PricedItem;
}

/** The currency code of an item. */
export function currencyCodeOf(item: PricedItem): string {
  return item.currency ?? 'EUR';
}
