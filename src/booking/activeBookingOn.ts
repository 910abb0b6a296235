import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput } from '../calendar/types.js';
import type { BookingAccount, PaidBooking } from './types.js';

/**
 * The paid booking that gives access on a day (R18, R19), or null when there
 * is none: before the first payment, after expiry, or for an order never paid.
 *
 * @param account - the booking account
 * @param on - the day
 * @returns the booking whose access contains the day, or null
 * @throws TarifkitError `INVALID_DATE` for a bad day (field `on`)
 * @example
 * ```ts
 * // Access [2026-01-31, 2026-02-28): the expiry day 2026-02-27 still has access, the 28th not.
 * activeBookingOn(account, '2026-02-27')?.id; // "A-1"
 * activeBookingOn(account, '2026-02-28');     // null
 * ```
 */
export function activeBookingOn(account: BookingAccount, on: DateInput): PaidBooking | null {
  const day = epochDayFromInput(on, 'on');
  for (const booking of account.bookings) {
    if (booking.status === 'paid' && booking.access.startDay <= day && day < booking.access.endDay) return booking;
  }
  return null;
}
