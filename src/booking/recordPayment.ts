import { isoFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { AwaitingPaymentBooking, BookingAccount, PaymentResult } from './types.js';
import { paidBooking } from './values.js';

/**
 * Records that the payment for a booking arrived (R19): the booking becomes
 * active on the payment day. When the account still has access on that day
 * (a package not yet expired, or one already extended), the new access runs on
 * from the end of that access instead, so no day is lost; after expiry it
 * starts on the payment day. An order that is never paid never activates.
 *
 * Access is per account: a different package paid while one is active also
 * runs on after it. Payments are recorded in date order.
 *
 * @param account - the booking account
 * @param bookingId - the id of the booking paid for
 * @param on - the day the payment arrived
 * @returns `{ ok: true, account, booking, line, extended }`, or the refusal `ALREADY_PAID`
 * @throws TarifkitError `UNKNOWN_BOOKING` for an id not in the account (field `bookingId`),
 *   `ACTIVATION_BEFORE_BOOKING` for a payment day before the order day, `OUT_OF_ORDER` for a day
 *   before the latest payment already recorded, `INVALID_DATE`
 * @example
 * ```ts
 * // One month ordered on 2026-01-31 and paid that day: access to 2026-02-27, expiry day 2026-02-27.
 * // An extension paid on 2026-02-20 runs on from 2026-02-28, not from the payment day.
 * const paid = recordPayment(account, 'A-2', '2026-02-20');
 * if (paid.ok) paid.booking.access.toString(); // "[2026-02-28, 2026-03-28)"
 * recordPayment(account, 'nope', '2026-02-20'); // throws UNKNOWN_BOOKING
 * ```
 */
export function recordPayment(account: BookingAccount, bookingId: string, on: DateInput): PaymentResult {
  const day = epochDayFromInput(on, 'on');
  const index = account.bookings.findIndex((booking) => booking.id === bookingId);
  if (index < 0) throw new TarifkitError('UNKNOWN_BOOKING', { field: 'bookingId', value: bookingId });
  const booking = account.bookings[index]!;
  if (booking.status === 'paid') {
    return { ok: false, reason: 'ALREADY_PAID', allowedFrom: null, bookingId, paidOn: booking.paidOn };
  }
  if (day < booking.orderedDay) {
    throw new TarifkitError('ACTIVATION_BEFORE_BOOKING', { field: 'on', value: isoFromEpochDay(day), orderedOn: isoFromEpochDay(booking.orderedDay) });
  }
  if (account.lastPaymentDay !== null && day < account.lastPaymentDay) {
    throw new TarifkitError('OUT_OF_ORDER', { field: 'on', value: isoFromEpochDay(day), lastPayment: isoFromEpochDay(account.lastPaymentDay) });
  }
  let accessEnd = day;
  for (const other of account.bookings) {
    if (other.status === 'paid' && other.access.endDay > accessEnd) accessEnd = other.access.endDay;
  }
  const paid = paidBooking(booking as AwaitingPaymentBooking, day, accessEnd, account.currency);
  const bookings = account.bookings.slice();
  bookings[index] = paid;
  return {
    ok: true,
    account: Object.freeze({ currency: account.currency, bookings: Object.freeze(bookings), lastPaymentDay: day }),
    booking: paid,
    line: paid.line,
    extended: accessEnd > day,
  };
}
