import { readMoney } from './cents.js';
import type { Money } from './types.js';

/**
 * The integer minor units of an amount (R21).
 *
 * @param amount - a Dinero object
 * @returns its minor units, in its currency's exponent
 * @throws TarifkitError `INVALID_AMOUNT` for something that is no whole-cent amount
 * @example
 * ```ts
 * import { money, toCents } from 'tarifkit';
 *
 * toCents(money(-5041)); // -5041
 * ```
 */
export function toCents(amount: Money): number {
  return readMoney(amount, 'amount').cents;
}
