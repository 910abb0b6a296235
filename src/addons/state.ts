/**
 * The rules of the add-on changes (R14–R16), written once on a working state
 * that a run of changes updates in place: `bookAddOn` and its siblings run one
 * change on it, {@link applyAddOnChanges} runs many, and both hand back a new
 * account built from it at the end. The account handed in is never touched:
 * its lists are copied on the first write.
 *
 * @internal
 * @module
 */
import { fail } from '../errors/fail.js';
import { numberedId } from '../ids/numberedId.js';
import { plainDateFromEpochDay } from '../calendar/epochDay.js';
import { periodFromEpochDays } from '../calendar/period.js';
import type { Cycle, Period } from '../calendar/types.js';
import { reverseLine } from '../lines/createLine.js';
import type { Line } from '../lines/types.js';
import { assertQuantity } from '../money/cents.js';
import type { Currency } from '../money/types.js';
import { holidaySet, lastWithdrawalDay } from '../rules/withdrawalDays.js';
import {
  assertAmountFits,
  bookingIndexIn,
  bookingValue,
  changeDay,
  definitionOf,
  endedOn,
  invoicedLines,
  ledgerOf,
  nextAccount,
  nextBooking,
  NONE,
  restOfPeriodLine,
} from './internals.js';
import type {
  AddOnAccount,
  AddOnBooking,
  AddOnDefinition,
  AddOnWithdrawalRefusal,
  BaseCharge,
  DraftLine,
  QuantityChangeKind,
} from './types.js';

/** A copy of the first `n` items of a list, with room for `room` more. */
function copyWithRoom<T>(list: readonly T[], n: number, room: number): T[] {
  const out = new Array<T>(n + room);
  for (let i = 0; i < n; i += 1) out[i] = list[i] as T;
  return out;
}

/** Writes `item` at `index` of a list this state owns, growing it only when it has no room left. */
function put<T>(list: T[], index: number, item: T): void {
  if (index < list.length) list[index] = item;
  else list.push(item);
}

/**
 * An account while changes run: the same fields. Its lists are the account's
 * until written; then copies this state owns, made once with room for what the
 * run expects to add, and copied out at their size when the new account is made.
 */
export class ChangeState {
  declare readonly cycle: Cycle;
  declare readonly catalog: readonly AddOnDefinition[];
  declare readonly base: BaseCharge | null;
  declare readonly currency: Currency;
  declare readonly paidFromDay: number;
  declare readonly paidThroughDay: number;
  declare lastChangeDay: number;
  declare bookingCount: number;
  /** The account the changes started from: its lists until written, and its ledger of invoiced lines. */
  declare readonly source: AddOnAccount;
  /** The bookings now: the source's list until written, then this state's own copy (its first `#bookingsLength` count). */
  #bookings: readonly AddOnBooking[];
  #bookingsLength: number;
  #ownBookings: boolean;
  #drafts: readonly DraftLine[];
  #draftsLength: number;
  #ownDrafts: boolean;
  /** How many bookings and drafts the run expects to add at most: the room its copies get. */
  readonly #bookingsRoom: number;
  readonly #draftsRoom: number;

  constructor(account: AddOnAccount, bookingsRoom: number, draftsRoom: number) {
    this.cycle = account.cycle;
    this.catalog = account.catalog;
    this.base = account.base;
    this.currency = account.currency;
    this.paidFromDay = account.paidFromDay;
    this.paidThroughDay = account.paidThroughDay;
    this.lastChangeDay = account.lastChangeDay;
    this.bookingCount = account.bookingCount;
    this.source = account;
    this.#bookings = account.bookings;
    this.#bookingsLength = account.bookings.length;
    this.#ownBookings = false;
    this.#drafts = account.drafts;
    this.#draftsLength = account.drafts.length;
    this.#ownDrafts = false;
    this.#bookingsRoom = bookingsRoom;
    this.#draftsRoom = draftsRoom;
  }

  bookingAt(index: number): AddOnBooking {
    return this.#bookings[index] as AddOnBooking;
  }

