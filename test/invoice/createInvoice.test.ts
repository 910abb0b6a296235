/**
 * The collective invoice (R14, R22, R23): lines from any module, net, VAT and
 * gross per rate and in total, VAT rounded once per rate; lines from outside
 * (JSON, hand-made) checked field by field.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  chargeLine,
  createInvoice,
  type CustomerKind,
  type InvoiceInput,
  type Line,
  type VatRate,
} from '../../src/index.js';
import { roundHalfUp } from '../../src/money/cents.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { chargeInputArb } from '../lines/arbitraries.js';

vi.setConfig({ testTimeout: 60_000 });

const PERIOD = { start: '2026-04-18', end: '2026-05-18' };

/** A whole-period line of `cents` (a credit when negative). */
function line(cents: number, vatRate: VatRate, currency = 'EUR'): Line {
  return chargeLine({ item: { id: 'x', name: 'X', unitCents: Math.abs(cents), vatRate, currency }, range: PERIOD, credit: cents < 0 });
}

/** Lines in euro of any shape. */
const lineArb: fc.Arbitrary<Line> = chargeInputArb.map((input) => chargeLine({ ...input, item: { ...input.item, currency: 'EUR' } }));
const customerArb = fc.constantFrom<CustomerKind>('consumer', 'business');
const sumOf = (lines: readonly Line[]): number => lines.reduce((sum, l) => sum + l.cents, 0);

