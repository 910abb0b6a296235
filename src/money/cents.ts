/**
 * Integer cents: the money module's hot path (R21, R22). Nothing here is
 * exported from the package; the public functions wrap these with dinero.js.
 *
 * @internal
 * @module
 */
import { fail } from '../errors/fail.js';
import { dinero, toSnapshot, EUR } from 'dinero.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { Currency, Money } from './types.js';

/** Euro: the default currency. */
export const DEFAULT_CURRENCY: Currency = EUR;

/**
 * `numerator / denominator` rounded half up (half away from zero), for integers
 * with `denominator > 0`. Exact for |numerator| up to 2^53: no float division decides.
 * A negative result that rounds to zero is 0, not -0.
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  if (numerator < 0) {
    const magnitude = roundHalfUp(-numerator, denominator);
    return magnitude === 0 ? 0 : -magnitude; // never -0
  }
  let quotient = Math.floor(numerator / denominator);
  let rest = numerator - quotient * denominator;
  // Correct the float quotient if the division rounded across an integer.
  while (rest < 0) { quotient -= 1; rest += denominator; }
  while (rest >= denominator) { quotient += 1; rest -= denominator; }
  return 2 * rest >= denominator ? quotient + 1 : quotient + 0; // + 0 turns -0 into 0
}

/** `cents * numerator / denominator`, rounded half up, once. */
export function prorateCents(cents: number, numerator: number, denominator: number): number {
  return roundHalfUp(cents * numerator, denominator);
}

/**
 * Splits `total` cents by integer ratios so the parts add up to `total` exactly:
 * each part gets the floor of its exact share, and the cents left over go one
 * each to the parts with the largest remainders, the earlier part first on a tie
 * (the largest-remainder method). Every part is then its exact share rounded down
 * or up, never further off. A negative total splits its magnitude and negates.
 * Ratios are non-negative safe integers with a positive sum (checked by callers).
 */
export function allocateCents(total: number, ratios: readonly number[]): number[] {
  if (total < 0) return allocateCents(-total, ratios).map((part) => (part === 0 ? 0 : -part));
  let sum = 0;
  for (const ratio of ratios) sum += ratio;
  const parts = new Array<number>(ratios.length);
  const remainders = new Array<number>(ratios.length);
  let given = 0;
  for (let i = 0; i < ratios.length; i += 1) {
    const product = total * (ratios[i] as number);
    const part = Math.floor(product / sum);
    parts[i] = part;
    remainders[i] = product - part * sum;
    given += part;
  }
  let left = total - given;
  if (left > 0) {
    const order = ratios.map((_, i) => i).sort((a, b) => (remainders[b] as number) - (remainders[a] as number) || a - b);
    for (let k = 0; left > 0; k += 1, left -= 1) {
      const i = order[k] as number;
      parts[i] = (parts[i] as number) + 1;
    }
  }
  return parts;
}

/** Dinero objects per currency code and amount are cheap, but this keeps creation in one place. */
export function moneyFromCents(cents: number, currency: Currency = DEFAULT_CURRENCY): Money {
  return dinero({ amount: cents, currency });
}

/** The parts of a Dinero object that tarifkit reads. */
export interface MoneySnapshot {
  readonly amount: number;
  readonly currency: Currency;
  readonly scale: number;
}

/**
 * The snapshot of a Dinero object (one `toJSON` call), or INVALID_AMOUNT naming
 * `field` for anything that is not one.
 */
export function snapshotOf(money: Money, field: string): MoneySnapshot {
  let snapshot;
  try {
    snapshot = toSnapshot(money);
  } catch (cause) {
    throw new TarifkitError('INVALID_AMOUNT', { field, value: money }, { cause });
  }
  if (typeof snapshot !== 'object' || snapshot === null) {
    fail('INVALID_AMOUNT', field, money);
  }
  return snapshot;
}

/** The integer minor units of a snapshot in its currency's exponent; see {@link centsOf}. */
export function centsOfSnapshot(snapshot: MoneySnapshot, field: string): number {
  const { amount, scale, currency } = snapshot;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || typeof currency?.exponent !== 'number'
    || typeof scale !== 'number' || !Number.isSafeInteger(scale)) {
    fail('INVALID_AMOUNT', field, amount);
  }
  const exponent = currency.exponent;
  if (scale === exponent) return amount;
  if (scale < exponent) {
    const cents = amount * 10 ** (exponent - scale);
    if (!Number.isSafeInteger(cents)) throw new TarifkitError('INVALID_AMOUNT', { field, value: `${amount}e-${scale}` });
    return cents;
  }
  const factor = 10 ** (scale - exponent);
  if (amount % factor !== 0) throw new TarifkitError('INVALID_AMOUNT', { field, value: `${amount}e-${scale}` });
  return amount / factor;
}

/**
 * The integer minor units of a Dinero object in its currency's exponent. A
 * Dinero at a finer scale (after `multiply` by a decimal) must be whole cents.
 */
export function centsOf(money: Money, field: string): number {
  return centsOfSnapshot(snapshotOf(money, field), field);
}

/** The currency of a Dinero object. */
export function currencyOf(money: Money): Currency {
  return toSnapshot(money).currency;
}

/** Checks a dinero.js currency: a string code, an integer exponent from 0 and a base. */
export function assertCurrency(currency: unknown, field: string): Currency {
  const c = currency as { code?: unknown; exponent?: unknown; base?: unknown } | null;
  if (typeof c !== 'object' || c === null || typeof c.code !== 'string' || typeof c.exponent !== 'number'
    || !Number.isSafeInteger(c.exponent) || c.exponent < 0 || (typeof c.base !== 'number' && !Array.isArray(c.base))) {
    fail('UNSUPPORTED_CURRENCY', field, currency);
  }
  return currency as Currency;
}

/** Checks that every amount shares the first one's currency; throws CURRENCY_MISMATCH naming the field. */
export function assertSameCurrency(currencies: readonly Currency[], field: string): Currency {
  const first = currencies[0] ?? DEFAULT_CURRENCY;
  for (const currency of currencies) {
    if (currency.code !== first.code || currency.exponent !== first.exponent || currency.base !== first.base) {
      throw new TarifkitError('CURRENCY_MISMATCH', { field, value: `${first.code} and ${currency.code}` });
    }
  }
  return first;
}

/** A non-negative safe-integer check for prices and amounts given as cents. */
export function assertNonNegativeCents(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail('INVALID_AMOUNT', field, value);
  }
  return value;
}

/** A quantity: an integer of at least 1. */
export function assertQuantity(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    fail('INVALID_QUANTITY', field, value);
  }
  return value;
}
