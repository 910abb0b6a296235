/**
 * The settling engine of prepaid accounts (R7, R17), on integers: it pays the
 * renewals that fall due, in a fixed order, from the balance, and lets lapse
 * the ones the balance does not cover.
 *
 * Order of renewals due on the same day: the package before options, then by
 * the day the cycle was booked (earlier first), then by id (code-unit order).
 * An account advanced to a day has settled everything due on or before it.
 * An action of the caller (top-up, booking, cancellation) on a later day first
 * settles what is due before its day, ends the cancelled items whose period
 * ends on it, and leaves the renewals due on it open: they come after the
 * action, when the account is advanced to that day. An action on the day the
 * account was advanced to comes after that day's renewals.
 *
 * @internal
 * @module
 */
import { dayOf, isoOf, LAST_DAY, periodOf } from '../calendar/days.js';
import type { Period } from '../calendar/types.js';
import { fail } from '../errors/fail.js';
import { shareLine } from '../lines/build.js';
import type { Line } from '../lines/types.js';
import { MAX_CENTS } from '../money/cents.js';
import { withFlags, type BookingFlags } from '../rules/withdrawalDays.js';
import { cycleOf, remember, type Known, type Slot } from './account.js';
import type {
  ActivePrepaidItem,
  EndedPrepaidItem,
  LapsedPrepaidItem,
  PrepaidAccount,
  PrepaidBooked,
  PrepaidChargeEntry,
  PrepaidItem,
  PrepaidItemKind,
  PrepaidLedgerEntry,
  PrepaidNotice,
  PrepaidOffer,
  PrepaidStep,
} from './types.js';

/** The most renewals one call settles. */
const MAX_RENEWALS = 100_000;

/**
 * The working state of an account while one operation runs: the account's
 * fields, and what the operation produced. The arrays of the account passed
 * in are shared until the first change, then copied (never changed in
 * place): no value handed out ever changes. At the end it becomes the
 * {@link Known} of the new account (one object instead of two).
 */
export interface Work {
  /** The new account, once {@link finish} wrote it. */
  account: PrepaidAccount;
  readonly currency: string;
  balanceCents: number;
  topUpsCents: number;
  chargesCents: number;
  advancedTo: string;
  /** The epoch day of `advancedTo`: renewals due on or before it are settled. */
  advancedDay: number;
  /**
   * The account's items until the first change, then a private copy. The
   * record of an item renewed in this operation lags behind its slot (its
   * `periodsPaid` is smaller) until {@link finish} writes it.
   */
  items: readonly PrepaidItem[];
  /** The days of the items, index by index; copied with the items. */
  slots: readonly Slot[];
  /** The account's ledger (never changed), until {@link finish} sets the new one. */
  ledger: readonly PrepaidLedgerEntry[];
  /** The epoch day of the last ledger entry. */
  lastEntryDay: number;
  /** The field named by errors about the day (`on` or `to`). */
  readonly field: string;
  itemsCopied: boolean;
  /** The ledger entries of this operation, oldest first. */
  entries: PrepaidLedgerEntry[] | null;
  lines: Line[] | null;
  notices: PrepaidNotice[] | null;
  renewals: number;
}

/**
 * The prepaid periods made last, by first day and length: periods of 28 and
 * 30 days that start on the same day take turns in the calendar's cache,
 * which keeps one period per first day.
 */
const PERIOD_MEMO = 1024;
const memoStarts = new Float64Array(2 * PERIOD_MEMO).fill(Number.NaN);
const memoPeriods: (Period | undefined)[] = new Array<Period | undefined>(2 * PERIOD_MEMO);

/** The period of `cycleDays` days from `startDay` (epoch days, already checked against the last day). */
function periodFrom(startDay: number, cycleDays: number): Period {
  const slot = (startDay & (PERIOD_MEMO - 1)) + (cycleDays === 28 ? 0 : PERIOD_MEMO);
  if (memoStarts[slot] === startDay) return memoPeriods[slot] as Period;
  const period = periodOf(startDay, startDay + cycleDays);
  memoStarts[slot] = startDay;
  memoPeriods[slot] = period;
  return period;
}

