/**
 * Regressions found by the fuzz suite: each input once broke the boundary (a
 * TypeError or RangeError escaped, a result landed outside 0001–9999, or the
 * message named the wrong thing); each now throws its code, naming the field.
 */
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import {
  advance,
  cancellationDeadline,
  checkWithdrawal,
  contractLines,
  createCycle,
  checkConsumerTerms,
  createCatalog,
  createSubscription,
  effectiveEndFor,
  explainNotice,
  formatAddOnRow,
  formatMoney,
  listAddOns,
  money,
  periodContaining,
  prorate,
  restOfPeriod,
  termAt,
  toCents,
  withdrawalWindow,
} from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { familyCatalog } from '../arbitraries/subscription.js';

const months = createCycle({ kind: 'calendarMonth' });
const any = <T>(value: unknown): T => value as T;
const catalog = familyCatalog({ cycle: { kind: 'calendarMonth' }, billing: 'inAdvance', customer: 'consumer', renewal: 'fixed', optionKind: 'postpaidMonth' });
const sub = createSubscription(catalog, { planId: 's', start: '2026-01-31', addOns: [{ addOnId: 'users', quantity: 2 }] });
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('dates and instants outside 0001–9999 are DATE_OUT_OF_RANGE, naming the input', () => {
  it('a withdrawal window from 9999-12-31 would end in 10000', () => {
    expectTarifkitError(() => withdrawalWindow('9999-12-31'), 'DATE_OUT_OF_RANGE', 'bookedOn');
    expectTarifkitError(() => checkWithdrawal('9999-12-31', '9999-12-31'), 'DATE_OUT_OF_RANGE', 'bookedOn');
    expect(withdrawalWindow('9999-12-01')).toEqual({ start: '9999-12-02', end: '9999-12-16' });
  });
  it('a period that would start before 0001-01-01 or end after 9999-12-31', () => {
    expectTarifkitError(() => periodContaining(createCycle({ kind: 'yearly', anchor: '0001-06-01' }), '0001-01-01'), 'DATE_OUT_OF_RANGE', 'date');
    expectTarifkitError(() => periodContaining(months, '9999-12-31'), 'DATE_OUT_OF_RANGE', 'date');
    expectTarifkitError(() => restOfPeriod(months, '9999-12-31'), 'DATE_OUT_OF_RANGE', 'on');
  });
  it('a deadline in the year 0, and instants of +275760', () => {
    expectTarifkitError(() => cancellationDeadline('0001-01-01'), 'DATE_OUT_OF_RANGE', 'periodEnd');
    expectTarifkitError(() => effectiveEndFor('+275760-09-13T00:00:00Z', months, { start: '2026-01-01', end: '2026-02-01' }), 'DATE_OUT_OF_RANGE', 'request');
    expectTarifkitError(() => effectiveEndFor(Temporal.Instant.from('+275760-09-13T00:00:00Z'), months, { start: '2026-01-01', end: '2026-02-01' }), 'DATE_OUT_OF_RANGE', 'request');
    expectTarifkitError(() => effectiveEndFor(Temporal.Instant.from('-271821-04-20T00:00:00Z'), months, { start: '2026-01-01', end: '2026-02-01' }), 'DATE_OUT_OF_RANGE', 'request');
  });
});

