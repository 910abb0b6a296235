/**
 * Add-ons on integers (R14–R16): their decisions (book, change the quantity,
 * cancel, withdraw) and their lines for a billing period. The subscription
 * calls these; add-ons run on the contract's billing cycle.
 *
 * @internal
 * @module
 */
import type { DayCheck } from '../holidays/calendar.js';
import { indexContaining, startOfIndex, type CycleCore } from '../calendar/cycleMath.js';
import { dayOfIso, isoOf } from '../calendar/days.js';
import { fail } from '../errors/fail.js';
import type { PricedItem } from '../items/types.js';
import { dayLine, lineWith, splitAtWithdrawal, withdrawalCredits } from '../lines/build.js';
import type { Line } from '../lines/types.js';
import { Pieces } from '../proration/pieces.js';
import { refuse } from '../refusal/refuse.js';
import type { Refusal } from '../refusal/types.js';
import { lastWithdrawalDay, owesValue, withFlags, type BookingFlags } from '../rules/withdrawalDays.js';

/** A booking record being built. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };
import type { AddOnBooking, AddOnQuantity } from './types.js';

/** What add-on decisions read of the subscription. */
export interface AddOnContext {
  /** The contract's billing cycle. */
  readonly billing: CycleCore;
  /** The first day without the contract, or null. */
  readonly endDay: number | null;
  /** Whether periods are billed in advance (drafts now) or in arrears (at the period's end). */
  readonly inAdvance: boolean;
  /** The add-ons the plan offers, by id. */
  readonly items: ReadonlyMap<string, PricedItem>;
  /** The holidays that move the withdrawal window (R13, R30). */
  readonly holidays: DayCheck;
}

/** An accepted add-on change. */
export interface AddOnDecision {
  readonly ok: true;
  readonly bookings: readonly AddOnBooking[];
  /** Lines for the next invoice: a draft or a quantity increase (in advance). */
  readonly lines: Line[];
  /** Pending lines to drop (a withdrawal takes its drafts off). */
  readonly dropRef: string | null;
  readonly effectiveDay: number;
  readonly bookingId: string;
}

/** The first day of a quantity. */
function fromDay(entry: AddOnQuantity): number {
  return dayOfIso(entry.from);
}

/** The first day of the billing period after the one containing `day`. */
export function periodEndAfter(billing: CycleCore, day: number): number {
  return startOfIndex(billing, indexContaining(billing, day) + 1);
}

/** The add-on's item, or UNKNOWN_ID naming `field` with the known ids. */
export function addOnItem(context: AddOnContext, addOnId: unknown, field: string): PricedItem {
  const item = typeof addOnId === 'string' ? context.items.get(addOnId) : undefined;
  if (item === undefined) fail('UNKNOWN_ID', field, addOnId, { known: [...context.items.keys()] });
  return item;
}

/** The index of a booking by id, or UNKNOWN_ID naming `field`. */
export function bookingIndex(bookings: readonly AddOnBooking[], bookingId: unknown, field: string): number {
  for (let i = 0; i < bookings.length; i += 1) if ((bookings[i] as AddOnBooking).id === bookingId) return i;
  return fail('UNKNOWN_ID', field, bookingId, { known: bookings.map((booking) => booking.id) });
}

/** The first day a booking no longer runs: its cancellation's end, its withdrawal day, or +∞. */
export function endDayOf(booking: AddOnBooking): number {
  const ending = booking.ending;
  if (ending === null) return Number.POSITIVE_INFINITY;
  return dayOfIso(ending.kind === 'cancelled' ? ending.effectiveOn : ending.on);
}

/** The quantity in force on `day`. */
export function quantityAt(booking: AddOnBooking, day: number): number {
  const quantities = booking.quantities;
  let i = quantities.length - 1;
  while (i > 0 && dayOfIso((quantities[i] as AddOnQuantity).from) > day) i -= 1;
  return (quantities[i] as AddOnQuantity).quantity;
}

/** The lines of `quantity` units for `[day, end of its period)`, cut at the contract's end (in advance only). */
function restLine(context: AddOnContext, item: PricedItem, reason: 'prorataCharge' | 'quantityIncrease', quantity: number, ref: string, day: number): Line[] {
  if (!context.inAdvance) return [];
  const index = indexContaining(context.billing, day);
  const periodStart = startOfIndex(context.billing, index);
  const periodEnd = startOfIndex(context.billing, index + 1);
  const end = context.endDay !== null && context.endDay < periodEnd ? context.endDay : periodEnd;
  if (end <= day) return [];
  const line = dayLine(reason, item, quantity, ref, day, end, periodStart, periodEnd, false);
  return [reason === 'prorataCharge' && line.basis === 'full' ? lineWith(line, 'periodCharge', line.correction, line.exact, line.cents) : line];
}

