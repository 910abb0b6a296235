/**
 * Shared internals of the options module: lookups, activation, overlap and the
 * integer loop that turns bookings into lines (R8–R13).
 *
 * @internal
 * @module
 */
import { createCycle } from '../calendar/createCycle.js';
import { numberedId } from '../ids/numberedId.js';
import { coreOf } from '../calendar/coreOf.js';
import { cycleIndexContaining, startOfCycleIndex } from '../calendar/period.js';
import { isoFromEpochDay, plainDateFromEpochDay } from '../calendar/epochDay.js';
import type { Cycle } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { createDayLine } from '../lines/createLine.js';
import type { Line } from '../lines/types.js';
import { assertQuantity, roundHalfUp } from '../money/cents.js';
import { effectiveEndCore } from '../rules/deadlineCore.js';
import type { EffectiveEnd } from '../rules/types.js';
import { effectiveEndValue } from '../rules/effectiveEndValue.js';
import { bookedNsOf } from './bookingValue.js';
import { ACTIVATION_NS, epochNsOf, isoFromEpochNs, localDayOf } from '../rules/zone.js';
import type {
  EndAlreadyScheduledRefusal,
  OptionAccount,
  OptionAlreadyBookedRefusal,
  OptionBooking,
  OptionTariff,
  TariffOption,
} from './types.js';

const CALENDAR_MONTHS: Cycle = createCycle({ kind: 'calendarMonth' });

/** The option with this id, or UNKNOWN_OPTION naming `field`. */
export function optionOf(tariff: OptionTariff, optionId: unknown, field: string): TariffOption {
  const options = tariff.options;
  for (let i = 0; i < options.length; i += 1) if ((options[i] as TariffOption).id === optionId) return options[i] as TariffOption;
  throw new TarifkitError('UNKNOWN_OPTION', { field, value: optionId });
}

/** The position of a booking, or NOT_BOOKED naming `field`. */
export function bookingIndexOf(account: OptionAccount, bookingId: unknown, field: string): number {
  const bookings = account.bookings;
  for (let i = 0; i < bookings.length; i += 1) if ((bookings[i] as OptionBooking).id === bookingId) return i;
  throw new TarifkitError('NOT_BOOKED', { field, value: bookingId });
}

/** A quantity, default 1. */
export function quantityOf(value: unknown, field: string): number {
  return value === undefined ? 1 : assertQuantity(value, field);
}

/** Whether a booking of the account has this id. */
function idTaken(bookings: readonly OptionBooking[], id: string): boolean {
  for (let i = 0; i < bookings.length; i += 1) if ((bookings[i] as OptionBooking).id === id) return true;
  return false;
}

/** A booking id: the caller's (unique) or `"<optionId>#<n>"`. */
export function newBookingId(account: OptionAccount, optionId: string, given: unknown, field: string): string {
  const bookings = account.bookings;
  if (given !== undefined) {
    if (typeof given !== 'string' || given.length === 0) throw new TarifkitError('INVALID_CATALOG', { field, value: given });
    if (idTaken(bookings, given)) throw new TarifkitError('DUPLICATE_ID', { field, value: given });
    return given;
  }
  let n = account.bookingCount + 1;
  let id = numberedId(optionId, n);
  while (idTaken(bookings, id)) {
    n += 1;
    id = numberedId(optionId, n);
  }
  return id;
}

/** The first day a booking no longer runs (null: runs on); withdrawn and dropped bookings never block. */
export function scheduledEndDay(booking: OptionBooking): number | null {
  const ending = booking.ending;
  if (ending === null) return null;
  if (ending.kind === 'cancelled' || ending.kind === 'switched') return ending.endDay;
  return Number.NEGATIVE_INFINITY;
}

/**
 * A refusal when another booking of the option still runs on `fromDay` (one booking of
 * an option at a time), or null. `except` skips the booking being replaced.
 */
