/**
 * Mobile options on integers (R8–R13): their decisions (book, cancel, switch,
 * withdraw) and their lines as their periods fall due. The subscription calls
 * these; instants are epoch nanoseconds read in the subscription's zone.
 *
 * @internal
 * @module
 */
import type { DayCheck } from '../holidays/calendar.js';
import { coreOf, cycleFromSpec } from '../calendar/createCycle.js';
import { indexContaining, startOfIndex, type CycleCore } from '../calendar/cycleMath.js';
import { dayOfIso, isoOf } from '../calendar/days.js';
import type { Cycle } from '../calendar/types.js';
import type { CatalogOption, OptionTariff, PlanCycle } from '../catalog/types.js';
import { fail } from '../errors/fail.js';
import { dayLine, withdrawalCredits } from '../lines/build.js';
import type { Line } from '../lines/types.js';
import { Pieces } from '../proration/pieces.js';
import { refuse } from '../refusal/refuse.js';
import type { Refusal } from '../refusal/types.js';
import { effectiveEndCore } from '../rules/deadlineCore.js';
import { lastWithdrawalDay, owesValue, withFlags, type BookingFlags } from '../rules/withdrawalDays.js';

/** A booking record being built. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };
import { ACTIVATION_NS, isoFromEpochNs, localDayOf } from '../rules/zone.js';
import type { OptionBooking, OptionEnding } from './types.js';

/** What option decisions read of the subscription. */
export interface OptionContext {
  readonly tariff: OptionTariff;
  /** The options by id. */
  readonly items: ReadonlyMap<string, CatalogOption>;
  /** The plan's billing cycle and its anchor: a package tariff's period (R9). */
  readonly planCycle: PlanCycle;
  readonly contractStart: string;
  readonly termMonths: number;
  /** The contract's billing cycle, anchored. */
  readonly billing: CycleCore;
  /** The first day without the contract, or null. */
  readonly endDay: number | null;
  readonly inAdvance: boolean;
  readonly zone: string;
  /** The holidays that move the withdrawal window (R13, R30). */
  readonly holidays: DayCheck;
}

/** An accepted option change. */
export interface OptionDecision {
  readonly ok: true;
  readonly bookings: readonly OptionBooking[];
  /** Credit notes for the next invoice (a withdrawal). */
  readonly lines: Line[];
  readonly effectiveDay: number;
  readonly bookingId: string;
}

const CALENDAR_MONTHS: Cycle = cycleFromSpec({ kind: 'calendarMonth' }, 'cycle');

/** The option's item, or UNKNOWN_ID naming `field` with the known ids. */
export function optionItem(context: OptionContext, optionId: unknown, field: string): CatalogOption {
  const item = typeof optionId === 'string' ? context.items.get(optionId) : undefined;
  if (item === undefined) fail('UNKNOWN_ID', field, optionId, { known: [...context.items.keys()] });
  return item;
}

/** The index of a booking by id, or UNKNOWN_ID naming `field`. */
export function optionIndex(bookings: readonly OptionBooking[], bookingId: unknown, field: string): number {
  for (let i = 0; i < bookings.length; i += 1) if ((bookings[i] as OptionBooking).id === bookingId) return i;
  return fail('UNKNOWN_ID', field, bookingId, { known: bookings.map((booking) => booking.id) });
}

/** The cycle a booking's periods follow (R8, R9, R11). */
function cycleFor(context: OptionContext, option: CatalogOption, activeFromDay: number): Cycle {
  switch (context.tariff.kind) {
    case 'optionTariff':
      return cycleFromSpec({ kind: 'days', days: option.cycleDays, anchor: isoOf(activeFromDay) }, 'cycle');
    case 'postpaidMonth':
      return CALENDAR_MONTHS;
    case 'packageTariff': {
      const kind = context.planCycle.kind;
      if (kind === 'calendarMonth') return CALENDAR_MONTHS;
      if (kind === 'days') return cycleFromSpec({ kind, days: (context.planCycle as { days: number }).days, anchor: context.contractStart }, 'cycle');
      if (kind === 'term') return cycleFromSpec({ kind, months: context.termMonths, anchor: context.contractStart }, 'cycle');
      return cycleFromSpec({ kind, anchor: context.contractStart }, 'cycle');
    }
  }
}

