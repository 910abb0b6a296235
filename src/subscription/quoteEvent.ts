import type { Refusal } from '../refusal/types.js';
import { quoteChecked } from './applyCore.js';
import { subscriptionOf } from './check.js';
import type { ApplyResult, Subscription, SubscriptionEvent } from './types.js';

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
  // The decision alone: the subscription it would leave is not built.
  return quoteChecked(subscriptionOf(subscription, 'subscription'), event, 'event');
}
