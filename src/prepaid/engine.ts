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
import { dayOf, isoOf, LAST_DAY } from '../calendar/days.js';
import { fail } from '../errors/fail.js';
import { dayLine } from '../lines/build.js';
import type { Line } from '../lines/types.js';
import { MAX_CENTS } from '../money/cents.js';
import { cycleOf, sealAccount, slotOf, type Slot } from './account.js';
import type {
  ActivePrepaidItem,
  PrepaidAccount,
  PrepaidItem,
  PrepaidItemKind,
  PrepaidLedgerEntry,
  PrepaidNotice,
  PrepaidOffer,
  PrepaidStep,
} from './types.js';

/** The most renewals one call settles. */
const MAX_RENEWALS = 100_000;

/** The working copy of an account while one operation runs. */
export interface Work {
  readonly account: PrepaidAccount;
  /** The field named by errors about the day (`on` or `to`). */
  readonly field: string;
  balance: number;
  topUps: number;
  charges: number;
  /** The epoch day of `advancedTo`: renewals due on or before it are settled. */
  advancedDay: number;
  /** The account's items until the first change, then a private copy. */
  items: PrepaidItem[];
  itemsCopied: boolean;
  slots: Slot[];
  entries: PrepaidLedgerEntry[];
  lines: Line[];
  notices: PrepaidNotice[];
  renewals: number;
}

/** The latest day an account records: its last ledger entry or the end of an item cancelled on its end day. */
function latestRecordedDay(account: PrepaidAccount): number {
  let latest = Number.NEGATIVE_INFINITY;
  const last = account.ledger[account.ledger.length - 1];
  if (last !== undefined) latest = dayOf(last.on, 'account.ledger.on');
  for (const item of account.items) {
    if (item.status === 'ended') latest = Math.max(latest, dayOf(item.endedFrom, 'account.items.endedFrom'));
  }
  return latest;
}

/** The epoch day `to` of {@link advancePrepaid} on a trusted account; OUT_OF_ORDER before `advancedTo`. */
export function advanceDay(account: PrepaidAccount, to: unknown): number {
  const day = dayOf(to, 'to');
  if (day < dayOf(account.advancedTo, 'account.advancedTo')) fail('OUT_OF_ORDER', 'to', isoOf(day), { advancedTo: account.advancedTo });
  return day;
}

/**
 * The epoch day `on` of an action (top-up, booking, cancellation) on a trusted
 * account; OUT_OF_ORDER (field `on`) before `advancedTo`, or before the day
 * after it when an action of that day is already recorded (an action on day
 * d leaves `advancedTo` at d - 1, and time does not run back behind it).
 */
export function actionDay(account: PrepaidAccount, on: unknown): number {
  const day = dayOf(on, 'on');
  const advanced = dayOf(account.advancedTo, 'account.advancedTo');
  if (day < advanced) fail('OUT_OF_ORDER', 'on', isoOf(day), { advancedTo: account.advancedTo });
  if (day === advanced) {
    const latest = latestRecordedDay(account);
    if (latest > day) fail('OUT_OF_ORDER', 'on', isoOf(day), { advancedTo: account.advancedTo, latestOn: isoOf(latest) });
  }
  return day;
}

/** Starts an operation on a trusted account. */
export function startWork(account: PrepaidAccount, field: string): Work {
  return {
    account,
    field,
    balance: account.balanceCents,
    topUps: account.topUpsCents,
    charges: account.chargesCents,
    advancedDay: dayOf(account.advancedTo, 'account.advancedTo'),
    items: account.items as PrepaidItem[],
    itemsCopied: false,
    slots: account.items.map(slotOf),
    entries: [],
    lines: [],
    notices: [],
    renewals: 0,
  };
}

/** Puts `item` at `index` (or appends it when `index` is the length), copying the items first if needed. */
export function setItem(work: Work, index: number, item: PrepaidItem, slot: Slot): void {
  if (!work.itemsCopied) {
    work.items = work.items.slice();
    work.itemsCopied = true;
  }
  work.items[index] = item;
  work.slots[index] = slot;
}

function periodRecord(startDay: number, endDay: number): { readonly start: string; readonly end: string } {
  return Object.freeze({ start: isoOf(startDay), end: isoOf(endDay) });
}

/** The record of an active item. */
export function activeRecord(
  kind: PrepaidItemKind, offer: PrepaidOffer, bookedDay: number, startDay: number, periodsPaid: number, renews: boolean,
): ActivePrepaidItem {
  const cycleDays = cycleOf(offer);
  return Object.freeze({
    kind, id: offer.id, offer, cycleDays, bookedOn: isoOf(bookedDay), period: periodRecord(startDay, startDay + cycleDays), periodsPaid,
    status: 'active', renews,
  });
}

