import { plainDateFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { Booking, BookingReminder, PaidBooking, ReminderTiming } from './types.js';

/** Days between the first reminder and the expiry day (seed 002: "fünf Tage vor Ablauf"). */
const DAYS_BEFORE = 5;

/**
 * The expiry reminders due in `[from, to)` (R18), so a scheduler can ask "what
 * is due now?" without a clock inside the library.
 *
 * A paid one-off booking gets two reminders: 5 days before its expiry day and
 * on the expiry day itself, where the expiry day is the last day of access
 * (`expiresOn`, the day before `access.end`): the customer can still extend
 * without a gap. Subscriptions get none. A reminder is dropped when, by its
 * day, an extension was already paid that runs on from this booking's end.
 *
 * @param bookings - the bookings of an account (`account.bookings`)
 * @param from - the first day asked about
 * @param to - the first day not asked about (half-open)
 * @returns the reminders, by day, then booking id, the earlier reminder first
 * @throws TarifkitError `INVALID_DATE` for a bad day, `END_BEFORE_START` when `to` lies before `from`
 * @example
 * ```ts
 * // One month from 2026-01-31: access [2026-01-31, 2026-02-28), expiry day 2026-02-27.
 * remindersDue(account.bookings, '2026-02-01', '2026-03-01').map((r) => `${r.when} ${r.dueOn}`);
 * // ["fiveDaysBefore 2026-02-22", "expiryDay 2026-02-27"]
 * ```
 */
export function remindersDue(bookings: readonly Booking[], from: DateInput, to: DateInput): BookingReminder[] {
  const fromDay = epochDayFromInput(from, 'from');
  const toDay = epochDayFromInput(to, 'to');
  if (toDay < fromDay) throw new TarifkitError('END_BEFORE_START', { field: 'to', value: `${String(from)}..${String(to)}` });
  const paid = bookings.filter((booking): booking is PaidBooking => booking.status === 'paid');
  const reminders: BookingReminder[] = [];
  for (const booking of paid) {
    if (booking.kind !== 'oneOff') continue;
    const timings: Array<[ReminderTiming, number]> = [['fiveDaysBefore', booking.expiryDay - DAYS_BEFORE], ['expiryDay', booking.expiryDay]];
    for (const [when, dueDay] of timings) {
      if (dueDay < fromDay || dueDay >= toDay) continue;
      const extended = paid.some((other) => other.access.startDay === booking.access.endDay && other.paidDay <= dueDay);
      if (extended) continue;
      reminders.push(Object.freeze({
        type: 'reminder',
        when,
        bookingId: booking.id,
        packageId: booking.packageId,
        label: booking.label,
        dueDay,
        dueOn: plainDateFromEpochDay(dueDay),
        expiresOn: booking.expiresOn,
      }));
    }
  }
  return reminders.sort((a, b) => a.dueDay - b.dueDay
    || (a.bookingId < b.bookingId ? -1 : a.bookingId > b.bookingId ? 1 : 0)
    || (a.when === b.when ? 0 : a.when === 'fiveDaysBefore' ? -1 : 1));
}
