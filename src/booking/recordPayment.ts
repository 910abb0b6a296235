import { dayOf, isoOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { fail } from '../errors/fail.js';
import { dayLine } from '../lines/build.js';
import { refuse } from '../refusal/refuse.js';
import { accessEnd, accountOf, paidRecord, sealAccount } from './account.js';
import type { BookingAccount, PaymentResult } from './types.js';

/**
 * Records that the payment for a booking arrived (R19): the booking becomes
 * active on the payment day. When the account still has access on that day
 * (a package not yet expired, or one already extended), the new access runs on
 * from the end of that access instead, so no day is lost; after expiry it
 * starts on the payment day. An order that is never paid never activates.
 *
 * Access is per account: a different package paid while one is active also
 * runs on after it. Payments are recorded in date order. The amount is not
 * checked: a payment is "the payment for this order".
 *
 * @param account - the booking account
 * @param bookingId - the id of the booking paid for
 * @param on - the day the payment arrived
 * @returns `{ ok: true, account, booking, lines, extended }` with the booking's one charge line
 *   (`oneOff`, or `periodCharge` for a subscription, over its access), or the refusal
 *   `ALREADY_PAID` (details `bookingId`, `paidOn`)
 * @throws TarifkitError `INVALID_ARGUMENT` for an account that is none or an id that is no text,
 *   `UNKNOWN_ID` for an id not in the account (field `bookingId`, with the known ids),
 *   `OUT_OF_ORDER` (field `on`) for a payment day before the order day or before the latest
 *   payment already recorded, `INVALID_DATE`
 * @example
 * ```ts
 * import { openBookingAccount, orderPackage, recordPayment } from 'tarifkit';
 *
 * const item = { id: 'homecloud-l', name: 'HomeCloud L', unitCents: 999, vatRate: 19 } as const;
 * // One month ordered and paid on 2026-01-31: access to 2026-02-27 (Jan 31 + 1 month clamps to Feb 28).
 * const first = recordPayment(orderPackage(openBookingAccount(), { id: 'A-1', item, months: 1, kind: 'oneOff' }, '2026-01-31').account, 'A-1', '2026-01-31');
 * if (first.ok) {
 *   first.booking.lastDay; // "2026-02-27"
 *   // An extension paid on 2026-02-20 runs on from 2026-02-28, not from the payment day.
 *   const ordered = orderPackage(first.account, { id: 'A-2', item, months: 1, kind: 'oneOff' }, '2026-02-20').account;
 *   const next = recordPayment(ordered, 'A-2', '2026-02-20');
 *   if (next.ok) next.booking.access; // { start: "2026-02-28", end: "2026-03-28" }
 * }
 * ```
 */
export function recordPayment(account: BookingAccount, bookingId: string, on: DateInput): PaymentResult {
  const checked = accountOf(account);
  if (typeof bookingId !== 'string') fail('INVALID_ARGUMENT', 'bookingId', bookingId);
  const day = dayOf(on, 'on');
  const bookings = checked.bookings;
  const index = bookings.findIndex((booking) => booking.id === bookingId);
  if (index < 0) fail('UNKNOWN_ID', 'bookingId', bookingId, { known: bookings.map((booking) => booking.id) });
  const booking = bookings[index]!;
  if (booking.status === 'paid') return refuse('ALREADY_PAID', null, { bookingId, paidOn: booking.paidOn });
  if (day < dayOf(booking.orderedOn, 'orderedOn')) fail('OUT_OF_ORDER', 'on', isoOf(day), { orderedOn: booking.orderedOn, reason: 'a payment before its order' });
  if (checked.lastPaidOn !== null && day < dayOf(checked.lastPaidOn, 'lastPaidOn')) {
    fail('OUT_OF_ORDER', 'on', isoOf(day), { lastPaidOn: checked.lastPaidOn, reason: 'payments come in date order' });
  }
  let startDay = day;
  for (const other of bookings) {
    if (other.status === 'paid') {
      const end = dayOf(other.access.end, 'access.end');
      if (end > startDay) startDay = end;
    }
  }
  const endDay = accessEnd(startDay, booking.months, 'on');
  const paid = paidRecord(booking, day, startDay, endDay);
  const next = bookings.slice();
  next[index] = paid;
  const line = dayLine(booking.kind === 'oneOff' ? 'oneOff' : 'periodCharge', booking.item, 1, booking.id, startDay, endDay, startDay, endDay, false);
  return {
    ok: true,
    account: sealAccount(checked.currency, Object.freeze(next), isoOf(day), checked.advancedTo),
    booking: paid,
    lines: [line],
    extended: startDay > day,
  };
}
