import { epochNsOf } from '../rules/zone.js';
import {
  bookingIndexOf,
  cycleFor,
  effectiveOf,
  instantOf,
  newBookingId,
  optionOf,
  overlapRefusal,
  quantityOf,
  replaced,
  stopPoint,
  withBookings,
} from './internals.js';
import { optionBooking, withEnding } from './bookingValue.js';
import type { OptionAccount, OptionBooking, OptionEnding, SwitchOptionRequest, SwitchOptionResult } from './types.js';

/**
 * Replaces a booked option by another at the same boundary (R12): the old one runs to
 * the end of the period the request is made in when it comes at least 48 hours before
 * that end, to the end of the next period when later; the new one starts on the day the
 * old one ends. A booking that has not started yet (a package pre-booking) is replaced
 * at its start, at no charge for the old option.
 *
 * @param account - the account
 * @param request - the booking to replace, the new option, when the customer asked, and optionally units and an id
 * @returns both bookings and the boundary, or a refusal `OPTION_ALREADY_BOOKED` (the new
 *   option runs already) or `END_ALREADY_SCHEDULED`
 * @throws TarifkitError `NOT_BOOKED`, `UNKNOWN_OPTION`, `INVALID_QUANTITY`, `INVALID_INSTANT`,
 *   `END_BEFORE_START`, `ALREADY_ENDED`, `DUPLICATE_ID`; the account is left as it was
 * @example
 * ```ts
 * // Postpaid: March ends 2026-04-01 00:00 Berlin, so the deadline is 2026-03-30T00:00+02:00.
 * switchOption(account, { bookingId: 'lte50#1', toOptionId: 'lte100', at: '2026-03-30T00:00+02:00' });
 * // → lte50 ends with March, lte100 is active from 2026-04-01
 * switchOption(account, { bookingId: 'lte50#1', toOptionId: 'lte100', at: '2026-03-30T00:01+02:00' });
 * // → one period later: lte50 runs through April, lte100 from 2026-05-01
 * ```
 */
export function switchOption(account: OptionAccount, request: SwitchOptionRequest): SwitchOptionResult {
  const tariff = account.tariff;
  const index = bookingIndexOf(account, request.bookingId, 'request.bookingId');
  const booking = account.bookings[index] as OptionBooking;
  const target = optionOf(tariff, request.toOptionId, 'request.toOptionId');
  const quantity = quantityOf(request.quantity, 'request.quantity');
  const requestNs = epochNsOf(request.at, 'request.at');
  const point = stopPoint(tariff, booking, requestNs, request.at);
  if ('ok' in point) return point;
  const startDay = point.kind === 'notStarted' ? booking.activeFromDay : point.endDay;
  const refusal = overlapRefusal(account, target.id, startDay, booking.id);
  if (refusal !== null) return refusal;
  const id = newBookingId(account, target.id, request.newBookingId, 'request.newBookingId');
  const requestedAt = instantOf(requestNs);
  const to = optionBooking(id, target.id, quantity, Number.NaN, requestNs, requestedAt, point.requestDay, startDay, cycleFor(tariff, target, startDay));
  const ending: OptionEnding = point.kind === 'notStarted'
    ? { kind: 'dropped', requestedAt }
    : { kind: 'switched', requestedAt, endDay: point.endDay, onTime: point.onTime, toBookingId: id };
  const from = withEnding(booking, Object.freeze(ending));
  return {
    ok: true,
    account: withBookings(account, replaced(account.bookings, index, from, to), 1),
    from,
    to,
    effective: point.kind === 'notStarted' ? null : effectiveOf(point, tariff.timeZone),
  };
}