/** The booking with a new quantity timeline and ending: a record in the stored field order (no spread: V8 copies spreads with overrides slowly). */
function addOnWith(b: AddOnBooking, quantities: AddOnBooking['quantities'], ending: AddOnBooking['ending']): AddOnBooking {
  const next: Writable<AddOnBooking> = { id: b.id, addOnId: b.addOnId, bookedOn: b.bookedOn, quantities, ending };
  return b.instructed === undefined && b.earlyStart === undefined ? next : withFlags<Writable<AddOnBooking>>(next, b);
}

function replaced(bookings: readonly AddOnBooking[], i: number, booking: AddOnBooking): AddOnBooking[] {
  const next = bookings.slice();
  next[i] = booking;
  return next;
}

/** The quantity timeline without the entries from `day` on (the first entry always stays); a copy. */
function quantitiesBefore(quantities: readonly AddOnQuantity[], day: number): AddOnQuantity[] {
  const kept: AddOnQuantity[] = [quantities[0] as AddOnQuantity];
  for (let j = 1; j < quantities.length; j += 1) {
    const entry = quantities[j] as AddOnQuantity;
    if (dayOfIso(entry.from) < day) kept.push(entry);
  }
  return kept;
}

function running(booking: AddOnBooking, day: number, field: string): void {
  if (endDayOf(booking) <= day) fail('ALREADY_ENDED', field, booking.id, { ending: booking.ending });
}

/** Books `quantity` units of an add-on on `day` (R14): usable at once, the rest of the period a draft. */
export function bookAddOn(
  context: AddOnContext, bookings: readonly AddOnBooking[], item: PricedItem, quantity: number, day: number, id: string, flags: BookingFlags = {},
): AddOnDecision {
  const booking = withFlags<Writable<AddOnBooking>>({ id, addOnId: item.id, bookedOn: isoOf(day), quantities: [{ from: isoOf(day), quantity }], ending: null }, flags);
  const next = bookings.slice();
  next.push(booking);
  return {
    ok: true,
    bookings: next,
    lines: restLine(context, item, 'prorataCharge', quantity, id, day),
    dropRef: null,
    effectiveDay: day,
    bookingId: id,
  };
}

/**
 * Changes a booking's quantity on `day` (R14, R15): a raise holds at once and
 * its extra units are drafted for the rest of the period; a lowering holds from
 * the next period's start; the quantity in force drops a scheduled lowering.
 */
export function changeQuantity(context: AddOnContext, bookings: readonly AddOnBooking[], i: number, quantity: number, day: number, field: string): AddOnDecision {
  const booking = bookings[i] as AddOnBooking;
  running(booking, day, field);
  const current = quantityAt(booking, day);
  const kept = quantitiesBefore(booking.quantities, day + 1);
  let quantities: AddOnQuantity[] = kept;
  let lines: Line[] = [];
  let effectiveDay = day;
  if (quantity > current) {
    quantities = [...kept, { from: isoOf(day), quantity }];
    const item = addOnItem(context, booking.addOnId, field);
    lines = restLine(context, item, 'quantityIncrease', quantity - current, booking.id, day);
  } else if (quantity < current) {
    effectiveDay = periodEndAfter(context.billing, day);
    quantities = [...kept, { from: isoOf(effectiveDay), quantity }];
  }
  return { ok: true, bookings: replaced(bookings, i, addOnWith(booking, quantities, booking.ending)), lines, dropRef: null, effectiveDay, bookingId: booking.id };
}

/** Cancels a booking to the end of its paid period (R15); a second cancellation is refused. */
export function cancelAddOn(context: AddOnContext, bookings: readonly AddOnBooking[], i: number, day: number, field: string): AddOnDecision | Refusal {
  const booking = bookings[i] as AddOnBooking;
  running(booking, day, field);
  if (booking.ending !== null) {
    return refuse('END_ALREADY_SCHEDULED', null, { bookingId: booking.id, effectiveOn: booking.ending.kind === 'cancelled' ? booking.ending.effectiveOn : null });
  }
  let endDay = periodEndAfter(context.billing, day);
  if (context.endDay !== null && context.endDay < endDay) endDay = context.endDay;
  const quantities = quantitiesBefore(booking.quantities, endDay);
  const next = addOnWith(booking, quantities, { kind: 'cancelled', requestedOn: isoOf(day), effectiveOn: isoOf(endDay) });
  return { ok: true, bookings: replaced(bookings, i, next), lines: [], dropRef: null, effectiveDay: endDay, bookingId: booking.id };
}

