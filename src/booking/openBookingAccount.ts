import { optionsOf } from '../errors/fail.js';
import { currencyOf, sealAccount } from './account.js';
import type { BookingAccount, BookingAccountOptions } from './types.js';

const NONE: readonly never[] = Object.freeze([]);

/**
 * Opens an empty account for package bookings (R18, R19): no bookings, no
 * payments. Plain data: keep it as JSON and hand it back later.
 *
 * @param options - the currency code of every price (default `"EUR"`)
 * @returns the account
 * @throws TarifkitError `INVALID_ARGUMENT` for options that are no record, `INVALID_CURRENCY`
 *   for an unknown currency code (field `options.currency`)
 * @example
 * ```ts
 * import { activeBookingOn, openBookingAccount } from 'tarifkit';
 *
 * const account = openBookingAccount();
 * account.bookings.length;                // 0
 * activeBookingOn(account, '2026-03-10'); // null: nothing paid, no access
 * openBookingAccount({ currency: 'CHF' }).currency; // "CHF"
 * ```
 */
export function openBookingAccount(options?: BookingAccountOptions): BookingAccount {
  const currency = currencyOf(optionsOf(options).currency, 'options.currency');
  return sealAccount(currency, NONE, null, null);
}
