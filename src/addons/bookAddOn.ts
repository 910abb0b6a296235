import { bookIn, ChangeState } from './state.js';
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
  const state = new ChangeState(account, 1, 1);
  const { bookingId, line } = bookIn(state, request.addOnId, request.quantity, request.on);
  return { account: state.toAccount(), bookingId, lines: [line] };
}
