import type { Catalog } from '../catalog/types.js';
import { subscriptionOf } from './subscriptionOf.js';
import type { Subscription, SubscriptionInput } from './types.js';

/**
 * Makes a subscription (R1, R26): one customer's contract of a plan, with the
 * add-ons ordered along, on an empty event log. Nothing is invoiced yet: the
 * first invoice is due on the start day (billing in advance) or after the
 * first period (in arrears); {@link advance} issues it. Withdrawals skip the German
 * nationwide public holidays, and the state's own when `input.state` names one (R30);
 * the order records that as `publicHolidays`.
 *
 * @param catalog - the catalog, from {@link createCatalog} (or read back from JSON)
 * @param input - the plan, start day, configuration, add-ons ordered along, time zone, state and holidays, basis and id,
 *   and for a consumer's withdrawal of the contract (R31) `instructed: false` (no proper instruction) and `earlyStart: true`
 * @returns the subscription: plain data
 * @throws TarifkitError `INVALID_ARGUMENT` for an input that is no record, `UNKNOWN_ID` for an
 *   unknown plan, component or add-on (field `input.planId`, `input.configuration.<id>`,
 *   `input.addOns.<i>.addOnId`), `INVALID_QUANTITY`, `INVALID_DATE`, `INVALID_TIME_ZONE`,
 *   `INVALID_STATE` (field `input.state`), `INVALID_HOLIDAYS`, `INVALID_BASIS`, `INVALID_ARGUMENT` for an
 *   `instructed` or `earlyStart` that is no boolean, and the codes of {@link createCatalog} for a catalog that is not valid
 * @example
 * ```ts
 * import { advance, createCatalog, createSubscription } from 'tarifkit';
 *
 * const catalog = createCatalog({
 *   plans: [{
 *     id: 'crm', name: 'CloudCRM', price: { cents: 4900, per: 'billingPeriod' }, billingCycle: { kind: 'monthly' },
 *     termMonths: 1, renewal: { kind: 'openEnded' },
 *     policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
 *   }],
 *   addOns: [{ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }],
 * });
 * const subscription = createSubscription(catalog, { planId: 'crm', start: '2026-03-18', addOns: [{ addOnId: 'users', quantity: 2 }] });
 * subscription.nextInvoiceOn; // "2026-03-18"
 * advance(subscription, '2026-03-18').invoices[0]!.netCents; // 6080: the plan and two users
 * subscription.order.publicHolidays; // "DE"
 * createSubscription(catalog, { planId: 'crm', start: '2026-03-18', state: 'DE-BY' }).order.publicHolidays; // "DE-BY"
 * createSubscription(catalog, { planId: 'crm', start: '2026-03-18', instructed: false }).order.instructed; // false
 * ```
 */
export function createSubscription(catalog: Catalog, input: SubscriptionInput): Subscription {
  return subscriptionOf(catalog, input, false);
}
