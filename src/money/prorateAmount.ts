import { TarifkitError } from '../errors/TarifkitError.js';
import { centsOf, currencyOf, moneyFromCents, roundHalfUp } from './cents.js';
import type { Fraction, Money, RoundedAmount } from './types.js';

/** Checks a fraction of safe integers with `0 <= numerator` and `0 < denominator`. @internal */
export function assertFraction(fraction: Fraction, field: string): void {
  const { numerator, denominator } = fraction ?? ({} as Fraction);
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator <= 0) {
    throw new TarifkitError('INVALID_RATIO', { field, value: fraction });
  }
}

/**
 * An amount times a fraction, rounded once to the cent, half up (R22). The
 * result keeps the exact value too, so an invoice line can show both.
 *
 * @param amount - a non-negative amount
 * @param fraction - the share, as integers: `{ numerator: 184, denominator: 365 }`
 * @returns the exact and the rounded amount and the rounding mode
 * @throws TarifkitError `INVALID_AMOUNT` for a negative amount, `INVALID_RATIO` for a
 *   negative, fractional or zero-denominator fraction
 * @example
 * ```ts
 * // W1: the unused 184 of 365 days of a 100 € term: 50.4109… € becomes 50,41 €.
 * const credit = prorateAmount(money(10000), { numerator: 184, denominator: 365 });
 * toCents(credit.amount); // 5041
 * credit.exact;           // { numerator: 1840000, denominator: 365 }
 * ```
 */
export function prorateAmount(amount: Money, fraction: Fraction): RoundedAmount {
  const cents = centsOf(amount, 'amount');
  if (cents < 0) throw new TarifkitError('INVALID_AMOUNT', { field: 'amount', value: cents });
  assertFraction(fraction, 'fraction');
  const numerator = cents * fraction.numerator;
  return {
    exact: { numerator, denominator: fraction.denominator },
    amount: moneyFromCents(roundHalfUp(numerator, fraction.denominator), currencyOf(amount)),
    rounding: 'halfUp',
  };
}