describe('createInvoice', () => {
  it('consumer: prices are gross; VAT is taken out per rate', () => {
    const invoice = createInvoice({ lines: [line(590, 19), line(490, 7), line(-100, 19)], customer: 'consumer', issuedOn: '2026-04-18' });
    expect(invoice.pricesAre).toBe('gross');
    expect(invoice.vatRounding).toBe('perRate');
    expect(invoice.rounding).toBe('halfUp');
    expect(invoice.byRate).toEqual([
      { vatRate: 19, lineCount: 2, netCents: 412, vatCents: 78, grossCents: 490 }, // 490 × 19/119 = 78,24
      { vatRate: 7, lineCount: 1, netCents: 458, vatCents: 32, grossCents: 490 }, // 490 × 7/107 = 32,06
    ]);
    expect([invoice.netCents, invoice.vatCents, invoice.grossCents]).toEqual([870, 110, 980]);
    expect(invoice.issuedOn).toBe('2026-04-18');
    expect(invoice.period).toBeNull();
    expect(invoice.currency).toBe('EUR');
    expect(invoice.customer).toBe('consumer');
  });

  it('business: prices are net; VAT is added per rate', () => {
    const invoice = createInvoice({ lines: [line(590, 19), line(490, 7), line(-100, 19)], customer: 'business', issuedOn: '2026-04-18' });
    expect(invoice.pricesAre).toBe('net');
    expect(invoice.byRate).toEqual([
      { vatRate: 19, lineCount: 2, netCents: 490, vatCents: 93, grossCents: 583 }, // 490 × 0,19 = 93,1
      { vatRate: 7, lineCount: 1, netCents: 490, vatCents: 34, grossCents: 524 }, // 490 × 0,07 = 34,3
    ]);
    expect([invoice.netCents, invoice.vatCents, invoice.grossCents]).toEqual([980, 127, 1107]);
  });

  it('rounds VAT once on the rate\'s sum: three extra users at 5,90 € carry 2,83 € VAT, not 3 × 0,94 €', () => {
    const user = chargeLine({ item: { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 } });
    const invoice = createInvoice({ lines: [user, user, user], customer: 'consumer', issuedOn: '2026-04-18' });
    expect([invoice.netCents, invoice.vatCents, invoice.grossCents]).toEqual([1487, 283, 1770]);
    expect(3 * roundHalfUp(590 * 19, 119)).toBe(282);
  });

  it('W1 for a business: 100,82 € charged and 50,41 € credited are 50,41 € net, 9,58 € VAT, 59,99 € gross', () => {
    const term = { start: '2026-01-01', end: '2027-01-01' };
    const rest = { start: '2026-07-01', end: '2027-01-01' };
    const lines = [
      chargeLine({ item: { id: 'pro', name: 'Pro', unitCents: 20000, vatRate: 19 }, reason: 'upgradeCharge', range: rest, period: term }),
      chargeLine({ item: { id: 'basic', name: 'Basic', unitCents: 10000, vatRate: 19 }, reason: 'upgradeCredit', credit: true, range: rest, period: term }),
    ];
    const invoice = createInvoice({ lines, customer: 'business', issuedOn: '2026-07-01' });
    expect([invoice.netCents, invoice.vatCents, invoice.grossCents]).toEqual([5041, 958, 5999]);
  });

  it('orders rates 19, 7, 0 and leaves out rates without lines; 0 % lines carry no VAT', () => {
    const invoice = createInvoice({ lines: [line(100, 0), line(200, 7)], customer: 'business', issuedOn: '2026-04-18' });
    expect(invoice.byRate.map((r) => r.vatRate)).toEqual([7, 0]);
    expect(invoice.byRate[1]).toEqual({ vatRate: 0, lineCount: 1, netCents: 100, vatCents: 0, grossCents: 100 });
    const consumer = createInvoice({ lines: [line(100, 0), line(100, 19), line(100, 7)], customer: 'consumer', issuedOn: '2026-04-18' });
    expect(consumer.byRate.map((r) => r.vatRate)).toEqual([19, 7, 0]);
  });

  it('an invoice without lines is zero in EUR; one that credits more than it charges is negative', () => {
    const empty = createInvoice({ lines: [], customer: 'consumer', issuedOn: '2026-04-18' });
    expect([empty.byRate, empty.netCents, empty.vatCents, empty.grossCents, empty.currency]).toEqual([[], 0, 0, 0, 'EUR']);
    const credit = createInvoice({ lines: [line(-590, 19), line(-232, 19)], customer: 'consumer', issuedOn: '2026-04-18' });
    expect([credit.netCents, credit.vatCents, credit.grossCents]).toEqual([-691, -131, -822]);
  });

  it('carries the period, the lines as given in a list of its own, and the lines\' currency', () => {
    const lines = [line(590, 19, 'USD'), line(100, 7, 'USD')];
    const invoice = createInvoice({ lines, customer: 'business', issuedOn: '2026-04-18', period: PERIOD });
    expect(invoice.lines).toEqual(lines);
    expect(invoice.lines).not.toBe(lines);
    expect(invoice.period).toStrictEqual(PERIOD);
    expect(invoice.currency).toBe('USD');
  });

  it('is plain data: JSON and structuredClone give it back unchanged', () => {
    const invoice = createInvoice({ lines: [line(590, 19), line(-100, 7)], customer: 'consumer', issuedOn: '2026-04-18', period: PERIOD });
    expect(JSON.parse(JSON.stringify(invoice))).toStrictEqual(invoice);
    expect(structuredClone(invoice)).toStrictEqual(invoice);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ lines: [line(590, 19), line(-100, 7)], customer: 'business' as const, issuedOn: '2026-04-18', period: PERIOD });
    const before = JSON.stringify(input);
    createInvoice(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('createInvoice: bad input', () => {
  const asInput = (value: unknown): InvoiceInput => value as InvoiceInput;

  it('refuses an input that is no record (INVALID_ARGUMENT) and an unknown customer kind (INVALID_CUSTOMER)', () => {
    expectTarifkitError(() => createInvoice(asInput(null)), 'INVALID_ARGUMENT', 'input');
    for (const customer of ['b2c', 'b2b', 'Consumer', undefined]) {
      expectTarifkitError(() => createInvoice(asInput({ lines: [], customer, issuedOn: '2026-04-18' })), 'INVALID_CUSTOMER', 'input.customer');
    }
  });

  it('refuses a bad invoice day (INVALID_DATE) or period', () => {
    expectTarifkitError(() => createInvoice({ lines: [], customer: 'consumer', issuedOn: '18.04.2026' }), 'INVALID_DATE', 'input.issuedOn');
    expectTarifkitError(() => createInvoice(asInput({ lines: [], customer: 'consumer' })), 'INVALID_DATE', 'input.issuedOn');
    expectTarifkitError(() => createInvoice(asInput({ lines: [], customer: 'consumer', issuedOn: '2026-04-18', period: 'April' })), 'INVALID_ARGUMENT', 'input.period');
    expectTarifkitError(() => createInvoice({ lines: [], customer: 'consumer', issuedOn: '2026-04-18', period: { start: '2026-05-18', end: '2026-04-18' } }), 'END_BEFORE_START', 'input.period');
  });

  it('refuses something that is not a list of lines (INVALID_LINE naming the list or the entry)', () => {
    expectTarifkitError(() => createInvoice(asInput({ lines: 'none', customer: 'consumer', issuedOn: '2026-04-18' })), 'INVALID_LINE', 'input.lines');
    expectTarifkitError(() => createInvoice(asInput({ lines: [line(1, 19), null], customer: 'consumer', issuedOn: '2026-04-18' })), 'INVALID_LINE', 'input.lines.1');
  });

  const good = JSON.parse(JSON.stringify(chargeLine({ item: { id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }, range: { start: '2026-03-19', end: '2026-04-01' }, period: { start: '2026-03-01', end: '2026-04-01' } }))) as Record<string, unknown>;
  const BAD_LINES: readonly [string, Record<string, unknown>, string, string][] = [
    ['an unknown reason', { reason: 'bonus' }, 'INVALID_LINE', 'input.lines.0.reason'],
    ['a missing correction', { correction: undefined }, 'INVALID_LINE', 'input.lines.0.correction'],
    ['an unknown correction', { correction: 'storno' }, 'INVALID_LINE', 'input.lines.0.correction'],
    ['no item', { item: undefined }, 'INVALID_ITEM', 'input.lines.0.item'],
    ['an item with VAT 16 %', { item: { ...(good.item as object), vatRate: 16 } }, 'INVALID_VAT_RATE', 'input.lines.0.item.vatRate'],
    ['an item with a label, not a name', { item: { id: 'x', label: 'X', unitCents: 1, vatRate: 19 } }, 'INVALID_ITEM', 'input.lines.0.item.name'],
    ['a zero quantity', { quantity: 0 }, 'INVALID_LINE', 'input.lines.0.quantity'],
    ['a ref that is no text', { ref: 7 }, 'INVALID_LINE', 'input.lines.0.ref'],
    ['fractional cents', { cents: 5.9 }, 'INVALID_LINE', 'input.lines.0.cents'],
    ['cents beyond 10^15', { cents: 10 ** 15 + 1 }, 'INVALID_LINE', 'input.lines.0.cents'],
    ['an unknown basis', { basis: 'week' }, 'INVALID_LINE', 'input.lines.0.basis'],
    ['a fraction with a zero denominator', { fraction: { numerator: 1, denominator: 0 } }, 'INVALID_LINE', 'input.lines.0.fraction'],
    ['no exact amount', { exact: null }, 'INVALID_LINE', 'input.lines.0.exact'],
    ['another rounding', { rounding: 'halfEven' }, 'INVALID_LINE', 'input.lines.0.rounding'],
    ['a range without a period', { period: null }, 'INVALID_LINE', 'input.lines.0.range'],
    ['a range outside its period', { range: { start: '2026-02-19', end: '2026-04-01' } }, 'INVALID_LINE', 'input.lines.0.range'],
    ['a range with a bad date', { range: { start: '2026-03-32', end: '2026-04-01' } }, 'INVALID_DATE', 'input.lines.0.range.start'],
    ['days that do not match the range', { days: 12 }, 'INVALID_LINE', 'input.lines.0.days'],
    ['period days that do not match the period', { periodDays: 30 }, 'INVALID_LINE', 'input.lines.0.periodDays'],
    ['days on a line without dates', { range: null, period: null }, 'INVALID_LINE', 'input.lines.0.days'],
  ];

  it.each(BAD_LINES)('refuses a line from outside with %s (%s naming %s)', (_name, change, code, field) => {
    const bad = { ...good, ...change };
    expectTarifkitError(() => createInvoice({ lines: [bad as unknown as Line], customer: 'consumer', issuedOn: '2026-04-18' }), code as 'INVALID_LINE', field);
  });

  it('takes a line read back from JSON as it is', () => {
    expect(createInvoice({ lines: [good as unknown as Line], customer: 'consumer', issuedOn: '2026-04-18' }).grossCents).toBe(210);
  });

  it('refuses lines in different currencies (CURRENCY_MISMATCH naming the line\'s currency)', () => {
    expectTarifkitError(() => createInvoice({ lines: [line(590, 19), line(100, 19, 'USD')], customer: 'consumer', issuedOn: '2026-04-18' }), 'CURRENCY_MISMATCH', 'input.lines.1.item.currency');
  });

  it('refuses totals beyond 10^15 minor units (INVALID_AMOUNT naming input.lines)', () => {
    const big = chargeLine({ item: { id: 'x', name: 'X', unitCents: 10 ** 10, vatRate: 19 }, quantity: 60_000 });
    expectTarifkitError(() => createInvoice({ lines: [big, big], customer: 'business', issuedOn: '2026-04-18' }), 'INVALID_AMOUNT', 'input.lines');
    expect(createInvoice({ lines: [big], customer: 'business', issuedOn: '2026-04-18' }).netCents).toBe(6 * 10 ** 14);
  });
});

describe('createInvoice: properties', () => {
  it('the invoice total equals the sum of its lines, to the cent: gross for consumers, net for businesses', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), customerArb, (lines, customer) => {
        const invoice = createInvoice({ lines, customer, issuedOn: '2026-04-18' });
        expect(customer === 'consumer' ? invoice.grossCents : invoice.netCents).toBe(sumOf(lines));
      }),
      RUNS,
    );
  });

  it('net + VAT = gross, per rate and in total; each rate counts its own lines and sums them', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), customerArb, (lines, customer) => {
        const invoice = createInvoice({ lines, customer, issuedOn: '2026-04-18' });
        let [net, vat, gross, count] = [0, 0, 0, 0];
        for (const rate of invoice.byRate) {
          expect(rate.netCents + rate.vatCents).toBe(rate.grossCents);
          const own = lines.filter((l) => l.item.vatRate === rate.vatRate);
          expect(rate.lineCount).toBe(own.length);
          expect(customer === 'consumer' ? rate.grossCents : rate.netCents).toBe(sumOf(own));
          net += rate.netCents;
          vat += rate.vatCents;
          gross += rate.grossCents;
          count += rate.lineCount;
        }
        expect(invoice.netCents + invoice.vatCents).toBe(invoice.grossCents);
        expect([net, vat, gross, count]).toEqual([invoice.netCents, invoice.vatCents, invoice.grossCents, lines.length]);
      }),
      RUNS,
    );
  });

  it('each rate\'s VAT is its exact share rounded once, half up: off by at most half a cent', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 30 }), customerArb, (lines, customer) => {
        const invoice = createInvoice({ lines, customer, issuedOn: '2026-04-18' });
        for (const rate of invoice.byRate) {
          const sum = sumOf(lines.filter((l) => l.item.vatRate === rate.vatRate));
          const [numerator, denominator] = customer === 'consumer' ? [sum * rate.vatRate, 100 + rate.vatRate] : [sum * rate.vatRate, 100];
          // |vat − exact| ≤ 1/2, in integers: |2·vat·d − 2·n| ≤ d
          expect(Math.abs(2 * rate.vatCents * denominator - 2 * numerator)).toBeLessThanOrEqual(denominator);
        }
      }),
      RUNS,
    );
  });

  it('lines read back from JSON give the same invoice, and the invoice survives JSON unchanged', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 10 }), customerArb, (lines, customer) => {
        const invoice = createInvoice({ lines, customer, issuedOn: '2026-04-18', period: PERIOD });
        const revived = JSON.parse(JSON.stringify(lines)) as Line[];
        expect(createInvoice({ lines: revived, customer, issuedOn: '2026-04-18', period: PERIOD })).toStrictEqual(JSON.parse(JSON.stringify(invoice)));
        expect(JSON.parse(JSON.stringify(invoice))).toStrictEqual(invoice);
      }),
      RUNS,
    );
  });
});
