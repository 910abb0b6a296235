import { dayOf, isoOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { fail } from '../errors/fail.js';
import { accountOf, awaitingRecord, sealAccount } from './account.js';
import type { AwaitingPaymentBooking, BookingAccount, BookingReminderNotice, BookingsAdvanced, PaidBooking, ReminderTiming } from './types.js';

/** Days between the first reminder and the last day of access (R19: "fünf Tage vor Ablauf"). */
const DAYS_BEFORE = 5;

interface Paid {
  readonly booking: PaidBooking;
  readonly paidDay: number;
  readonly startDay: number;
  readonly endDay: number;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Moves a booking account forward to a day (R18): the days after
 * `account.advancedTo` (or, on the first call, from the beginning) up to and
 * including `to`, as {@link advance} does for a subscription. No clock inside:
 * `to` is the caller's "today", and a scheduler that calls it each day sees
 * every order and reminder once, on its day.
 *
 * - Subscriptions book themselves again: for every paid subscription booking
 *   whose last day of access is on or before `to` and that has no follow-up
 *   yet, a follow-up order for the same package, price and months is created
 *   on that last day, awaiting payment (id `<seriesId>#<round>`). Paid by that
 *   day (a standing order), it runs on without a gap (R19); not paid, access
 *   ends.
 * - One-off bookings get reminders: 5 days before their last day of access and
 *   on it, as notices on their day. A reminder is dropped when, by its day, an
 *   extension was already paid that runs on from this booking's end.
 *   Subscriptions and unpaid orders get none.
 *
 * What a payment recorded later for an earlier day changes is not looked at
 * again: each day is advanced over once, and advancing again to the same day
 * gives nothing new.
 *
 * @param account - the booking account
 * @param to - the day to move to (inclusive); not before `account.advancedTo`
 * @returns `{ ok: true, account, orders, notices }`: the account with the follow-up orders at the end
 *   and `advancedTo` set to `to`, those orders by day, and the reminders due, by day
 * @throws TarifkitError `INVALID_ARGUMENT` for an account that is none, `INVALID_DATE`,
 *   `OUT_OF_ORDER` for a day before `account.advancedTo` (field `to`), `DUPLICATE_ID` when a
 *   follow-up's id is taken
 * @example
 * ```ts
 * import { advanceBookings, openBookingAccount, orderPackage, recordPayment } from 'tarifkit';
 *
 * const item = { id: 'homecloud-l', name: 'HomeCloud L', unitCents: 999, vatRate: 19 } as const;
 * const ordered = orderPackage(openBookingAccount(), { id: 'A-1', item, months: 1, kind: 'oneOff' }, '2026-01-31');
 * const paid = recordPayment(ordered.account, 'A-1', '2026-01-31'); // access to 2026-02-27
 * if (paid.ok) {
 *   // Advanced to 2026-02-22: the reminder due that day is among the notices.
 *   const first = advanceBookings(paid.account, '2026-02-22');
 *   first.notices.map((n) => `${n.when} ${n.on}`);  // ["fiveDaysBefore 2026-02-22"]
 *   first.account.advancedTo;                        // "2026-02-22"
 *   advanceBookings(first.account, '2026-02-22').notices.length; // 0: that day is done
 *   advanceBookings(first.account, '2026-02-27').notices[0]?.when; // "expiryDay"
 * }
 * ```
 */
export function advanceBookings(account: BookingAccount, to: DateInput): BookingsAdvanced {
  const checked = accountOf(account);
  const toDay = dayOf(to, 'to');
  // The last day already looked at: reminders due on it were given by the call that advanced to it.
  const advancedDay = checked.advancedTo === null ? Number.NEGATIVE_INFINITY : dayOf(checked.advancedTo, 'advancedTo');
  if (toDay < advancedDay) fail('OUT_OF_ORDER', 'to', isoOf(toDay), { advancedTo: checked.advancedTo });
  const bookings = checked.bookings;
  const paid: Paid[] = [];
  for (const booking of bookings) {
    if (booking.status !== 'paid') continue;
    paid.push({ booking, paidDay: dayOf(booking.paidOn, 'paidOn'), startDay: dayOf(booking.access.start, 'access.start'), endDay: dayOf(booking.access.end, 'access.end') });
  }

  // Follow-ups of subscriptions whose last day is on or before `to`.
  const rounds = new Set(bookings.map((booking) => `${booking.seriesId}#${booking.round}`));
  const due = paid
    .filter((p) => p.booking.kind === 'subscription' && p.endDay - 1 <= toDay && !rounds.has(`${p.booking.seriesId}#${p.booking.round + 1}`))
    .sort((a, b) => a.endDay - b.endDay || byText(a.booking.id, b.booking.id));
  const ids = new Set(bookings.map((booking) => booking.id));
  const orders: AwaitingPaymentBooking[] = [];
  for (const { booking, endDay } of due) {
    const round = booking.round + 1;
    const id = `${booking.seriesId}#${round}`;
    if (ids.has(id)) fail('DUPLICATE_ID', 'account.bookings', id);
    ids.add(id);
    orders.push(awaitingRecord(id, booking.item, booking.months, 'subscription', endDay - 1, booking.seriesId, round));
  }

  // Reminders of one-off bookings due after `advancedTo`, up to and including `to`.
  const notices: BookingReminderNotice[] = [];
  for (const { booking, endDay } of paid) {
    if (booking.kind !== 'oneOff') continue;
    const lastDay = endDay - 1;
    const timings: ReadonlyArray<readonly [ReminderTiming, number]> = [['fiveDaysBefore', lastDay - DAYS_BEFORE], ['expiryDay', lastDay]];
    for (const [when, dueDay] of timings) {
      if (dueDay <= advancedDay || dueDay > toDay) continue;
      if (paid.some((other) => other.startDay === endDay && other.paidDay <= dueDay)) continue;
      notices.push(Object.freeze({
        type: 'bookingReminder', on: isoOf(dueDay), when, bookingId: booking.id, packageId: booking.item.id, name: booking.item.name, lastDay: booking.lastDay,
      }));
    }
  }
  notices.sort((a, b) => byText(a.on, b.on) || byText(a.bookingId, b.bookingId) || (a.when === b.when ? 0 : a.when === 'fiveDaysBefore' ? -1 : 1));

  const advancedTo = isoOf(toDay);
  const next = orders.length === 0 && advancedTo === checked.advancedTo
    ? checked
    : sealAccount(checked.currency, orders.length === 0 ? bookings : Object.freeze([...bookings, ...orders]), checked.lastPaidOn, advancedTo);
  return { ok: true, account: next, orders, notices };
}
