import { assertQuantity } from '../money/cents.js';
import { appended, assertAmountFits, bookingValue, changeDay, definitionOf, nextAccount, NONE, restOfPeriodLine } from './internals.js';
import type { AddOnAccount, BookAddOnRequest, BookAddOnResult } from './types.js';

/**
 * Books an add-on (R14). It is usable at once; the pro-rata amount for the rest
 * of the current billing period (day-exact, rounded once half up, R22) becomes
 * a draft item that waits for the next regular invoice: the collective invoice.
 *
 * @param account - the add-on account
 * @param request - which add-on, how many units, on which day
 * @returns the new account, the booking's id (`"<addOnId>#<n>"`) and its draft line (reason `prorataCharge`)
 * @throws TarifkitError `UNKNOWN_ADDON` (field `request.addOnId`), `INVALID_QUANTITY`
 *   for a quantity that is not an integer of at least 1, `INVALID_DATE` for a bad day,
 *   `OUT_OF_SEQUENCE` for a day before the last change or on/after the next regular
 *   invoice day. On error nothing changes.
 * @example
 * ```ts
 * // Seed 004: booked on 2026-03-18, the first day of the period [03-18, 04-18):
 * // the whole month, 31/31 days, is the draft item.
 * const { account: next, lines } = bookAddOn(account, { addOnId: 'users', quantity: 1, on: '2026-03-18' });
 * lines[0].cents; // 590
 * // Storage comes in whole 10 GB packs:
 * bookAddOn(account, { addOnId: 'storage', quantity: 1.5, on: '2026-03-18' }); // throws INVALID_QUANTITY
 * ```
 */
export function bookAddOn(account: AddOnAccount, request: BookAddOnRequest): BookAddOnResult {
  const definition = definitionOf(account, request.addOnId, 'request.addOnId');
  const quantity = assertQuantity(request.quantity, 'request.quantity');
  assertAmountFits(definition.unitCents, quantity, 'request.quantity');
  const day = changeDay(account, request.on, 'request.on');
  const count = account.bookingCount + 1;
  const bookingId = `${definition.id}#${count}`;
  const line = restOfPeriodLine(account, definition, 'prorataCharge', quantity, day);
  const booking = bookingValue(bookingId, definition.id, day, quantity, null, account.paidThroughDay, null, NONE);
  return {
    account: nextAccount(
      account,
      account.paidFromDay,
      account.paidThroughDay,
      day,
      appended(account.bookings, booking),
      appended(account.drafts, { bookingId, line }),
      count,
    ),
    bookingId,
    lines: [line],
  };
}