/** The first day a booking no longer runs (null: runs on); withdrawn and dropped bookings never ran. */
export function endDayOf(booking: OptionBooking): number | null {
  const ending = booking.ending;
  if (ending === null) return null;
  if (ending.kind === 'cancelled' || ending.kind === 'switched') return dayOfIso(ending.effectiveOn);
  return Number.NEGATIVE_INFINITY;
}

/** A refusal when another booking of the option still runs on `fromDay` (one at a time), or null. */
function overlap(bookings: readonly OptionBooking[], optionId: string, fromDay: number, except: string | null): Refusal | null {
  for (const booking of bookings) {
    if (booking.optionId !== optionId || booking.id === except) continue;
    const end = endDayOf(booking);
    if (end !== null && end <= fromDay) continue;
    return refuse('ALREADY_BOOKED', end, { optionId, bookingId: booking.id });
  }
  return null;
}

/** Books an option at an instant (R8–R11): active from its activation day, or the next package period (R9). */
export function bookOption(
  context: OptionContext,
  bookings: readonly OptionBooking[],
  option: CatalogOption,
  quantity: number,
  bookedNs: bigint,
  activatedNs: bigint | null,
  id: string,
  field: string,
  flags: BookingFlags = {},
): OptionDecision | Refusal {
  const bookedDay = localDayOf(bookedNs, context.zone);
  let activeFromDay = bookedDay;
  if (context.tariff.kind === 'packageTariff') {
    activeFromDay = startOfIndex(context.billing, indexContaining(context.billing, bookedDay) + 1);
  } else if (activatedNs !== null) {
    if (activatedNs < bookedNs || activatedNs - bookedNs > ACTIVATION_NS) fail('INVALID_ACTIVATION', `${field}.activatedAt`, isoFromEpochNs(activatedNs));
    activeFromDay = localDayOf(activatedNs, context.zone);
  }
  if (context.endDay !== null && activeFromDay >= context.endDay) fail('NOT_WITHIN', `${field}.at`, isoFromEpochNs(bookedNs), { reason: 'the contract ends before the option would start' });
  const refusal = overlap(bookings, option.id, activeFromDay, null);
  if (refusal !== null) return refusal;
  const booking: Writable<OptionBooking> = {
    id,
    optionId: option.id,
    quantity,
    bookedAt: isoFromEpochNs(bookedNs),
    bookedOn: isoOf(bookedDay),
    activeFrom: isoOf(activeFromDay),
    cycle: cycleFor(context, option, activeFromDay),
    unbilledFrom: isoOf(activeFromDay),
    ending: null,
  };
  return { ok: true, bookings: [...bookings, withFlags(booking, flags)], lines: [], effectiveDay: activeFromDay, bookingId: id };
}

/** Where stopping a booking at an instant lands: dropped before its start (R9), else a period end (R12). */
function stopPoint(context: OptionContext, booking: OptionBooking, requestNs: bigint, field: string): { endDay: number | null; onTime: boolean; requestDay: number } | Refusal {
  const requestDay = localDayOf(requestNs, context.zone);
  if (requestDay < dayOfIso(booking.bookedOn)) fail('END_BEFORE_START', `${field}.at`, isoFromEpochNs(requestNs), { bookedAt: booking.bookedAt });
  const ending = booking.ending;
  if (ending !== null) {
    const end = endDayOf(booking) as number;
    if (end <= requestDay) fail('ALREADY_ENDED', `${field}.bookingId`, booking.id);
    return refuse('END_ALREADY_SCHEDULED', null, { bookingId: booking.id, effectiveOn: isoOf(end) });
  }
  const activeFrom = dayOfIso(booking.activeFrom);
  if (requestDay < activeFrom) return { endDay: null, onTime: true, requestDay };
  const core = coreOf(booking.cycle);
  const currentEnd = startOfIndex(core, indexContaining(core, requestDay) + 1);
  const result = effectiveEndCore(requestNs, core, currentEnd, context.zone);
  let endDay = result.endDay;
  if (context.endDay !== null && context.endDay < endDay) endDay = context.endDay;
  return { endDay, onTime: result.onTime, requestDay };
}

