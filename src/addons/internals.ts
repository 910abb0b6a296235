/**
 * Shared integer helpers of the add-on functions (R14–R16): lookups that throw
 * the documented codes, the date-order check, and line building on epoch days
 * and cents.
 *
 * @internal
 * @module
 */
import { fail } from '../errors/fail.js';
import { isoFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { createDayLine } from '../lines/createLine.js';
import type { Line, LineReason, VatRate } from '../lines/types.js';
import type { Currency } from '../money/types.js';
import { roundHalfUp } from '../money/cents.js';
import type { AddOnAccount, AddOnBooking, AddOnDefinition, AddOnLedger, AddOnTermination, DraftLine, ScheduledQuantity } from './types.js';

/** The catalog entry for an add-on id, or UNKNOWN_ADDON. */
export function definitionOf(account: Pick<AddOnAccount, 'catalog'>, addOnId: unknown, field: string): AddOnDefinition {
  const catalog = account.catalog;
  for (let i = 0; i < catalog.length; i += 1) {
    const definition = catalog[i] as AddOnDefinition;
    if (definition.id === addOnId) return definition;
  }
  fail('UNKNOWN_ADDON', field, addOnId);
}

/** The index of a booking by id, or NOT_BOOKED. */
export function bookingIndex(account: AddOnAccount, bookingId: unknown, field: string): number {
  return bookingIndexIn(account.bookings, account.bookings.length, bookingId, field);
}

/** The index of a booking by id among the first `n` of a list, or NOT_BOOKED naming `field`. */
export function bookingIndexIn(bookings: readonly AddOnBooking[], n: number, bookingId: unknown, field: string): number {
  for (let i = 0; i < n; i += 1) if ((bookings[i] as AddOnBooking).id === bookingId) return i;
  fail('NOT_BOOKED', field, bookingId);
}

/**
 * The epoch day of a change: a valid date on or after the last change and before
 * the next regular invoice day, so every change falls in the period already
 * invoiced. Otherwise OUT_OF_SEQUENCE naming the field.
 */
export function changeDay(account: Pick<AddOnAccount, 'lastChangeDay' | 'paidThroughDay'>, on: unknown, field: string): number {
  const day = epochDayFromInput(on, field);
  if (day < account.lastChangeDay || day >= account.paidThroughDay) outOfSequence(day, account.lastChangeDay, account.paidThroughDay, field);
  return day;
}

/** OUT_OF_SEQUENCE for a change day outside `[lastChangeDay, paidThroughDay)`, out of line. */
function outOfSequence(day: number, lastChangeDay: number, paidThroughDay: number, field: string): never {
  throw new TarifkitError('OUT_OF_SEQUENCE', {
    field,
    value: `${isoFromEpochDay(day)} (last change ${isoFromEpochDay(lastChangeDay)}, `
      + `next regular invoice ${isoFromEpochDay(paidThroughDay)})`,
    lastChange: isoFromEpochDay(lastChangeDay),
    nextInvoice: isoFromEpochDay(paidThroughDay),
  });
}

/** The whole-period charge of `quantity` units for `[periodStartDay, periodEndDay)` (R14): basis `full`, share 1/1. */
export function periodChargeLine(
  id: string,
  label: string,
  unitCents: number,
  quantity: number,
  vatRate: VatRate,
  currency: Currency,
  periodStartDay: number,
  periodEndDay: number,
): Line {
  const cents = unitCents * quantity;
  return createDayLine(
    'charge', 'periodCharge', id, label, quantity, currency, unitCents,
    periodStartDay, periodEndDay, periodStartDay, periodEndDay,
    'full', 1, 1, cents, 1, cents, vatRate,
  );
}

/**
 * `quantity` units from `startDay` to the end of the current billing period,
 * day-exact, rounded once half up (R14, R22). The range lies inside the period
 * `[paidFromDay, paidThroughDay)`, so this is the one-piece case of the day
 * basis in `proration/prorateCore.ts`, on the period the account already knows;
 * test/addons/bookAddOn.test.ts proves it equal to `prorate` on every cycle.
 * The line reduces its fraction (days / period days) and exact amount when read.
 */
export function restOfPeriodLine(
  account: Pick<AddOnAccount, 'paidFromDay' | 'paidThroughDay' | 'currency'>,
  definition: AddOnDefinition,
  reason: LineReason,
  quantity: number,
  startDay: number,
): Line {
  const priceCents = definition.unitCents * quantity;
  const periodStart = account.paidFromDay;
  const periodEnd = account.paidThroughDay;
  const days = periodEnd - startDay;
  const periodDays = periodEnd - periodStart;
  return createDayLine(
    'charge', reason, definition.id, definition.name, quantity, account.currency, definition.unitCents,
    startDay, periodEnd, periodStart, periodEnd,
    'day', days, periodDays, priceCents * days, periodDays, roundHalfUp(priceCents * days, periodDays), definition.vatRate,
  );
}

/** Whether a booking is over on `day`: withdrawn, or cancelled with its end on or before `day`. */
export function endedOn(booking: AddOnBooking, day: number): boolean {
  const termination = booking.termination;
  if (termination === null) return false;
  return termination.kind === 'withdrawn' || termination.endDay <= day;
}

/**
 * Keeps every amount of a booking an exact integer: `unitCents × quantity`
 * times more days than any period has (40,000) must be a safe integer.
 * Otherwise INVALID_QUANTITY: a quantity that large cannot be priced exactly.
 */
export function assertAmountFits(unitCents: number, quantity: number, field: string): void {
  if (!Number.isSafeInteger(unitCents * quantity * 40_000)) {
    throw new TarifkitError('INVALID_QUANTITY', { field, value: quantity, reason: 'too large to price exactly' });
  }
}

/**
 * Every account value is built here, with its fields in one order, so all
 * accounts share one shape and reads on the hot path stay monomorphic.
 */
export function nextAccount(
  account: Pick<AddOnAccount, 'cycle' | 'catalog' | 'base' | 'currency'>,
  paidFromDay: number,
  paidThroughDay: number,
  lastChangeDay: number,
  bookings: readonly AddOnBooking[],
  drafts: readonly DraftLine[],
  bookingCount: number,
  ledger: AddOnLedger | null,
): AddOnAccount {
  return {
    cycle: account.cycle,
    catalog: account.catalog,
    base: account.base,
    currency: account.currency,
    paidFromDay,
    paidThroughDay,
    lastChangeDay,
    bookings,
    drafts,
    bookingCount,
    ledger,
  };
}

/** The ledger of an account (null for none, or for a hand-made account without one). */
export function ledgerOf(account: Pick<AddOnAccount, 'ledger'>): AddOnLedger | null {
  return account.ledger ?? null;
}

/**
 * The lines invoiced so far for a booking, in the order they were invoiced:
 * walked from the newest regular invoice back to the first one after the
 * booking day (no earlier invoice can carry it).
 */
export function invoicedLines(account: Pick<AddOnAccount, 'ledger'>, bookingId: string, bookedDay: number): Line[] {
  const entries: AddOnLedger[] = [];
  for (let entry = ledgerOf(account); entry !== null && entry.closeDay > bookedDay; entry = entry.previous) entries.push(entry);
  const lines: Line[] = [];
  for (let e = entries.length - 1; e >= 0; e -= 1) {
    const pairs = (entries[e] as AddOnLedger).pairs;
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === bookingId) lines.push(pairs[i + 1] as Line);
  }
  return lines;
}

