import type { Temporal } from '@js-temporal/polyfill';
import { plainDateFromEpochDay } from '../calendar/epochDay.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { epochMsOf, epochNsOf, localDayOfMs, NS_PER_MS, wholeEpochMsOfText } from '../rules/zone.js';
import { optionBooking } from './bookingValue.js';
import {
  activationDay,
  cycleFor,
  newBookingId,
  nextPeriodStart,
  optionOf,
  overlapRefusal,
  quantityOf,
  withAppended,
  withBookings,
} from './internals.js';
import type { BookOptionRequest, BookOptionResult, OptionAccount, OptionBooked, OptionBooking } from './types.js';

/** A booking that went through; its activation date is built from the booking's day when read. */
class Booked implements OptionBooked {
  declare readonly ok: true;
  declare readonly account: OptionAccount;
  declare readonly booking: OptionBooking;

  constructor(account: OptionAccount, booking: OptionBooking) {
    this.ok = true;
    this.account = account;
    this.booking = booking;
  }

  get activeFrom(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.booking.activeFromDay);
  }

  toJSON(): Record<string, unknown> {
    return { ok: this.ok, account: this.account, booking: this.booking, activeFrom: this.activeFrom };
  }
}

/**
 * Books an option on an account (R8–R11).
 *
 * - Option tariff: active from the day of its activation instant (default: the booking
 *   instant; at the latest 24 hours after it, R10), on its own cycle from that day (R8).
 * - Package tariff: pre-booked, active from the next package period start (R9).
 * - Postpaid month: active from the day of its activation; the rest of the month is
 *   charged pro rata and it renews on the 1st (R11).
 *
 * An option that is already booked and has not ended is refused (a value, not an
 * error), with the day it becomes free when its end is scheduled. Charges come from
 * {@link optionLinesFor}.
 *
 * @param account - the account
 * @param request - the option, the booking instant, and optionally the activation instant, quantity and booking id
 * @returns the new account and booking, or a refusal `OPTION_ALREADY_BOOKED`
 * @throws TarifkitError `UNKNOWN_OPTION`, `INVALID_QUANTITY` for 0, negative or fractional
 *   units, `INVALID_INSTANT` for an instant without offset or zone,
 *   `ACTIVATION_BEFORE_BOOKING` / `ACTIVATION_TOO_LATE` for an activation outside
 *   `[booking, booking + 24 h]`, `DUPLICATE_ID` for a booking id already used; the account
 *   is left as it was
 * @example
 * ```ts
 * // Package tariff, periods of 28 days ending on the 20th: booked on the 10th, active from the 21st.
 * const tariff = createOptionTariff({
 *   kind: 'packageTariff',
 *   package: { kind: 'days', days: 28, anchor: '2026-02-21' },
 *   options: [{ id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 }],
 * });
 * const booked = bookOption(createOptionAccount(tariff), { optionId: 'sms', at: '2026-03-10T12:00+01:00' });
 * if (booked.ok) booked.activeFrom.toString(); // "2026-03-21"
 * ```
 */
export function bookOption(account: OptionAccount, request: BookOptionRequest): BookOptionResult {
  const tariff = account.tariff;
  const option = optionOf(tariff, request.optionId, 'request.optionId');
  const quantity = quantityOf(request.quantity, 'request.quantity');
  // The hot path: an ISO string that names a whole millisecond is read, placed in the zone
  // and written back on numbers; anything else is read as epoch nanoseconds.
  const at = request.at;
  let bookedMs = typeof at === 'string' ? wholeEpochMsOfText(at) : Number.NaN;
  let bookedNs: bigint | null = null;
  if (Number.isNaN(bookedMs)) {
    bookedNs = epochNsOf(at, 'request.at');
    bookedMs = epochMsOf(bookedNs);
  }
  const bookedDay = localDayOfMs(bookedMs, tariff.timeZone);
  const activatedAt = request.activatedAt;
  let activeFromDay = bookedDay;
  if (tariff.kind === 'packageTariff') activeFromDay = nextPeriodStart(tariff.package, bookedDay);
  else if (activatedAt !== undefined) activeFromDay = activationDay(tariff, bookedNs ?? BigInt(bookedMs) * NS_PER_MS, bookedDay, activatedAt);
  if (activeFromDay < bookedDay) {
    throw new TarifkitError('ACTIVATION_BEFORE_BOOKING', { field: 'request.activatedAt', value: activatedAt });
  }
  const refusal = overlapRefusal(account, option.id, activeFromDay, null);
  if (refusal !== null) return refusal;
  const id = newBookingId(account, option.id, request.bookingId, 'request.bookingId');
  const booking = optionBooking(
    id, option.id, quantity, bookedNs === null ? bookedMs : Number.NaN, bookedNs, null, bookedDay, activeFromDay, cycleFor(tariff, option, activeFromDay),
  );
  return new Booked(withBookings(account, withAppended(account.bookings, booking), 1), booking);
}
