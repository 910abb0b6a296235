/**
 * The catalogs of the acceptance examples: a CRM provider's add-ons, a hosting
 * provider's cloud server, a mobile carrier's postpaid tariff.
 */
import {
  advance,
  applyEvent,
  createCatalog,
  type Invoice,
  type Subscription,
  type SubscriptionEvent,
  type SubscriptionNotice,
} from '../../src/index.js';

const business = { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' } as const;

/** CloudCRM: 49,00 € a month, net, anchored on the start; 5,90 € per extra user and per 10 GB pack (R14). */
export const crmCatalog = createCatalog({
  plans: [{
    id: 'crm', name: 'CloudCRM Team', price: { cents: 4900, per: 'billingPeriod' }, billingCycle: { kind: 'monthly' },
    termMonths: 1, renewal: { kind: 'openEnded' },
    policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
  }],
  addOns: [
    { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 },
    { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 },
  ],
});

/** The cloud server: 15 € plus RAM 2 €/GB, vCPU 5 €, SSD 0,10 €/GB a calendar month, 12-month term (R1, R2). */
export const hostingCatalog = createCatalog({
  plans: [
    {
      id: 'cloud', name: 'Cloud Server', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
      termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy: business,
      components: [
        { id: 'ram', name: 'RAM', unit: 'GB', unitCents: 200 },
        { id: 'vcpu', name: 'vCPU', unitCents: 500 },
        { id: 'ssd', name: 'SSD', unit: 'GB', unitCents: 10 },
      ],
    },
    { id: 'basic', name: 'Basic', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' }, termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy: business },
    { id: 'pro', name: 'Pro', price: { cents: 2500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' }, termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy: business },
    { id: 'w1-basic', name: 'Basic', price: { cents: 10000, per: 'term' }, billingCycle: { kind: 'term' }, termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy: business },
    { id: 'w1-pro', name: 'Pro', price: { cents: 20000, per: 'term' }, billingCycle: { kind: 'term' }, termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy: business },
    {
      id: 'managed', name: 'Managed Server', price: { cents: 120000, per: 'term' }, billingCycle: { kind: 'term' },
      termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy: { ...business, optionsChangeable: false },
      components: [{ id: 'backup', name: 'Backup', unit: 'GB', unitCents: 50, default: 100 }],
    },
  ],
});

/** Mobil M: 15,00 € a calendar month in arrears with postpaid options (R6, R11). */
export const mobileCatalog = createCatalog({
  plans: [{
    id: 'mobil', name: 'Mobil M', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
    billing: 'inArrears', termMonths: 24, renewal: { kind: 'openEnded' },
    policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
    optionTariff: {
      kind: 'postpaidMonth',
      options: [
        { id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 },
        { id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 },
        { id: 'eu', name: 'EU Roaming', unitCents: 700, vatRate: 19 },
      ],
    },
  }],
});

/** A subscription driven as a user drives it: advance to each event's day, apply it; collect everything. */
export class Driver {
  subscription: Subscription;
  readonly invoices: Invoice[] = [];
  readonly notices: SubscriptionNotice[] = [];

  constructor(subscription: Subscription) {
    this.subscription = subscription;
  }

  advance(to: string): Invoice[] {
    const step = advance(this.subscription, to);
    this.subscription = step.subscription;
    this.invoices.push(...step.invoices);
    this.notices.push(...step.notices);
    return [...step.invoices];
  }

  apply(event: SubscriptionEvent): ReturnType<typeof applyEvent> {
    const result = applyEvent(this.subscription, event);
    if (result.ok) this.subscription = result.subscription;
    return result;
  }
}

/** The cents of every line of an invoice. */
export function centsOf(invoice: Invoice): number[] {
  return invoice.lines.map((line) => line.cents);
}