/** The latest day an account records: its last ledger entry or the end of an item cancelled on its end day. */
function latestRecordedDay(known: Known): number {
  let latest = known.lastEntryDay;
  const items = known.items;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i] as PrepaidItem;
    // A withdrawal's day is its ledger entry's.
    if (item.status === 'ended' && item.withdrawnOn === undefined) latest = Math.max(latest, (known.slots[i] as Slot).endDay);
  }
  return latest;
}

/** The epoch day `to` of {@link advancePrepaid}; OUT_OF_ORDER before `advancedTo`. */
export function advanceDay(known: Known, to: unknown): number {
  const day = dayOf(to, 'to');
  if (day < known.advancedDay) fail('OUT_OF_ORDER', 'to', isoOf(day), { advancedTo: known.advancedTo });
  return day;
}

/**
 * The epoch day `on` of an action (top-up, booking, cancellation); OUT_OF_ORDER
 * (field `on`) before `advancedTo`, or before the day after it when an action
 * of that day is already recorded (an action on day d leaves `advancedTo` at
 * d - 1, and time does not run back behind it).
 */
export function actionDay(known: Known, on: unknown): number {
  const day = dayOf(on, 'on');
  const advanced = known.advancedDay;
  if (day < advanced) fail('OUT_OF_ORDER', 'on', isoOf(day), { advancedTo: known.advancedTo });
  if (day === advanced) {
    const latest = latestRecordedDay(known);
    if (latest > day) fail('OUT_OF_ORDER', 'on', isoOf(day), { advancedTo: known.advancedTo, latestOn: isoOf(latest) });
  }
  return day;
}

/** Starts an operation on a known account. */
export function startWork(known: Known, field: string): Work {
  return {
    account: known.account,
    currency: known.currency,
    balanceCents: known.balanceCents,
    topUpsCents: known.topUpsCents,
    chargesCents: known.chargesCents,
    advancedTo: known.advancedTo,
    advancedDay: known.advancedDay,
    items: known.items,
    slots: known.slots,
    ledger: known.ledger,
    lastEntryDay: known.lastEntryDay,
    field,
    itemsCopied: false,
    entries: null,
    lines: null,
    notices: null,
    renewals: 0,
  };
}

/** Copies the items and their slots before the first change. */
function ownItems(work: Work): void {
  if (!work.itemsCopied) {
    work.items = work.items.slice();
    work.slots = work.slots.slice();
    work.itemsCopied = true;
  }
}

/** Puts `item` at `index` (or appends it when `index` is the length), with its slot. */
export function setItem(work: Work, index: number, item: PrepaidItem, slot: Slot): void {
  ownItems(work);
  (work.items as PrepaidItem[])[index] = item;
  (work.slots as Slot[])[index] = slot;
}

/** Records a ledger entry on `day`. */
function addEntry(work: Work, entry: PrepaidLedgerEntry, day: number): void {
  if (work.entries === null) work.entries = [entry];
  else work.entries.push(entry);
  work.lastEntryDay = day;
}

/** The ledger of the new account: the old one and this operation's entries, in one array of the exact size. */
function ledgerAfter(work: Work): readonly PrepaidLedgerEntry[] {
  const entries = work.entries;
  const old = work.ledger;
  if (entries === null) return old;
  const n = old.length;
  const k = entries.length;
  const ledger = new Array<PrepaidLedgerEntry>(n + k);
  for (let i = 0; i < n; i += 1) ledger[i] = old[i] as PrepaidLedgerEntry;
  for (let i = 0; i < k; i += 1) ledger[n + i] = entries[i] as PrepaidLedgerEntry;
  return ledger;
}

function addLine(work: Work, line: Line): void {
  if (work.lines === null) work.lines = [line];
  else work.lines.push(line);
}