/** The same active item, with `renews` set. */
export function withRenews(item: ActivePrepaidItem, renews: boolean): ActivePrepaidItem {
  return Object.freeze({ ...item, renews });
}

/**
 * Takes the offer's price from the balance for the period from `startDay`
 * (the caller has checked the balance): a ledger entry and a line.
 */
export function charge(work: Work, offer: PrepaidOffer, startDay: number, reason: 'periodCharge' | 'renewal'): void {
  const endDay = startDay + cycleOf(offer);
  if (endDay > LAST_DAY) fail('DATE_OUT_OF_RANGE', work.field, isoOf(startDay), { reason: 'the period would end after 9999-12-31' });
  const cents = offer.unitCents;
  work.balance -= cents;
  work.charges += cents;
  work.entries.push(Object.freeze({
    type: 'charge', on: isoOf(startDay), cents, balanceAfterCents: work.balance, itemId: offer.id, reason, period: periodRecord(startDay, endDay),
  }));
  work.lines.push(dayLine(reason, offer, 1, offer.id, startDay, endDay, startDay, endDay, false));
}

/** Adds a top-up; INVALID_AMOUNT (field `cents`) when the top-ups would pass the largest amount. */
export function addTopUp(work: Work, day: number, cents: number): void {
  if (work.topUps + cents > MAX_CENTS) fail('INVALID_AMOUNT', 'cents', cents, { reason: 'the top-ups would pass the largest amount', max: MAX_CENTS - work.topUps });
  work.balance += cents;
  work.topUps += cents;
  work.entries.push(Object.freeze({ type: 'topUp', on: isoOf(day), cents, balanceAfterCents: work.balance }));
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
    let best = -1;
    let bestEnd = 0;
    for (let i = 0; i < work.items.length; i += 1) {
      const item = work.items[i] as PrepaidItem;
      if (item.status !== 'active') continue;
      const end = (work.slots[i] as Slot).endDay;
      // Before an action, a renewal due on its day waits for it; a plain end does not.
      if (end > day || (end === day && item.renews && !throughDay)) continue;
      if (best < 0 || end < bestEnd || (end === bestEnd && comesFirst(work, i, best))) {
        best = i;
        bestEnd = end;
      }
    }
    if (best < 0) break;
    const item = work.items[best] as ActivePrepaidItem;
    const slot = work.slots[best] as Slot;
    const offer = item.offer;
    const on = isoOf(bestEnd);
    if (!item.renews) {
      const { renews: _renews, ...rest } = item;
      setItem(work, best, Object.freeze({ ...rest, status: 'ended', endedFrom: on }), slot);
      work.notices.push(Object.freeze({ type: 'prepaidEnded', on, itemId: item.id, kind: item.kind, name: offer.name }));
    } else if (work.balance >= offer.unitCents) {
      work.renewals += 1;
      if (work.renewals > MAX_RENEWALS) fail('NOT_WITHIN', work.field, isoOf(day), { reason: 'more than 100,000 renewals in one call' });
      charge(work, offer, bestEnd, 'renewal');
      setItem(work, best, activeRecord(item.kind, offer, slot.bookedDay, bestEnd, item.periodsPaid + 1, true),
        { bookedDay: slot.bookedDay, startDay: bestEnd, endDay: bestEnd + item.cycleDays });
    } else {
      const missingCents = offer.unitCents - work.balance;
      const { renews: _renews, ...rest } = item;
      setItem(work, best, Object.freeze({ ...rest, status: 'lapsed', lapsedFrom: on, missingCents }), slot);
      work.notices.push(Object.freeze({
        type: 'prepaidLapsed', on, itemId: item.id, kind: item.kind, name: offer.name,
        priceCents: offer.unitCents, balanceCents: work.balance, missingCents, currency: work.account.currency,
      }));
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

/** The new account and what the operation produced. */
export function finish(work: Work): PrepaidStep {
  const account = work.account;
  const items = work.itemsCopied ? Object.freeze(work.items) : account.items;
  const ledger = work.entries.length === 0 ? account.ledger : Object.freeze([...account.ledger, ...work.entries]);
  return {
    ok: true,
    account: sealAccount(account.currency, work.balance, work.topUps, work.charges, work.advancedDay, items, ledger),
    lines: work.lines,
    notices: work.notices,
  };
}
