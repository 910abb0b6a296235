import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { AwaitingPaymentBooking, Booking, BookingAccount, PaidBooking, SubscriptionRenewal } from './types.js';
import { awaitingBooking } from './values.js';

/**
 * Lets subscriptions book themselves again (R18): for every paid subscription
 * booking whose expiry day (its last day of access) lies before `to`, and that
 * has no follow-up yet, a follow-up order for the same package, price and
 * months is created on that expiry day, awaiting payment. Paid on or before
 * the expiry day, it runs on without a gap (R19). Subscriptions get no reminders.
 *
 * The follow-up of booking `S` in round `n` has the id `S#<n+1>` (`S` being the
 * first booking of the series). Calling it again for the same days changes
 * nothing: it is idempotent. No clock inside: `to` is the caller's "now".
 *
 * @param account - the booking account
 * @param to - the first day not looked at
 * @returns the account with the new orders at the end, and those orders by expiry day
 * @throws TarifkitError `INVALID_DATE` for a bad day (field `to`), `DUPLICATE_ID` if a follow-up id is taken
 * @example
 * ```ts
 * // A one-month subscription paid on 2026-01-31 expires on 2026-02-27 (last day):
 * const { orders } = renewSubscriptions(account, '2026-02-28');
 * orders[0].id;                    // "S-1#2"
 * orders[0].orderedOn.toString();  // "2026-02-27"
 * ```
 */
export function renewSubscriptions(account: BookingAccount, to: DateInput): SubscriptionRenewal {
  const toDay = epochDayFromInput(to, 'to');
  const due = account.bookings
    .filter((booking): booking is PaidBooking => booking.status === 'paid' && booking.kind === 'subscription' && booking.expiryDay < toDay)
    .filter((booking) => !account.bookings.some((other) => other.seriesId === booking.seriesId && other.round === booking.round + 1))
    .sort((a, b) => a.expiryDay - b.expiryDay || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (due.length === 0) return { account, orders: [] };
  const ids = new Set(account.bookings.map((booking) => booking.id));
  const orders: AwaitingPaymentBooking[] = [];
  for (const booking of due) {
    const id = `${booking.seriesId}#${booking.round + 1}`;
    if (ids.has(id)) throw new TarifkitError('DUPLICATE_ID', { field: 'account.bookings', value: id });
    ids.add(id);
    orders.push(awaitingBooking({
      id,
      packageId: booking.packageId,
      label: booking.label,
      priceCents: booking.priceCents,
      months: booking.months,
      kind: 'subscription',
      vatRate: booking.vatRate,
      orderedDay: booking.expiryDay,
      seriesId: booking.seriesId,
      round: booking.round + 1,
    }, account.currency));
  }
  const bookings: Booking[] = [...account.bookings, ...orders];
  return {
    account: Object.freeze({ currency: account.currency, bookings: Object.freeze(bookings), lastPaymentDay: account.lastPaymentDay }),
    orders: Object.freeze(orders),
  };
}
