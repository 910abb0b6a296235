/**
 * Applying one event (R26): the fast path for events in date order, and the
 * rebuild for events dated before the last invoice or the last event, which
 * replays the whole log and turns the difference into correction lines.
 *
 * @internal
 * @module
 */
import { dayOfIso, isoOf } from '../calendar/days.js';
import { fail } from '../errors/fail.js';
import { isTarifkitError } from '../errors/isTarifkitError.js';
import type { Invoice } from '../invoice/types.js';
import type { Line } from '../lines/types.js';
import { refuse } from '../refusal/refuse.js';
import type { Refusal } from '../refusal/types.js';
import { advanceInPlace, Ledger, type Mutable } from './advance.js';
import { checkEvent, dayOfEvent, withBookingId, type CheckedEvent } from './check.js';
import { addedLines, correctionsFor } from './corrections.js';
import { subscriptionOf } from './subscriptionOf.js';
import { contextOf, decide, type Decision } from './engine.js';
import { subscriptionWith } from './record.js';
import type { Applied, Subscription, SubscriptionEvent, SubscriptionNotice } from './types.js';


/** Checks where an event may go: inside the contract, before the next invoice day. */
function checkDay(sub: Subscription, checked: CheckedEvent, field: string): void {
  // ISO dates compare as text: no day needs to be read here unless the check fails.
  const on = isoOf(checked.day);
  if (on < sub.contract.start) dayRefused('NOT_WITHIN', checked, field, on, { start: sub.contract.start });
  if (sub.nextInvoiceOn !== null && on >= sub.nextInvoiceOn) dayRefused('INVOICE_DUE_FIRST', checked, field, on, { nextInvoiceOn: sub.nextInvoiceOn });
  if (sub.contract.end !== null && on >= sub.contract.end) dayRefused('NOT_WITHIN', checked, field, on, { end: sub.contract.end });
}

function dayRefused(code: 'NOT_WITHIN' | 'INVOICE_DUE_FIRST', checked: CheckedEvent, field: string, on: string, extra: Readonly<Record<string, unknown>>): never {
  return fail(code, 'on' in checked.event ? `${field}.on` : `${field}.at`, on, extra);
}

/** The day of the latest event in the log, and of the latest invoice. */
function lastDays(sub: Subscription): number {
  let last = Number.NEGATIVE_INFINITY;
  const events = sub.events;
  if (events.length > 0) last = dayOfEvent(events[events.length - 1] as SubscriptionEvent, sub.timeZone);
  const invoices = sub.invoices;
  if (invoices.length > 0) {
    const invoiced = dayOfIso((invoices[invoices.length - 1] as Invoice).issuedOn);
    if (invoiced > last) last = invoiced;
  }
  return last;
}

/** The subscription a decision leaves, with the event at the end of its log. */
function decided(sub: Subscription, decision: Decision, event: SubscriptionEvent): Subscription {
  const events = sub.events.slice();
  events.push(event);
  return subscriptionWith(sub, decision.contract, decision.addOns, decision.options, events, sub.invoices, decision.pending, decision.nextInvoiceOn, sub.advancedTo);
}

/** Applies a checked event to a checked subscription. */
export function applyChecked(sub: Subscription, value: unknown, field: string): Applied | Refusal {
  const checked = checkEvent(value, field, sub.timeZone);
  const decision = decideOnTime(sub, checked, field);
  if (decision === null) return rebuild(sub, checked, field);
  if (!decision.ok) return decision;
  const event = decision.bookingId === null ? checked.event : withBookingId(checked.event, decision.bookingId);
  return {
    ok: true,
    subscription: decided(sub, decision, event),
    lines: decision.lines,
    effectiveOn: isoOf(decision.effectiveDay),
    bookingId: decision.bookingId,
    event,
  };
}

/**
 * What an event does to a checked subscription, without the subscription it
 * leaves: the lines, the day it takes effect and the booking (a quote).
 */
export function quoteChecked(sub: Subscription, value: unknown, field: string): Pick<Applied, 'ok' | 'lines' | 'effectiveOn' | 'bookingId'> | Refusal {
  const checked = checkEvent(value, field, sub.timeZone);
  const result = decideOnTime(sub, checked, field) ?? rebuild(sub, checked, field);
  if (!result.ok) return result;
  return { ok: true, lines: result.lines, effectiveOn: 'effectiveDay' in result ? isoOf(result.effectiveDay) : result.effectiveOn, bookingId: result.bookingId };
}

