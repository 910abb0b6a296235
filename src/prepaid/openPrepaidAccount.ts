import type { DateInput } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { DEFAULT_CURRENCY } from '../money/cents.js';
import { AccountValue } from './state.js';
import type { PrepaidAccount, PrepaidAccountOptions } from './types.js';
import { dayOf } from './validate.js';

/**
 * Opens an empty prepaid account on a day (R7, R17): balance zero, nothing
 * booked, settled to that day.
 *
 * @param on - the opening day; nothing can happen on the account before it
 * @param options - the currency (default EUR)
 * @returns the new account
 * @throws TarifkitError `INVALID_DATE` for a date that does not exist (field `on`),
 *   `UNSUPPORTED_CURRENCY` for a currency that is not a dinero.js currency object
 * @example
 * ```ts
 * const account = openPrepaidAccount('2026-02-28');
 * account.balanceCents;          // 0
 * account.settledTo.toString();  // "2026-02-28"
 * openPrepaidAccount('2026-02-29'); // throws INVALID_DATE: 2026 is no leap year
 * ```
 */
export function openPrepaidAccount(on: DateInput, options: PrepaidAccountOptions = {}): PrepaidAccount {
  const day = dayOf(on, 'on');
  const currency = options.currency ?? DEFAULT_CURRENCY;
  if (typeof currency !== 'object' || currency === null || typeof currency.code !== 'string'
    || typeof currency.exponent !== 'number' || typeof currency.base !== 'number') {
    throw new TarifkitError('UNSUPPORTED_CURRENCY', { field: 'options.currency', value: currency });
  }
  return new AccountValue(currency, 0, 0, 0, day, [], null);
}
