import { coreOf } from '../calendar/coreOf.js';
import { isoFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import { cycleIndexContaining, periodFromEpochDays, startOfCycleIndex } from '../calendar/period.js';
import type { DateInput } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { Line } from '../lines/types.js';
import { definitionOf, ledgerOf, nextAccount, nextBooking, NONE, periodChargeLine } from './internals.js';
import type { AddOnAccount, AddOnBooking, AddOnPeriodClose, DraftLine } from './types.js';

/**
 * Closes the collection of draft items and gives the lines of the next regular
 * invoice (R14): for each billing period due (its start on or before `asOf`),
 * the plan's charge (when the account has one) and the charge of every add-on
 * running at that start, with its quantity then (a scheduled lowering applies
 * now; a cancelled add-on is no longer charged); then every draft item in the
 * order it arose (pro-rata bookings, quantity increases, credit notes).
 *
 * Pass the lines, with any other module's, to {@link createInvoice}: the invoice
 * consumes lines only. The account comes back with no drafts, and the next
 * regular invoice day moved on.
 *
 * @param account - the add-on account
 * @param asOf - the invoice day: on or after the next regular invoice day
 *   (`account.paidThroughDay`); a later day also charges the periods missed
 * @returns the new account, the invoice lines and the days the period charges cover
 * @throws TarifkitError `INVALID_DATE` (field `asOf`), `OUT_OF_SEQUENCE` when `asOf`
 *   lies before the next regular invoice day. On error nothing changes.
 * @example
 * ```ts
 * // Billed monthly from the 18th; an extra user booked 2026-03-18 is a draft of
 * // 5,90 €. The regular invoice of 2026-04-18 carries the draft and the next month:
 * const { lines, period } = closeAddOnPeriod(account, '2026-04-18');
 * lines.map((line) => [line.reason, line.cents]); // [["periodCharge", 590], ["prorataCharge", 590]]
 * period.toString(); // "[2026-04-18, 2026-05-18)"
 * closeAddOnPeriod(account, '2026-04-17'); // throws OUT_OF_SEQUENCE: that period is paid
 * ```
 */
export function closeAddOnPeriod(account: AddOnAccount, asOf: DateInput): AddOnPeriodClose {
  const asOfDay = epochDayFromInput(asOf, 'asOf');
  if (asOfDay < account.paidThroughDay) closedAlready(asOfDay, account.paidThroughDay);
  const core = coreOf(account.cycle);
  const firstDay = account.paidThroughDay;
  const base = account.base;
  const currency = account.currency;
  const source = account.bookings;
  const n = source.length;
  const drafts = account.drafts;
  let index = cycleIndexContaining(core, firstDay);
  let end = startOfCycleIndex(core, index + 1);
  // One period is due unless the close is late: then the sizes are known before the
  // lists are made (`owned`: the lines that belong to bookings).
  let size = 0;
  let owned = 0;
  if (end > asOfDay) {
    let running = 0;
    for (let i = 0; i < n; i += 1) if (runsFrom(source[i] as AddOnBooking, firstDay)) running += 1;
    owned = running;
    for (let d = 0; d < drafts.length; d += 1) if ((drafts[d] as DraftLine).bookingId !== null) owned += 1;
    size = (base === null ? 0 : 1) + running + drafts.length;
  }
  const lines: Line[] = size === 0 ? [] : new Array<Line>(size);
  // The lines that belong to bookings, as [bookingId, line] pairs in invoice order: the
  // account's ledger, which a withdrawal reverses (R16). No booking changes for it.
  const pairs: (string | Line)[] = owned === 0 ? [] : new Array<string | Line>(2 * owned);
  let paired = 0;
  let count = 0;
  // Changes only ever fall in the invoiced period, so a cancellation ends at `firstDay`
  // and a lowering starts there: a booking is charged in every period of this close or
  // in none, at one quantity. The checks below still follow each period's start.
  let start = firstDay;
  let lastStart = firstDay;
  while (start <= asOfDay) {
    if (start !== firstDay) end = startOfCycleIndex(core, index + 1);
    lastStart = start;
    if (base !== null) {
      lines[count++] = periodChargeLine(base.id, base.name, base.unitCents, 1, base.vatRate, currency, start, end);
    }
    for (let i = 0; i < n; i += 1) {
      const booking = source[i] as AddOnBooking;
      if (!runsFrom(booking, start)) continue;
      // Bookings are only made for catalog entries, and the catalog never changes.
      const definition = definitionOf(account, booking.addOnId, 'account.bookings');
      const line = periodChargeLine(
        definition.id, definition.name, definition.unitCents, quantityAt(booking, start), definition.vatRate, currency, start, end,
      );
      lines[count++] = line;
      pairs[paired++] = booking.id;
      pairs[paired++] = line;
    }
    index += 1;
    start = end;
  }
  for (let d = 0; d < drafts.length; d += 1) {
    const draft = drafts[d] as DraftLine;
    lines[count++] = draft.line;
    if (draft.bookingId !== null) {
      pairs[paired++] = draft.bookingId;
      pairs[paired++] = draft.line;
    }
  }
  // A lowering due by the last period start is the quantity in force from now on.
  let bookings: readonly AddOnBooking[] = source;
  for (let i = 0; i < n; i += 1) {
    const booking = source[i] as AddOnBooking;
    const scheduled = booking.scheduled;
    if (scheduled === null || scheduled.fromDay > lastStart || !runsFrom(booking, firstDay)) continue;
    if (bookings === source) bookings = source.slice();
    (bookings as AddOnBooking[])[i] = nextBooking(booking, scheduled.quantity, null, booking.termination);
  }
  return {
    account: nextAccount(
      account, lastStart, end, asOfDay, bookings, NONE, account.bookingCount,
      paired === 0 ? ledgerOf(account) : { closeDay: firstDay, pairs, previous: ledgerOf(account) },
    ),
    lines,
    period: periodFromEpochDays(firstDay, end),
  };
}

/** Whether a booking is charged for a period starting on `day`: neither withdrawn nor cancelled to that day or before. */
function runsFrom(booking: AddOnBooking, day: number): boolean {
  const termination = booking.termination;
  return termination === null || (termination.kind !== 'withdrawn' && termination.endDay > day);
}

/** The quantity a booking is charged at for a period starting on `day`: a waiting lowering applies from its day. */
function quantityAt(booking: AddOnBooking, day: number): number {
  const scheduled = booking.scheduled;
  return scheduled !== null && scheduled.fromDay <= day ? scheduled.quantity : booking.quantity;
}


/** OUT_OF_SEQUENCE for a close before the next regular invoice day, out of line. */
function closedAlready(asOfDay: number, paidThroughDay: number): never {
  throw new TarifkitError('OUT_OF_SEQUENCE', {
    field: 'asOf',
    value: `${isoFromEpochDay(asOfDay)} (next regular invoice ${isoFromEpochDay(paidThroughDay)})`,
    nextInvoice: isoFromEpochDay(paidThroughDay),
  });
}
