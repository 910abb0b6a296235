
import { dayOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import type { Catalog } from '../catalog/types.js';
import { fail } from '../errors/fail.js';
import { replayCore } from './applyCore.js';
import { checkEvent } from './check.js';
import { createSubscription } from './createSubscription.js';
import type { Replayed, SubscriptionEvent, SubscriptionInput } from './types.js';

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
  const dated = events.map((event, index) => ({ event, index, day: checkEvent(event, `events.${index}`, start.timeZone).day }));
  const kept = dated.filter((entry) => entry.day <= toDay).sort((a, b) => a.day - b.day || a.index - b.index);
  const result = replayCore(start, kept.map((entry) => entry.event), toDay, null, kept.map((entry) => entry.index));
  if (!('subscription' in result)) return fail('INVALID_ARGUMENT', 'events', events);

  return {
    subscription: result.subscription,
    invoices: result.invoices,
    notices: result.notices,
    refusals: result.refusals.map((entry) => ({ index: (kept[entry.index] as { index: number }).index, refusal: entry.refusal })),
  };
}
