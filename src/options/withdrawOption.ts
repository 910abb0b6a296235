import { plainDateFromEpochDay } from '../calendar/epochDay.js';
import { periodFromEpochDays } from '../calendar/period.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { reverseLine } from '../lines/createLine.js';
import type { Line } from '../lines/types.js';
import { holidaySet, lastWithdrawalDay } from '../rules/withdrawalDays.js';
import { epochNsOf, localDayOf } from '../rules/zone.js';
import { bookingIndexOf, instantOf, replaced, withBookings } from './internals.js';
import { bookedNsOf, withEnding } from './bookingValue.js';
import type { OptionAccount, OptionBooking, WithdrawOptionOptions, WithdrawOptionRequest, WithdrawOptionResult } from './types.js';

/**
 * Withdraws a booking within its 14-day window (R13): it ends at once and is billed
 * nothing. Its lines leave every range {@link optionLinesFor} is asked about, and each
 * of its lines already invoiced (given in `options.invoiced`) is reversed exactly by a
 * `withdrawalCredit` credit note. After the window the result is a refusal with the
 * window's last day; the booking day does not count (§187 BGB) and a last day on a
 * Saturday, Sunday or holiday moves to the next working day (§193 BGB).
 *
 * @param account - the account
 * @param request - the booking and when the customer withdrew
 * @param options - the holiday calendar and the lines already invoiced
 * @returns the account, the booking and the credit notes; or `WITHDRAWAL_WINDOW_CLOSED` with `windowEnd`
 * @throws TarifkitError `NOT_BOOKED` for a booking never made, `ALREADY_ENDED` for one
 *   withdrawn or dropped already, `INVALID_INSTANT`, `END_BEFORE_START` (field `request.at`)
 *   for a withdrawal before the booking, `INVALID_HOLIDAYS`; the account is left as it was
 * @example
 * ```ts
 * // Booked Saturday 2026-03-07: the 14th day is Saturday 2026-03-21, so Monday the 23rd is in time.
 * withdrawOption(account, { bookingId: 'data#2', at: '2026-03-23T18:00+01:00' }).ok; // true
 * const late = withdrawOption(account, { bookingId: 'data#2', at: '2026-03-24T08:00+01:00' });
 * if (!late.ok) late.windowEnd.toString(); // "2026-03-23"
 * ```
 */
export function withdrawOption(account: OptionAccount, request: WithdrawOptionRequest, options: WithdrawOptionOptions = {}): WithdrawOptionResult {
  const index = bookingIndexOf(account, request.bookingId, 'request.bookingId');
  const booking = account.bookings[index] as OptionBooking;
  const requestNs = epochNsOf(request.at, 'request.at');
  const holidays = holidaySet(options.holidays);
  if (requestNs < bookedNsOf(booking)) {
    throw new TarifkitError('END_BEFORE_START', { field: 'request.at', value: request.at });
  }
  const ending = booking.ending;
  if (ending !== null && (ending.kind === 'withdrawn' || ending.kind === 'dropped')) {
    throw new TarifkitError('ALREADY_ENDED', { field: 'request.bookingId', value: booking.id });
  }
  const invoiced: unknown = options.invoiced ?? [];
  if (!Array.isArray(invoiced)) throw new TarifkitError('INVALID_CATALOG', { field: 'options.invoiced', value: invoiced });
  const day = localDayOf(requestNs, account.tariff.timeZone);
  const last = lastWithdrawalDay(booking.bookedDay, holidays);
  if (day > last) {
    return { ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', windowEnd: plainDateFromEpochDay(last), allowedFrom: null };
  }
  const endDay = ending === null ? Number.POSITIVE_INFINITY : ending.endDay;
  const credits: Line[] = [];
  for (const line of invoiced as readonly Line[]) {
    if (line.kind !== 'charge' || line.item.id !== booking.optionId || line.range === null) continue;
    const start = line.range.startDay;
    if (start >= booking.activeFromDay && start < endDay) credits.push(reverseLine(line, 'withdrawalCredit'));
  }
  const withdrawn = withEnding(booking, Object.freeze({ kind: 'withdrawn' as const, requestedAt: instantOf(requestNs), day }));
  return {
    ok: true,
    account: withBookings(account, replaced(account.bookings, index, withdrawn), 0),
    booking: withdrawn,
    credits,
    window: periodFromEpochDays(booking.bookedDay + 1, last + 1),
  };
}
