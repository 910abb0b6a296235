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
import { plainDateFromEpochDay } from '../calendar/epochDay.js';
import { periodFromEpochDays } from '../calendar/period.js';
import type { Period } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { reverseLine } from '../lines/createLine.js';
import type { Line } from '../lines/types.js';
import { assertQuantity } from '../money/cents.js';
import type { Currency } from '../money/types.js';
import { holidaySet, lastWithdrawalDay } from '../rules/withdrawalDays.js';
import {
  assertAmountFits,
  bookingIndex,
  bookingValue,
  changeDay,
  definitionOf,
  endedOn,
  invoicedLines,
  ledgerOf,
  nextAccount,
  nextBooking,
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
import type { Cycle } from '../calendar/types.js';

/** An account while changes run: the same fields, the lists owned once written. */
export class ChangeState {
  readonly cycle: Cycle;
  readonly catalog: readonly AddOnDefinition[];
  readonly base: BaseCharge | null;
  readonly currency: Currency;
  readonly paidFromDay: number;
  readonly paidThroughDay: number;
  lastChangeDay: number;
  bookings: readonly AddOnBooking[];
  drafts: readonly DraftLine[];
  bookingCount: number;
  /** The account the changes started from: its ledger of invoiced lines carries over. */
  readonly source: AddOnAccount;
  #ownBookings: boolean;
  #ownDrafts: boolean;

  constructor(account: AddOnAccount) {
    this.cycle = account.cycle;
    this.catalog = account.catalog;
    this.base = account.base;
    this.currency = account.currency;
    this.paidFromDay = account.paidFromDay;
    this.paidThroughDay = account.paidThroughDay;
    this.lastChangeDay = account.lastChangeDay;
    this.bookings = account.bookings;
    this.drafts = account.drafts;
    this.bookingCount = account.bookingCount;
    this.source = account;
    this.#ownBookings = false;
    this.#ownDrafts = false;
  }

  /** The bookings as a list this state may write: copied the first time. */
  writableBookings(): AddOnBooking[] {
    if (!this.#ownBookings) {
      this.bookings = copyOf(this.bookings);
      this.#ownBookings = true;
    }
    return this.bookings as AddOnBooking[];
  }

  /** The drafts as a list this state may write: copied the first time. */
  writableDrafts(): DraftLine[] {
    if (!this.#ownDrafts) {
      this.drafts = copyOf(this.drafts);
      this.#ownDrafts = true;
    }
    return this.drafts as DraftLine[];
  }

  /** Puts a list this state has just made in place of the drafts. */
  replaceDrafts(drafts: DraftLine[]): void {
    this.drafts = drafts;
    this.#ownDrafts = true;
  }

  /** Replaces the booking at `index`. */
  setBooking(index: number, booking: AddOnBooking): void {
    this.writableBookings()[index] = booking;
  }

  /** The new account: the state as it stands. */
  toAccount(): AddOnAccount {
    return nextAccount(
      this, this.paidFromDay, this.paidThroughDay, this.lastChangeDay, this.bookings, this.drafts, this.bookingCount, ledgerOf(this.source),
    );
  }
}

function copyOf<T>(list: readonly T[]): T[] {
  const n = list.length;
  const out: T[] = [];
  for (let i = 0; i < n; i += 1) out.push(list[i] as T);
  return out;
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
  const bookingId = `${definition.id}#${count}`;
  const line = restOfPeriodLine(state, definition, 'prorataCharge', quantity, day);
  state.writableBookings().push(bookingValue(bookingId, definition.id, day, quantity, null, null));
  state.writableDrafts().push({ bookingId, line });
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
  const index = bookingIndex(state, bookingId, 'request.bookingId');
  const quantity = assertQuantity(quantityInput, 'request.quantity');
  const day = changeDay(state, on, 'request.on');
  const booking = state.bookings[index] as AddOnBooking;
  if (endedOn(booking, day)) throw new TarifkitError('ALREADY_ENDED', { field: 'request.bookingId', value: booking.id });
  const definition = definitionOf(state, booking.addOnId, 'request.bookingId');
  assertAmountFits(definition.unitCents, quantity, 'request.quantity');
  state.lastChangeDay = day;
  if (quantity > booking.quantity) {
    const line = restOfPeriodLine(state, definition, 'quantityIncrease', quantity - booking.quantity, day);
    state.setBooking(index, nextBooking(booking, quantity, null, booking.termination));
    state.writableDrafts().push({ bookingId: booking.id, line });
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
  const index = bookingIndex(state, bookingId, 'request.bookingId');
  const day = changeDay(state, on, 'request.on');
  const booking = state.bookings[index] as AddOnBooking;
  if (endedOn(booking, day)) throw new TarifkitError('ALREADY_ENDED', { field: 'request.bookingId', value: booking.id });
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
  const index = bookingIndex(state, bookingId, 'request.bookingId');
  const day = changeDay(state, on, 'request.on');
  const booking = state.bookings[index] as AddOnBooking;
  if (booking.termination !== null && booking.termination.kind === 'withdrawn') {
    throw new TarifkitError('ALREADY_ENDED', { field: 'request.bookingId', value: booking.id });
  }
  // The rules module's window (checkWithdrawal), on the epoch days the account already has.
  const last = lastWithdrawalDay(booking.bookedDay, holidaySet(holidays));
  if (day > last) {
    return { ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', windowEnd: plainDateFromEpochDay(last), allowedFrom: null };
  }
  const removed: Line[] = [];
  const pending = state.drafts;
  const kept: DraftLine[] = [];
  for (let i = 0; i < pending.length; i += 1) {
    const draft = pending[i] as DraftLine;
    if (draft.bookingId === booking.id) removed.push(draft.line);
    else kept.push(draft);
  }
  const invoiced = invoicedLines(state.source, booking.id, booking.bookedDay);
  const credits: Line[] = [];
  for (let i = 0; i < invoiced.length; i += 1) {
    const credit = reverseLine(invoiced[i] as Line, 'withdrawalCredit');
    credits.push(credit);
    kept.push({ bookingId: booking.id, line: credit });
  }
  state.replaceDrafts(kept);
  state.lastChangeDay = day;
  state.setBooking(index, nextBooking(booking, booking.quantity, null, { kind: 'withdrawn', day }));
  return { ok: true, removed, credits, window: periodFromEpochDays(booking.bookedDay + 1, last + 1) };
}
