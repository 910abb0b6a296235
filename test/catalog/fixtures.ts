/**
 * A hosting provider's catalog, and a CRM's add-ons and a mobile carrier's options as plain
 * catalog data (R1–R4, R8–R11, R14, R25; not a test file).
 */
import type { CatalogData, PlanData, PlanPolicyData } from '../../src/index.js';

/** A business plan's policy: options may change, three months' notice. */
export const BUSINESS_POLICY: PlanPolicyData = { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' };

/** W1's plans: 100 € and 200 € for 12 months, renewing for 12. */
export const BASIC: PlanData = {
  id: 'basic',
  name: 'Basic',
  price: { cents: 10000, per: 'term' },
  billingCycle: { kind: 'term' },
  termMonths: 12,
  renewal: { kind: 'fixed', months: 12 },
  policy: BUSINESS_POLICY,
};
export const PRO: PlanData = { ...BASIC, id: 'pro', name: 'Pro', price: { cents: 20000, per: 'term' } };

/** A cloud server billed per calendar month in arrears: base 15 €, RAM 2 €/GB, vCPU 5 €, disk 0,10 €/GB. */
export const SERVER: PlanData = {
  id: 'server',
  name: 'Cloud Server',
  price: { cents: 1500, per: 'billingPeriod' },
  billingCycle: { kind: 'calendarMonth' },
  billing: 'inArrears',
  termMonths: 12,
  renewal: { kind: 'fixed', months: 12 },
  components: [
    { id: 'ram', name: 'RAM', unit: 'GB', unitCents: 200, default: 2 },
    { id: 'vcpu', name: 'vCPU', unitCents: 500, default: 1 },
    { id: 'disk', name: 'Disk', unit: 'GB', unitCents: 10, default: 20 },
  ],
  policy: BUSINESS_POLICY,
};

/** A managed server whose single options cannot change (R4). */
export const MANAGED: PlanData = {
  id: 'managed',
  name: 'Managed Server',
  price: { cents: 120000, per: 'term' },
  billingCycle: { kind: 'term' },
  termMonths: 12,
  renewal: { kind: 'fixed', months: 12 },
  components: [{ id: 'backup', name: 'Backup', unit: 'GB', unitCents: 50, default: 100 }],
  policy: { ...BUSINESS_POLICY, optionsChangeable: false },
};

/** A consumer web-hosting plan as the law wants it (R25): 24 months, then open-ended with one month's notice; 7 % VAT. */
export const HOME: PlanData = {
  id: 'home',
  name: 'Webhosting Home',
  price: { cents: 499, per: 'billingPeriod' },
  billingCycle: { kind: 'monthly' },
  termMonths: 24,
  renewal: { kind: 'openEnded' },
  vatRate: 7,
  addOns: ['users'],
  policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
};

/** A plan without renewal: it ends with its first term and needs no notice. */
export const PROJECT: PlanData = {
  ...BASIC,
  id: 'project',
  name: 'Project',
  price: { cents: 6000, per: 'term' },
  termMonths: 6,
  renewal: { kind: 'none' },
  policy: { optionsChangeable: true, customer: 'business' },
};

/** A mobile plan on four-week periods with an option tariff (R8, R10): options run on their own 28 or 30 days. */
export const MOBILE: PlanData = {
  id: 'mobile',
  name: 'Mobil S',
  price: { cents: 999, per: 'billingPeriod' },
  billingCycle: { kind: 'days', days: 28 },
  termMonths: 24,
  renewal: { kind: 'openEnded' },
  addOns: [],
  policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
  optionTariff: {
    kind: 'optionTariff',
    options: [
      { id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 },
      { id: 'legacy', name: 'Alttarif Daten', unitCents: 995, vatRate: 19, cycleDays: 30 },
    ],
  },
};

/** A package plan (R9): options follow the package's period. */
export const PACKAGE: PlanData = {
  ...MOBILE,
  id: 'package',
  name: 'Paket M',
  billingCycle: { kind: 'monthly' },
  optionTariff: { kind: 'packageTariff', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }] },
};

/** A postpaid plan (R11): options by calendar month, the first month day-exact. */
export const POSTPAID: PlanData = {
  ...MOBILE,
  id: 'postpaid',
  name: 'Postpaid L',
  billingCycle: { kind: 'calendarMonth' },
  billing: 'inArrears',
  optionTariff: { kind: 'postpaidMonth', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }] },
};

/** The add-ons (R14): per unit and period of the plan they are booked on. */
export const ADD_ONS = [
  { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 },
  { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19, unit: 'Paket' },
  { id: 'journal', name: 'Fachmagazin digital', unitCents: 490, vatRate: 7 },
] as const;

/** The whole catalog. */
export function hostingCatalogData(): CatalogData {
  return { plans: [BASIC, PRO, SERVER, MANAGED, HOME, PROJECT, MOBILE, PACKAGE, POSTPAID], addOns: [...ADD_ONS] };
}