export function overlapRefusal(account: OptionAccount, optionId: string, fromDay: number, except: string | null): OptionAlreadyBookedRefusal | null {
  const bookings = account.bookings;
  for (let i = 0; i < bookings.length; i += 1) {
    const booking = bookings[i] as OptionBooking;
    if (booking.optionId !== optionId || booking.id === except) continue;
    const end = scheduledEndDay(booking);
    if (end !== null && end <= fromDay) continue;
    return {
      ok: false,
      reason: 'OPTION_ALREADY_BOOKED',
      optionId,
      bookingId: booking.id,
      allowedFrom: end === null ? null : plainDateFromEpochDay(end),
    };
  }
  return null;
}

/** The first day of the package period after the one containing `day` (R9). */
export function nextPeriodStart(cycle: Cycle, day: number): number {
  const core = coreOf(cycle);
  return startOfCycleIndex(core, cycleIndexContaining(core, day) + 1);
}

/** Days cycles are frozen values: bookings on the same day and length share one. */
const daysCycles = new Map<string, Cycle>();

/** The cycle a booking's periods follow: its own days from `activeFromDay` (R8), the package's (R9) or months (R11). */
export function cycleFor(tariff: OptionTariff, option: TariffOption, activeFromDay: number): Cycle {
  switch (tariff.kind) {
    case 'optionTariff': {
      const key = `${option.cycleDays}:${activeFromDay}`;
      let cycle = daysCycles.get(key);
      if (cycle === undefined) {
        cycle = createCycle({ kind: 'days', days: option.cycleDays, anchor: isoFromEpochDay(activeFromDay) });
        if (daysCycles.size > 100_000) daysCycles.clear();
        daysCycles.set(key, cycle);
      }
      return cycle;
    }
    case 'packageTariff':
      return tariff.package;
    case 'postpaidMonth':
      return CALENDAR_MONTHS;
  }
}

/**
 * The activation day of a new booking (R9, R10, R11): the next package period start,
 * or the day of the activation instant, which lies in `[booking, booking + 24 h]`.
 */
export function activationDay(tariff: OptionTariff, bookedNs: bigint, bookedDay: number, activatedAt: unknown): number {
  if (tariff.kind === 'packageTariff') return nextPeriodStart(tariff.package, bookedDay);
  if (activatedAt === undefined) return bookedDay;
  const activatedNs = epochNsOf(activatedAt, 'request.activatedAt');
  if (activatedNs < bookedNs) throw new TarifkitError('ACTIVATION_BEFORE_BOOKING', { field: 'request.activatedAt', value: activatedAt });
  if (activatedNs - bookedNs > ACTIVATION_NS) throw new TarifkitError('ACTIVATION_TOO_LATE', { field: 'request.activatedAt', value: activatedAt });
  return localDayOf(activatedNs, tariff.timeZone);
}

/** The stored form of an instant: its ISO string in UTC, as Temporal.Instant writes it. */
export function instantOf(ns: bigint): string {
  return isoFromEpochNs(ns);
}

/** A new account with `bookings`, counting `added` new ones. */
export function withBookings(account: OptionAccount, bookings: readonly OptionBooking[], added: number): OptionAccount {
  return { tariff: account.tariff, bookings, bookingCount: account.bookingCount + added };
}

/** The bookings with one more at the end. */
export function withAppended(bookings: readonly OptionBooking[], booking: OptionBooking): OptionBooking[] {
  const n = bookings.length;
  const next = new Array<OptionBooking>(n + 1);
  for (let i = 0; i < n; i += 1) next[i] = bookings[i] as OptionBooking;
  next[n] = booking;
  return next;
}

/** The bookings with the one at `index` replaced (and any extra appended). */
export function replaced(bookings: readonly OptionBooking[], index: number, booking: OptionBooking, ...extra: OptionBooking[]): OptionBooking[] {
  const next = bookings.slice();
  next[index] = booking;
  next.push(...extra);
  return next;
}

/**
 * Appends the charge lines of one booking whose charged days start in `[fromDay, toDay)`:
 * one line per period of its cycle, the first one from its activation day (pro rata when
 * that is mid-period, R11), none from its end on, none at all when withdrawn or dropped (R13).
 * Integers throughout; a Line builds its dates and Dinero objects only when read.
 */
