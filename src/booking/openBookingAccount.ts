import { TarifkitError } from '../errors/TarifkitError.js';
import { DEFAULT_CURRENCY } from '../money/cents.js';
import type { BookingAccount, BookingAccountOptions } from './types.js';

/**
 * Opens an empty account for package bookings (R18–R20): no bookings, no payments.
 *
 * @param options - the currency (default EUR)
 * @returns the account
 * @throws TarifkitError `UNSUPPORTED_CURRENCY` for a currency that is not a dinero.js currency object
 * @example
 * ```ts
 * const account = openBookingAccount();
 * account.bookings.length; // 0
 * activeBookingOn(account, '2026-03-10'); // null: nothing paid, no access
 * ```
 */
export function openBookingAccount(options: BookingAccountOptions = {}): BookingAccount {
  const currency = options.currency ?? DEFAULT_CURRENCY;
  if (typeof currency !== 'object' || currency === null || typeof currency.code !== 'string'
    || typeof currency.exponent !== 'number' || typeof currency.base !== 'number') {
    throw new TarifkitError('UNSUPPORTED_CURRENCY', { field: 'options.currency', value: currency });
  }
  return Object.freeze({ currency, bookings: Object.freeze([]), lastPaymentDay: null });
}
