import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCatalog, type CatalogData, type PlanData } from '../../src/index.js';
import { BASIC, deepFreeze, expectCode, familyArb, hostingCatalogData, PRO, RUNS, SERVER } from '../arbitraries/contract.js';

/** Catalog data with one plan changed at a path (a shallow replacement of plans[index]). */
function withPlan(plan: Record<string, unknown>, index = 0): CatalogData {
  const plans: unknown[] = [BASIC, PRO];
  plans[index] = plan;
  return { plans } as unknown as CatalogData;
}

describe('createCatalog (R1–R4)', () => {
  it('checks the hosting catalog and fills in the defaults', () => {
    const catalog = createCatalog(hostingCatalogData());
    expect(catalog.currency).toBe('EUR');
    expect(catalog.plans.map((plan) => plan.id)).toEqual(['basic', 'pro', 'server', 'managed', 'home', 'project']);
    const basic = catalog.plans[0]!;
    expect(basic.vatRate).toBe(19);
    expect(basic.options).toEqual([]);
    expect(basic.policy).toEqual({
      optionsChangeable: true,
      upgrades: 'immediate',
      downgrades: 'termEnd',
      notice: { unit: 'month', count: 3 },
      customer: 'business',
    });
    const server = catalog.plans[2]!;
    expect(server.options[1]).toEqual({ id: 'vcpu', name: 'vCPU', unit: '', unitCents: 500, default: 1 });
    expect(server.defaultConfiguration).toEqual({ ram: 2, vcpu: 1, disk: 20 });
    // A plan that never renews needs no notice: it gets a notice of zero days.
    expect(catalog.plans[5]!.policy.notice).toEqual({ unit: 'day', count: 0 });
  });

  it('returns frozen values', () => {
    const catalog = createCatalog(hostingCatalogData());
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.plans)).toBe(true);
    expect(Object.isFrozen(catalog.plans[2]!.options[0])).toBe(true);
    expect(Object.isFrozen(catalog.plans[2]!.policy.notice)).toBe(true);
  });

  it('does not mutate its input', () => {
    const data = deepFreeze(hostingCatalogData());
    const before = JSON.stringify(data);
    createCatalog(data);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('reads its own JSON back as the same catalog', () => {
    const catalog = createCatalog(hostingCatalogData());
    expect(createCatalog(JSON.parse(JSON.stringify(catalog)) as CatalogData)).toEqual(catalog);
  });

  it('property: every generated plan family reads back from JSON unchanged', () => {
    fc.assert(
      fc.property(familyArb, ({ catalog }) => {
        const again = createCatalog(JSON.parse(JSON.stringify(catalog)) as CatalogData);
        expect(again).toEqual(catalog);
      }),
      RUNS,
    );
  });

  describe('a missing price is MISSING_PRICE naming the field', () => {
    it('on a plan', () => {
      const { price: _price, ...noPrice } = BASIC;
      expectCode(() => createCatalog(withPlan(noPrice, 1)), 'MISSING_PRICE', 'plans[1].price');
    });
    it('on a price without cents', () => {
      expectCode(() => createCatalog(withPlan({ ...BASIC, price: { per: 'term' } })), 'MISSING_PRICE', 'plans[0].price.cents');
    });
    it('on an option', () => {
      const options = [SERVER.options![0], { id: 'vcpu', name: 'vCPU' }];
      expectCode(() => createCatalog(withPlan({ ...SERVER, options })), 'MISSING_PRICE', 'plans[0].options[1].unitCents');
    });
  });

  describe('a duplicate id is DUPLICATE_ID naming the field', () => {
    it('for plans', () => {
      expectCode(() => createCatalog({ plans: [BASIC, PRO, { ...PRO, name: 'Pro again' }] }), 'DUPLICATE_ID', 'plans[2].id');
    });
    it('for options of one plan', () => {
      const options = [SERVER.options![0]!, { ...SERVER.options![1]!, id: 'ram' }];
      expectCode(() => createCatalog(withPlan({ ...SERVER, options })), 'DUPLICATE_ID', 'plans[0].options[1].id');
    });
    it('but not for the same option id in two plans', () => {
      const other: PlanData = { ...SERVER, id: 'server2', name: 'Cloud Server 2' };
      expect(createCatalog({ plans: [SERVER, other] }).plans).toHaveLength(2);
    });
  });

  describe('a term that is not a positive whole number of months is INVALID_TERM', () => {
    for (const termMonths of [0, -12, 1.5, 121, Number.NaN, '12', null]) {
      it(`termMonths ${String(termMonths)}`, () => {
        expectCode(() => createCatalog(withPlan({ ...BASIC, termMonths })), 'INVALID_TERM', 'plans[0].termMonths');
      });
    }
    it('a renewal of 0 months', () => {
      expectCode(() => createCatalog(withPlan({ ...BASIC, renewal: { kind: 'fixed', months: 0 } })), 'INVALID_TERM', 'plans[0].renewal.months');
    });
    it('property: any non-positive or fractional term is refused with the field path', () => {
      const bad = fc.oneof(fc.integer({ max: 0 }), fc.double({ noNaN: true }).filter((x) => !Number.isInteger(x)));
      fc.assert(
        fc.property(bad, fc.integer({ min: 0, max: 1 }), (termMonths, index) => {
          expectCode(() => createCatalog(withPlan({ ...BASIC, termMonths }, index)), 'INVALID_TERM', `plans[${index}].termMonths`);
        }),
        RUNS,
      );
    });
  });

  describe('other bad data', () => {
    it('a negative or fractional price is INVALID_AMOUNT', () => {
      expectCode(() => createCatalog(withPlan({ ...BASIC, price: { cents: -1, per: 'term' } })), 'INVALID_AMOUNT', 'plans[0].price.cents');
      expectCode(() => createCatalog(withPlan({ ...BASIC, price: { cents: 99.5, per: 'term' } })), 'INVALID_AMOUNT', 'plans[0].price.cents');
    });
    it('a price that covers neither a term nor a billing period is INVALID_CATALOG', () => {
      expectCode(() => createCatalog(withPlan({ ...BASIC, price: { cents: 100, per: 'month' } })), 'INVALID_CATALOG', 'plans[0].price.per');
    });
    it('a price per term with renewal terms of another length is INVALID_CATALOG', () => {
      expectCode(() => createCatalog(withPlan({ ...BASIC, renewal: { kind: 'fixed', months: 1 } })), 'INVALID_CATALOG', 'plans[0].renewal');
      expectCode(() => createCatalog(withPlan({ ...BASIC, renewal: { kind: 'openEnded' } })), 'INVALID_CATALOG', 'plans[0].renewal');
    });
    it('a billing period of one term with renewal terms of another length is INVALID_CATALOG', () => {
      const plan = { ...SERVER, billingCycle: { kind: 'term' }, renewal: { kind: 'openEnded' } };
      expectCode(() => createCatalog(withPlan(plan)), 'INVALID_CATALOG', 'plans[0].billingCycle');
    });
    it('a plan that renews without a notice period is INVALID_CATALOG', () => {
      const { notice: _notice, ...policy } = BASIC.policy;
      expectCode(() => createCatalog(withPlan({ ...BASIC, policy })), 'INVALID_CATALOG', 'plans[0].policy.notice');
    });
    it('a policy without optionsChangeable or customer kind is INVALID_CATALOG', () => {
      const { optionsChangeable: _o, ...noFlag } = BASIC.policy;
      expectCode(() => createCatalog(withPlan({ ...BASIC, policy: noFlag })), 'INVALID_CATALOG', 'plans[0].policy.optionsChangeable');
      expectCode(() => createCatalog(withPlan({ ...BASIC, policy: { ...BASIC.policy, customer: 'b2c' } })), 'INVALID_CATALOG', 'plans[0].policy.customer');
    });
    it('a downgrade policy other than "at term end" is INVALID_CATALOG (R3)', () => {
      expectCode(() => createCatalog(withPlan({ ...BASIC, policy: { ...BASIC.policy, downgrades: 'immediate' } })), 'INVALID_CATALOG', 'plans[0].policy.downgrades');
    });
    it('a notice of a negative count or unknown unit is INVALID_CATALOG', () => {
      expectCode(() => createCatalog(withPlan({ ...BASIC, policy: { ...BASIC.policy, notice: { unit: 'month', count: -1 } } })), 'INVALID_CATALOG', 'plans[0].policy.notice.count');
      expectCode(() => createCatalog(withPlan({ ...BASIC, policy: { ...BASIC.policy, notice: { unit: 'year', count: 1 } } })), 'INVALID_CATALOG', 'plans[0].policy.notice.unit');
    });
    it('a missing name is INVALID_CATALOG', () => {
      expectCode(() => createCatalog(withPlan({ ...BASIC, name: ' ' })), 'INVALID_CATALOG', 'plans[0].name');
    });
    it('an unknown billing cycle is UNKNOWN_CYCLE_KIND, a zero-day cycle INVALID_CYCLE', () => {
      expectCode(() => createCatalog(withPlan({ ...SERVER, billingCycle: { kind: 'weekly' } })), 'UNKNOWN_CYCLE_KIND', 'plans[0].billingCycle.kind');
      expectCode(() => createCatalog(withPlan({ ...SERVER, billingCycle: { kind: 'days', days: 0 } })), 'INVALID_CYCLE', 'plans[0].billingCycle.days');
    });
    it('a bad default quantity is INVALID_QUANTITY', () => {
      const options = [{ ...SERVER.options![0]!, default: -1 }];
      expectCode(() => createCatalog(withPlan({ ...SERVER, options })), 'INVALID_QUANTITY', 'plans[0].options[0].default');
    });
    it('a VAT rate other than 19, 7 or 0 is INVALID_VAT_RATE', () => {
      expectCode(() => createCatalog(withPlan({ ...BASIC, vatRate: 16 })), 'INVALID_VAT_RATE', 'plans[0].vatRate');
    });
    it('a currency other than EUR is UNSUPPORTED_CURRENCY', () => {
      expectCode(() => createCatalog({ currency: 'USD', plans: [] } as unknown as CatalogData), 'UNSUPPORTED_CURRENCY', 'currency');
    });
    it('data that is not a catalog is INVALID_CATALOG', () => {
      expectCode(() => createCatalog(null as unknown as CatalogData), 'INVALID_CATALOG', 'catalog');
      expectCode(() => createCatalog({ plans: {} } as unknown as CatalogData), 'INVALID_CATALOG', 'plans');
      expectCode(() => createCatalog({ plans: [42] } as unknown as CatalogData), 'INVALID_CATALOG', 'plans[0]');
    });
  });
});
