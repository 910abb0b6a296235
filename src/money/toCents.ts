import { centsOf } from './cents.js';
import type { Money } from './types.js';

/**
 * The integer minor units of an amount, in its currency's exponent (cents for EUR).
 *
 * @param amount - a Dinero object
 * @returns the amount in minor units
 * @throws TarifkitError `INVALID_AMOUNT` when the amount holds a fraction of a cent or is no Dinero object
 * @example
 * ```ts
 * toCents(money(-5041)); // -5041
 * toCents(multiply(money(1000), { amount: 15, scale: 1 })); // 1500: 10 € × 1.5 at a finer scale
 * ```
 */
export function toCents(amount: Money): number {
  return centsOf(amount, 'amount');
}
