import { isoFromEpochDay, plainDateFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { moneyFromCents } from '../money/cents.js';
import { chargedThroughDay, definitionOf } from './internals.js';
import type { AddOnAccount, AddOnRow, AddOnStatus } from './types.js';

/**
 * The list view of an account's add-ons (R15): every booking, running and
 * ended, in booking order, with its quantity, unit price, "billed until" (the
 * last day paid for) and its status on `asOf`: `active`, `cancellationPending`
 * (with the last usable day), `ended` or `withdrawn`. A cancelled add-on whose
 * paid period is over on `asOf` reads `ended` even before the next close; a
 * lowering waiting for the next period shows as `nextQuantity`.
 *
 * Render a row with {@link formatAddOnRow}.
 *
 * @param account - the add-on account
 * @param asOf - the day to describe: on or after the account's last change
 * @returns one row per booking
 * @throws TarifkitError `INVALID_DATE` (field `asOf`), `OUT_OF_SEQUENCE` for a day
 *   before the last change (the account only knows its present)
 * @example
 * ```ts
 * // Seed 004: billed monthly from the 18th, an extra user booked on 2026-03-18.
 * const [row] = listAddOns(account, '2026-03-18');
 * formatAddOnRow(row, 'de'); // "Zusätzliche Benutzer (+1) · 5,90 € · abgerechnet bis 17.04.2026 · aktiv"
 * // Cancelled on 2026-04-05 and read on 2026-04-18: the paid month is over.
 * listAddOns(cancelled, '2026-04-18')[0].status.kind; // "ended"
 * ```
 */
export function listAddOns(account: AddOnAccount, asOf: DateInput): AddOnRow[] {
  const day = epochDayFromInput(asOf, 'asOf');
  if (day < account.lastChangeDay) {
    throw new TarifkitError('OUT_OF_SEQUENCE', {
      field: 'asOf',
      value: `${isoFromEpochDay(day)} (last change ${isoFromEpochDay(account.lastChangeDay)})`,
    });
  }
  return account.bookings.map((booking): AddOnRow => {
    const definition = definitionOf(account, booking.addOnId, 'account.bookings');
    const termination = booking.termination;
    let status: AddOnStatus;
    if (termination === null) status = { kind: 'active' };
    else if (termination.kind === 'withdrawn') status = { kind: 'withdrawn', withdrawnOn: plainDateFromEpochDay(termination.day) };
    else if (termination.endDay <= day) status = { kind: 'ended', lastDay: plainDateFromEpochDay(termination.endDay - 1) };
    else status = { kind: 'cancellationPending', effective: plainDateFromEpochDay(termination.endDay - 1) };
    const scheduled = booking.scheduled;
    const applies = scheduled !== null && scheduled.fromDay <= day;
    return {
      bookingId: booking.id,
      addOnId: booking.addOnId,
      name: definition.name,
      quantity: applies ? scheduled.quantity : booking.quantity,
      unitPrice: moneyFromCents(definition.unitCents, account.currency),
      unitCents: definition.unitCents,
      bookedOn: plainDateFromEpochDay(booking.bookedDay),
      billedUntil: termination !== null && termination.kind === 'withdrawn' ? null : plainDateFromEpochDay(chargedThroughDay(account, booking) - 1),
      nextQuantity: scheduled !== null && !applies && termination === null
        ? { quantity: scheduled.quantity, from: plainDateFromEpochDay(scheduled.fromDay) }
        : null,
      status,
    };
  });
}
