import type { DateInput } from '../calendar/types.js';
import { book } from './book.js';
import type { PrepaidAccount, PrepaidBookingResult, PrepaidOffer } from './types.js';

/**
 * Books an option of an option tariff (R8, R17): it runs on its own cycle of
 * 28 (or 30) days from its booking day, is paid from the balance at once and
 * renews at each of its own period ends while the balance covers its price.
 * Options booked on different days keep separate periods.
 *
 * Booking it again after a lapse or an end starts a new cycle from the
 * booking day. The account is first settled up to `on`.
 *
 * @param account - the account
 * @param offer - the option: id, label, price per period, `cycleDays` 28 (default) or 30
 * @param on - the booking day; not before `account.settledTo`
 * @returns `{ ok: true, account, lines, events, item }`, or a refusal: `INSUFFICIENT_BALANCE`
 *   or `ALREADY_ACTIVE` (this option is active)
 * @throws TarifkitError `INVALID_CATALOG`, `INVALID_AMOUNT`, `CURRENCY_MISMATCH`, `INVALID_CYCLE`,
 *   `INVALID_VAT_RATE`, `DUPLICATE_ID` when the id was booked as the package, `INVALID_DATE`,
 *   `OUT_OF_ORDER` for a day before `account.settledTo`
 * @example
 * ```ts
 * // The SMS option on the 5th and the data option on the 10th: separate periods.
 * const sms = bookPrepaidOption(account, { id: 'sms', label: 'SMS Flat', price: money(300) }, '2026-03-05');
 * if (sms.ok) sms.item.period.toString(); // "[2026-03-05, 2026-04-02)"
 * ```
 */
export function bookPrepaidOption(account: PrepaidAccount, offer: PrepaidOffer, on: DateInput): PrepaidBookingResult {
  return book('option', account, offer, on);
}