  /** The index of a booking by id, or NOT_BOOKED naming `field`. */
  indexOfBooking(bookingId: unknown, field: string): number {
    return bookingIndexIn(this.#bookings, this.#bookingsLength, bookingId, field);
  }

  /** The bookings as a list this state owns: copied the first time. */
  #writableBookings(): AddOnBooking[] {
    if (!this.#ownBookings) {
      this.#bookings = copyWithRoom(this.#bookings, this.#bookingsLength, this.#bookingsRoom);
      this.#ownBookings = true;
    }
    return this.#bookings as AddOnBooking[];
  }

  addBooking(booking: AddOnBooking): void {
    put(this.#writableBookings(), this.#bookingsLength, booking);
    this.#bookingsLength += 1;
  }

  setBooking(index: number, booking: AddOnBooking): void {
    this.#writableBookings()[index] = booking;
  }

  /** The drafts as a list this state owns: copied the first time. */
  #writableDrafts(): DraftLine[] {
    if (!this.#ownDrafts) {
      this.#drafts = copyWithRoom(this.#drafts, this.#draftsLength, this.#draftsRoom);
      this.#ownDrafts = true;
    }
    return this.#drafts as DraftLine[];
  }

  addDraft(draft: DraftLine): void {
    put(this.#writableDrafts(), this.#draftsLength, draft);
    this.#draftsLength += 1;
  }

  /** Takes every draft of a booking off, keeping the others in order; returns their lines. */
  removeDraftsOf(bookingId: string): Line[] {
    const removed: Line[] = [];
    const n = this.#draftsLength;
    let first = 0;
    while (first < n && (this.#drafts[first] as DraftLine).bookingId !== bookingId) first += 1;
    if (first === n) return removed;
    const drafts = this.#writableDrafts();
    let kept = first;
    for (let i = first; i < n; i += 1) {
      const draft = drafts[i] as DraftLine;
      if (draft.bookingId === bookingId) removed.push(draft.line);
      else drafts[kept++] = draft;
    }
    this.#draftsLength = kept;
    return removed;
  }

  /** Whether no change has been made: the source account still stands. */
  isUnchanged(): boolean {
    const source = this.source;
    return !this.#ownBookings && !this.#ownDrafts && this.lastChangeDay === source.lastChangeDay && this.bookingCount === source.bookingCount;
  }

  /** The new account: the state as it stands, its own lists cut to size. */
  toAccount(): AddOnAccount {
    let bookings = this.#bookings;
    if (this.#ownBookings && bookings.length !== this.#bookingsLength) bookings = bookings.slice(0, this.#bookingsLength);
    let drafts = this.#drafts;
    if (this.#ownDrafts) {
      if (this.#draftsLength === 0) drafts = NONE;
      else if (drafts.length !== this.#draftsLength) drafts = drafts.slice(0, this.#draftsLength);
    }
    return nextAccount(
      this, this.paidFromDay, this.paidThroughDay, this.lastChangeDay, bookings, drafts, this.bookingCount, ledgerOf(this.source),
    );
  }
}

/** What a booking gave: its id and its draft line. */
export interface Booked {
  readonly bookingId: string;
  readonly line: Line;
}

/**
 * Books an add-on (R14): usable at once, the rest of the current period a
 * draft item. Checks in this order: the add-on, the quantity, the day.
 */
export function bookIn(state: ChangeState, addOnId: unknown, quantityInput: unknown, on: unknown): Booked {
  const definition = definitionOf(state, addOnId, 'request.addOnId');
  const quantity = assertQuantity(quantityInput, 'request.quantity');
  assertAmountFits(definition.unitCents, quantity, 'request.quantity');
  const day = changeDay(state, on, 'request.on');
  const count = state.bookingCount + 1;
  const bookingId = numberedId(definition.id, count);
  const line = restOfPeriodLine(state, definition, 'prorataCharge', quantity, day);
  state.addBooking(bookingValue(bookingId, definition.id, day, quantity, null, null));
  state.addDraft({ bookingId, line });
  state.bookingCount = count;
  state.lastChangeDay = day;
  return { bookingId, line };
}

/** What a quantity change did: its kind, the day it applies from, and the draft line of an increase. */
export interface QuantityChanged {
  readonly kind: QuantityChangeKind;
  readonly fromDay: number;
  readonly line: Line | null;
}

/**
 * Changes a quantity (R14): a raise is immediate and drafted pro rata, a
 * lowering waits for the period's end, the quantity in force drops a waiting
 * lowering.
 */
export function changeQuantityIn(state: ChangeState, bookingId: unknown, quantityInput: unknown, on: unknown): QuantityChanged {
  const index = state.indexOfBooking(bookingId, 'request.bookingId');
  const quantity = assertQuantity(quantityInput, 'request.quantity');
  const day = changeDay(state, on, 'request.on');
  const booking = state.bookingAt(index);
  if (endedOn(booking, day)) fail('ALREADY_ENDED', 'request.bookingId', booking.id);
  const definition = definitionOf(state, booking.addOnId, 'request.bookingId');
  assertAmountFits(definition.unitCents, quantity, 'request.quantity');
  state.lastChangeDay = day;
  if (quantity > booking.quantity) {
    const line = restOfPeriodLine(state, definition, 'quantityIncrease', quantity - booking.quantity, day);
    state.setBooking(index, nextBooking(booking, quantity, null, booking.termination));
    state.addDraft({ bookingId: booking.id, line });
    return { kind: 'increase', fromDay: day, line };
  }
  if (quantity < booking.quantity) {
    const fromDay = state.paidThroughDay;
    state.setBooking(index,
      nextBooking(booking, booking.quantity, { quantity, fromDay }, booking.termination));
    return { kind: 'scheduled', fromDay, line: null };
  }
  if (booking.scheduled !== null) {
    state.setBooking(index, nextBooking(booking, booking.quantity, null, booking.termination));
  }
  return { kind: 'unchanged', fromDay: day, line: null };
}

/**
 * Cancels an add-on (R15) to the end of the paid period; the first day it is
 * no longer usable. A second cancellation changes nothing.
 */
export function cancelIn(state: ChangeState, bookingId: unknown, on: unknown): number {
  const index = state.indexOfBooking(bookingId, 'request.bookingId');
  const day = changeDay(state, on, 'request.on');
  const booking = state.bookingAt(index);
  if (endedOn(booking, day)) fail('ALREADY_ENDED', 'request.bookingId', booking.id);
  const termination = booking.termination;
  if (termination !== null && termination.kind === 'cancelled') return termination.endDay;
  const endDay = state.paidThroughDay;
  state.lastChangeDay = day;
  state.setBooking(index, nextBooking(booking, booking.quantity, null, { kind: 'cancelled', requestedDay: day, endDay }));
  return endDay;
}

/** What a withdrawal did: the drafts it took off, the credit notes it added, its window. */
export interface Withdrawn {
  readonly ok: true;
  readonly removed: readonly Line[];
  readonly credits: readonly Line[];
  readonly window: Period;
}

/**
 * Withdraws a booking (R13, R16) within its window: its drafts leave, what
 * was invoiced of it is reversed by credit notes. After the window, a refusal
 * and nothing changes.
 */
export function withdrawIn(
  state: ChangeState,
  bookingId: unknown,
  on: unknown,
  holidays: unknown,
): Withdrawn | AddOnWithdrawalRefusal {
  const index = state.indexOfBooking(bookingId, 'request.bookingId');
  const day = changeDay(state, on, 'request.on');
  const booking = state.bookingAt(index);
  if (booking.termination !== null && booking.termination.kind === 'withdrawn') {
    fail('ALREADY_ENDED', 'request.bookingId', booking.id);
  }
  // The rules module's window (checkWithdrawal), on the epoch days the account already has.
  const last = lastWithdrawalDay(booking.bookedDay, holidaySet(holidays));
  if (day > last) {
    return { ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', windowEnd: plainDateFromEpochDay(last), allowedFrom: null };
  }
  const removed = state.removeDraftsOf(booking.id);
  const invoiced = invoicedLines(state.source, booking.id, booking.bookedDay);
  const credits: Line[] = [];
  for (let i = 0; i < invoiced.length; i += 1) {
    const credit = reverseLine(invoiced[i] as Line, 'withdrawalCredit');
    credits.push(credit);
    state.addDraft({ bookingId: booking.id, line: credit });
  }
  state.lastChangeDay = day;
  state.setBooking(index, nextBooking(booking, booking.quantity, null, { kind: 'withdrawn', day }));
  return { ok: true, removed, credits, window: periodFromEpochDays(booking.bookedDay + 1, last + 1) };
}
