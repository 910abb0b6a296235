/**
 * The settling engine of prepaid accounts (R7, R17), on integers: it pays the
 * renewals that fall due, in a fixed order, from the balance, and lets lapse
 * the ones the balance does not cover.
 *
 * Order of renewals due on the same day: the package before options, then by
 * the day the cycle was booked (earlier first), then by id (code-unit order).
 * Actions of the caller on a day (top-ups, bookings, cancellations) come
 * before the renewals due that day; the end of a cancelled item comes before
 * them.
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
  settledDay: number;
  /** The account's items until the first change, then a private copy. */
  items: PrepaidItem[];
  itemsCopied: boolean;
  slots: Slot[];
  entries: PrepaidLedgerEntry[];
  lines: Line[];
  notices: PrepaidNotice[];
  renewals: number;
}

/** The epoch day of a dated action on a trusted account; OUT_OF_ORDER before its settled day. */
export function actionDay(account: PrepaidAccount, on: unknown, field: string): number {
  const day = dayOf(on, field);
  const settled = dayOf(account.settledTo, 'account.settledTo');
  if (day < settled) fail('OUT_OF_ORDER', field, isoOf(day), { settledTo: account.settledTo });
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
    settledDay: dayOf(account.settledTo, 'account.settledTo'),
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
 * Settles every renewal due before `to` (epoch day), in date order and, on one
 * day, in the documented order; then moves the settled day to `to`. A
 * cancelled item whose period ends on `to` itself ends too: no balance decides
 * its end, and on that day it is no longer active (so it can be booked again).
 */
export function settle(work: Work, to: number): void {
  for (;;) {
    let best = -1;
    let bestEnd = 0;
    for (let i = 0; i < work.items.length; i += 1) {
      const item = work.items[i] as PrepaidItem;
      if (item.status !== 'active') continue;
      const end = (work.slots[i] as Slot).endDay;
      // A renewal due on `to` waits for the caller's actions of that day; a plain end does not.
      if (end > to || (end === to && item.renews)) continue;
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
      if (work.renewals > MAX_RENEWALS) fail('NOT_WITHIN', work.field, isoOf(to), { reason: 'more than 100,000 renewals in one call' });
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
  if (to > work.settledDay) work.settledDay = to;
}

/** The new account and what the operation produced. */
export function finish(work: Work): PrepaidStep {
  const account = work.account;
  const items = work.itemsCopied ? Object.freeze(work.items) : account.items;
  const ledger = work.entries.length === 0 ? account.ledger : Object.freeze([...account.ledger, ...work.entries]);
  return {
    ok: true,
    account: sealAccount(account.currency, work.balance, work.topUps, work.charges, work.settledDay, items, ledger),
    lines: work.lines,
    notices: work.notices,
  };
}