/**
 * The billing period's last day paid for a booking, as an exclusive epoch day:
 * the account's next regular invoice day, or the end of a cancellation before
 * it. A withdrawn booking is billed nothing; callers treat it apart.
 */
export function chargedThroughDay(account: AddOnAccount, booking: AddOnBooking): number {
  const termination = booking.termination;
  const paidThrough = account.paidThroughDay;
  return termination !== null && termination.kind === 'cancelled' && termination.endDay < paidThrough ? termination.endDay : paidThrough;
}

/** Every booking value is built here, for the same reason as {@link nextAccount}. */
export function bookingValue(
  id: string,
  addOnId: string,
  bookedDay: number,
  quantity: number,
  scheduled: ScheduledQuantity | null,
  termination: AddOnTermination | null,
): AddOnBooking {
  return { id, addOnId, bookedDay, quantity, scheduled, termination };
}

/** A booking with what changes replaced: its id, add-on and booking day stay. */
export function nextBooking(
  booking: AddOnBooking,
  quantity: number,
  scheduled: ScheduledQuantity | null,
  termination: AddOnTermination | null,
): AddOnBooking {
  return bookingValue(booking.id, booking.addOnId, booking.bookedDay, quantity, scheduled, termination);
}

/** The one empty list every new account and booking starts with (frozen, so sharing it is safe). */
export const NONE: readonly never[] = Object.freeze([]);
