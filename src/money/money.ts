import { fail } from '../errors/fail.js';
import { assertCurrency, DEFAULT_CURRENCY, MAX_CENTS, moneyFromCents } from './cents.js';
import type { Currency, Money } from './types.js';

/**
 * Makes an amount from integer minor units (R21). Euro unless a currency is given.
 *
 * @param cents - the amount in minor units: an integer, negative for a credit, at most 10^15 in size
 * @param currency - a dinero.js currency; default `EUR`
 * @returns the Dinero object
 * @throws TarifkitError `INVALID_AMOUNT` for a fraction, NaN or a number beyond ±10^15 (field `cents`),
 *   `INVALID_CURRENCY` for something that is no dinero.js currency of base 10
 * @example
 * ```ts
 * import { formatMoney, money } from 'tarifkit';
 *
 * formatMoney(money(590), 'de'); // "5,90 €"
 * money(5.9);                    // throws INVALID_AMOUNT: amounts are cents, never floats
 * ```
 */
export function money(cents: number, currency: Currency = DEFAULT_CURRENCY): Money {
  if (typeof cents !== 'number' || !Number.isSafeInteger(cents) || Math.abs(cents) > MAX_CENTS) {
    fail('INVALID_AMOUNT', 'cents', cents, { reason: 'expected an integer number of minor units' });
  }
  return moneyFromCents(cents, currency === DEFAULT_CURRENCY ? currency : assertCurrency(currency, 'currency'));
}