/**
 * The decision of an event on time (R26): on or after the last event and the
 * last invoice, while invoices are still due. Null when the event needs the
 * rebuild: it comes late, or it brings an invoice forward to a day already
 * advanced past.
 */
function decideOnTime(sub: Subscription, checked: CheckedEvent, field: string): Decision | Refusal | null {
  checkDay(sub, checked, field);
  // Once the final invoice day has passed (nextInvoiceOn null), every event lies before it and is backdated.
  if (checked.day < lastDays(sub) || sub.nextInvoiceOn === null) return null;
  const decision = decide(sub, contextOf(sub), checked, field);
  // An invoice the decision brings forward to a day already advanced past (a contract withdrawn,
  // R31) would have been issued on the way: the rebuild issues it as corrections instead. On the
  // day advanced to itself it waits for the next advance, as a replay would issue it.
  if (decision.ok && sub.advancedTo !== null && decision.nextInvoiceOn !== null && decision.nextInvoiceOn < sub.advancedTo) return null;
  return decision;
}

/**
 * The next invoice day of a subscription with `pending` lines: the regular one, or, once the final
 * invoice day has passed, the day after `advancedTo`, so that corrections found after the end are
 * invoiced on the next advance (R26).
 */
export function nextInvoiceAfter(regular: string | null, pending: readonly Line[], advancedTo: string | null): string | null {
  if (regular !== null || pending.length === 0 || advancedTo === null) return regular;
  return isoOf(dayOfIso(advancedTo) + 1);
}

/** What a replay of a log gives. */
export interface ReplayCore {
  readonly subscription: Subscription;
  readonly invoices: Invoice[];
  readonly notices: SubscriptionNotice[];
  readonly refusals: { index: number; refusal: Refusal }[];
  /** The result of the event at `strict`, when asked for. */
  readonly applied: Applied | null;
  /** Whether an invoice fell due on the clock's day after the run had advanced to it. */
  readonly dueAgain: boolean;
}

/** The field of event `i` of a run: its place in the log handed in. */
function fieldOf(i: number, labels: readonly number[] | null): string {
  return `events.${labels === null ? i : labels[i]}`;
}

/**
 * The refusal of a backdated event that a later event of the log no longer
 * fits: which event (its index in the subscription's log, its type and day)
 * and why (the later event's refusal reason or error code).
 */
function conflict(i: number, inserted: number, value: SubscriptionEvent, zone: string, why: { readonly reason?: string; readonly code?: string }): Refusal {
  let eventOn: string | null = null;
  try {
    eventOn = isoOf(dayOfEvent(value, zone));
  } catch {
    // an event of the log that no longer reads: its day stays unknown
  }
  return refuse('CONFLICTS_WITH_LATER_EVENTS', null, {
    eventIndex: i > inserted ? i - 1 : i,
    eventType: String((value as { type?: unknown }).type),
    eventOn,
    ...why,
  });
}

/**
 * Replays a log in date order from a subscription: each event after advancing
 * to its day (its day's invoice first), then to `clock`. Events after `clock`
 * are applied without advancing past it. With `strict` set, the event at that
 * index must go through (its refusal is returned, its errors name
 * `strictField`), and every other event must be accepted, or the result is a
 * CONFLICTS_WITH_LATER_EVENTS refusal. With `again` false, an invoice an event
 * of the clock's day brought due on that day is left waiting for the next advance.
 *
 * This is the billing run's fast path: one list of invoices and one log are
 * appended to throughout, and no result value is built between the events.
 */
