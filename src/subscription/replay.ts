
import { dayOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import type { Catalog } from '../catalog/types.js';
import { fail } from '../errors/fail.js';
import { replayCore } from './applyCore.js';
import { checkEvent, type CheckedEvent } from './check.js';
import { createSubscription } from './createSubscription.js';
import type { Replayed, SubscriptionEvent, SubscriptionInput } from './types.js';

function indexAt(_: unknown, i: number): number {
  return i;
}

/**
 * Replays an event log from the order up to a day (R26): each event in date
 * order after advancing to its day, then on to `to`. It gives exactly the
 * invoices and notices of applying the events one by one with {@link applyEvent}
 * and advancing with {@link advance}. Events on the same day keep their order
 * in the log; events after `to` are left out. A refused event changes nothing
 * and is listed in `refusals`.
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
  // Each event is checked once; the log is taken in date order (stable), up to `to`.
  let checked: CheckedEvent[] = [];
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
    const by = labels ?? Array.from({ length: checked.length }, indexAt);
    const order = checked.map(indexAt).sort((a, b) => (checked[a] as CheckedEvent).day - (checked[b] as CheckedEvent).day || a - b);
    checked = order.map((k) => checked[k] as CheckedEvent);
    labels = order.map((k) => by[k] as number);
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
