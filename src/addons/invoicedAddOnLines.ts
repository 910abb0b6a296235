import { bookingIndex, invoicedLines } from './internals.js';
import type { Line } from '../lines/types.js';
import type { AddOnAccount, AddOnBooking } from './types.js';

/**
 * The lines of the regular invoices already issued that belong to a booking
 * (R14, R16), in the order they were invoiced: its pro-rata draft, quantity
 * increases, period charges and credit notes. What a withdrawal reverses, and
 * what support shows for "what did we bill for this add-on?". Drafts still
 * pending are not invoiced yet: they are in `account.drafts`.
 *
 * The account keeps these lines per regular invoice, so closing a period
 * changes no booking.
 *
 * @param account - the add-on account
 * @param bookingId - the booking
 * @returns the invoiced lines of the booking, oldest first; empty before its first regular invoice
 * @throws TarifkitError `NOT_BOOKED` (field `bookingId`) for a booking the account does not have
 * @example
 * ```ts
 * // Booked 2026-03-18 (draft 5,90 €); the regular invoice of 2026-04-18 carries the
 * // draft and the next month:
 * const closed = closeAddOnPeriod(bookAddOn(account, { addOnId: 'users', quantity: 1, on: '2026-03-18' }).account, '2026-04-18');
 * invoicedAddOnLines(closed.account, 'users#1').map((line) => [line.reason, line.cents]);
 * // [["periodCharge", 590], ["prorataCharge", 590]]
 * invoicedAddOnLines(closed.account, 'users#9'); // throws NOT_BOOKED
 * ```
 */
export function invoicedAddOnLines(account: AddOnAccount, bookingId: string): readonly Line[] {
  const booking = account.bookings[bookingIndex(account, bookingId, 'bookingId')] as AddOnBooking;
  return invoicedLines(account, booking.id, booking.bookedDay);
}