/** The booking with a new first unbilled day and ending: a record in the stored field order (no spread: V8 copies spreads with overrides slowly). */
function optionWith(b: OptionBooking, unbilledFrom: string, ending: OptionBooking['ending']): OptionBooking {
  const next: Writable<OptionBooking> = { id: b.id, optionId: b.optionId, quantity: b.quantity, bookedAt: b.bookedAt, bookedOn: b.bookedOn, activeFrom: b.activeFrom, cycle: b.cycle, unbilledFrom, ending };
  return b.instructed === undefined && b.earlyStart === undefined ? next : withFlags<Writable<OptionBooking>>(next, b);
}

function replaced(bookings: readonly OptionBooking[], i: number, booking: OptionBooking, ...extra: OptionBooking[]): OptionBooking[] {
  const next = bookings.slice();
  next[i] = booking;
  next.push(...extra);
  return next;
}

/** Cancels a booking at the period end its 48-hour deadline allows (R12), or drops a pre-booking (R9). */
export function cancelOption(context: OptionContext, bookings: readonly OptionBooking[], i: number, requestNs: bigint, field: string): OptionDecision | Refusal {
  const booking = bookings[i] as OptionBooking;
  const point = stopPoint(context, booking, requestNs, field);
  if ('ok' in point) return point;
  const requestedAt = isoFromEpochNs(requestNs);
  const ending: OptionEnding = point.endDay === null
    ? { kind: 'dropped', requestedAt }
    : { kind: 'cancelled', requestedAt, effectiveOn: isoOf(point.endDay), onTime: point.onTime };
  return { ok: true, bookings: replaced(bookings, i, optionWith(booking, booking.unbilledFrom, ending)), lines: [], effectiveDay: point.endDay ?? point.requestDay, bookingId: booking.id };
}

/** Switches a booking to another option at the period end its deadline allows (R12): the new one starts there, with the withdrawal facts given (R31). */
export function switchOption(
  context: OptionContext,
  bookings: readonly OptionBooking[],
  i: number,
  target: CatalogOption,
  quantity: number,
  requestNs: bigint,
  newId: string,
  field: string,
  flags: BookingFlags,
): OptionDecision | Refusal {
  const booking = bookings[i] as OptionBooking;
  if (target.id === booking.optionId) fail('INVALID_EVENT', `${field}.toOptionId`, target.id, { reason: 'a switch needs another option' });
  const point = stopPoint(context, booking, requestNs, field);
  if ('ok' in point) return point;
  const startDay = point.endDay ?? dayOfIso(booking.activeFrom);
  if (context.endDay !== null && startDay >= context.endDay) fail('NOT_WITHIN', `${field}.at`, isoFromEpochNs(requestNs), { reason: 'the contract ends before the new option would start' });
  const refusal = overlap(bookings, target.id, startDay, booking.id);
  if (refusal !== null) return refusal;
  const requestedAt = isoFromEpochNs(requestNs);
  const ending: OptionEnding = point.endDay === null
    ? { kind: 'dropped', requestedAt }
    : { kind: 'switched', requestedAt, effectiveOn: isoOf(point.endDay), onTime: point.onTime, toBookingId: newId };
  const next: OptionBooking = {
    id: newId,
    optionId: target.id,
    quantity,
    bookedAt: requestedAt,
    bookedOn: isoOf(point.requestDay),
    activeFrom: isoOf(startDay),
    cycle: cycleFor(context, target, startDay),
    unbilledFrom: isoOf(startDay),
    ending: null,
  };
  return { ok: true, bookings: replaced(bookings, i, optionWith(booking, booking.unbilledFrom, ending), withFlags(next, flags)), lines: [], effectiveDay: startDay, bookingId: newId };
}

/**
 * Withdraws a booking within its window (R13, R31: 12 months and 14 days without a proper
 * instruction): it ends at once; what was invoiced is reversed exactly. After an express early
 * start (§357a(2) BGB) the days before the withdrawal day stay charged pro rata: an invoiced line
 * is credited only for the days from then on, and the days not yet invoiced are billed up to it.
 */
