import { epochNsOf } from '../rules/zone.js';
import { bookingIndexOf, effectiveOf, instantOf, replaced, stopPoint, withBookings } from './internals.js';
import { withEnding } from './bookingValue.js';
import type { CancelOptionRequest, CancelOptionResult, OptionAccount, OptionBooking } from './types.js';

/**
 * Cancels a booking at the R12 boundary, or drops it when it has not started yet (R9).
 *
 * A request at least 48 elapsed hours before the end of the period it is made in takes
 * effect at that end; a later one a period later (see {@link cancellationDeadline}). A
 * booking whose start is still ahead (a pre-booking on a package tariff) is dropped at no
 * charge: it never becomes active and gives no line. A booking whose end is already
 * scheduled is refused with that end.
 *
 * @param account - the account
 * @param request - the booking and when the customer asked
 * @returns `scheduled` with the effective end, `dropped`, or a refusal `END_ALREADY_SCHEDULED`
 * @throws TarifkitError `NOT_BOOKED` for an unknown booking, `ALREADY_ENDED` for one that
 *   has ended (or was withdrawn or dropped), `INVALID_INSTANT` for a bad instant,
 *   `END_BEFORE_START` (field `request.at`) for a request before the booking; the account is left as it was
 * @example
 * ```ts
 * // Four-week SMS option from 2026-03-02; its period ends 2026-03-30 00:00 Berlin, after the
 * // DST night: the deadline is Friday 23:00, not Saturday 00:00.
 * cancelOption(account, { bookingId: 'sms#1', at: '2026-03-27T23:00+01:00' }); // effective.end 2026-03-30
 * cancelOption(account, { bookingId: 'sms#1', at: '2026-03-27T23:01+01:00' }); // effective.end 2026-04-27
 * ```
 */
export function cancelOption(account: OptionAccount, request: CancelOptionRequest): CancelOptionResult {
  const index = bookingIndexOf(account, request.bookingId, 'request.bookingId');
  const booking = account.bookings[index] as OptionBooking;
  const requestNs = epochNsOf(request.at, 'request.at');
  const point = stopPoint(account.tariff, booking, requestNs, request.at);
  if ('ok' in point) return point;
  const requestedAt = instantOf(requestNs);
  if (point.kind === 'notStarted') {
    const dropped = withEnding(booking, Object.freeze({ kind: 'dropped' as const, requestedAt }));
    return { ok: true, outcome: 'dropped', account: withBookings(account, replaced(account.bookings, index, dropped), 0), booking: dropped };
  }
  const cancelled = withEnding(booking, Object.freeze({ kind: 'cancelled' as const, requestedAt, endDay: point.endDay, onTime: point.onTime }));
  return {
    ok: true,
    outcome: 'scheduled',
    account: withBookings(account, replaced(account.bookings, index, cancelled), 0),
    booking: cancelled,
    effective: effectiveOf(point, account.tariff.timeZone),
  };
}