describe('values from outside are checked before use', () => {
  it('a contract read back with one bad field names that field', () => {
    const contract = json(sub.contract);
    expectTarifkitError(() => termAt(any({ ...contract, renewal: null }), '2026-05-01'), 'INVALID_CATALOG', 'contract.renewal');
    expectTarifkitError(() => termAt(any({ ...contract, notice: undefined }), '2026-05-01'), 'INVALID_CATALOG', 'contract.notice');
    expectTarifkitError(() => termAt(any({ ...contract, versions: [null] }), '2026-05-01'), 'INVALID_ARGUMENT', 'contract.versions.0');
    expectTarifkitError(() => termAt(any({ ...contract, termMonths: '+010000-01-01' }), '2026-05-01'), 'INVALID_ARGUMENT', 'contract.termMonths');
    expectTarifkitError(() => contractLines(any({ ...contract, billingCycle: { kind: {} } }), { start: '2026-02-01', end: '2026-03-01' }), 'INVALID_CYCLE', 'contract.billingCycle.kind');
    expectTarifkitError(() => contractLines(any({ ...contract, billingCycle: { kind: 'days', days: '2026-01-01' } }), { start: '2026-02-01', end: '2026-03-01' }), 'INVALID_CYCLE', 'contract.billingCycle.days');
  });
  it('a catalog list with a hole is refused at the hole', () => {
    const data = json(catalog) as unknown as { plans: unknown[]; addOns: unknown[] };
    const plans = [...data.plans];
    delete plans[1];
    expectTarifkitError(() => createSubscription(any({ ...data, plans }), { planId: 's', start: '2026-01-01' }), 'INVALID_CATALOG', 'catalog.plans.1');
  });
  it('an add-on booking with a null quantity step, or a sparse add-on list, in a subscription', () => {
    const stored = json(sub);
    const addOns = [{ ...stored.addOns[0], quantities: [null] }];
    expectTarifkitError(() => listAddOns(any({ ...stored, addOns }), '2026-03-01'), 'INVALID_ARGUMENT', 'subscription.addOns.0.quantities.0');
    expectTarifkitError(() => listAddOns(any({ ...stored, addOns: new Array(2) }), '2026-03-01'), 'INVALID_ARGUMENT', 'subscription.addOns.0');
  });
  it('a subscription without its order\'s holidays, and an advance of more than 100 years', () => {
    const stored = json(sub);
    expectTarifkitError(() => listAddOns(any({ ...stored, order: { ...stored.order, holidays: undefined } }), '2026-03-01'), 'INVALID_ARGUMENT', 'subscription.order.holidays');
    expectTarifkitError(() => advance(sub, '7826-12-29'), 'NOT_WITHIN', 'to');
    // Calendar months billed in advance: the start day, then every first from 2026-02-01 to 2126-01-01.
    expect(advance(sub, '2126-01-30').invoices).toHaveLength(1201);
  });
  it('a notice without its period, and an add-on row with a bad quantity or without nextQuantity', () => {
    expectTarifkitError(() => explainNotice(any({ type: 'optionRenewed', on: '2026-06-01', bookingId: 'o1', name: 'Datenpaket' }), 'en'), 'INVALID_ARGUMENT', 'notice');
    expectTarifkitError(() => explainNotice(any({ type: 'optionActivated', on: '2026-06-01', bookingId: 'o1', name: Temporal.PlainDate.from('2026-06-01') }), 'de'), 'INVALID_ARGUMENT', 'notice.name');
    const row = listAddOns(sub, '2026-02-10')[0];
    expect(row).toBeDefined();
    expect(formatAddOnRow(any(row), 'de-DE')).toContain('Zusätzliche Benutzer (+2)');
    expectTarifkitError(() => formatAddOnRow(any({ ...row, quantity: {} }), 'de'), 'INVALID_QUANTITY', 'row.quantity');
    expectTarifkitError(() => formatAddOnRow(any({ ...row, unitCents: '2026-02' }), 'de'), 'INVALID_AMOUNT', 'row.unitCents');
    const { nextQuantity: _left, ...withoutNext } = row as unknown as Record<string, unknown>;
    expectTarifkitError(() => formatAddOnRow(any(withoutNext), 'de'), 'INVALID_ARGUMENT', 'row.nextQuantity');
  });
});

describe('messages and values point at the real problem', () => {
  it('a currency that is no code is INVALID_CURRENCY, not a TypeError', () => {
    expectTarifkitError(() => formatMoney(money(590), 'de', any(Object.create(null))), 'INVALID_CURRENCY', 'currency');
    expectTarifkitError(() => formatMoney(money(590), 'de', any([Object.create(null)])), 'INVALID_CURRENCY', 'currency');
  });
  it('money(5.9) asks for whole minor units, prorate(590) asks for a Money, money(-0) is 0', () => {
    expect(() => money(5.9)).toThrow(/whole number of minor units/);
    expect(() => money(5.9)).not.toThrow(/non-negative/);
    try {
      prorate(any(590), months, { start: '2026-01-01', end: '2026-01-21' });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_AMOUNT', details: { field: 'price', reason: 'expected a Money from money() or dinero.js' } });
    }
    expect(Object.is(toCents(money(-0)), 0)).toBe(true);
  });
  it('prorating the largest amount is exact: 999,999,999,999,999 × 20/31 rounds half up by integers', () => {
    const cents = 999_999_999_999_999n * 20n;
    const expected = Number((cents * 2n + 31n) / 62n);
    expect(prorate(money(999_999_999_999_999), months, { start: '2026-01-01', end: '2026-01-21' }).cents).toBe(expected);
    expect(prorate(money(999_999_999_999_999), months, { start: '2026-01-01', end: '2026-01-22' }).cents).toBe(Number((999_999_999_999_999n * 21n * 2n + 31n) / 62n));
  });
});

describe('lists with holes', () => {
  it('an order whose add-on list has a hole is refused at the hole', () => {
    const catalog = createCatalog({
      plans: [{
        id: 'crm', name: 'CloudCRM Team', price: { cents: 4900, per: 'billingPeriod' }, billingCycle: { kind: 'monthly' },
        termMonths: 1, renewal: { kind: 'openEnded' }, addOns: ['users'],
        policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
      }],
      addOns: [{ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }],
    });
    // eslint-disable-next-line no-sparse-arrays
    expectTarifkitError(() => createSubscription(catalog, { planId: 'crm', start: '2026-03-18', addOns: [, { addOnId: 'users', quantity: 1 }] as never }), 'INVALID_ARGUMENT', 'input.addOns.0');
  });
});

describe('checkConsumerTerms on a record from outside', () => {
  it('a contract whose notice is no notice period is refused naming subject.notice', () => {
    const broken = { ...JSON.parse(JSON.stringify(sub.contract)), notice: null };
    expectTarifkitError(() => checkConsumerTerms(broken), 'INVALID_ARGUMENT', 'subject.notice');
    const odd = { ...JSON.parse(JSON.stringify(sub.contract)), notice: { unit: 'year', count: 1 } };
    expectTarifkitError(() => checkConsumerTerms(odd), 'INVALID_ARGUMENT', 'subject.notice');
    const renewal = { ...JSON.parse(JSON.stringify(sub.contract)), renewal: { kind: 'fixed', months: Number.NaN } };
    expectTarifkitError(() => checkConsumerTerms(renewal), 'INVALID_ARGUMENT', 'subject.renewal');
  });
});
