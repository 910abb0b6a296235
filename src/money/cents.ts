/**
 * Integer cents: the money module's arithmetic (R21, R22). Nothing here is
 * exported from the package; the public functions wrap these with dinero.js.
 *
 * @internal
 * @module
 */
import { dinero, toSnapshot, EUR } from 'dinero.js';
import { fail } from '../errors/fail.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { Currency, Money } from './types.js';

/** Euro: the default currency. */
export const DEFAULT_CURRENCY: Currency = EUR;

/** The largest amount tarifkit handles, in minor units: 2^53 − 1 would lose exactness in products, so 10^15 (10 trillion euros). */
export const MAX_CENTS = 1_000_000_000_000_000;

/**
 * `numerator / denominator` rounded half up (half away from zero), for safe
 * integers with `denominator > 0`. No float division decides. Never -0.
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  if (numerator < 0) {
    const magnitude = roundHalfUp(-numerator, denominator);
    return magnitude === 0 ? 0 : -magnitude;
  }
  let quotient = Math.floor(numerator / denominator);
  let rest = numerator - quotient * denominator;
  // Correct the float quotient if the division rounded across an integer.
  while (rest < 0) { quotient -= 1; rest += denominator; }
  while (rest >= denominator) { quotient += 1; rest -= denominator; }
  return 2 * rest >= denominator ? quotient + 1 : quotient + 0;
}

/**
 * Splits `total` cents by integer ratios so the parts add up to `total` exactly:
 * each part gets the floor of its exact share, and the cents left over go one
 * each to the parts with the largest remainders, the earlier part first on a tie
 * (the largest-remainder method). A negative total splits its magnitude and negates.
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

/** A Dinero object for trusted cents. */
export function moneyFromCents(cents: number, currency: Currency = DEFAULT_CURRENCY): Money {
  return dinero({ amount: cents === 0 ? 0 : cents, currency });
}

/** The integer minor units and currency of a Dinero object, or INVALID_AMOUNT naming `field`. */
export function readMoney(money: unknown, field: string): { readonly cents: number; readonly currency: Currency } {
  let snapshot: { amount: unknown; currency: unknown; scale: unknown };
  try {
    snapshot = toSnapshot(money as Money) as never;
  } catch (cause) {
    throw new TarifkitError('INVALID_AMOUNT', { field, value: money, reason: 'expected a Money from money() or dinero.js' }, { cause });
  }
  if (typeof snapshot !== 'object' || snapshot === null) fail('INVALID_AMOUNT', field, money);
  const currency = assertCurrency(snapshot.currency, `${field}.currency`);
  const { amount, scale } = snapshot;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || typeof scale !== 'number' || !Number.isSafeInteger(scale) || scale < 0 || scale > 30) {
    fail('INVALID_AMOUNT', field, amount);
  }
  const exponent = currency.exponent;
  let cents: number;
  if (scale === exponent) cents = amount;
  else if (scale < exponent) cents = amount * 10 ** (exponent - scale);
  else {
    const factor = 10 ** (scale - exponent);
    if (amount % factor !== 0) fail('INVALID_AMOUNT', field, `${amount}e-${scale}`, { reason: 'not a whole number of minor units' });
    cents = amount / factor;
  }
  if (!(Math.abs(cents) <= MAX_CENTS)) fail('INVALID_AMOUNT', field, cents, { max: MAX_CENTS });
  return { cents: cents + 0, currency };
}

/** Checks a dinero.js currency: a code, an integer exponent from 0 to 4 and base 10. */
export function assertCurrency(currency: unknown, field: string): Currency {
  const c = currency as { code?: unknown; exponent?: unknown; base?: unknown } | null;
  if (typeof c !== 'object' || c === null || typeof c.code !== 'string' || !/^[A-Z]{3}$/.test(c.code)
    || typeof c.exponent !== 'number' || !Number.isSafeInteger(c.exponent) || c.exponent < 0 || c.exponent > 4 || c.base !== 10) {
    fail('INVALID_CURRENCY', field, currency);
  }
  return currency as Currency;
}

/** Minor-unit exponents of the currencies a priced item may name by code. */
const EXPONENTS: Readonly<Record<string, number>> = { EUR: 2, USD: 2, GBP: 2, CHF: 2, PLN: 2, CZK: 2, DKK: 2, SEK: 2, NOK: 2, HUF: 2, JPY: 0 };

/** The dinero.js currency of a three-letter code tarifkit knows, or INVALID_CURRENCY naming `field`. */
export function currencyOfCode(code: unknown, field: string): Currency {
  if (code === 'EUR' || code === undefined) return DEFAULT_CURRENCY;
  if (typeof code !== 'string' || !Object.hasOwn(EXPONENTS, code)) fail('INVALID_CURRENCY', field, code);
  return { code, base: 10, exponent: EXPONENTS[code] as number };
}

/** Whether a currency code is one tarifkit knows. */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && Object.hasOwn(EXPONENTS, code);
}

/** A quantity: an integer from 1 to `max`. */
export function quantityOf(value: unknown, field: string, max = 1_000_000): number {
  if (!isQuantity(value, max)) fail('INVALID_QUANTITY', field, value, { min: 1, max });
  return value;
}

/** Whether `value` is a whole quantity from 1 to `max`. */
export function isQuantity(value: unknown, max = 1_000_000): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= max;
}

/** A non-negative amount in minor units up to `max`. */
export function centsAmountOf(value: unknown, field: string, max = MAX_CENTS): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    fail('INVALID_AMOUNT', field, value, { min: 0, max });
  }
  return value + 0;
}
