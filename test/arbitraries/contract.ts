/**
 * Shared fixtures and arbitraries for the catalog and contract tests (R1–R5,
 * W1, R25): seed 000's hosting catalog, generated plans and plan families,
 * contract starts, and chains of upgrades inside a term.
 */
import fc from 'fast-check';
import { epochDayFromYmd, isoFromEpochDay, epochDayOfClampedMonth } from '../../src/calendar/epochDay.js';
import {
  createCatalog,
  type Catalog,
  type CatalogData,
  type PlanCycleData,
  type PlanData,
  type PlanPolicyData,
  type RenewalRule,
} from '../../src/index.js';

/** fast-check settings: at least 1000 runs for every property. */
export { RUNS } from './core.js';

/** A business plan's policy: options may change, three months' notice. */
export const BUSINESS_POLICY: PlanPolicyData = {
  optionsChangeable: true,
  notice: { unit: 'month', count: 3 },
  customer: 'business',
};

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

/** A cloud server billed per calendar month: base 15 €, RAM 2 €/GB, vCPU 5 €, disk 0,10 €/GB. */
export const SERVER: PlanData = {
  id: 'server',
  name: 'Cloud Server',
  price: { cents: 1500, per: 'billingPeriod' },
  billingCycle: { kind: 'calendarMonth' },
  termMonths: 12,
  renewal: { kind: 'fixed', months: 12 },
  options: [
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
  options: [{ id: 'backup', name: 'Backup', unit: 'GB', unitCents: 50, default: 100 }],
  policy: { ...BUSINESS_POLICY, optionsChangeable: false },
};

/** A consumer web-hosting plan as the law wants it (R25): 24 months, then open-ended with one month's notice. */
export const HOME: PlanData = {
  id: 'home',
  name: 'Webhosting Home',
  price: { cents: 499, per: 'billingPeriod' },
  billingCycle: { kind: 'monthly' },
  termMonths: 24,
  renewal: { kind: 'openEnded' },
  policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
};

/** A plan without renewal: it ends with its first term. */
export const PROJECT: PlanData = {
  ...BASIC,
  id: 'project',
  name: 'Project',
  price: { cents: 6000, per: 'term' },
  termMonths: 6,
  renewal: { kind: 'none' },
  policy: { optionsChangeable: true, customer: 'business' },
};

/** Seed 000's hosting catalog with the plans above. */
export function hostingCatalogData(): CatalogData {
  return { plans: [BASIC, PRO, SERVER, MANAGED, HOME, PROJECT] };
}

/** The hosting catalog, built. */
export function hostingCatalog(): Catalog {
  return createCatalog(hostingCatalogData());
}

/** Freezes a plain value and everything reachable from it, so a mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Runs `fn` and expects a TarifkitError with `code` (and `field`, when given). */
export { expectTarifkitError as expectCode } from './core.js';

/* ------------------------------------------------------------------ */
/* Arbitraries                                                          */
/* ------------------------------------------------------------------ */

/** A contract start between 2000 and 2040, as an ISO string and its epoch day. */
export const startArb: fc.Arbitrary<{ iso: string; day: number }> = fc
  .record({ year: fc.integer({ min: 2000, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => {
    const epoch = epochDayOfClampedMonth(year, month, 0, day);
    return { iso: isoFromEpochDay(epoch), day: epoch };
  });

/** The epoch day `months` months after an ISO start, clamped (how terms are counted). */
export function monthsAfter(startIso: string, months: number): number {
  const [y, m, d] = startIso.split('-').map(Number) as [number, number, number];
  return epochDayOfClampedMonth(y, m, months, d);
}

/** The epoch day of an ISO date. */
export function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return epochDayFromYmd(y, m, d);
}

/** A price in cents, with round figures, odd ones and zero. */
export const priceArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.constantFrom(0, 1, 99, 100, 499, 10000, 20000, 123456),
);

/** A billing cycle of a plan priced per billing period. */
export const planCycleArb: fc.Arbitrary<PlanCycleData> = fc.oneof(
  fc.constant({ kind: 'calendarMonth' } as const),
  fc.constant({ kind: 'monthly' } as const),
  fc.constant({ kind: 'yearly' } as const),
  fc.constantFrom(28, 30).map((days) => ({ kind: 'days', days }) as const),
  fc.constant({ kind: 'term' } as const),
);

/**
 * A family of plans that a contract may switch between mid-term: the same term,
 * price basis, cycle, renewal and policy, each with its own base price and
 * options (RAM, vCPU, disk) at their own unit prices.
 */
export interface PlanFamily {
  readonly catalog: Catalog;
  readonly planIds: readonly string[];
  readonly perTerm: boolean;
  readonly termMonths: number;
}

export const familyArb: fc.Arbitrary<PlanFamily> = fc
  .record({
    perTerm: fc.boolean(),
    termMonths: fc.integer({ min: 1, max: 36 }),
    renews: fc.boolean(),
    cycle: planCycleArb,
    tiers: fc.array(
      fc.record({ base: priceArb, ram: fc.integer({ min: 0, max: 5000 }), vcpu: fc.integer({ min: 0, max: 20000 }), disk: fc.integer({ min: 0, max: 100 }) }),
      { minLength: 1, maxLength: 4 },
    ),
    consumer: fc.boolean(),
  })
  .map(({ perTerm, termMonths, renews, cycle, tiers, consumer }) => {
    const renewal: RenewalRule = renews ? { kind: 'fixed', months: termMonths } : { kind: 'none' };
    const plans: PlanData[] = tiers.map((tier, i) => ({
      id: `tier${i}`,
      name: `Tier ${i}`,
      price: { cents: tier.base, per: perTerm ? 'term' : 'billingPeriod' },
      billingCycle: perTerm ? { kind: 'term' } : cycle,
      termMonths,
      renewal,
      options: [
        { id: 'ram', name: 'RAM', unit: 'GB', unitCents: tier.ram, default: 1 },
        { id: 'vcpu', name: 'vCPU', unitCents: tier.vcpu, default: 1 },
        { id: 'disk', name: 'Disk', unit: 'GB', unitCents: tier.disk, default: 10 },
      ],
      policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: consumer ? 'consumer' : 'business' },
    }));
    return { catalog: createCatalog({ plans }), planIds: plans.map((plan) => plan.id), perTerm, termMonths };
  });

/** A configuration of the family's options. */
export const configurationArb: fc.Arbitrary<{ ram: number; vcpu: number; disk: number }> = fc.record({
  ram: fc.integer({ min: 0, max: 512 }),
  vcpu: fc.integer({ min: 0, max: 64 }),
  disk: fc.integer({ min: 0, max: 4000 }),
});

/** One requested change: a day offset into the term (0 … 1), a plan of the family and a configuration. */
export interface ChangeRequest {
  readonly at: number;
  readonly planIndex: number;
  readonly configuration: { ram: number; vcpu: number; disk: number };
}

/** Up to six change requests, their offsets in ascending order (equal offsets: changes on the same day). */
export const changesArb: fc.Arbitrary<ChangeRequest[]> = fc
  .array(
    fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), planIndex: fc.nat(), configuration: configurationArb }),
    { minLength: 1, maxLength: 6 },
  )
  .map((changes) => [...changes].sort((a, b) => a.at - b.at));
