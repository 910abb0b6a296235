import { dayOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { accountOf } from './account.js';
import type { BookingAccount, PaidBooking } from './types.js';

/**
 * The paid booking that gives access on a day (R18, R19), or null when there
 * is none: before the first payment, after expiry, or for an order never paid.
 *
 * @param account - the booking account
 * @param on - the day
 * @returns the booking whose access contains the day, or null
 * @throws TarifkitError `INVALID_ARGUMENT` for an account that is none, `INVALID_DATE` (field `on`)
 * @example
 * ```ts
 * import { activeBookingOn, openBookingAccount, orderPackage, recordPayment } from 'tarifkit';
 *
 * const item = { id: 'homecloud-l', name: 'HomeCloud L', unitCents: 999, vatRate: 19 } as const;
 * const ordered = orderPackage(openBookingAccount(), { id: 'A-1', item, months: 1, kind: 'oneOff' }, '2026-01-31');
 * const paid = recordPayment(ordered.account, 'A-1', '2026-01-31');
 * if (paid.ok) {
 *   // Access [2026-01-31, 2026-02-28): the last day 2026-02-27 still has access, the 28th not.
 *   activeBookingOn(paid.account, '2026-02-27')?.id; // "A-1"
 *   activeBookingOn(paid.account, '2026-02-28');     // null
 * }
 * ```
 */
export function activeBookingOn(account: BookingAccount, on: DateInput): PaidBooking | null {
  const checked = accountOf(account);
  const day = dayOf(on, 'on');
  for (const booking of checked.bookings) {
    if (booking.status === 'paid' && dayOf(booking.access.start, 'access.start') <= day && day < dayOf(booking.access.end, 'access.end')) return booking;
  }
  return null;
}