export function appendBookingLines(tariff: OptionTariff, booking: OptionBooking, fromDay: number, toDay: number, out: Line[]): void {
  const ending = booking.ending;
  if (ending !== null && (ending.kind === 'withdrawn' || ending.kind === 'dropped')) return;
  const endDay = ending === null ? Number.POSITIVE_INFINITY : ending.endDay;
  const activeFrom = booking.activeFromDay;
  const stop = endDay < toDay ? endDay : toDay;
  if (activeFrom >= stop) return;
  const core = coreOf(booking.cycle);
  let index: number;
  if (fromDay <= activeFrom) {
    index = cycleIndexContaining(core, activeFrom);
  } else {
    index = cycleIndexContaining(core, fromDay);
    if (startOfCycleIndex(core, index) < fromDay) index += 1;
  }
  const option = optionOf(tariff, booking.optionId, 'booking.optionId');
  const quantity = booking.quantity;
  const totalCents = option.unitCents * quantity;
  let periodStart = startOfCycleIndex(core, index);
  for (;;) {
    const chargeStart = periodStart > activeFrom ? periodStart : activeFrom;
    if (chargeStart >= stop) return;
    const periodEnd = startOfCycleIndex(core, index + 1);
    const chargeEnd = periodEnd < endDay ? periodEnd : endDay;
    const whole = chargeStart === periodStart && chargeEnd === periodEnd;
    // The share is days used / days of the period, unreduced: the line reduces it when read, and
    // the cents are totalCents × share, rounded once (R22), the same value either way.
    const days = chargeEnd - chargeStart;
    const periodDays = periodEnd - periodStart;
    out.push(createDayLine(
      'charge', whole ? 'periodCharge' : 'prorataCharge', option.id, option.name, quantity, tariff.currency, option.unitCents,
      chargeStart, chargeEnd, periodStart, periodEnd,
      'day', days, periodDays, totalCents * days, periodDays,
      whole ? totalCents : roundHalfUp(totalCents * days, periodDays), option.vatRate,
    ));
    index += 1;
    periodStart = periodEnd;
  }
}

/** Where a cancellation or switch of a booking lands (R9, R12). */
export type StopPoint =
  | { readonly kind: 'notStarted'; readonly requestDay: number }
  | { readonly kind: 'atEnd'; readonly requestDay: number; readonly endDay: number; readonly deadlineNs: bigint; readonly onTime: boolean };

/**
 * Where stopping `booking` at `requestNs` lands: before its start it is dropped (R9);
 * otherwise at the end of the period of the request day when on time, a period later
 * when not (R12). Throws END_BEFORE_START for a request before the booking and
 * ALREADY_ENDED for a booking that has ended; returns an END_ALREADY_SCHEDULED refusal
 * for one whose end is already scheduled.
 */
export function stopPoint(tariff: OptionTariff, booking: OptionBooking, requestNs: bigint, requestAt: unknown):
  StopPoint | EndAlreadyScheduledRefusal {
  if (requestNs < bookedNsOf(booking)) {
    throw new TarifkitError('END_BEFORE_START', { field: 'request.at', value: requestAt });
  }
  const requestDay = localDayOf(requestNs, tariff.timeZone);
  const ending = booking.ending;
  if (ending !== null) {
    if (ending.kind === 'withdrawn' || ending.kind === 'dropped' || ending.endDay <= requestDay) {
      throw new TarifkitError('ALREADY_ENDED', { field: 'request.bookingId', value: booking.id });
    }
    return { ok: false, reason: 'END_ALREADY_SCHEDULED', bookingId: booking.id, endsOn: plainDateFromEpochDay(ending.endDay), allowedFrom: null };
  }
  if (requestDay < booking.activeFromDay) return { kind: 'notStarted', requestDay };
  const core = coreOf(booking.cycle);
  const currentEnd = startOfCycleIndex(core, cycleIndexContaining(core, requestDay) + 1);
  const result = effectiveEndCore(requestNs, core, currentEnd, tariff.timeZone);
  return { kind: 'atEnd', requestDay, endDay: result.endDay, deadlineNs: result.deadlineNs, onTime: result.onTime };
}

/** The public EffectiveEnd of a stop at a period end. */
export function effectiveOf(point: Extract<StopPoint, { kind: 'atEnd' }>, zone: string): EffectiveEnd {
  return effectiveEndValue(point.endDay, point.deadlineNs, point.onTime, zone);
}