function addNotice(work: Work, notice: PrepaidNotice): void {
  if (work.notices === null) work.notices = [notice];
  else work.notices.push(notice);
}

/** The record of a newly booked item, as its slot says, with its withdrawal flags (R31) as its last fields. */
export function bookedRecord(kind: PrepaidItemKind, offer: PrepaidOffer, slot: Slot, flags: BookingFlags): ActivePrepaidItem {
  return withFlags<{ -readonly [K in keyof ActivePrepaidItem]: ActivePrepaidItem[K] }>({
    kind, id: offer.id, offer, cycleDays: cycleOf(offer), bookedOn: isoOf(slot.bookedDay), period: slot.period, periodsPaid: slot.periodsPaid,
    status: 'active', renews: true,
  }, flags);
}

/** `record` with the withdrawal flags of `item` (R31) as its last fields. */
function flagged<T extends PrepaidItem>(record: T, item: PrepaidItem): T {
  if (item.instructed === undefined && item.earlyStart === undefined) return record;
  withFlags(record as { instructed?: boolean; earlyStart?: boolean }, item);
  return record;
}

/** The active item as its slot says, with `renews` set. */
export function withRenews(item: ActivePrepaidItem, slot: Slot, renews: boolean): ActivePrepaidItem {
  return flagged<ActivePrepaidItem>({
    kind: item.kind, id: item.id, offer: item.offer, cycleDays: item.cycleDays, bookedOn: item.bookedOn, period: slot.period,
    periodsPaid: slot.periodsPaid, status: 'active', renews,
  }, item);
}

/** The item, ended from the end of its period. */
function endedRecord(item: PrepaidItem, slot: Slot, endedFrom: string): EndedPrepaidItem {
  return flagged<EndedPrepaidItem>({
    kind: item.kind, id: item.id, offer: item.offer, cycleDays: item.cycleDays, bookedOn: item.bookedOn, period: slot.period,
    periodsPaid: slot.periodsPaid, status: 'ended', endedFrom,
  }, item);
}

/**
 * The item withdrawn on `day` (R31): ended at once, or at the end of its last period when it
 * lapsed or ended before; `withdrawnOn` is its last field.
 */
export function withdrawnRecord(item: PrepaidItem, slot: Slot, day: number): EndedPrepaidItem {
  const record: { withdrawnOn?: string } = endedRecord(item, slot, isoOf(Math.min(day, slot.endDay)));
  record.withdrawnOn = isoOf(day);
  return record as EndedPrepaidItem;
}

/** The item, lapsed from the end of its period. */
function lapsedRecord(item: ActivePrepaidItem, slot: Slot, lapsedFrom: string, missingCents: number): LapsedPrepaidItem {
  return flagged<LapsedPrepaidItem>({
    kind: item.kind, id: item.id, offer: item.offer, cycleDays: item.cycleDays, bookedOn: item.bookedOn, period: slot.period,
    periodsPaid: slot.periodsPaid, status: 'lapsed', lapsedFrom, missingCents,
  }, item);
}

/**
 * Takes the offer's price from the balance for the period from `startDay`
 * (the caller has checked the balance): a ledger entry and a line. Returns
 * the period paid.
 */
export function charge(work: Work, offer: PrepaidOffer, startDay: number, reason: 'periodCharge' | 'renewal'): Period {
  const cycleDays = cycleOf(offer);
  const endDay = startDay + cycleDays;
  if (endDay > LAST_DAY) fail('DATE_OUT_OF_RANGE', work.field, isoOf(startDay), { reason: 'the period would end after 9999-12-31' });
  const cents = offer.unitCents;
  work.balanceCents -= cents;
  work.chargesCents += cents;
  const period = periodFrom(startDay, cycleDays);
  addEntry(work, { type: 'charge', on: period.start, cents, balanceAfterCents: work.balanceCents, itemId: offer.id, reason, period }, startDay);
  addLine(work, chargeLineOf(offer, period, cycleDays, reason));
  return period;
}

