import type { DateInput } from '../calendar/types.js';
import { book } from './book.js';
import type { PrepaidAccount, PrepaidBookingResult, PrepaidOffer } from './types.js';

/**
 * Books the package of a prepaid tariff (R7, R17): its first period of 28 (or
 * 30) days starts on the booking day and is paid from the balance at once; it
 * then renews itself at each period end while the balance covers the price.
 *
 * An account holds at most one active package. Booking the same id again after
 * a lapse or an end starts a new cycle from the booking day; lapsed periods do
 * not come back. The account is first settled up to `on`.
 *
 * @param account - the account
 * @param offer - the package: id, label, price per period, `cycleDays` 28 (default) or 30
 * @param on - the booking day; not before `account.settledTo`
 * @returns `{ ok: true, account, lines, events, item }`, or a refusal: `INSUFFICIENT_BALANCE`
 *   (with `missingCents`) or `ALREADY_ACTIVE` (a package is active)
 * @throws TarifkitError `INVALID_CATALOG` for a missing id or label, `INVALID_AMOUNT` for a negative
 *   price, `CURRENCY_MISMATCH`, `INVALID_CYCLE` for a cycle other than 28 or 30 days,
 *   `INVALID_VAT_RATE`, `DUPLICATE_ID` when the id was booked as an option,
 *   `INVALID_DATE`, `OUT_OF_ORDER` for a day before `account.settledTo`
 * @example
 * ```ts
 * const offer = { id: 'basic-s', label: 'Prepaid Basic S', price: money(999) };
 * const result = bookPrepaidPackage(openPrepaidAccount('2026-01-31'), offer, '2026-01-31');
 * result.ok;     // false: the balance is 0
 * if (!result.ok && result.reason === 'INSUFFICIENT_BALANCE') result.missingCents; // 999
 * ```
 */
export function bookPrepaidPackage(account: PrepaidAccount, offer: PrepaidOffer, on: DateInput): PrepaidBookingResult {
  return book('package', account, offer, on);
}
