import { fail } from '../errors/fail.js';
import { allocateCents, moneyFromCents, readMoney } from './cents.js';
import type { Money } from './types.js';

/**
 * Splits an amount by integer ratios so the parts add up to the whole, to the
 * cent (R22). Every split in tarifkit goes through this rule.
 *
 * The remainder rule (largest remainder): each part first gets its exact share
 * rounded down; the cents left over go one each to the parts whose shares lost
 * the most in that rounding, the earlier part first on a tie. So every part is
 * its exact share rounded down or up, and no cent is created or lost. (dinero.js's
 * own `allocate` gives the leftover to the largest ratio first instead, so 1 € by
 * 1:2:2:1 is [16, 34, 34, 16] there and [17, 33, 33, 17] here.)
 *
 * @param amount - the whole; a negative amount splits into negative parts
 * @param ratios - non-negative safe integers with a positive sum (days, quantities, cents)
 * @returns one part per ratio, in order
 * @throws TarifkitError `INVALID_RATIO` for an empty list, a negative, fractional or NaN ratio,
 *   ratios that sum to zero, or ratios so large that amount × sum would pass 2^53;
 *   `INVALID_AMOUNT` for something that is no whole-cent amount
 * @example
 * ```ts
 * import { money, splitAmount, toCents } from 'tarifkit';
 *
 * // 1 € over three equal parts: the leftover cent goes to the first.
 * splitAmount(money(100), [1, 1, 1]).map(toCents); // [34, 33, 33]
 * // A 10 € discount over lines of 1 €, 2 € and 3 €.
 * splitAmount(money(1000), [100, 200, 300]).map(toCents); // [167, 333, 500]
 * ```
 */
export function splitAmount(amount: Money, ratios: readonly number[]): Money[] {
  const { cents, currency } = readMoney(amount, 'amount');
  if (!Array.isArray(ratios) || ratios.length === 0 || ratios.length > 100_000) fail('INVALID_RATIO', 'ratios', ratios);
  let sum = 0;
  for (const ratio of ratios) {
    if (typeof ratio !== 'number' || !Number.isSafeInteger(ratio) || ratio < 0) fail('INVALID_RATIO', 'ratios', ratios);
    sum += ratio;
  }
  if (sum <= 0 || !Number.isSafeInteger(sum * Math.abs(cents))) fail('INVALID_RATIO', 'ratios', ratios);
  return allocateCents(cents, ratios).map((part) => moneyFromCents(part, currency));
}
