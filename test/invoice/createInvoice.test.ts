/**
 * The collective invoice (R14, R22, R23): lines from any module, net, VAT and
 * gross per rate and in total, VAT rounded once per rate.
 */
import fc from 'fast-check';
import { USD } from 'dinero.js';
import { describe, expect, it } from 'vitest';
import { createLine } from '../../src/lines/createLine.js';
import { DEFAULT_CURRENCY, roundHalfUp } from '../../src/money/cents.js';
import {
  bookAddOn,
  bookOption,
  closeAddOnPeriod,
  createInvoice,
  createOptionAccount,
  createOptionTariff,
  optionLinesFor,
  createPeriod,
  formatMoney,
  toCents,
  type Line,
  type VatRate,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { accountArb, lineArb, runScript, seedAccount, stepArb, sumCents } from '../arbitraries/addons.js';

function line(cents: number, vatRate: VatRate, currency = DEFAULT_CURRENCY): Line {
  const period = createPeriod('2026-04-18', '2026-05-18');
  return createLine({
    kind: cents < 0 ? 'credit' : 'charge',
    reason: cents < 0 ? 'withdrawalCredit' : 'periodCharge',
    item: { id: 'x', label: 'X', quantity: 1 },
    currency,
    unitCents: Math.abs(cents),
    range: period,
    period,
    basis: 'full',
    fraction: { numerator: 1, denominator: 1 },
    exact: { numerator: cents, denominator: 1 },
    cents,
    vatRate,
  });
}

describe('createInvoice', () => {
  it('consumer (b2c): prices are gross; VAT is extracted per rate', () => {
    const invoice = createInvoice({ lines: [line(590, 19), line(490, 7), line(-100, 19)], customerType: 'b2c', issuedOn: '2026-04-18' });
    expect(invoice.pricesAre).toBe('gross');
    expect(invoice.vatRounding).toBe('perRate');
    expect(invoice.rounding).toBe('halfUp');
    expect(invoice.byRate).toEqual([
      { vatRate: 19, lineCount: 2, netCents: 412, vatCents: 78, grossCents: 490 }, // 490 × 19/119 = 78,24
      { vatRate: 7, lineCount: 1, netCents: 458, vatCents: 32, grossCents: 490 }, // 490 × 7/107 = 32,06
    ]);
    expect([invoice.netCents, invoice.vatCents, invoice.grossCents, invoice.linesCents]).toEqual([870, 110, 980, 980]);
    expect(formatMoney(invoice.gross, 'de')).toBe('9,80 €');
    expect(toCents(invoice.net)).toBe(870);
    expect(toCents(invoice.vat)).toBe(110);
    expect(invoice.issuedOn.toString()).toBe('2026-04-18');
    expect(invoice.period).toBeNull();
  });

  it('business (b2b): prices are net; VAT is added per rate', () => {
    const invoice = createInvoice({ lines: [line(590, 19), line(490, 7), line(-100, 19)], customerType: 'b2b', issuedOn: '2026-04-18' });
    expect(invoice.pricesAre).toBe('net');
    expect(invoice.byRate).toEqual([
      { vatRate: 19, lineCount: 2, netCents: 490, vatCents: 93, grossCents: 583 }, // 490 × 0,19 = 93,1
      { vatRate: 7, lineCount: 1, netCents: 490, vatCents: 34, grossCents: 524 }, // 490 × 0,07 = 34,3
    ]);
    expect([invoice.netCents, invoice.vatCents, invoice.grossCents, invoice.linesCents]).toEqual([980, 127, 1107, 980]);
  });

  it('rounds VAT once on the rate\'s sum: three extra users at 5,90 € carry 2,83 € VAT, not 3 × 0,94 €', () => {
    const user = line(590, 19);
    const invoice = createInvoice({ lines: [user, user, user], customerType: 'b2c', issuedOn: '2026-04-18' });
    expect([invoice.netCents, invoice.vatCents, invoice.grossCents]).toEqual([1487, 283, 1770]);
    expect(3 * roundHalfUp(590 * 19, 119)).toBe(282);
  });

  it('orders rates 19, 7, 0 and leaves out rates without lines; 0 % lines carry no VAT', () => {
    const invoice = createInvoice({ lines: [line(100, 0), line(200, 7)], customerType: 'b2b', issuedOn: '2026-04-18' });
    expect(invoice.byRate.map((r) => r.vatRate)).toEqual([7, 0]);
    expect(invoice.byRate[1]).toEqual({ vatRate: 0, lineCount: 1, netCents: 100, vatCents: 0, grossCents: 100 });
  });

  it('an invoice without lines is zero; one that credits more than it charges is negative', () => {
    const empty = createInvoice({ lines: [], customerType: 'b2c', issuedOn: '2026-04-18' });
    expect([empty.byRate, empty.grossCents, empty.currency.code]).toEqual([[], 0, 'EUR']);
    const credit = createInvoice({ lines: [line(-590, 19), line(-232, 19)], customerType: 'b2c', issuedOn: '2026-04-18' });
    expect([credit.netCents, credit.vatCents, credit.grossCents]).toEqual([-691, -131, -822]);
  });

  it('carries the period and the lines as given, consuming lines from the add-on close', () => {
    const booked = bookAddOn(seedAccount({ base: true }), { addOnId: 'users', quantity: 1, on: '2026-03-18' }).account;
    const close = closeAddOnPeriod(booked, '2026-04-18');
    const invoice = createInvoice({ lines: close.lines, customerType: 'b2c', issuedOn: '2026-04-18', period: close.period });
    expect(invoice.lines).toEqual(close.lines);
    expect(invoice.lines).not.toBe(close.lines);
    expect(invoice.period!.toString()).toBe('[2026-04-18, 2026-05-18)');
    expect([invoice.netCents, invoice.vatCents, invoice.grossCents]).toEqual([3504, 666, 4170]); // 41,70 € × 19/119 = 6,658…
  });

  it('takes lines from any module: postpaid option lines next to the add-on close', () => {
    const tariff = createOptionTariff({ kind: 'postpaidMonth', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }] });
    const booked = bookOption(createOptionAccount(tariff), { optionId: 'lte50', at: '2026-03-19T10:00+01:00' });
    if (!booked.ok) throw new Error('expected a booking');
    const optionLines = optionLinesFor(booked.account, createPeriod('2026-03-01', '2026-04-01'));
    expect(optionLines.map((l) => l.cents)).toEqual([210]); // 13/31 of 5,00 € (R11)
    const close = closeAddOnPeriod(bookAddOn(seedAccount(), { addOnId: 'journal', quantity: 1, on: '2026-03-18' }).account, '2026-04-18');
    const invoice = createInvoice({ lines: [...close.lines, ...optionLines], customerType: 'b2c', issuedOn: '2026-04-18' });
    expect(invoice.byRate).toEqual([
      { vatRate: 19, lineCount: 1, netCents: 176, vatCents: 34, grossCents: 210 },
      { vatRate: 7, lineCount: 2, netCents: 916, vatCents: 64, grossCents: 980 },
    ]);
    expect(invoice.grossCents).toBe(1190);
  });

  it('serialises to JSON with its totals', () => {
    const invoice = createInvoice({ lines: [line(590, 19)], customerType: 'b2c', issuedOn: '2026-04-18' });
    expect(JSON.parse(JSON.stringify(invoice))).toMatchObject({ customerType: 'b2c', issuedOn: '2026-04-18', grossCents: 590, vatRounding: 'perRate' });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ lines: [line(590, 19), line(-100, 7)], customerType: 'b2b' as const, issuedOn: '2026-04-18' });
    const before = JSON.stringify(input);
    createInvoice(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('refuses an unknown customer type (INVALID_CUSTOMER_TYPE)', () => {
    expectTarifkitError(() => createInvoice({ lines: [], customerType: 'consumer' as 'b2c', issuedOn: '2026-04-18' }), 'INVALID_CUSTOMER_TYPE', 'input.customerType');
  });

  it('refuses a bad invoice day (INVALID_DATE)', () => {
    expectTarifkitError(() => createInvoice({ lines: [], customerType: 'b2c', issuedOn: '18.04.2026' }), 'INVALID_DATE', 'input.issuedOn');
  });

  it('refuses a line with a VAT rate other than 19, 7 or 0 (INVALID_VAT_RATE) or with fractional cents (INVALID_AMOUNT)', () => {
    const sixteen = { ...line(590, 19), vatRate: 16 } as unknown as Line;
    expectTarifkitError(() => createInvoice({ lines: [line(1, 19), sixteen], customerType: 'b2c', issuedOn: '2026-04-18' }), 'INVALID_VAT_RATE', 'input.lines.1.vatRate');
    const fractional = { ...line(590, 19), cents: 5.9 } as unknown as Line;
    expectTarifkitError(() => createInvoice({ lines: [fractional], customerType: 'b2c', issuedOn: '2026-04-18' }), 'INVALID_AMOUNT', 'input.lines.0.cents');
  });

  it('refuses something that is not a list of lines (INVALID_LINE)', () => {
    expectTarifkitError(() => createInvoice({ lines: 'none' as unknown as Line[], customerType: 'b2c', issuedOn: '2026-04-18' }), 'INVALID_LINE', 'input.lines');
    expectTarifkitError(() => createInvoice({ lines: [line(1, 19), null as unknown as Line], customerType: 'b2c', issuedOn: '2026-04-18' }), 'INVALID_LINE', 'input.lines.1');
    expectTarifkitError(() => createInvoice({ lines: [{ cents: 100, vatRate: 19 } as unknown as Line], customerType: 'b2c', issuedOn: '2026-04-18' }), 'INVALID_LINE', 'input.lines.0');
  });

  it('refuses lines in different currencies (CURRENCY_MISMATCH)', () => {
    expectTarifkitError(() => createInvoice({ lines: [line(590, 19), line(100, 19, USD)], customerType: 'b2c', issuedOn: '2026-04-18' }), 'CURRENCY_MISMATCH', 'input.lines.1.currency');
  });

  it('property: the invoice total equals the sum of its lines, to the cent (gross for consumers, net for businesses)', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), fc.constantFrom('b2c' as const, 'b2b' as const), (lines, customerType) => {
        const invoice = createInvoice({ lines, customerType, issuedOn: '2026-04-18' });
        const sum = sumCents(lines);
        expect(invoice.linesCents).toBe(sum);
        expect(customerType === 'b2c' ? invoice.grossCents : invoice.netCents).toBe(sum);
      }),
      RUNS,
    );
  });

  it('property: net + VAT = gross, per rate and in total, and the pieces of the allocation by VAT rate add up to the totals', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), fc.constantFrom('b2c' as const, 'b2b' as const), (lines, customerType) => {
        const invoice = createInvoice({ lines, customerType, issuedOn: '2026-04-18' });
        let net = 0;
        let vat = 0;
        let gross = 0;
        let count = 0;
        for (const rate of invoice.byRate) {
          expect(rate.netCents + rate.vatCents).toBe(rate.grossCents);
          const own = lines.filter((l) => l.vatRate === rate.vatRate);
          expect(rate.lineCount).toBe(own.length);
          expect(customerType === 'b2c' ? rate.grossCents : rate.netCents).toBe(sumCents(own));
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

  it('property: each rate\'s VAT is its exact share rounded once, half up: off by at most half a cent', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 30 }), fc.constantFrom('b2c' as const, 'b2b' as const), (lines, customerType) => {
        const invoice = createInvoice({ lines, customerType, issuedOn: '2026-04-18' });
        for (const rate of invoice.byRate) {
          const sum = sumCents(lines.filter((l) => l.vatRate === rate.vatRate));
          const [numerator, denominator] = customerType === 'b2c' ? [sum * rate.vatRate, 100 + rate.vatRate] : [sum * rate.vatRate, 100];
          // |vat − exact| ≤ 1/2, in integers: |2·vat·d − 2·n| ≤ d
          expect(Math.abs(2 * rate.vatCents * denominator - 2 * numerator)).toBeLessThanOrEqual(denominator);
        }
      }),
      RUNS,
    );
  });

  it('property: the regular invoices of any add-on history add up: each one\'s total is the sum of its lines', () => {
    fc.assert(
      fc.property(accountArb, fc.array(stepArb, { maxLength: 12 }), fc.constantFrom('b2c' as const, 'b2b' as const), (start, steps, customerType) => {
        const run = runScript(start, steps);
        for (const close of run.closes) {
          const invoice = createInvoice({ lines: close.lines, customerType, issuedOn: close.period.start, period: close.period });
          expect(invoice.linesCents).toBe(sumCents(close.lines));
          expect(invoice.netCents + invoice.vatCents).toBe(invoice.grossCents);
        }
      }),
      RUNS,
    );
  });

  it('builds each money value and date on its first read, whichever is read first', () => {
    const lines = [line(590, 19), line(490, 7)];
    const make = () => createInvoice({ lines, customerType: 'b2b', issuedOn: '2026-04-18' });
    expect(toCents(make().net)).toBe(1080);
    expect(toCents(make().vat)).toBe(146); // 590 × 19 % = 112,1 → 112; 490 × 7 % = 34,3 → 34
    expect(toCents(make().gross)).toBe(1226);
    expect(make().issuedOn.toString()).toBe('2026-04-18');
    const invoice = make();
    expect(invoice.byRate).toBe(invoice.byRate);
    expect(invoice.byRate.map((r) => r.vatCents)).toEqual([112, 34]);
  });

  it('refuses a line without a currency (INVALID_LINE)', () => {
    const noCurrency = { ...line(590, 19), currency: null } as unknown as Line;
    expectTarifkitError(() => createInvoice({ lines: [noCurrency], customerType: 'b2c', issuedOn: '2026-04-18' }), 'INVALID_LINE', 'input.lines.0');
  });
});
