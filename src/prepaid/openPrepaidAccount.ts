import { dayOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { optionsOf } from '../errors/fail.js';
import { currencyOf, sealAccount } from './account.js';
import type { PrepaidAccount, PrepaidAccountOptions } from './types.js';

/**
 * Opens an empty prepaid account on a day (R7, R17): balance zero, nothing
 * booked, advanced to that day (nothing can be due on it). The account is
 * plain data: keep it as JSON and hand it back later.
 *
 * @param on - the opening day; nothing can happen on the account before it
 * @param options - the currency code of the balance and every price (default `"EUR"`)
 * @returns the new account
 * @throws TarifkitError `INVALID_DATE` for a date that does not exist (field `on`),
 *   `INVALID_ARGUMENT` for options that are no record, `INVALID_CURRENCY` for an unknown
 *   currency code (field `options.currency`)
 * @example
 * ```ts
 * import { openPrepaidAccount } from 'tarifkit';
 *
 * const account = openPrepaidAccount('2028-02-29');
 * account.balanceCents; // 0
 * account.advancedTo;   // "2028-02-29"
 * account.currency;     // "EUR"
 * openPrepaidAccount('2026-02-29'); // throws INVALID_DATE: 2026 is no leap year
 * ```
 */
export function openPrepaidAccount(on: DateInput, options?: PrepaidAccountOptions): PrepaidAccount {
  const day = dayOf(on, 'on');
  const currency = currencyOf(optionsOf(options).currency, 'options.currency');
  // Fresh arrays, not frozen ones: a frozen array makes every for-of over it take V8's slow path.
  return sealAccount(currency, 0, 0, 0, day, [], [], [], Number.NEGATIVE_INFINITY);
}
