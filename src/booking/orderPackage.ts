import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { BookingAccount, PackageOrder } from './types.js';
import { checkOrder } from './validate.js';
import { awaitingBooking } from './values.js';

/**
 * Places an order for a package (seed 002): a one-off booking for a chosen
 * number of months, or a subscription. It waits for its payment and gives no
 * access until the payment arrives (R19); see {@link recordPayment}.
 *
 * @param account - the booking account
 * @param order - the order: its id, the package, price, `months` (whole, at least 1) and `kind`
 * @param on - the day of the order
 * @returns the account with the new booking at the end, `awaitingPayment`
 * @throws TarifkitError `INVALID_DURATION` for 0, negative or fractional months (field `order.months`),
 *   `DUPLICATE_ID` for an id already in the account, `INVALID_CATALOG` for a missing id, package,
 *   label or kind (or an id with `#`), `MISSING_PRICE`, `INVALID_AMOUNT`, `CURRENCY_MISMATCH`,
 *   `INVALID_VAT_RATE`, `INVALID_DATE`
 * @example
 * ```ts
 * const order = { id: 'A-1', packageId: 'l', label: 'CloudMatic L', price: money(2997), months: 3, kind: 'oneOff' } as const;
 * const account = orderPackage(openBookingAccount(), order, '2026-03-10');
 * account.bookings[0].status; // "awaitingPayment"
 * orderPackage(account, { ...order, id: 'A-2', months: 1.5 }, '2026-03-10'); // throws INVALID_DURATION
 * ```
 */
export function orderPackage(account: BookingAccount, order: PackageOrder, on: DateInput): BookingAccount {
  const checked = checkOrder(order, account.currency);
  const day = epochDayFromInput(on, 'on');
  if (account.bookings.some((booking) => booking.id === checked.id)) {
    throw new TarifkitError('DUPLICATE_ID', { field: 'order.id', value: checked.id });
  }
  const booking = awaitingBooking({ ...checked, orderedDay: day, seriesId: checked.id, round: 1 }, account.currency);
  return Object.freeze({ ...account, bookings: Object.freeze([...account.bookings, booking]) });
}
