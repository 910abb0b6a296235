import type { Refusal } from '../refusal/types.js';
import { applyChecked } from './applyCore.js';
import { subscriptionOf } from './check.js';
import type { ApplyResult, Subscription, SubscriptionEvent } from './types.js';

/**
 * Applies one event to a subscription (R2–R5, R8–R16, R26): an upgrade or a
 * downgrade, a cancellation, an add-on or option booking and its changes, a
 * withdrawal, or your own one-off charge. The result carries the new
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

/** What {@link quoteEvent} returns: the decision without the new subscription. */
export type QuoteResult =
  | {
    readonly ok: true;
    /** The lines the event would add to the next invoice. */
    readonly lines: ApplyResultLines;
    /** The first day the change would be in force. */
    readonly effectiveOn: string;
    /** The booking it would make or change, or null. */
    readonly bookingId: string | null;
  }
  | Refusal;

/** The lines of a quote. */
export type ApplyResultLines = Extract<ApplyResult, { ok: true }>['lines'];

/**
 * Quotes an event: the same decision as {@link applyEvent}, shown before the
 * customer confirms; it changes nothing (R2). "Es wird Ihnen nun der Aufpreis
 * für die Restlaufzeit angezeigt."
 *
 * @param subscription - the subscription
 * @param event - the event record
 * @returns the lines, the day it would take effect and the booking; or a {@link Refusal}
 * @throws TarifkitError what {@link applyEvent} throws
 * @example
 * ```ts
 * import { advance, createCatalog, createSubscription, quoteEvent } from 'tarifkit';
 *
 * const policy = { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' } as const;
 * const plan = (id: string, cents: number) => ({ id, name: id, price: { cents, per: 'term' as const },
 *   billingCycle: { kind: 'term' as const }, termMonths: 12, renewal: { kind: 'fixed' as const, months: 12 }, policy });
 * const catalog = createCatalog({ plans: [plan('basic', 10000), plan('pro', 20000)] });
 * const sub = advance(createSubscription(catalog, { planId: 'basic', start: '2026-01-01' }), '2026-01-01').subscription;
 * const quote = quoteEvent(sub, { type: 'upgrade', on: '2026-07-01', planId: 'pro' });
 * if (quote.ok) quote.lines.map((line) => line.cents); // [10082, -5041]: W1, 184 of 365 days
 * ```
 */
export function quoteEvent(subscription: Subscription, event: SubscriptionEvent): QuoteResult {
  const result = applyEvent(subscription, event);
  if (!result.ok) return result;
  return { ok: true, lines: result.lines, effectiveOn: result.effectiveOn, bookingId: result.bookingId };
}