/**
 * Withdraws a booking within its window (R13, R16; R31: 12 months and 14 days
 * without a proper instruction): it ends at once, its drafts leave the pending
 * invoice, and what was invoiced is reversed exactly by credit notes. After an
 * express early start (§357a(2) BGB) the days before the withdrawal day stay
 * charged pro rata: each draft gives way to its used days, each invoiced line
 * is credited only for the days from then on. After the window: a refusal.
 */
export function withdrawAddOn(
  context: AddOnContext,
  bookings: readonly AddOnBooking[],
  i: number,
  day: number,
  invoiced: readonly Line[],
  field: string,
  drafts: readonly Line[] = [],
): AddOnDecision | Refusal {
  const booking = bookings[i] as AddOnBooking;
  if (booking.ending !== null && booking.ending.kind === 'withdrawn') fail('ALREADY_ENDED', field, booking.id);
  const bookedDay = dayOfIso(booking.bookedOn);
  const last = lastWithdrawalDay(bookedDay, context.holidays, booking.instructed !== false);
  if (day > last) return refuse('WITHDRAWAL_WINDOW_CLOSED', null, { bookingId: booking.id, bookedOn: booking.bookedOn, lastDay: isoOf(last) });
  const credits: Line[] = [];
  // §357a(2) BGB: the used days' value is owed only after an express early start and a proper instruction.
  const early = owesValue(booking);
  for (const line of invoiced) if (line.ref === booking.id) credits.push(...withdrawalCredits(line, day, early));
  // The drafts leave the pending invoice (dropRef); after an early start their used days replace them.
  if (early) {
    for (const line of drafts) {
      const kept = line.ref === booking.id ? splitAtWithdrawal(line, day).kept : null;
      if (kept !== null) credits.push(kept);
    }
  }
  const next = addOnWith(booking, booking.quantities, { kind: 'withdrawn', on: isoOf(day) });
  return { ok: true, bookings: replaced(bookings, i, next), lines: credits, dropRef: booking.id, effectiveDay: day, bookingId: booking.id };
}

/**
 * Appends the add-ons' regular lines of the billing period `[periodStart,
 * periodEnd)` for the days `[from, to)` of it: in advance the whole period at
 * the quantity in force on its first day; in arrears each stretch of one
 * quantity. Withdrawn bookings are billed nothing, except the days before the
 * withdrawal after an express early start (R31); the contract's end cuts.
 */
export function appendAddOnLines(
  context: AddOnContext,
  bookings: readonly AddOnBooking[],
  periodStart: number,
  periodEnd: number,
  from: number,
  to: number,
  out: Line[],
): void {
  for (let b = 0; b < bookings.length; b += 1) {
    const booking = bookings[b] as AddOnBooking;
    if (booking.ending !== null && booking.ending.kind === 'withdrawn' && !owesValue(booking)) continue;
    const item = context.items.get(booking.addOnId);
    if (item === undefined) continue;
    const bookedDay = dayOfIso(booking.bookedOn);
    const endDay = endDayOf(booking);
    let a = bookedDay > from ? bookedDay : from;
    const z = endDay < to ? endDay : to;
    if (a >= z) continue;
    if (context.inAdvance) {
      out.push(dayLine(a === periodStart && z === periodEnd ? 'periodCharge' : 'prorataCharge', item, quantityAt(booking, a), booking.id, a, z, periodStart, periodEnd, false));
      continue;
    }
    const quantities = booking.quantities;
    const cuts = quantities.length === 1 ? [bookedDay] : quantities.map(fromDay);
    const pieces = new Pieces(context.billing, a, z, cuts);
    while (pieces.next()) {
      const quantity = (quantities[pieces.segment] as AddOnQuantity).quantity;
      out.push(dayLine(pieces.whole() ? 'periodCharge' : 'prorataCharge', item, quantity, booking.id, pieces.start, pieces.end, pieces.periodStart, pieces.periodEnd, false));
    }
  }
}
