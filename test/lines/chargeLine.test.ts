/**
 * The public line builder (R22, R24): one invoice line on the proration core,
 * day-exact by default, rounded once, half up; plain data that survives JSON and
 * structuredClone unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  chargeLine,
  createCycle,
  createInvoice,
  explainLine,
  money,
  prorate,
  type ChargeLineInput,
  type Cycle,
  type Line,
  type PricedItem,
  type ProrationBasis,
} from '../../src/index.js';
import { MAX_UNIT_CENTS } from '../../src/items/checkItem.js';
import { centsArb, deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { chargeInputArb, rangeInPeriodArb, REASONS } from './arbitraries.js';

vi.setConfig({ testTimeout: 60_000 });

const LTE: PricedItem = { id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 };
const BASIC: PricedItem = { id: 'basic', name: 'Basic', unitCents: 10000, vatRate: 19 };
const PRO: PricedItem = { id: 'pro', name: 'Pro', unitCents: 20000, vatRate: 19 };
const SETUP: PricedItem = { id: 'setup', name: 'Einrichtung', unitCents: 4900, vatRate: 19 };
const MARCH = { start: '2026-03-01', end: '2026-04-01' };
const TERM = { start: '2026-01-01', end: '2027-01-01' };
const REST = { start: '2026-07-01', end: '2027-01-01' };

describe('chargeLine: examples', () => {
  it('13 of March\'s 31 days of 5,00 €: 2,096… rounded once to 2,10 € (day basis, R11)', () => {
    const line = chargeLine({ item: LTE, range: { start: '2026-03-19', end: '2026-04-01' }, period: MARCH });
    expect(line).toStrictEqual({
      tarifkit: 1,
      kind: 'line',
      reason: 'prorataCharge',
      correction: null,
      item: LTE,
      quantity: 1,
      ref: null,
      range: { start: '2026-03-19', end: '2026-04-01' },
      period: MARCH,
      days: 13,
      periodDays: 31,
      basis: 'day',
      fraction: { numerator: 13, denominator: 31 },
      exact: { numerator: 6500, denominator: 31 },
      cents: 210,
      rounding: 'halfUp',
    });
  });

  it('W1 on the day basis: 100,82 € charged for Pro, 50,41 € credited for Basic, 50,41 € net', () => {
    const charge = chargeLine({ item: PRO, reason: 'upgradeCharge', range: REST, period: TERM });
    const credit = chargeLine({ item: BASIC, reason: 'upgradeCredit', credit: true, range: REST, period: TERM });
    expect([charge.cents, credit.cents, charge.cents + credit.cents]).toEqual([10082, -5041, 5041]);
    expect(charge.exact).toEqual({ numerator: 736000, denominator: 73 });
    expect(credit.exact).toEqual({ numerator: -368000, denominator: 73 });
    expect([credit.days, credit.periodDays, credit.basis]).toEqual([184, 365, 'day']);
    expect(credit.fraction).toEqual({ numerator: 184, denominator: 365 });
  });

  it('W1 on the month basis: 100,00 € charged, 50,00 € credited, 50,00 € net', () => {
    const term = createCycle({ kind: 'term', months: 12, anchor: '2026-01-01' });
    const charge = chargeLine({ item: PRO, reason: 'upgradeCharge', range: REST, period: TERM, basis: 'month' });
    const credit = chargeLine({ item: BASIC, reason: 'upgradeCredit', credit: true, range: REST, period: TERM, basis: 'month', cycle: term });
    expect([charge.cents, credit.cents, charge.cents + credit.cents]).toEqual([10000, -5000, 5000]);
    expect(charge.fraction).toEqual({ numerator: 1, denominator: 2 });
    expect(charge.exact).toEqual({ numerator: 10000, denominator: 1 });
    expect(credit.exact).toEqual({ numerator: -5000, denominator: 1 });
    expect([charge.days, charge.periodDays, charge.basis]).toEqual([184, 365, 'month']);
  });

  it('a whole period is the full price: periodCharge, basis full, and the period is the range by default', () => {
    const line = chargeLine({ item: { ...SETUP, id: 'crm', name: 'CloudCRM Team', unitCents: 2990 }, range: { start: '2026-04-18', end: '2026-05-18' } });
    expect(line).toMatchObject({ reason: 'periodCharge', basis: 'full', days: 30, periodDays: 30, cents: 2990, fraction: { numerator: 1, denominator: 1 } });
    expect(line.period).toStrictEqual({ start: '2026-04-18', end: '2026-05-18' });
    expect(line.range).toStrictEqual(line.period);
    expect(chargeLine({ item: LTE, range: MARCH, period: MARCH, basis: 'month' }).basis).toBe('full');
  });

  it('quantities multiply before rounding: three extra users for 17 of 31 days', () => {
    const users: PricedItem = { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 };
    const line = chargeLine({ item: users, quantity: 3, reason: 'quantityIncrease', range: { start: '2026-04-01', end: '2026-04-18' }, period: { start: '2026-03-18', end: '2026-04-18' } });
    expect(line.cents).toBe(971); // 1770 × 17/31 = 970.6
    expect(line.exact).toEqual({ numerator: 30090, denominator: 31 });
    // Three lines of one user each would round three times: 3 × 323.5 → 3 × 324.
    expect(3 * chargeLine({ item: users, range: { start: '2026-04-01', end: '2026-04-18' }, period: { start: '2026-03-18', end: '2026-04-18' } }).cents).toBe(972);
  });

  it('a one-off item without dates: no range, no period, no days', () => {
    expect(chargeLine({ item: SETUP })).toStrictEqual({
      tarifkit: 1,
      kind: 'line',
      reason: 'oneOff', correction: null, item: SETUP, quantity: 1, ref: null, range: null, period: null, days: 0, periodDays: 0,
      basis: 'full', fraction: { numerator: 1, denominator: 1 }, exact: { numerator: 4900, denominator: 1 }, cents: 4900, rounding: 'halfUp',
    });
    expect(chargeLine({ item: SETUP, quantity: 3, ref: 'order-4711' })).toMatchObject({ cents: 14700, ref: 'order-4711', exact: { numerator: 14700, denominator: 1 } });
    expect(chargeLine({ item: SETUP, credit: true })).toMatchObject({ reason: 'credit', cents: -4900, exact: { numerator: -4900, denominator: 1 } });
  });

  it('a credit is negative and reads "credit" unless a reason is given', () => {
    const credit = chargeLine({ item: LTE, range: { start: '2026-03-19', end: '2026-04-01' }, period: MARCH, credit: true });
    expect(credit).toMatchObject({ reason: 'credit', cents: -210, exact: { numerator: -6500, denominator: 31 }, fraction: { numerator: 13, denominator: 31 } });
    expect(chargeLine({ item: LTE, range: MARCH, credit: true, reason: 'withdrawalCredit' })).toMatchObject({ reason: 'withdrawalCredit', cents: -500 });
    expect(Object.is(chargeLine({ item: { ...LTE, unitCents: 0 }, range: MARCH, credit: true }).cents, 0)).toBe(true);
  });

  it('gives each reason by default: oneOff without dates, periodCharge for a whole period, prorataCharge for part of one, credit for a credit', () => {
    expect(chargeLine({ item: SETUP }).reason).toBe('oneOff');
    expect(chargeLine({ item: LTE, range: MARCH }).reason).toBe('periodCharge');
    expect(chargeLine({ item: LTE, range: { start: '2026-03-02', end: '2026-04-01' }, period: MARCH }).reason).toBe('prorataCharge');
    expect(chargeLine({ item: LTE, range: MARCH, credit: true }).reason).toBe('credit');
    expect(chargeLine({ item: SETUP, credit: true }).reason).toBe('credit');
    for (const reason of REASONS) expect(chargeLine({ item: SETUP, reason }).reason).toBe(reason);
  });

  it('an empty range inside its period charges nothing', () => {
    const none = chargeLine({ item: LTE, range: { start: '2026-03-10', end: '2026-03-10' }, period: MARCH, basis: 'month' });
    expect(none).toMatchObject({ reason: 'prorataCharge', days: 0, periodDays: 31, cents: 0, fraction: { numerator: 0, denominator: 1 }, exact: { numerator: 0, denominator: 1 } });
  });

  it('keeps the item as given, extra fields and all', () => {
    const item = Object.freeze({ ...SETUP, sku: 'S-1', account: 8400 });
    const line = chargeLine({ item });
    expect(line.item).toBe(item);
    expect(line.item).toMatchObject({ sku: 'S-1', account: 8400 });
    const open = { ...SETUP, sku: 'S-2' };
    expect(chargeLine({ item: open }).item).toStrictEqual({ ...SETUP, sku: 'S-2' });
  });
});

describe('chargeLine: the month basis needs months', () => {
  it('counts months from the period\'s start when no cycle is given', () => {
    // Feb 28 to Mar 28, 2029 is one whole month from the period's start: 1/12.
    const line = chargeLine({ item: { ...BASIC, unitCents: 12000 }, range: { start: '2029-02-28', end: '2029-03-28' }, period: { start: '2029-02-28', end: '2030-02-28' }, basis: 'month' });
    expect(line.fraction).toEqual({ numerator: 1, denominator: 12 });
    expect(line.cents).toBe(1000);
  });

  it('with the cycle given, counts its months: a yearly cycle on Feb 29 has its first 2029 month end on Mar 29', () => {
    const yearly = createCycle({ kind: 'yearly', anchor: '2028-02-29' });
    const line = chargeLine({ item: { ...BASIC, unitCents: 12000 }, range: { start: '2029-02-28', end: '2029-03-28' }, period: { start: '2029-02-28', end: '2030-02-28' }, basis: 'month', cycle: yearly });
    expect(line.fraction).toEqual({ numerator: 7, denominator: 87 }); // 28/29 of one month of 12
    expect(line.cents).toBe(966);
    expect(line.cents).toBe(prorate(money(12000), yearly, { start: '2029-02-28', end: '2029-03-28' }, { basis: 'month' }).cents);
  });

  it('refuses a month basis on a period of no whole months (INVALID_BASIS naming input.basis), unless its cycle is given', () => {
    const period = { start: '2026-01-31', end: '2026-03-02' }; // a 30-day period: no whole months
    const range = { start: '2026-02-10', end: '2026-03-02' };
    expectTarifkitError(() => chargeLine({ item: LTE, range, period, basis: 'month' }), 'INVALID_BASIS', 'input.basis');
    expectTarifkitError(() => chargeLine({ item: LTE, range: { start: '2026-03-10', end: '2026-03-20' }, period: { start: '2026-03-05', end: '2026-03-25' }, basis: 'month' }), 'INVALID_BASIS', 'input.basis');
    const thirty = createCycle({ kind: 'days', days: 30, anchor: '2026-01-31' });
    const line = chargeLine({ item: LTE, range, period, basis: 'month', cycle: thirty });
    expect(line.basis).toBe('month');
    expect(line.cents).toBe(chargeLine({ item: LTE, range, period }).cents); // 20/30 of 5 €: a days cycle has no months
    expect(line.cents).toBe(333);
  });

  it('refuses a cycle the period is no period of (NOT_WITHIN naming input.period), and a bad cycle (INVALID_CYCLE)', () => {
    const monthly = createCycle({ kind: 'monthly', anchor: '2026-01-18' });
    expectTarifkitError(() => chargeLine({ item: LTE, range: { start: '2026-03-19', end: '2026-04-01' }, period: MARCH, basis: 'month', cycle: monthly }), 'NOT_WITHIN', 'input.period');
    expectTarifkitError(() => chargeLine({ item: LTE, range: { start: '2026-03-19', end: '2026-04-01' }, period: MARCH, basis: 'month', cycle: { kind: 'weekly' } as unknown as Cycle }), 'INVALID_CYCLE', 'input.cycle.kind');
    expectTarifkitError(() => chargeLine({ item: LTE, range: { start: '2026-03-19', end: '2026-04-01' }, period: MARCH, cycle: null as unknown as Cycle }), 'INVALID_CYCLE', 'input.cycle');
  });
});

describe('chargeLine: bad input', () => {
  const asInput = (value: unknown): ChargeLineInput => value as ChargeLineInput;

  it('refuses an input that is no record (INVALID_ARGUMENT naming input)', () => {
    for (const value of [null, undefined, 'line', [SETUP]]) expectTarifkitError(() => chargeLine(asInput(value)), 'INVALID_ARGUMENT', 'input');
  });

  it('refuses a bad item, naming its field under input.item', () => {
    expectTarifkitError(() => chargeLine(asInput({})), 'INVALID_ITEM', 'input.item');
    expectTarifkitError(() => chargeLine(asInput({ item: { ...SETUP, name: ' ' } })), 'INVALID_ITEM', 'input.item.name');
    expectTarifkitError(() => chargeLine(asInput({ item: { ...SETUP, unitCents: 49.5 } })), 'INVALID_AMOUNT', 'input.item.unitCents');
    expectTarifkitError(() => chargeLine(asInput({ item: { ...SETUP, vatRate: 16 } })), 'INVALID_VAT_RATE', 'input.item.vatRate');
    expectTarifkitError(() => chargeLine(asInput({ item: { ...SETUP, currency: 'XYZ' } })), 'INVALID_CURRENCY', 'input.item.currency');
  });

  it('refuses a quantity of 0, a fraction, more than 1,000,000, or one too large to price exactly (INVALID_QUANTITY naming input.quantity)', () => {
    for (const quantity of [0, -1, 1.5, Number.NaN, '2', 1_000_001]) {
      expectTarifkitError(() => chargeLine(asInput({ item: SETUP, quantity })), 'INVALID_QUANTITY', 'input.quantity');
    }
    const dear = { ...SETUP, unitCents: MAX_UNIT_CENTS };
    expectTarifkitError(() => chargeLine({ item: dear, quantity: 1_000_000 }), 'INVALID_QUANTITY', 'input.quantity');
    expectTarifkitError(() => chargeLine({ item: dear, quantity: 1_000_000, range: { start: '2026-03-19', end: '2026-04-01' }, period: MARCH }), 'INVALID_QUANTITY', 'input.quantity');
    expect(chargeLine({ item: dear, quantity: 900_000 }).cents).toBe(9 * 10 ** 15);
  });

  it('refuses a credit, ref or reason of the wrong kind', () => {
    expectTarifkitError(() => chargeLine(asInput({ item: SETUP, credit: 'yes' })), 'INVALID_ARGUMENT', 'input.credit');
    expectTarifkitError(() => chargeLine(asInput({ item: SETUP, ref: 42 })), 'INVALID_ARGUMENT', 'input.ref');
    expectTarifkitError(() => chargeLine(asInput({ item: SETUP, reason: 'bonus' })), 'INVALID_LINE', 'input.reason');
    expectTarifkitError(() => chargeLine(asInput({ item: SETUP, basis: 'week' })), 'INVALID_BASIS', 'input.basis');
  });

  it('refuses a range outside its period (NOT_WITHIN naming input.range), and a period without a range', () => {
    expectTarifkitError(() => chargeLine({ item: LTE, range: { start: '2026-02-28', end: '2026-03-10' }, period: MARCH }), 'NOT_WITHIN', 'input.range');
    expectTarifkitError(() => chargeLine({ item: LTE, range: { start: '2026-03-19', end: '2026-04-02' }, period: MARCH }), 'NOT_WITHIN', 'input.range');
    expectTarifkitError(() => chargeLine({ item: LTE, range: { start: '2026-05-01', end: '2026-05-02' }, period: MARCH }), 'NOT_WITHIN', 'input.range');
    expectTarifkitError(() => chargeLine(asInput({ item: LTE, period: MARCH })), 'INVALID_ARGUMENT', 'input.range');
  });

  it('refuses an empty period (EMPTY_PERIOD) and ranges or periods that are none', () => {
    expectTarifkitError(() => chargeLine({ item: LTE, range: { start: '2026-03-01', end: '2026-03-01' } }), 'EMPTY_PERIOD', 'input.period');
    expectTarifkitError(() => chargeLine({ item: LTE, range: { start: '2026-03-01', end: '2026-03-01' }, period: { start: '2026-03-01', end: '2026-03-01' } }), 'EMPTY_PERIOD', 'input.period');
    expectTarifkitError(() => chargeLine({ item: LTE, range: { start: '2026-02-30', end: '2026-03-05' } }), 'INVALID_DATE', 'input.range.start');
    expectTarifkitError(() => chargeLine({ item: LTE, range: { start: '2026-03-05', end: '2026-03-01' } }), 'END_BEFORE_START', 'input.range');
    expectTarifkitError(() => chargeLine(asInput({ item: LTE, range: MARCH, period: 'March' })), 'INVALID_ARGUMENT', 'input.period');
  });
});

describe('chargeLine: properties', () => {
  it('the one proration core: a line\'s cents, share and exact amount equal prorate on the same range, for every cycle kind and both bases', () => {
    fc.assert(
      fc.property(rangeInPeriodArb, centsArb, fc.integer({ min: 1, max: 1000 }), fc.constantFrom<ProrationBasis>('day', 'month'), ({ cycle, period, range }, unitCents, quantity, basis) => {
        const item: PricedItem = { id: 'x', name: 'X', unitCents, vatRate: 19 };
        const line = chargeLine(basis === 'day' ? { item, quantity, range, period } : { item, quantity, range, period, basis, cycle });
        const expected = prorate(money(unitCents * quantity), cycle, range, { basis });
        expect(line.cents).toBe(expected.cents);
        expect(line.exact).toEqual(expected.exact);
        expect(line.fraction).toEqual(expected.fraction);
        expect(line.days).toBe(expected.days);
        if (expected.pieces.length === 1) expect(line.periodDays).toBe(expected.pieces[0]?.periodDays);
        const credit = chargeLine(basis === 'day' ? { item, quantity, range, period, credit: true } : { item, quantity, range, period, basis, cycle, credit: true });
        expect(credit.cents + line.cents).toBe(0);
        expect(Object.is(credit.cents, -0)).toBe(false);
      }),
      RUNS,
    );
  });

  it('a line survives JSON.stringify/parse and structuredClone unchanged, and the copy reads like the original', () => {
    fc.assert(
      fc.property(chargeInputArb, fc.constantFrom('consumer' as const, 'business' as const), (input, customer) => {
        const line = chargeLine(input);
        const revived = JSON.parse(JSON.stringify(line)) as Line;
        expect(revived).toStrictEqual(line);
        expect(structuredClone(line)).toStrictEqual(line);
        expect(explainLine(revived, 'de')).toBe(explainLine(line, 'de'));
        const invoice = createInvoice({ lines: [line], customer, issuedOn: '2026-04-01' });
        expect(createInvoice({ lines: [revived], customer, issuedOn: '2026-04-01' })).toStrictEqual(JSON.parse(JSON.stringify(invoice)));
      }),
      RUNS,
    );
  });

  it('a line is signed by credit alone, holds the days of its range and period, and its cents are its exact amount rounded half up', () => {
    fc.assert(
      fc.property(chargeInputArb, (input) => {
        const line = chargeLine(input);
        const sign = input.credit === true ? -1 : 1;
        expect(Math.sign(line.cents) === 0 || Math.sign(line.cents) === sign).toBe(true);
        const { numerator, denominator } = line.exact;
        // |2·cents·d − 2·n| ≤ d, and a half rounds away from zero.
        expect(Math.abs(2 * line.cents * denominator - 2 * numerator)).toBeLessThanOrEqual(denominator);
        expect(line.quantity).toBe(input.quantity ?? 1);
        expect(line.ref).toBe(input.ref ?? null);
        expect(line.item).toStrictEqual(input.item);
        if (line.range === null) expect([line.days, line.periodDays, line.period]).toEqual([0, 0, null]);
      }),
      RUNS,
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(chargeInputArb, (input) => {
        const frozen = deepFreeze(structuredClone(input));
        const before = JSON.stringify(frozen);
        chargeLine(frozen);
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      RUNS,
    );
  });
});
