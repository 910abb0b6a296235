/**
 * The settling engine of prepaid accounts (R7, R17), on integers: it pays the
 * renewals that fall due, in a fixed order, from the balance, and lets lapse
 * the ones the balance does not cover. Lines, periods and dates are built
 * only when a caller reads them.
 *
 * Order of renewals due on the same day (documented in docs/prepaid-and-bookings.md):
 * the package before options, then by the day the cycle was booked (earlier
 * first), then by id (code-unit order). Actions of the caller on a day (top-ups,
 * bookings, cancellations) come before the renewals due that day; the end of a
 * cancelled item comes before them.
 *
 * @internal
 * @module
 */
import {
  AccountValue,
  activeItem,
  BookedValue,
  EndEvent,
  endedItem,
  LapseEvent,
  lapsedItem,
  LedgerNode,
  StepValue,
  type ItemFacts,
  type ItemState,
} from './state.js';
import type { ActivePrepaidItem, PrepaidAccount, PrepaidBooked, PrepaidItem, PrepaidStep } from './types.js';

/** The working copy of an account while one operation runs: the step that will be returned. */
export type Work = StepValue;

/** Starts an operation on a trusted account. */
export function startWork(account: PrepaidAccount): Work {
  return new StepValue(account as AccountValue);
}

/** Starts a booking on a trusted account. */
export function startBooking(account: PrepaidAccount): BookedValue {
  return new BookedValue(account as AccountValue);
}

/** Seals the working copy: the new account and the events. */
function seal(work: Work): void {
  work.account = new AccountValue(work.account.currency, work.balance, work.topUps, work.charges, work.settledDay, work.items, work.tail);
  if (work.newEvents !== null) work.events = work.newEvents;
}

/** The new account and what the operation produced. */
export function finish(work: Work): PrepaidStep {
  seal(work);
  return work;
}

/** The new account after a booking, with the booked item. */
export function finishBooking(work: BookedValue, item: ActivePrepaidItem): PrepaidBooked {
  seal(work);
  work.item = item;
  return work;
}

/** Puts `item` at `index` (or appends it when `index` is the length), copying the items first if needed. */
export function setItem(work: Work, index: number, item: PrepaidItem): void {
  if (!work.itemsCopied) {
    work.items = work.items.slice();
    work.itemsCopied = true;
  }
  (work.items as PrepaidItem[])[index] = item;
}

/** Takes `facts.priceCents` from the balance for the period from `startDay`; the caller has checked the balance. */
export function charge(work: Work, facts: ItemFacts, startDay: number, reason: 'periodCharge' | 'renewal'): void {
  work.balance -= facts.priceCents;
  work.charges += facts.priceCents;
  work.tail = new LedgerNode('charge', startDay, facts.priceCents, work.balance, facts, reason, work.tail);
}

/** Adds a top-up; the caller has checked the amount. */
export function addTopUp(work: Work, day: number, cents: number): void {
  work.balance += cents;
  work.topUps += cents;
  work.tail = new LedgerNode('topUp', day, cents, work.balance, null, null, work.tail);
}

/** True when `a` is settled before `b` among renewals due on the same day. */
function comesFirst(a: ItemState, b: ItemState): boolean {
  if (a.facts.kind !== b.facts.kind) return a.facts.kind === 'package';
  if (a.facts.bookedDay !== b.facts.bookedDay) return a.facts.bookedDay < b.facts.bookedDay;
  return a.facts.id < b.facts.id;
}

/**
 * Settles every renewal due before `to` (epoch day), in date order and, on one
 * day, in the documented order; then moves `settledDay` to `to`. A cancelled
 * item whose period ends on `to` itself ends too: no balance decides its end,
 * and on that day it is no longer active (so it can be booked again that day).
 */
export function settle(work: Work, to: number): void {
  for (;;) {
    const items = work.items;
    let best = -1;
    let next: ItemState | null = null;
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i] as unknown as ItemState;
      // A renewal due on `to` waits for the caller's actions of that day; a plain end does not need to.
      if (item.status !== 'active' || item.endDay > to || (item.endDay === to && item.renews)) continue;
      if (next === null || item.endDay < next.endDay || (item.endDay === next.endDay && comesFirst(item, next))) {
        best = i;
        next = item;
      }
    }
    if (next === null) break;
    const facts = next.facts;
    const day = next.endDay;
    if (!next.renews) {
      setItem(work, best, endedItem(facts, next.startDay, next.periodsPaid));
      (work.newEvents ??= []).push(new EndEvent(facts, day));
    } else if (work.balance >= facts.priceCents) {
      charge(work, facts, day, 'renewal');
      setItem(work, best, activeItem(facts, day, next.periodsPaid + 1, true));
    } else {
      setItem(work, best, lapsedItem(facts, next.startDay, next.periodsPaid, facts.priceCents - work.balance));
      (work.newEvents ??= []).push(new LapseEvent(facts, day, work.balance));
    }
  }
  if (to > work.settledDay) work.settledDay = to;
}
