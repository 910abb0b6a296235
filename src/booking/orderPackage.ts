import { dayOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { fail, recordOf } from '../errors/fail.js';
import { accountOf, awaitingRecord, idOf, kindOf, monthsOf, packageItemOf, sealAccount } from './account.js';
import type { BookingAccount, PackageOrder, PackageOrdered } from './types.js';

/**
 * Places an order for a package (R18): a one-off booking for a
 * chosen number of months, or a subscription. It waits for its payment and
 * gives no access until the payment arrives (R19); see {@link recordPayment}.
 *
 * @param account - the booking account
 * @param order - the order: its id, the package (`item`, whose `unitCents` is the gross price of the
 *   whole duration), `months` (whole, at least 1) and `kind` (`oneOff` or `subscription`)
 * @param on - the day of the order
 * @returns `{ ok: true, account, booking }`: the account with the new booking at the end, `awaitingPayment`
 * @throws TarifkitError `INVALID_DURATION` for 0, negative or fractional months (field `order.months`),
 *   `DUPLICATE_ID` for an id already in the account (field `order.id`), `INVALID_ARGUMENT` for an
 *   account or order that is none, a blank id or one with `#`, or an unknown kind,
 *   `INVALID_ITEM` / `INVALID_AMOUNT` / `INVALID_VAT_RATE` for a bad package, `CURRENCY_MISMATCH`
 *   (field `order.item.currency`), `INVALID_DATE` (field `on`)
 * @example
 * ```ts
 * import { openBookingAccount, orderPackage } from 'tarifkit';
 *
 * const item = { id: 'homecloud-l', name: 'HomeCloud L', unitCents: 2997, vatRate: 19 } as const;
 * const { account, booking } = orderPackage(openBookingAccount(), { id: 'A-3', item, months: 3, kind: 'oneOff' }, '2026-03-10');
 * booking.status;          // "awaitingPayment"
 * account.bookings.length; // 1
 * orderPackage(account, { id: 'A-4', item, months: 1.5, kind: 'oneOff' }, '2026-03-10'); // throws INVALID_DURATION
 * ```
 */
export function orderPackage(account: BookingAccount, order: PackageOrder, on: DateInput): PackageOrdered {
  const checked = accountOf(account);
  const data = recordOf(order, 'order');
  const id = idOf(data.id, 'order.id');
  const item = packageItemOf(data.item, 'order.item', checked.currency);
  const months = monthsOf(data.months, 'order.months');
  const kind = kindOf(data.kind, 'order.kind');
  const day = dayOf(on, 'on');
  if (checked.bookings.some((booking) => booking.id === id)) fail('DUPLICATE_ID', 'order.id', id);
  const booking = awaitingRecord(id, item, months, kind, day, id, 1);
  return {
    ok: true,
    account: sealAccount(checked.currency, Object.freeze([...checked.bookings, booking]), checked.lastPaidOn, checked.advancedTo),
    booking,
  };
}
