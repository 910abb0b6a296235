import { dayOf, dayOfIso, isoOf, landingIn } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { fail } from '../errors/fail.js';
import type { Invoice } from '../invoice/types.js';
import type { Line } from '../lines/types.js';
import { subscriptionOf } from './check.js';
import { closeDay, contextOf, lastClose, noticesBetween } from './engine.js';
import { subscriptionWith } from './record.js';
import type { Advanced, Subscription, SubscriptionNotice } from './types.js';

/**
 * The most invoices one call issues (a replay counts them all): ten thousand
 * periods, 833 years of monthly invoices, a fraction of a second. More in one
 * call is refused rather than run for seconds; advance in steps instead.
 */
const MAX_INVOICES = 10_000;

/** The most days one call moves a subscription forward: 100 years. Advance in steps beyond. */
const MAX_SPAN_DAYS = 36_525;

/** The pending lines between the closes of one call: empty, read only, never handed out. */
const NONE_PENDING: readonly Line[] = [];

/** A record whose fields may be set: the caller's own copy, changed in place before it is handed out. @internal */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The invoices a subscription keeps, appended to as invoices are issued: the
 * list it started from is copied on the first append (a subscription passed in
 * never changes), unless the list is the caller's own already (a run).
 */
export class Ledger {
  list: Invoice[];
  #own: boolean;

  constructor(list: readonly Invoice[], own: boolean) {
    this.list = list as Invoice[];
    this.#own = own;
  }

  push(invoice: Invoice): void {
    if (!this.#own) {
      this.list = this.list.slice();
      this.#own = true;
    }
    this.list.push(invoice);
  }
}

/**
 * Advances a subscription record to `toDay` (inclusive), changing the record
 * itself: the caller's own copy, never one handed in. The notices of the days
 * passed go to `notices`, each invoice issued to `issued` and to `ledger`, the
 * list the record keeps as its invoices. @internal
 */
export function advanceInPlace(sub: Mutable<Subscription>, toDay: number, ledger: Ledger, issued: Invoice[], notices: SubscriptionNotice[]): void {
  const advancedTo = sub.advancedTo === null ? null : sub.advancedTo === wroteAdvancedIso ? wroteAdvancedDay : dayOfIso(sub.advancedTo);
  if (advancedTo !== null && toDay < advancedTo) fail('OUT_OF_ORDER', 'to', isoOf(toDay), { advancedTo: sub.advancedTo });
  const context = contextOf(sub);
  const fromDay = advancedTo ?? context.facts.startDay - 1;
  if (toDay - fromDay > MAX_SPAN_DAYS) fail('NOT_WITHIN', 'to', isoOf(toDay), { reason: 'more than 100 years in one call', maxDays: MAX_SPAN_DAYS });
  if (toDay > fromDay) noticesBetween(sub, context, fromDay, toDay, notices);
  let options = sub.options;
  let pending = sub.pending;
  let next = sub.nextInvoiceOn === null ? null : sub.nextInvoiceOn === wroteNextIso ? wroteNextDay : dayOfIso(sub.nextInvoiceOn);
  while (next !== null && next <= toDay) {
    if (issued.length >= MAX_INVOICES) fail('NOT_WITHIN', 'to', isoOf(toDay), { reason: 'more than 10,000 invoices in one call', max: MAX_INVOICES });
    const invoice = closeDay(sub, context, options, pending, next);
    options = lastClose.options;
    pending = NONE_PENDING;
    next = lastClose.nextDay;
    if (invoice !== null) {
      ledger.push(invoice);
      issued.push(invoice);
    }
  }
  sub.options = options;
  sub.invoices = ledger.list;
  // The record gets a list of its own (never the shared empty one, and never a frozen one: V8 copies
  // frozen arrays on a slow path).
  sub.pending = pending === NONE_PENDING ? [] : pending;
  sub.nextInvoiceOn = next === null ? null : isoOf(next);
  sub.advancedTo = isoOf(toDay);
  if (next !== null) {
    wroteNextIso = sub.nextInvoiceOn;
    wroteNextDay = next;
  }
  wroteAdvancedIso = sub.advancedTo;
  wroteAdvancedDay = toDay;
}

/** The days last written as ISO text, so the next call reads them back without parsing (a pure memo). */
let wroteAdvancedIso: string | null = null;
let wroteAdvancedDay = 0;
let wroteNextIso: string | null = null;
let wroteNextDay = 0;

/** {@link advance} on a subscription already checked. @internal */
export function advanceChecked(sub: Subscription, toDay: number): Advanced {
  const issued: Invoice[] = [];
  const notices: SubscriptionNotice[] = [];
  const subscription = subscriptionWith(sub, sub.contract, sub.addOns, sub.options, sub.events, sub.invoices, sub.pending, sub.nextInvoiceOn, sub.advancedTo) as Mutable<Subscription>;
  advanceInPlace(subscription, toDay, new Ledger(sub.invoices, false), issued, notices);
  return { subscription, invoices: issued, notices };
}

/**
 * Moves a subscription forward to a day: the test clock (R26). It closes every
 * billing period due up to and including that day and returns, in date order,
 * the invoices (the regular charges with the drafts, credits, credit notes and
 * corrections waiting for them) and the notices (renewals, notice deadlines,
 * downgrades in force, add-ons and options that changed, renewed or ended).
 *
 * It takes any day and any number of periods, and it is pure: the subscription
 * passed in is unchanged. The clock only moves forward. An invoice on a day
 * comes before that day's events: apply an event on an invoice day after
 * advancing to it.
 *
 * @param subscription - the subscription
 * @param to - the day to move to (inclusive)
 * @returns the subscription on that day, the invoices issued and the notices on the way
 * @throws TarifkitError `INVALID_ARGUMENT` for something that is no subscription, `INVALID_DATE`,
 *   `OUT_OF_ORDER` (field `to`) for a day before the one it was advanced to,
 *   `NOT_WITHIN` for more than 10,000 invoices or 100 years at once
 * @example
 * ```ts
 * import { advance, createCatalog, createSubscription } from 'tarifkit';
 *
 * const catalog = createCatalog({ plans: [{
 *   id: 'cloud', name: 'Cloud Server', price: { cents: 4300, per: 'billingPeriod' },
 *   billingCycle: { kind: 'calendarMonth' }, termMonths: 12, renewal: { kind: 'fixed', months: 12 },
 *   policy: { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' },
 * }] });
 * const { invoices, notices } = advance(createSubscription(catalog, { planId: 'cloud', start: '2026-01-01' }), '2027-01-01');
 * invoices.length;  // 13: every month of 2026 in advance, and January 2027
 * notices[0]!.type; // "cancellationDeadline": 2026-09-30 was the last day to cancel for the year's end
 * ```
 */
export function advance(subscription: Subscription, to: DateInput): Advanced {
  const sub = subscriptionOf(subscription, 'subscription');
  const toDay = dayOf(to, 'to');
  return landingIn('to', to, () => advanceChecked(sub, toDay));
}