/** The line of a paid period: what dayLine makes of a whole period, on the period given. */
export function chargeLineOf(offer: PrepaidOffer, period: Period, cycleDays: number, reason: 'periodCharge' | 'renewal'): Line {
  return shareLine(reason, offer, 1, offer.id, period, period, cycleDays, cycleDays, 'full', cycleDays, cycleDays, false);
}

/**
 * The charges of the current booking of `itemId`: its first period's charge (the last
 * `periodCharge` of that id in the ledger) and the renewals after it. A booking withdrawn before
 * and booked again, even on the same day, is not counted twice (R31).
 */
export function chargesOf(work: Work, itemId: string): PrepaidChargeEntry[] {
  const all = work.entries === null ? work.ledger : [...work.ledger, ...work.entries];
  let start = all.length - 1;
  while (start >= 0) {
    const entry = all[start] as PrepaidLedgerEntry;
    if (entry.type === 'charge' && entry.itemId === itemId && entry.reason === 'periodCharge') break;
    start -= 1;
  }
  const charges: PrepaidChargeEntry[] = [];
  for (let i = Math.max(start, 0); i < all.length; i += 1) {
    const entry = all[i] as PrepaidLedgerEntry;
    if (entry.type === 'charge' && entry.itemId === itemId) charges.push(entry);
  }
  return charges;
}

/** Gives `cents` back to the balance for the withdrawal of `itemId` on `day`, with its line (R31). */
export function creditBack(work: Work, itemId: string, day: number, cents: number, lines: readonly Line[]): void {
  work.balanceCents += cents;
  work.chargesCents -= cents;
  addEntry(work, { type: 'withdrawalCredit', on: isoOf(day), cents, balanceAfterCents: work.balanceCents, itemId }, day);
  for (const line of lines) addLine(work, line);
}

/** Adds a top-up; INVALID_AMOUNT (field `cents`) when the top-ups would pass the largest amount. */
export function addTopUp(work: Work, day: number, cents: number): void {
  if (work.topUpsCents + cents > MAX_CENTS) fail('INVALID_AMOUNT', 'cents', cents, { reason: 'the top-ups would pass the largest amount', max: MAX_CENTS - work.topUpsCents });
  work.balanceCents += cents;
  work.topUpsCents += cents;
  addEntry(work, { type: 'topUp', on: isoOf(day), cents, balanceAfterCents: work.balanceCents }, day);
}

/** True when item `a` is settled before item `b` among renewals due on the same day. */
function comesFirst(work: Work, a: number, b: number): boolean {
  const x = work.items[a] as PrepaidItem;
  const y = work.items[b] as PrepaidItem;
  if (x.kind !== y.kind) return x.kind === 'package';
  const bookedA = (work.slots[a] as Slot).bookedDay;
  const bookedB = (work.slots[b] as Slot).bookedDay;
  if (bookedA !== bookedB) return bookedA < bookedB;
  return x.id < y.id;
}

/**
 * Settles, in date order and on one day in the documented order, every active
 * item whose period ends before `day`, and the ones ending on `day` itself
 * when `throughDay` is set. Without it, only a cancelled item ends on `day`:
 * no balance decides its end, and on that day it is no longer active (so it
 * can be booked again); the renewals due on `day` stay open. Does not move
 * `advancedDay`.
 */
