
import { dayOf, dayOfIso } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import type { Catalog } from '../catalog/types.js';
import { fail } from '../errors/fail.js';
import { advanceChecked } from './advance.js';
import { applyChecked, replayCore } from './applyCore.js';
import { checkEvent, type CheckedEvent } from './check.js';
import { createSubscription } from './createSubscription.js';
import type { Replayed, ReplayRefusal, Subscription, SubscriptionEvent, SubscriptionInput } from './types.js';

function indexAt(_: unknown, i: number): number {
  return i;
}

/**
 * Which events of a log that is not in date order are accepted (R26): the log
 * applied in its own order, as it was recorded, each event after advancing to
 * its day (unless that day has passed) and taken as {@link applyChecked} takes
 * it. An event dated before one that came earlier is backdated: it is refused
 * with CONFLICTS_WITH_LATER_EVENTS when an event accepted before it no longer
 * fits. Gives the log of the accepted events, in date order with their booking
 * ids, and the refusals by the events' places in the log (`labels`).
 */
function asRecorded(start: Subscription, checked: readonly CheckedEvent[], labels: readonly number[] | null): { events: readonly SubscriptionEvent[]; refusals: ReplayRefusal[] } {
  let sub = start;
  const refusals: ReplayRefusal[] = [];
  for (let k = 0; k < checked.length; k += 1) {
    const entry = checked[k] as CheckedEvent;
    const index = labels === null ? k : labels[k] as number;
    if (sub.advancedTo === null || entry.day >= dayOfIso(sub.advancedTo)) sub = advanceChecked(sub, entry.day).subscription;
    const result = applyChecked(sub, entry.event, `events.${index}`);
    if (result.ok) sub = result.subscription;
    else refusals.push({ index, refusal: result });
  }
  return { events: sub.events, refusals };
}

/**
 * Replays an event log from the order up to a day (R26): each event in date
 * order after advancing to its day, then on to `to`. It gives exactly the
 * invoices and notices of applying the events one by one with {@link applyEvent}
 * and advancing with {@link advance}. Events on the same day keep their order
 * in the log; events after `to` are left out. A refused event changes nothing
 * and is listed in `refusals`.
 *
 * A log whose events are not in date order (as recorded, some of them late)
 * keeps the decisions {@link applyEvent} made in its order: an event dated
 * before one listed earlier is backdated, and it is refused with
 * `CONFLICTS_WITH_LATER_EVENTS` when an event accepted before it no longer fits.
 * The events accepted are then replayed in date order. A subscription's own log
 * (`subscription.events`) is always in date order.
 *
 * @param catalog - the catalog
 * @param order - what {@link createSubscription} takes
 * @param events - the log, as stored
 * @param to - the day to advance to
 * @returns the subscription on `to`, every invoice and notice on the way, and the refusals
 * @throws TarifkitError what {@link createSubscription}, {@link applyEvent} and {@link advance}
 *   throw, with fields `events.<i>.<key>`; `INVALID_ARGUMENT` for a log that is no array
 * @example
 * ```ts
 * import { createCatalog, replay } from 'tarifkit';
 *
 * const catalog = createCatalog({
 *   plans: [{
 *     id: 'crm', name: 'CloudCRM', price: { cents: 4900, per: 'billingPeriod' }, billingCycle: { kind: 'monthly' },
 *     termMonths: 1, renewal: { kind: 'openEnded' },
 *     policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
 *   }],
 *   addOns: [{ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }],
 * });
 * const run = replay(catalog, { planId: 'crm', start: '2026-03-18' },
 *   [{ type: 'bookAddOn', on: '2026-03-20', addOnId: 'users', quantity: 1 }], '2026-04-18');
 * run.invoices.map((invoice) => invoice.netCents); // [4900, 6042]: the plan, then the plan, the user and the draft
 * ```
 */
export function replay(catalog: Catalog, order: SubscriptionInput, events: readonly SubscriptionEvent[], to: DateInput): Replayed {
  const start = createSubscription(catalog, order);
  const toDay = dayOf(to, 'to');
  if (!Array.isArray(events) || events.length > 100_000) fail('INVALID_ARGUMENT', 'events', events);
  // Each event is checked once; the log is taken up to `to`.
  const checked: CheckedEvent[] = [];
  // The place of each kept event in the log handed in; null while that is its own place.
  let labels: number[] | null = null;
  let sorted = true;
  for (let i = 0; i < events.length; i += 1) {
    const entry = checkEvent(events[i], i, start.timeZone);
    if (entry.day > toDay) {
      labels ??= Array.from({ length: checked.length }, indexAt);
      continue;
    }
    if (checked.length > 0 && entry.day < (checked[checked.length - 1] as CheckedEvent).day) sorted = false;
    checked.push(entry);
    labels?.push(i);
  }
  if (!sorted) {
    // Some events came late: which are accepted is decided as they were recorded, and the events
    // accepted are replayed in date order, as a log that knew them from the start.
    const recorded = asRecorded(start, checked, labels);
    const run = replayCore(start, recorded.events, toDay, null);
    if (!('subscription' in run)) return fail('INVALID_ARGUMENT', 'events', events);
    return { subscription: run.subscription, invoices: run.invoices, notices: run.notices, refusals: recorded.refusals };
  }
  const result = replayCore(start, null, toDay, null, labels, checked);
  if (!('subscription' in result)) return fail('INVALID_ARGUMENT', 'events', events);

  return {
    subscription: result.subscription,
    invoices: result.invoices,
    notices: result.notices,
    refusals: result.refusals.length === 0 ? [] : result.refusals.map((entry) => ({ index: labels === null ? entry.index : labels[entry.index] as number, refusal: entry.refusal })),
  };
}
