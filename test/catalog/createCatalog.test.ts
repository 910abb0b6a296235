/**
 * The catalog as plain data, checked once (R1–R4, R8–R11, R14, R25): plans with
 * price, billing cycle and timing, term and renewal, components, policy, the
 * add-ons they offer and their option tariff; every error names its field as a
 * path into the data (`plans.0.termMonths`).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createCatalog, type Catalog, type CatalogData, type PlanData, type TarifkitErrorCode } from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { ADD_ONS, BASIC, hostingCatalogData, HOME, MANAGED, MOBILE, PACKAGE, POSTPAID, PRO, PROJECT, SERVER } from './fixtures.js';

vi.setConfig({ testTimeout: 60_000 });

/** Catalog data with plans[index] replaced (BASIC and PRO otherwise), and the add-ons. */
function withPlan(plan: Record<string, unknown>, index = 0): CatalogData {
  const plans: unknown[] = [BASIC, PRO];
  plans[index] = plan;
  return { plans, addOns: [...ADD_ONS] } as unknown as CatalogData;
}

describe('createCatalog', () => {
  it('checks the hosting catalog and fills in the defaults: EUR, VAT 19 %, billing in advance, every add-on, no components, no option tariff', () => {
    const catalog = createCatalog(hostingCatalogData());
    expect(catalog.currency).toBe('EUR');
    expect(catalog.plans.map((plan) => plan.id)).toEqual(['basic', 'pro', 'server', 'managed', 'home', 'project', 'mobile', 'package', 'postpaid']);
    expect(catalog.addOns).toStrictEqual(ADD_ONS.map((addOn) => ({ ...addOn })));
    expect(catalog.plans[0]).toStrictEqual({
      id: 'basic',
      name: 'Basic',
      price: { cents: 10000, per: 'term' },
      billingCycle: { kind: 'term' },
      billing: 'inAdvance',
      termMonths: 12,
      renewal: { kind: 'fixed', months: 12 },
      policy: { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' },
      vatRate: 19,
      components: [],
      addOns: ['users', 'storage', 'journal'],
      optionTariff: null,
    });
  });

  it('keeps components as priced items with their default quantity and the plan\'s VAT rate (R2)', () => {
    const server = createCatalog(hostingCatalogData()).plans[2]!;
    expect(server.billing).toBe('inArrears');
    expect(server.components).toStrictEqual([
      { id: 'ram', name: 'RAM', unit: 'GB', unitCents: 200, default: 2, vatRate: 19 },
      { id: 'vcpu', name: 'vCPU', unitCents: 500, default: 1, vatRate: 19 },
      { id: 'disk', name: 'Disk', unit: 'GB', unitCents: 10, default: 20, vatRate: 19 },
    ]);
    const withoutDefault = createCatalog(withPlan({ ...SERVER, components: [{ id: 'ip', name: 'IPv4', unitCents: 100 }] })).plans[0]!;
    expect(withoutDefault.components[0]).toMatchObject({ default: 0, vatRate: 19 });
    const consumer = createCatalog(withPlan({ ...SERVER, vatRate: 7 })).plans[0]!;
    expect(consumer.components.map((c) => c.vatRate)).toEqual([7, 7, 7]);
  });

  it('keeps a plan\'s own add-on list and VAT rate, and a notice of zero days for a plan that never renews (R25)', () => {
    const catalog = createCatalog(hostingCatalogData());
    const home = catalog.plans[4]!;
    expect([home.vatRate, home.addOns, home.renewal, home.policy.customer]).toEqual([7, ['users'], { kind: 'openEnded' }, 'consumer']);
    expect(catalog.plans[5]!.policy.notice).toEqual({ unit: 'day', count: 0 });
    expect(catalog.plans[3]!.policy.optionsChangeable).toBe(false);
  });

  it('fills in each option\'s own cycle: 28 days by default in an option tariff, 0 where the tariff\'s period applies (R8–R11)', () => {
    const catalog = createCatalog(hostingCatalogData());
    expect(catalog.plans[6]!.billingCycle).toEqual({ kind: 'days', days: 28 });
    expect(catalog.plans[6]!.optionTariff).toStrictEqual({
      kind: 'optionTariff',
      options: [
        { id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19, cycleDays: 28 },
        { id: 'legacy', name: 'Alttarif Daten', unitCents: 995, vatRate: 19, cycleDays: 30 },
      ],
    });
    const thirty = createCatalog(withPlan({ ...MOBILE, optionTariff: { kind: 'optionTariff', cycleDays: 30, options: [{ id: 'sms', name: 'SMS', unitCents: 300, vatRate: 19 }] } }));
    expect(thirty.plans[0]!.optionTariff!.options[0]!.cycleDays).toBe(30);
    expect(catalog.plans[7]!.optionTariff).toStrictEqual({ kind: 'packageTariff', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19, cycleDays: 0 }] });
    expect(catalog.plans[8]!.optionTariff!.kind).toBe('postpaidMonth');
  });

  it('keeps the billing cycle without its anchor: the contract anchors it', () => {
    const kinds = createCatalog(hostingCatalogData()).plans.map((plan) => plan.billingCycle);
    expect(kinds).toEqual([
      { kind: 'term' }, { kind: 'term' }, { kind: 'calendarMonth' }, { kind: 'term' }, { kind: 'monthly' }, { kind: 'term' },
      { kind: 'days', days: 28 }, { kind: 'monthly' }, { kind: 'calendarMonth' },
    ]);
    expect(createCatalog(withPlan({ ...SERVER, billingCycle: { kind: 'yearly', months: 12 } })).plans[0]!.billingCycle).toStrictEqual({ kind: 'yearly' });
  });

  it('returns frozen values, all the way down', () => {
    const catalog = createCatalog(hostingCatalogData());
    const server = catalog.plans[2]!;
    for (const value of [catalog, catalog.plans, catalog.addOns, catalog.addOns[0], server, server.price, server.billingCycle, server.renewal,
      server.policy, server.policy.notice, server.components, server.components[0], server.addOns, catalog.plans[6]!.optionTariff,
      catalog.plans[6]!.optionTariff!.options, catalog.plans[6]!.optionTariff!.options[0]]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
  });

  it('does not mutate its input', () => {
    const data = deepFreeze(hostingCatalogData());
    const before = JSON.stringify(data);
    createCatalog(data);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('reads its own JSON back as the same catalog, option tariffs of every kind included', () => {
    const catalog = createCatalog(hostingCatalogData());
    expect(createCatalog(JSON.parse(JSON.stringify(catalog)) as CatalogData)).toStrictEqual(catalog);
    expect(createCatalog(structuredClone(catalog) as CatalogData)).toStrictEqual(catalog);
  });

  it('accepts a catalog without plans or add-ons, and the same component or option id in two plans', () => {
    expect(createCatalog({ plans: [] })).toStrictEqual({ tarifkit: 1, kind: 'catalog', currency: 'EUR', plans: [], addOns: [] });
    expect(createCatalog({ currency: 'EUR', plans: [SERVER, { ...SERVER, id: 'server2', name: 'Cloud Server 2' }] }).plans).toHaveLength(2);
    expect(createCatalog({ plans: [PACKAGE, POSTPAID] }).plans).toHaveLength(2);
  });

  it('property: every generated plan family reads back from JSON unchanged', () => {
    const familyArb = fc.record({
      perTerm: fc.boolean(),
      termMonths: fc.integer({ min: 1, max: 120 }),
      renews: fc.boolean(),
      billing: fc.constantFrom('inAdvance' as const, 'inArrears' as const),
      cycle: fc.oneof(
        fc.constant({ kind: 'calendarMonth' } as const),
        fc.constant({ kind: 'monthly' } as const),
        fc.constant({ kind: 'yearly' } as const),
        fc.constantFrom(28, 30, 7).map((days) => ({ kind: 'days', days }) as const),
      ),
      vatRate: fc.constantFrom(19 as const, 7 as const, 0 as const),
      notice: fc.record({ unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const), count: fc.integer({ min: 0, max: 3 }) }),
      tiers: fc.array(fc.record({ base: fc.integer({ min: 0, max: 10_000_000 }), ram: fc.integer({ min: 0, max: 5000 }), ramDefault: fc.integer({ min: 0, max: 64 }) }), { minLength: 1, maxLength: 4 }),
      tariff: fc.option(fc.constantFrom('optionTariff' as const, 'packageTariff' as const, 'postpaidMonth' as const), { nil: undefined }),
      consumer: fc.boolean(),
    });
    fc.assert(
      fc.property(familyArb, (f) => {
        const plans: PlanData[] = f.tiers.map((tier, i) => ({
          id: `tier${i}`,
          name: `Tier ${i}`,
          price: { cents: tier.base, per: f.perTerm ? 'term' : 'billingPeriod' },
          billingCycle: f.perTerm ? { kind: 'term' } : f.cycle,
          billing: f.billing,
          termMonths: f.termMonths,
          renewal: f.renews ? { kind: 'fixed', months: f.termMonths } : { kind: 'none' },
          vatRate: f.vatRate,
          components: [{ id: 'ram', name: 'RAM', unit: 'GB', unitCents: tier.ram, default: tier.ramDefault }],
          policy: { optionsChangeable: true, notice: f.notice, customer: f.consumer ? 'consumer' : 'business' },
          ...(f.tariff === undefined ? {} : { optionTariff: { kind: f.tariff, options: [{ id: 'sms', name: 'SMS', unitCents: 300, vatRate: 19 }] } }),
        }));
        const catalog = createCatalog({ plans, addOns: [...ADD_ONS] });
        expect(createCatalog(JSON.parse(JSON.stringify(catalog)) as CatalogData)).toStrictEqual(catalog);
        expect(catalog.plans.map((plan) => plan.termMonths)).toEqual(plans.map(() => f.termMonths));
      }),
      RUNS,
    );
  });
});

describe('createCatalog: every error names its field', () => {
  const { notice: _notice, ...policyWithoutNotice } = BASIC.policy;
  const { optionsChangeable: _flag, ...policyWithoutFlag } = BASIC.policy;
  const { price: _price, ...withoutPrice } = BASIC;
  const CASES: readonly [string, CatalogData, TarifkitErrorCode, string][] = [
    // the catalog itself
    ['data that is no record', null as unknown as CatalogData, 'INVALID_CATALOG', 'catalog'],
    ['plans that are no list', { plans: {} } as unknown as CatalogData, 'INVALID_CATALOG', 'plans'],
    ['no plans at all', {} as CatalogData, 'INVALID_CATALOG', 'plans'],
    ['a plan that is no record', { plans: [42] } as unknown as CatalogData, 'INVALID_CATALOG', 'plans.0'],
    ['a currency other than EUR', { currency: 'USD', plans: [] } as unknown as CatalogData, 'INVALID_CURRENCY', 'currency'],
    ['add-ons that are no list', { plans: [], addOns: 'users' } as unknown as CatalogData, 'INVALID_CATALOG', 'addOns'],
    // add-ons
    ['an add-on without a name', { plans: [], addOns: [{ id: 'users', unitCents: 590, vatRate: 19 }] } as unknown as CatalogData, 'INVALID_ITEM', 'addOns.0.name'],
    ['an add-on with a fractional price', { plans: [], addOns: [{ ...ADD_ONS[0], unitCents: 5.9 }] }, 'INVALID_AMOUNT', 'addOns.0.unitCents'],
    ['an add-on with VAT 16 %', { plans: [], addOns: [{ ...ADD_ONS[0], vatRate: 16 }] } as unknown as CatalogData, 'INVALID_VAT_RATE', 'addOns.0.vatRate'],
    ['an add-on in another currency', { plans: [], addOns: [{ ...ADD_ONS[0], currency: 'USD' }] }, 'INVALID_CURRENCY', 'addOns.0.currency'],
    ['an add-on id given twice', { plans: [], addOns: [ADD_ONS[0], ADD_ONS[1], { ...ADD_ONS[2], id: 'users' }] }, 'DUPLICATE_ID', 'addOns.2.id'],
    // ids and names
    ['a plan id given twice', { plans: [BASIC, PRO, { ...PRO, name: 'Pro again' }] }, 'DUPLICATE_ID', 'plans.2.id'],
    ['a blank plan id', withPlan({ ...BASIC, id: '' }), 'INVALID_CATALOG', 'plans.0.id'],
    ['a missing name', withPlan({ ...BASIC, name: ' ' }), 'INVALID_CATALOG', 'plans.0.name'],
    // price
    ['no price', withPlan(withoutPrice, 1), 'INVALID_CATALOG', 'plans.1.price'],
    ['a price without cents', withPlan({ ...BASIC, price: { per: 'term' } }), 'INVALID_AMOUNT', 'plans.0.price.cents'],
    ['a negative price', withPlan({ ...BASIC, price: { cents: -1, per: 'term' } }), 'INVALID_AMOUNT', 'plans.0.price.cents'],
    ['a fractional price', withPlan({ ...BASIC, price: { cents: 99.5, per: 'term' } }), 'INVALID_AMOUNT', 'plans.0.price.cents'],
    ['a price above 100 million euros', withPlan({ ...BASIC, price: { cents: 10_000_000_001, per: 'term' } }), 'INVALID_AMOUNT', 'plans.0.price.cents'],
    ['a price per month', withPlan({ ...BASIC, price: { cents: 100, per: 'month' } }), 'INVALID_CATALOG', 'plans.0.price.per'],
    // term and renewal
    ...[0, -12, 1.5, 121, Number.NaN, '12', null].map((termMonths): [string, CatalogData, TarifkitErrorCode, string] =>
      [`a term of ${String(termMonths)} months`, withPlan({ ...BASIC, termMonths }), 'INVALID_CATALOG', 'plans.0.termMonths']),
    ['a term on the second plan', withPlan({ ...PRO, termMonths: 0 }, 1), 'INVALID_CATALOG', 'plans.1.termMonths'],
    ['a renewal of 0 months', withPlan({ ...SERVER, renewal: { kind: 'fixed', months: 0 } }), 'INVALID_CATALOG', 'plans.0.renewal.months'],
    ['an unknown renewal', withPlan({ ...BASIC, renewal: { kind: 'tacit' } }), 'INVALID_CATALOG', 'plans.0.renewal.kind'],
    ['a renewal that is no record', withPlan({ ...BASIC, renewal: 'fixed' }), 'INVALID_CATALOG', 'plans.0.renewal'],
    ['a price per term with renewal terms of another length', withPlan({ ...BASIC, renewal: { kind: 'fixed', months: 1 } }), 'INVALID_CATALOG', 'plans.0.renewal'],
    ['a price per term running on open-ended', withPlan({ ...BASIC, renewal: { kind: 'openEnded' } }), 'INVALID_CATALOG', 'plans.0.renewal'],
    ['a billing period of one term running on open-ended', withPlan({ ...SERVER, billingCycle: { kind: 'term' }, renewal: { kind: 'openEnded' } }), 'INVALID_CATALOG', 'plans.0.billingCycle'],
    // billing cycle and timing
    ['an unknown billing cycle', withPlan({ ...SERVER, billingCycle: { kind: 'weekly' } }), 'INVALID_CYCLE', 'plans.0.billingCycle.kind'],
    ['a billing cycle that is no record', withPlan({ ...SERVER, billingCycle: 'monthly' }), 'INVALID_CATALOG', 'plans.0.billingCycle'],
    ['a cycle of zero days', withPlan({ ...SERVER, billingCycle: { kind: 'days', days: 0 } }), 'INVALID_CYCLE', 'plans.0.billingCycle.days'],
    ['a monthly cycle of two months', withPlan({ ...SERVER, billingCycle: { kind: 'monthly', months: 2 } }), 'INVALID_CYCLE', 'plans.0.billingCycle.months'],
    ['an unknown billing timing', withPlan({ ...SERVER, billing: 'monthly' }), 'INVALID_CATALOG', 'plans.0.billing'],
    // policy
    ['no policy', withPlan({ ...BASIC, policy: undefined }), 'INVALID_CATALOG', 'plans.0.policy'],
    ['a plan that renews without a notice period', withPlan({ ...BASIC, policy: policyWithoutNotice }), 'INVALID_CATALOG', 'plans.0.policy.notice'],
    ['a policy without optionsChangeable', withPlan({ ...BASIC, policy: policyWithoutFlag }), 'INVALID_CATALOG', 'plans.0.policy.optionsChangeable'],
    ['an old customer kind', withPlan({ ...BASIC, policy: { ...BASIC.policy, customer: 'b2c' } }), 'INVALID_CUSTOMER', 'plans.0.policy.customer'],
    ['a notice of a negative count', withPlan({ ...BASIC, policy: { ...BASIC.policy, notice: { unit: 'month', count: -1 } } }), 'INVALID_CATALOG', 'plans.0.policy.notice.count'],
    ['a notice of 121 months', withPlan({ ...BASIC, policy: { ...BASIC.policy, notice: { unit: 'month', count: 121 } } }), 'INVALID_CATALOG', 'plans.0.policy.notice.count'],
    ['a notice in years', withPlan({ ...BASIC, policy: { ...BASIC.policy, notice: { unit: 'year', count: 1 } } }), 'INVALID_CATALOG', 'plans.0.policy.notice.unit'],
    ['a notice unit from the prototype', withPlan({ ...BASIC, policy: { ...BASIC.policy, notice: { unit: 'toString', count: 1 } } }), 'INVALID_CATALOG', 'plans.0.policy.notice.unit'],
    // VAT
    ['a VAT rate of 16 %', withPlan({ ...BASIC, vatRate: 16 }), 'INVALID_VAT_RATE', 'plans.0.vatRate'],
    // components
    ['components that are no list', withPlan({ ...SERVER, components: {} }), 'INVALID_CATALOG', 'plans.0.components'],
    ['a component that is no record', withPlan({ ...SERVER, components: [null] }), 'INVALID_CATALOG', 'plans.0.components.0'],
    ['a component without an id', withPlan({ ...SERVER, components: [{ name: 'RAM', unitCents: 200 }] }), 'INVALID_ITEM', 'plans.0.components.0.id'],
    ['a component id given twice', withPlan({ ...SERVER, components: [SERVER.components![0], { ...SERVER.components![1], id: 'ram' }] }), 'DUPLICATE_ID', 'plans.0.components.1.id'],
    ['a component without a price', withPlan({ ...SERVER, components: [{ id: 'vcpu', name: 'vCPU' }] }), 'INVALID_AMOUNT', 'plans.0.components.0.unitCents'],
    ['a component without a name', withPlan({ ...SERVER, components: [{ id: 'vcpu', unitCents: 500 }] }), 'INVALID_ITEM', 'plans.0.components.0.name'],
    ['a negative default quantity', withPlan({ ...SERVER, components: [{ ...SERVER.components![0], default: -1 }] }), 'INVALID_QUANTITY', 'plans.0.components.0.default'],
    ['a fractional default quantity', withPlan({ ...SERVER, components: [{ ...SERVER.components![0], default: 1.5 }] }), 'INVALID_QUANTITY', 'plans.0.components.0.default'],
    ['a default price above 100 million euros', withPlan({ ...SERVER, components: [{ id: 'gpu', name: 'GPU', unitCents: 10_000_000_000, default: 2 }] }), 'INVALID_AMOUNT', 'plans.0.components'],
    // add-ons offered
    ['an add-on the catalog has not', withPlan({ ...BASIC, addOns: ['users', 'fax'] }), 'UNKNOWN_ID', 'plans.0.addOns.1'],
    ['add-ons offered that are no list', withPlan({ ...BASIC, addOns: 'users' }), 'INVALID_CATALOG', 'plans.0.addOns'],
    // option tariffs
    ['an unknown tariff kind', withPlan({ ...MOBILE, optionTariff: { kind: 'prepaid', options: [] } }), 'INVALID_CATALOG', 'plans.0.optionTariff.kind'],
    ['a tariff that is no record', withPlan({ ...MOBILE, optionTariff: 'optionTariff' }), 'INVALID_CATALOG', 'plans.0.optionTariff'],
    ['a tariff cycle of 31 days', withPlan({ ...MOBILE, optionTariff: { kind: 'optionTariff', cycleDays: 31, options: [] } }), 'INVALID_CYCLE', 'plans.0.optionTariff.cycleDays'],
    ['a cycle on a package tariff', withPlan({ ...PACKAGE, optionTariff: { kind: 'packageTariff', cycleDays: 28, options: [] } }), 'INVALID_CATALOG', 'plans.0.optionTariff.cycleDays'],
    ['an option cycle of 7 days', withPlan({ ...MOBILE, optionTariff: { kind: 'optionTariff', options: [{ ...MOBILE.optionTariff!.options[0], cycleDays: 7 }] } }), 'INVALID_CYCLE', 'plans.0.optionTariff.options.0.cycleDays'],
    ['an option cycle on a postpaid tariff', withPlan({ ...POSTPAID, optionTariff: { kind: 'postpaidMonth', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19, cycleDays: 30 }] } }), 'INVALID_CATALOG', 'plans.0.optionTariff.options.0.cycleDays'],
    ['options that are no list', withPlan({ ...MOBILE, optionTariff: { kind: 'optionTariff', options: 'sms' } }), 'INVALID_CATALOG', 'plans.0.optionTariff.options'],
    ['an option that is no record', withPlan({ ...MOBILE, optionTariff: { kind: 'optionTariff', options: [7] } }), 'INVALID_CATALOG', 'plans.0.optionTariff.options.0'],
    ['an option id given twice', withPlan({ ...MOBILE, optionTariff: { kind: 'optionTariff', options: [MOBILE.optionTariff!.options[0], { ...MOBILE.optionTariff!.options[1], id: 'sms' }] } }), 'DUPLICATE_ID', 'plans.0.optionTariff.options.1.id'],
    ['an option without a VAT rate', withPlan({ ...MOBILE, optionTariff: { kind: 'optionTariff', options: [{ id: 'sms', name: 'SMS', unitCents: 300 }] } }), 'INVALID_VAT_RATE', 'plans.0.optionTariff.options.0.vatRate'],
    ['an option with a negative price', withPlan({ ...MOBILE, optionTariff: { kind: 'optionTariff', options: [{ id: 'sms', name: 'SMS', unitCents: -300, vatRate: 19 }] } }), 'INVALID_AMOUNT', 'plans.0.optionTariff.options.0.unitCents'],
    ['a plan of the hosting catalog broken', { plans: [BASIC, PRO, SERVER, MANAGED, { ...HOME, termMonths: 0 }, PROJECT] }, 'INVALID_CATALOG', 'plans.4.termMonths'],
  ];

  it.each(CASES)('%s is %s naming %s', (_name, data, code, field) => {
    expectTarifkitError(() => createCatalog(data), code, field);
  });

  it('an unknown add-on lists the known ones', () => {
    try {
      createCatalog(withPlan({ ...BASIC, addOns: ['fax'] }));
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'UNKNOWN_ID', details: { field: 'plans.0.addOns.0', value: 'fax', known: ['users', 'storage', 'journal'] } });
    }
  });

  it('property: any term that is no whole number of months from 1 to 120 is refused with the field path', () => {
    const bad = fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 121 }), fc.double({ noNaN: true }).filter((x) => !Number.isInteger(x)));
    fc.assert(
      fc.property(bad, fc.integer({ min: 0, max: 1 }), (termMonths, index) => {
        expectTarifkitError(() => createCatalog(withPlan({ ...[BASIC, PRO][index]!, termMonths }, index)), 'INVALID_CATALOG', `plans.${index}.termMonths`);
      }),
      RUNS,
    );
  });

  it('a catalog given to createCatalog again is checked as data and gives an equal catalog', () => {
    const catalog: Catalog = createCatalog(hostingCatalogData());
    // The cast: a validated plan writes `optionTariff: null`, which PlanData's type does not name.
    expect(createCatalog(catalog as unknown as CatalogData)).toStrictEqual(catalog);
  });
});