function settleUpTo(work: Work, day: number, throughDay: boolean): void {
  for (;;) {
    const items = work.items;
    const slots = work.slots;
    let best = -1;
    let bestEnd = 0;
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i] as PrepaidItem;
      if (item.status !== 'active') continue;
      const end = (slots[i] as Slot).endDay;
      // Before an action, a renewal due on its day waits for it; a plain end does not.
      if (end > day || (end === day && item.renews && !throughDay)) continue;
      if (best < 0 || end < bestEnd || (end === bestEnd && comesFirst(work, i, best))) {
        best = i;
        bestEnd = end;
      }
    }
    if (best < 0) break;
    const item = items[best] as ActivePrepaidItem;
    const slot = slots[best] as Slot;
    const offer = item.offer;
    if (!item.renews) {
      const on = isoOf(bestEnd);
      setItem(work, best, endedRecord(item, slot, on), slot);
      addNotice(work, { type: 'prepaidEnded', on, itemId: item.id, kind: item.kind, name: offer.name });
    } else if (work.balanceCents >= offer.unitCents) {
      work.renewals += 1;
      if (work.renewals > MAX_RENEWALS) fail('NOT_WITHIN', work.field, isoOf(day), { reason: 'more than 100,000 renewals in one call' });
      const period = charge(work, offer, bestEnd, 'renewal');
      // Only the slot moves; the record is written once, by finish.
      ownItems(work);
      (work.slots as Slot[])[best] = { bookedDay: slot.bookedDay, startDay: bestEnd, endDay: bestEnd + item.cycleDays, periodsPaid: slot.periodsPaid + 1, period };
    } else {
      const on = isoOf(bestEnd);
      const missingCents = offer.unitCents - work.balanceCents;
      setItem(work, best, lapsedRecord(item, slot, on, missingCents), slot);
      addNotice(work, {
        type: 'prepaidLapsed', on, itemId: item.id, kind: item.kind, name: offer.name,
        priceCents: offer.unitCents, balanceCents: work.balanceCents, missingCents, currency: work.currency,
      });
    }
  }
}

/**
 * {@link advancePrepaid}: settles everything due on or before `day` (epoch
 * day) and advances the account to it.
 */
export function settleThrough(work: Work, day: number): void {
  settleUpTo(work, day, true);
  if (day > work.advancedDay) work.advancedDay = day;
}

/**
 * Before an action on `day` (epoch day): settles the renewals due before it
 * and ends the cancelled items whose period ends on it; the account is then
 * advanced to at least the day before (renewals due on `day` stay open).
 */
export function settleBefore(work: Work, day: number): void {
  settleUpTo(work, day, false);
  if (day - 1 > work.advancedDay) work.advancedDay = day - 1;
}

/**
 * Writes the new account of an operation (with the records of the items
 * renewed in it) and remembers the work as what is known of it; the work is
 * not changed afterwards.
 */
function accountAfter(work: Work): PrepaidAccount {
  const items = work.items;
  if (work.itemsCopied) {
    const list = items as PrepaidItem[];
    const slots = work.slots;
    for (let i = 0; i < list.length; i += 1) {
      const item = list[i] as PrepaidItem;
      const slot = slots[i] as Slot;
      if (item.status === 'active' && slot.periodsPaid !== item.periodsPaid) list[i] = withRenews(item, slot, true);
    }
  }
  const ledger = ledgerAfter(work);
  const advancedTo = isoOf(work.advancedDay);
  work.account = {
    tarifkit: 1, kind: 'prepaidAccount', currency: work.currency, balanceCents: work.balanceCents, topUpsCents: work.topUpsCents, chargesCents: work.chargesCents,
    advancedTo, items, ledger,
  };
  work.advancedTo = advancedTo;
  work.ledger = ledger;
  work.entries = null;
  return remember(work);
}

/** The new account and what the operation produced. */
export function finish(work: Work): PrepaidStep {
  const lines = work.lines ?? [];
  const notices = work.notices ?? [];
  // The remembered work keeps no lines or notices alive.
  work.lines = null;
  work.notices = null;
  return { ok: true, account: accountAfter(work), lines, notices };
}

/** {@link finish} for a booking, with the booked item. */
export function finishBooked(work: Work, item: ActivePrepaidItem): PrepaidBooked {
  const lines = work.lines ?? [];
  const notices = work.notices ?? [];
  work.lines = null;
  work.notices = null;
  return { ok: true, account: accountAfter(work), lines, notices, item };
}