export function replayCore(
  sub0: Subscription,
  events: readonly SubscriptionEvent[] | null,
  clock: number | null,
  strict: number | null,
  labels: readonly number[] | null = null,
  prechecked: readonly CheckedEvent[] | null = null,
  strictField = 'event',
  again = true,
): ReplayCore | Refusal {
  const ledger = new Ledger(sub0.invoices.slice(), true);
  const log = sub0.events.slice();
  // One record, changed in place as the run goes and handed out only at its end.
  const sub = subscriptionWith(sub0, sub0.contract, sub0.addOns, sub0.options, log, ledger.list, sub0.pending, sub0.nextInvoiceOn, sub0.advancedTo) as Mutable<Subscription>;
  const invoices: Invoice[] = [];
  const notices: SubscriptionNotice[] = [];
  const refusals: { index: number; refusal: Refusal }[] = [];
  let applied: Applied | null = null;
  let clocked = false;
  const count = events === null ? (prechecked as readonly CheckedEvent[]).length : events.length;
  for (let i = 0; i < count; i += 1) {
    const value = events === null ? (prechecked as readonly CheckedEvent[])[i]!.event : events[i] as SubscriptionEvent;
    const field = strict === i ? strictField : fieldOf(i, labels);
    let checked: CheckedEvent;
    let decision: ReturnType<typeof decide>;
    try {
      checked = prechecked === null ? checkEvent(value, field, sub.timeZone) : (prechecked[i] as CheckedEvent);
      const day = checked.day;
      const target = clock === null || day <= clock ? day : clock;
      if (!clocked && (sub.advancedTo === null || isoOf(target) >= sub.advancedTo)) {
        advanceInPlace(sub, target, ledger, invoices, notices);
        if (clock !== null && target === clock) clocked = true;
      }
      checkDay(sub, checked, field);
      decision = decide(sub, contextOf(sub), checked, field);
    } catch (error) {
      if (strict === null || strict === i || !isTarifkitError(error)) throw error;
      return conflict(i, strict, value, sub.timeZone, { code: error.code });
    }
    if (!decision.ok) {
      if (strict === i) return decision;
      if (strict !== null) return conflict(i, strict, value, sub.timeZone, { reason: decision.reason });
      refusals.push({ index: i, refusal: decision });
      continue;
    }
    const event = decision.bookingId === null ? checked.event : withBookingId(checked.event, decision.bookingId);
    log.push(event);
    sub.contract = decision.contract;
    sub.addOns = decision.addOns;
    sub.options = decision.options;
    sub.pending = decision.pending;
    sub.nextInvoiceOn = decision.nextInvoiceOn;
    if (strict === i) {
      applied = { ok: true, subscription: sub, lines: decision.lines, effectiveOn: isoOf(decision.effectiveDay), bookingId: decision.bookingId, event };
    }
  }
  // Advanced to the clock's day already, the run goes on to it once more when an event of that day
  // brought an invoice due on it (a contract withdrawn that day, R31), as advancing to it again would.
  let dueAgain = false;
  if (clock !== null && (sub.advancedTo === null || clock >= dayOfIso(sub.advancedTo))) {
    if (!clocked) advanceInPlace(sub, clock, ledger, invoices, notices);
    else if (sub.nextInvoiceOn !== null && dayOfIso(sub.nextInvoiceOn) <= clock) {
      dueAgain = true;
      if (again) advanceInPlace(sub, clock, ledger, invoices, notices);
    }
  }
  return { subscription: sub, invoices, notices, refusals, applied, dueAgain };
}

/**
 * A backdated or out-of-order event (R26): the log with the event in its place
 * is replayed to the day the subscription was advanced to; what that replay
 * invoiced, against what was invoiced, gives correction lines for the next
 * invoice. So what was issued plus the corrections equals the replay, to the cent.
 */
function rebuild(sub: Subscription, checked: CheckedEvent, field: string): Applied | Refusal {
  const zone = sub.timeZone;
  let at = sub.events.length;
  while (at > 0 && dayOfEvent(sub.events[at - 1] as SubscriptionEvent, zone) > checked.day) at -= 1;
  const events = [...sub.events.slice(0, at), checked.event, ...sub.events.slice(at)];
  const start = subscriptionOf(sub.catalog, { ...sub.order, ...(sub.id === null ? {} : { id: sub.id }) }, true);
  const clock = sub.advancedTo === null ? null : dayOfIso(sub.advancedTo);
  const replayed = replayCore(start, events, clock, at, null, null, field);
  if (!('subscription' in replayed)) return replayed;
  const ideal = replayed.subscription;
  const applied = replayed.applied as Applied;
  const idealLines: Line[] = [];
  for (const invoice of ideal.invoices) idealLines.push(...invoice.lines);
  const issuedLines: Line[] = [];
  for (const invoice of sub.invoices) issuedLines.push(...invoice.lines);
  const pending = [...correctionsFor(idealLines, issuedLines), ...ideal.pending];
  const next = subscriptionWith(ideal, ideal.contract, ideal.addOns, ideal.options, ideal.events, sub.invoices, pending, nextInvoiceAfter(ideal.nextInvoiceOn, pending, sub.advancedTo), sub.advancedTo);
  return {
    ok: true,
    subscription: next,
    lines: addedLines(sub.pending, pending),
    effectiveOn: applied.effectiveOn,
    bookingId: applied.bookingId,
    event: applied.event,
  };
}
