import { coreOf } from '../calendar/coreOf.js';
import { indexContaining, startOfIndex } from '../calendar/cycleMath.js';
import { plainDateFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import { periodFromEpochDays } from '../calendar/period.js';
import type { DateInput } from '../calendar/types.js';
import { moneyFromCents } from '../money/cents.js';
import { optionOf } from './internals.js';
import type { OptionAccount, OptionBooking, OptionRow, OptionStatus } from './types.js';

function statusOn(booking: OptionBooking, day: number): OptionStatus {
  const ending = booking.ending;
  if (ending !== null && ending.kind === 'withdrawn') return { kind: 'withdrawn', withdrawnOn: plainDateFromEpochDay(ending.day) };
  if (ending !== null && ending.kind === 'dropped') return { kind: 'dropped' };
  if (day < booking.activeFromDay) return { kind: 'prebooked', activeFrom: plainDateFromEpochDay(booking.activeFromDay) };
  if (ending !== null && ending.endDay <= day) return { kind: 'ended', lastDay: plainDateFromEpochDay(ending.endDay - 1) };
  const core = coreOf(booking.cycle);
  const index = indexContaining(core, day);
  const start = startOfIndex(core, index);
  const period = periodFromEpochDays(start < booking.activeFromDay ? booking.activeFromDay : start, startOfIndex(core, index + 1));
  if (ending === null) return { kind: 'active', period };
  return {
    kind: 'endingScheduled',
    period,
    lastDay: plainDateFromEpochDay(ending.endDay - 1),
    toBookingId: ending.kind === 'switched' ? ending.toBookingId : null,
  };
}

/**
 * The option overview of an account on a day: every booking, running and ended, with
 * its status (pre-booked, active with its current period, ending scheduled, ended,
 * withdrawn, dropped).
 *
 * @param account - the account
 * @param on - the day to look at
 * @returns one row per booking, in booking order
 * @throws TarifkitError `INVALID_DATE` for a date that does not exist
 * @example
 * ```ts
 * // Package tariff: booked on the 10th, the period ends on the 20th.
 * listOptions(account, '2026-03-15')[0]?.status; // { kind: 'prebooked', activeFrom: 2026-03-21 }
 * listOptions(account, '2026-03-21')[0]?.status.kind; // "active"
 * ```
 */
export function listOptions(account: OptionAccount, on: DateInput): readonly OptionRow[] {
  const day = epochDayFromInput(on, 'on');
  const tariff = account.tariff;
  return account.bookings.map((booking) => {
    const option = optionOf(tariff, booking.optionId, 'booking.optionId');
    return {
      bookingId: booking.id,
      optionId: booking.optionId,
      name: option.name,
      quantity: booking.quantity,
      unitPrice: moneyFromCents(option.unitCents, tariff.currency),
      bookedOn: plainDateFromEpochDay(booking.bookedDay),
      status: statusOn(booking, day),
    };
  });
}
