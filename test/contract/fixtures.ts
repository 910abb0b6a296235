/** The plans of the contract tests (R1–R5, W1, R25): a hosting provider's catalog. */
import {
  advance,
  applyEvent,
  createCatalog,
  createSubscription,
  type Applied,
  type ApplyResult,
  type PlanData,
  type PlanPolicyData,
  type Refusal,
  type Subscription,
  type SubscriptionEvent,
  type SubscriptionInput,
} from '../../src/index.js';

export const BUSINESS_POLICY: PlanPolicyData = { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' };

/** W1's plans: 100 € and 200 € for 12 months, renewing for 12. */
export const BASIC: PlanData = {
  id: 'basic', name: 'Basic', price: { cents: 10000, per: 'term' }, billingCycle: { kind: 'term' },
  termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy: BUSINESS_POLICY,
};
export const PRO: PlanData = { ...BASIC, id: 'pro', name: 'Pro', price: { cents: 20000, per: 'term' } };
export const PREMIUM: PlanData = { ...BASIC, id: 'premium', name: 'Premium', price: { cents: 30000, per: 'term' } };

/** A cloud server billed per calendar month: base 15 €, RAM 2 €/GB, vCPU 5 €, disk 0,10 €/GB. */
export const SERVER: PlanData = {
  id: 'server', name: 'Cloud Server', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
  termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy: BUSINESS_POLICY,
  components: [
    { id: 'ram', name: 'RAM', unit: 'GB', unitCents: 200, default: 2 },
    { id: 'vcpu', name: 'vCPU', unitCents: 500, default: 1 },
    { id: 'disk', name: 'Disk', unit: 'GB', unitCents: 10, default: 20 },
  ],
};

/** A consumer web-hosting plan as the law wants it (R25): 24 months, then open-ended with one month's notice. */
export const HOME: PlanData = {
  id: 'home', name: 'Webhosting Home', price: { cents: 499, per: 'billingPeriod' }, billingCycle: { kind: 'monthly' },
  termMonths: 24, renewal: { kind: 'openEnded' },
  policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
};

/** A plan without renewal: it ends with its first term. */
export const PROJECT: PlanData = {
  ...BASIC, id: 'project', name: 'Project', price: { cents: 6000, per: 'term' }, termMonths: 6, renewal: { kind: 'none' },
  policy: { optionsChangeable: true, customer: 'business' },
};

export const catalog = createCatalog({ plans: [BASIC, PRO, PREMIUM, SERVER, HOME, PROJECT] });

/** A subscription of the catalog, advanced to `day` (its start when not given). */
export function subscriptionOn(input: SubscriptionInput, day?: string): Subscription {
  const sub = createSubscription(catalog, input);
  return advance(sub, day ?? String(input.start)).subscription;
}

/** Applies an event after advancing to its day. */
export function applyOn(sub: Subscription, event: SubscriptionEvent): ApplyResult {
  const day = 'on' in event ? String(event.on) : String(event.at).slice(0, 10);
  return applyEvent(advance(sub, day).subscription, event);
}

export function accepted(result: ApplyResult): Applied {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

export function refused(result: ApplyResult): Refusal {
  if (result.ok) throw new Error('expected a refusal');
  return result;
}
