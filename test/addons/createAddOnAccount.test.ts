/**
 * Opening an add-on account (R14): the catalog is checked once, and the period
 * of the start day counts as invoiced.
 */
import { describe, expect, it } from 'vitest';
import { createAddOnAccount, createCycle, type AddOnAccountInput } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { dayOf, iso, JOURNAL, seedAccount, STORAGE, TEAM_PLAN, USERS } from '../arbitraries/addons.js';

const input: AddOnAccountInput = {
  cycle: createCycle({ kind: 'monthly', anchor: '2026-01-18' }),
  catalog: [USERS, STORAGE],
  start: '2026-03-18',
};

describe('createAddOnAccount', () => {
  it('takes the period of the start day as invoiced: billed monthly from the 18th, the next regular invoice is 2026-04-18', () => {
    const account = seedAccount();
    expect(iso(account.paidThroughDay)).toBe('2026-04-18');
    expect(iso(account.lastChangeDay)).toBe('2026-03-18');
    expect(account.bookings).toEqual([]);
    expect(account.drafts).toEqual([]);
    expect(account.base).toBeNull();
    expect(account.catalog.map((d) => d.id)).toEqual(['users', 'storage', 'journal']);
    expect(account.currency.code).toBe('EUR');
  });

  it('opens mid-period on the period that contains the start day (clamped month ends)', () => {
    const account = createAddOnAccount({ ...input, cycle: createCycle({ kind: 'monthly', anchor: '2026-01-31' }), start: '2026-02-10' });
    expect(iso(account.paidThroughDay)).toBe('2026-02-28');
    const calendar = createAddOnAccount({ ...input, cycle: createCycle({ kind: 'calendarMonth' }), start: '2028-02-29' });
    expect(iso(calendar.paidThroughDay)).toBe('2028-03-01');
  });

  it('keeps the plan charge when given', () => {
    const account = createAddOnAccount({ ...input, base: TEAM_PLAN });
    expect(account.base).toEqual(TEAM_PLAN);
  });

  it('accepts a cycle read back from JSON', () => {
    const account = createAddOnAccount({ ...input, cycle: JSON.parse(JSON.stringify(input.cycle)) });
    expect(account.paidThroughDay).toBe(dayOf('2026-04-18'));
  });

  it('checks a frozen catalog once and shares it between accounts; an unfrozen one is copied', () => {
    const frozen = Object.freeze([Object.freeze({ ...USERS }), Object.freeze({ ...STORAGE })]);
    const first = createAddOnAccount({ ...input, catalog: frozen });
    const second = createAddOnAccount({ ...input, catalog: frozen, start: '2026-04-02' });
    expect(second.catalog).toBe(first.catalog);
    expect(first.catalog.map((d) => d.id)).toEqual(['users', 'storage']);
    const open = [{ ...USERS }];
    const copied = createAddOnAccount({ ...input, catalog: open });
    open[0]!.unitCents = 1;
    expect(copied.catalog[0]!.unitCents).toBe(590);
  });

  it('refuses a bad frozen catalog every time', () => {
    const bad = Object.freeze([Object.freeze({ ...USERS, vatRate: 16 })]) as unknown as AddOnAccountInput['catalog'];
    expectTarifkitError(() => createAddOnAccount({ ...input, catalog: bad }), 'INVALID_VAT_RATE', 'input.catalog.0.vatRate');
    expectTarifkitError(() => createAddOnAccount({ ...input, catalog: bad }), 'INVALID_VAT_RATE', 'input.catalog.0.vatRate');
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze({ ...input, catalog: [{ ...USERS }, { ...JOURNAL }], base: { ...TEAM_PLAN } });
    const before = JSON.stringify(frozen);
    createAddOnAccount(frozen);
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it('refuses a catalog entry without a price (MISSING_PRICE)', () => {
    const catalog = [{ id: 'x', name: 'X', vatRate: 19 }] as unknown as AddOnAccountInput['catalog'];
    expectTarifkitError(() => createAddOnAccount({ ...input, catalog }), 'MISSING_PRICE', 'input.catalog.0.unitCents');
  });

  it.each([[-1], [5.9], [Number.NaN], ['590']])('refuses the unit price %s (INVALID_AMOUNT)', (unitCents) => {
    const catalog = [{ ...USERS, unitCents }] as unknown as AddOnAccountInput['catalog'];
    expectTarifkitError(() => createAddOnAccount({ ...input, catalog }), 'INVALID_AMOUNT', 'input.catalog.0.unitCents');
  });

  it.each([[16], [19.0001], ['19'], [undefined]])('refuses the VAT rate %s (INVALID_VAT_RATE)', (vatRate) => {
    const catalog = [{ ...USERS, vatRate }] as unknown as AddOnAccountInput['catalog'];
    expectTarifkitError(() => createAddOnAccount({ ...input, catalog }), 'INVALID_VAT_RATE', 'input.catalog.0.vatRate');
  });

  it('refuses an id used twice (DUPLICATE_ID)', () => {
    expectTarifkitError(() => createAddOnAccount({ ...input, catalog: [USERS, { ...STORAGE, id: 'users' }] }), 'DUPLICATE_ID', 'input.catalog.1.id');
  });

  it('refuses entries without id or name, and a catalog that is no list (INVALID_CATALOG)', () => {
    const noId = [{ ...USERS, id: '' }] as AddOnAccountInput['catalog'];
    const noName = [{ ...USERS, name: undefined }] as unknown as AddOnAccountInput['catalog'];
    expectTarifkitError(() => createAddOnAccount({ ...input, catalog: noId }), 'INVALID_CATALOG', 'input.catalog.0.id');
    expectTarifkitError(() => createAddOnAccount({ ...input, catalog: noName }), 'INVALID_CATALOG', 'input.catalog.0.name');
    expectTarifkitError(() => createAddOnAccount({ ...input, catalog: {} as unknown as AddOnAccountInput['catalog'] }), 'INVALID_CATALOG', 'input.catalog');
    expectTarifkitError(() => createAddOnAccount({ ...input, catalog: [null] as unknown as AddOnAccountInput['catalog'] }), 'INVALID_CATALOG', 'input.catalog.0');
  });

  it('refuses a bad plan charge the same way', () => {
    expectTarifkitError(() => createAddOnAccount({ ...input, base: { ...TEAM_PLAN, vatRate: 20 as 19 } }), 'INVALID_VAT_RATE', 'input.base.vatRate');
  });

  it('refuses a bad start day (INVALID_DATE) and a bad cycle (UNKNOWN_CYCLE_KIND, INVALID_CYCLE)', () => {
    expectTarifkitError(() => createAddOnAccount({ ...input, start: '2026-02-30' }), 'INVALID_DATE', 'input.start');
    const weekly = { kind: 'weekly', anchor: '2026-01-01' } as unknown as AddOnAccountInput['cycle'];
    expectTarifkitError(() => createAddOnAccount({ ...input, cycle: weekly }), 'UNKNOWN_CYCLE_KIND', 'input.cycle.kind');
    const zeroDays = { kind: 'days', days: 0, anchor: '2026-01-01' } as unknown as AddOnAccountInput['cycle'];
    expectTarifkitError(() => createAddOnAccount({ ...input, cycle: zeroDays }), 'INVALID_CYCLE', 'input.cycle.days');
  });

  it('refuses a currency that is not one (UNSUPPORTED_CURRENCY)', () => {
    const currency = { code: 'EUR' } as unknown as NonNullable<AddOnAccountInput['currency']>;
    expectTarifkitError(() => createAddOnAccount({ ...input, currency }), 'UNSUPPORTED_CURRENCY', 'input.currency');
    for (const bad of [null, 'EUR', { code: 5, exponent: 2 }, { code: 'EUR', exponent: -1 }, { code: 'EUR', exponent: 1.5 }]) {
      expectTarifkitError(
        () => createAddOnAccount({ ...input, currency: bad as unknown as NonNullable<AddOnAccountInput['currency']> }),
        'UNSUPPORTED_CURRENCY',
        'input.currency',
      );
    }
    const chf = { code: 'CHF', base: 10, exponent: 2 } as NonNullable<AddOnAccountInput['currency']>;
    expect(createAddOnAccount({ ...input, currency: chf }).currency).toBe(chf);
  });

  it('refuses an input that is no object, and a name of blanks (INVALID_CATALOG)', () => {
    expectTarifkitError(() => createAddOnAccount(null as unknown as AddOnAccountInput), 'INVALID_CATALOG', 'input');
    expectTarifkitError(
      () => createAddOnAccount({ ...input, catalog: [{ id: 'x', name: '   ', unitCents: 1, vatRate: 19 }] }),
      'INVALID_CATALOG',
      'input.catalog.0.name',
    );
  });
});