export function withdrawOption(
  context: OptionContext,
  bookings: readonly OptionBooking[],
  i: number,
  day: number,
  invoiced: readonly Line[],
  field: string,
): OptionDecision | Refusal {
  const booking = bookings[i] as OptionBooking;
  const ending = booking.ending;
  if (ending !== null && (ending.kind === 'withdrawn' || ending.kind === 'dropped')) fail('ALREADY_ENDED', `${field}.bookingId`, booking.id);
  const bookedDay = dayOfIso(booking.bookedOn);
  if (day < bookedDay) fail('END_BEFORE_START', `${field}.on`, isoOf(day), { bookedOn: booking.bookedOn });
  const last = lastWithdrawalDay(bookedDay, context.holidays, booking.instructed !== false);
  if (day > last) return refuse('WITHDRAWAL_WINDOW_CLOSED', null, { bookingId: booking.id, bookedOn: booking.bookedOn, lastDay: isoOf(last) });
  const credits: Line[] = [];
  // §357a(2) BGB: the used days' value is owed only after an express early start and a proper instruction.
  const early = owesValue(booking);
  for (const line of invoiced) if (line.ref === booking.id) credits.push(...withdrawalCredits(line, day, early));
  return { ok: true, bookings: replaced(bookings, i, optionWith(booking, booking.unbilledFrom, { kind: 'withdrawn', on: isoOf(day) })), lines: credits, effectiveDay: day, bookingId: booking.id };
}

/**
 * Appends the lines of the option periods that fall due on the invoice day
 * `day` and moves each booking's `unbilledFrom` on. Postpaid options (R6, R11)
 * are billed after use: every period that has ended by `day`. Prepaid-style
 * options (an option tariff's own four weeks, R8; a package tariff's periods,
 * R9) are billed when they start: every period that has started by `day`. So
 * no period is billed before the customer could still cancel it (R12), whatever
 * the plan's own timing. The first period runs from the activation day (pro
 * rata, R11), the last to the booking's or the contract's end; withdrawn and
 * dropped bookings are billed nothing (R13), except the days before the withdrawal
 * after an express early start (§357a(2) BGB, R31).
 */
export function billOptions(context: OptionContext, bookings: readonly OptionBooking[], day: number, out: Line[]): readonly OptionBooking[] {
  const postpaid = context.tariff.kind === 'postpaidMonth';
  let next: OptionBooking[] | null = null;
  for (let b = 0; b < bookings.length; b += 1) {
    const booking = bookings[b] as OptionBooking;
    const ending = booking.ending;
    let endDay: number;
    if (ending === null) endDay = Number.POSITIVE_INFINITY;
    else if (ending.kind === 'withdrawn') {
      // Billed nothing, unless an early start was asked for: then the days before the withdrawal (R31).
      if (!owesValue(booking)) continue;
      endDay = dayOfIso(ending.on);
    } else if (ending.kind === 'dropped') continue;
    else endDay = dayOfIso(ending.effectiveOn);
    const item = context.items.get(booking.optionId);
    if (item === undefined) continue;
    if (context.endDay !== null && context.endDay < endDay) endDay = context.endDay;
    let from = dayOfIso(booking.unbilledFrom);
    if (from >= endDay || from > day) continue;
    const core = coreOf(booking.cycle);
    // Nothing due yet: a postpaid period ends after the invoice day.
    if (postpaid && startOfIndex(core, indexContaining(core, from) + 1) > day && endDay > day) continue;
    const start = from;
    const pieces = new Pieces(core, from, endDay);
    while (pieces.next()) {
      if (postpaid ? pieces.end > day : pieces.start > day) break;
      out.push(dayLine(pieces.whole() ? 'periodCharge' : 'prorataCharge', item, booking.quantity, booking.id, pieces.start, pieces.end, pieces.periodStart, pieces.periodEnd, false));
      from = pieces.end;
    }
    if (from !== start) {
      next ??= bookings.slice();
      next[b] = optionWith(booking, isoOf(from), booking.ending);
    }
  }
  return next ?? bookings;
}
