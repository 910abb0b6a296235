import { TarifkitError } from '../errors/TarifkitError.js';
import { assertCurrency, DEFAULT_CURRENCY, moneyFromCents } from './cents.js';
import type { Currency, Money } from './types.js';

/**
 * Makes an amount from integer minor units (R21). Euro unless a currency is given.
 *
 * @param cents - the amount in minor units: a safe integer, negative for a credit
 * @param currency - a dinero.js currency; default `EUR`
 * @returns the Dinero object
 * @throws TarifkitError `INVALID_AMOUNT` for a fraction, NaN or an unsafe integer,
 *   `UNSUPPORTED_CURRENCY` for something that is no dinero.js currency
 * @example
 * ```ts
 * formatMoney(money(590), 'de');      // "5,90 €"
 * formatMoney(money(590, USD), 'en'); // "$5.90"
 * money(5.9);                         // throws INVALID_AMOUNT: amounts are cents, never floats
 * ```
 */
export function money(cents: number, currency: Currency = DEFAULT_CURRENCY): Money {
  if (typeof cents !== 'number' || !Number.isSafeInteger(cents)) {
    throw new TarifkitError('INVALID_AMOUNT', { field: 'cents', value: cents });
  }
  return moneyFromCents(cents, currency === DEFAULT_CURRENCY ? currency : assertCurrency(currency, 'currency'));
}
