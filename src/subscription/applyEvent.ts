import { applyChecked } from './applyCore.js';
import { subscriptionOf } from './check.js';
import type { ApplyResult, Subscription, SubscriptionEvent } from './types.js';

/**
 * Applies one event to a subscription (R2–R5, R8–R16, R26): an upgrade or a
 * downgrade, a cancellation, a consumer's withdrawal of the contract (R31), an
 * add-on or option booking and its changes, a withdrawal of one, or your own
 * one-off charge. The result carries the new
 * subscription and the lines the event adds to the next invoice, or a refusal
 * with its reason and the day from which the change would be accepted.
 *
 * Events are plain JSON records. One dated before the last invoice (backdated)
 * is accepted: the log is replayed with it in its place, and the difference to
 * what was invoiced becomes correction lines on the next invoice (`late` and
 * `reversal`), so that what was issued plus the corrections equals a replay
 * that knew the event from the start, to the cent.
 *
 * @param subscription - the subscription; it is not changed
 * @param event - the event record
 * @returns `{ ok: true, subscription, lines, effectiveOn, bookingId, event }`, or a {@link Refusal}
 * @throws TarifkitError `INVALID_EVENT` for a malformed record or an unknown type or field,
 *   `UNKNOWN_ID` for an unknown plan, component, add-on, option or booking, `INVALID_QUANTITY`
 *   for 0, a fraction or more than 1,000,000 units, `INVALID_DATE` / `INVALID_INSTANT`,
 *   `NOT_WITHIN` for a day before the start or from the contract's end on,
 *   `INVOICE_DUE_FIRST` for a day on or after the next invoice day (advance first),
 *   `ALREADY_ENDED` for a booking that has ended, `INVALID_ACTIVATION`, `DUPLICATE_ID`;
 *   every error names the field (`event.quantity`) and leaves everything as it was
 * @example
 * ```ts
 * import { advance, applyEvent, createCatalog, createSubscription, explainLine } from 'tarifkit';
 *
 * const catalog = createCatalog({
 *   plans: [{
 *     id: 'crm', name: 'CloudCRM', price: { cents: 4900, per: 'billingPeriod' }, billingCycle: { kind: 'monthly' },
 *     termMonths: 1, renewal: { kind: 'openEnded' },
 *     policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
 *   }],
 *   addOns: [{ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }],
 * });
 * const started = advance(createSubscription(catalog, { planId: 'crm', start: '2026-03-18' }), '2026-03-18').subscription;
 * const booked = applyEvent(started, { type: 'bookAddOn', on: '2026-03-20', addOnId: 'users', quantity: 1 });
 * if (booked.ok) explainLine(booked.lines[0]!, 'de');
 * // "Anteilig Zusätzliche Benutzer, 20.03.2026–17.04.2026, 29/31 Tage: 5,52 €"
 * ```
 */
export function applyEvent(subscription: Subscription, event: SubscriptionEvent): ApplyResult {
  return applyChecked(subscriptionOf(subscription, 'subscription'), event, 'event');
}
