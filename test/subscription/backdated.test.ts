import { describe, expect, it } from 'vitest';
import { advance, applyEvent, createSubscription, explainInvoice, replay, type SubscriptionEvent } from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { familyCatalog } from '../arbitraries/subscription.js';
import { centsOf, Driver, hostingCatalog } from './fixtures.js';

describe('a backdated upgrade yields corrections on the next invoice (R26)', () => {
  /** 15 € a month in advance; an upgrade to 25 € dated 2026-03-10 is recorded on 2026-04-02. */
  function recordedLate(): Driver {
    const driver = new Driver(createSubscription(hostingCatalog, { planId: 'basic', start: '2026-03-01' }));
    driver.advance('2026-04-02');
    const result = driver.apply({ type: 'upgrade', on: '2026-03-10', planId: 'pro' });
    expect(result.ok).toBe(true);
    driver.advance('2026-05-01');
    return driver;
  }

  it('puts May 25,00, March\'s +17,74 and −10,65 and April\'s +25,00 and −15,00 on the May invoice: 42,09', () => {
    const may = recordedLate().invoices[2]!;
    expect(may.issuedOn).toBe('2026-05-01');
    expect(centsOf(may)).toEqual([2500, 1774, -1065, 2500, -1500]);
    expect(may.lines.map((line) => line.correction)).toEqual([null, 'late', 'late', 'late', 'reversal']);
    expect(may.netCents).toBe(4209);
    expect(explainInvoice(may, 'de').slice(2, 7)).toEqual([
      '1. Grundgebühr Pro, 01.05.2026–31.05.2026, 31/31 Tage: 25,00 €',
      '2. Nachberechnung: Aufpreis Restlaufzeit Pro, 10.03.2026–31.03.2026, 22/31 Tage: 17,74 €',
      '3. Nachberechnung: Gutschrift nicht genutzte Laufzeit Basic, 10.03.2026–31.03.2026, 22/31 Tage: −10,65 €',
      '4. Nachberechnung: Grundgebühr Pro, 01.04.2026–30.04.2026, 30/30 Tage: 25,00 €',
      '5. Storno: Grundgebühr Basic, 01.04.2026–30.04.2026, 30/30 Tage: −15,00 €',
    ]);
  });

  it('totals 72,09 € for March to May either way', () => {
    const late = recordedLate().invoices.reduce((sum, invoice) => sum + invoice.netCents, 0);
    const known = replay(hostingCatalog, { planId: 'basic', start: '2026-03-01' }, [{ type: 'upgrade', on: '2026-03-10', planId: 'pro' }], '2026-05-01');
    expect(known.invoices.map((invoice) => invoice.netCents)).toEqual([1500, 3209, 2500]);
    expect(late).toBe(7209);
    expect(known.invoices.reduce((sum, invoice) => sum + invoice.netCents, 0)).toBe(7209);
  });

  it('returns the corrections as the event\'s lines, and keeps the event in its place in the log', () => {
    const driver = new Driver(createSubscription(hostingCatalog, { planId: 'basic', start: '2026-03-01' }));
    driver.advance('2026-04-02');
    expect(driver.apply({ type: 'charge', on: '2026-04-02', item: { id: 'setup', name: 'Einrichtung', unitCents: 900, vatRate: 19 } }).ok).toBe(true);
    const result = driver.apply({ type: 'upgrade', on: '2026-03-10', planId: 'pro' });
    expect(result.ok && result.lines.map((line) => `${line.correction} ${line.cents}`)).toEqual(['late 1774', 'late -1065', 'late 2500', 'reversal -1500']);
    expect(driver.subscription.events.map((event) => event.type)).toEqual(['upgrade', 'charge']);
    expect(driver.subscription.pending.map((line) => line.cents)).toEqual([1774, -1065, 2500, -1500, 900]);
  });

  it('a backdated cancellation that ends the contract earlier reverses what was billed after the end', () => {
    const driver = new Driver(createSubscription(hostingCatalog, { planId: 'basic', start: '2026-01-01' }));
    driver.advance('2026-10-05');
    // Received on 2026-09-30 (on time for 2027-01-01), recorded five days late: nothing to correct.
    const result = driver.apply({ type: 'cancel', on: '2026-09-30' });
    expect(result.ok && result.lines).toEqual([]);
    driver.advance('2027-02-01');
    expect(driver.invoices.map((invoice) => invoice.issuedOn).at(-1)).toBe('2026-12-01');
  });
});

describe('an event recorded after the final invoice day (R26)', () => {
  it('a mobile option booked in the last month and recorded on the end day is invoiced late: 1,14 € for 2026-12-16..2027-01-01', () => {
    const catalog = familyCatalog({ cycle: { kind: 'calendarMonth' }, billing: 'inAdvance', customer: 'business', renewal: 'fixed', optionKind: 'optionTariff' });
    let sub = createSubscription(catalog, { planId: 'm', start: '2026-01-01', configuration: { ram: 1, disk: 32 } });
    sub = advance(sub, '2026-11-03').subscription;
    const cancelled = applyEvent(sub, { type: 'cancel', on: '2026-11-03' });
    if (!cancelled.ok) throw new Error(cancelled.reason);
    // Advanced to the first day without the contract: the final invoice day passes without an invoice.
    const ended = advance(cancelled.subscription, '2027-01-01').subscription;
    expect([ended.contract.end, ended.nextInvoiceOn]).toEqual(['2027-01-01', null]);
    const booked = applyEvent(ended, { type: 'bookOption', at: '2026-12-16T15:30:00+01:00', optionId: 'mag' });
    if (!booked.ok) throw new Error(booked.reason);
    expect(booked.lines.map((line) => [line.reason, line.correction, line.range, line.cents])).toEqual([
      ['prorataCharge', 'late', { start: '2026-12-16', end: '2027-01-01' }, 114],
    ]);
    expect(booked.subscription.nextInvoiceOn).toBe('2027-01-02');
    const [late] = advance(booked.subscription, '2027-01-31').invoices;
    expect([late!.issuedOn, late!.netCents]).toEqual(['2027-01-02', 114]);
  });

  it('in arrears: a late upgrade after the final invoice is invoiced the next day, without billing the last period again', () => {
    const catalog = familyCatalog({ cycle: { kind: 'days', days: 28 }, billing: 'inArrears', customer: 'consumer', renewal: 'fixed', optionKind: 'packageTariff' });
    const order = { planId: 's', start: '2026-02-12', configuration: { ram: 3, disk: 4 } };
    const first = advance(createSubscription(catalog, order), '2026-07-25');
    const cancelled = applyEvent(first.subscription, { type: 'cancel', on: '2026-07-25' });
    if (!cancelled.ok) throw new Error(cancelled.reason);
    const ended = advance(cancelled.subscription, '2027-02-12');
    expect(ended.invoices.at(-1)!.issuedOn).toBe('2027-02-12');
    const upgraded = applyEvent(ended.subscription, { type: 'upgrade', on: '2026-12-25', configuration: { ram: 4, disk: 10 } });
    if (!upgraded.ok) throw new Error(upgraded.reason);
    const [late] = advance(upgraded.subscription, '2027-03-31').invoices;
    expect(late!.issuedOn).toBe('2027-02-13');
    expect(late!.lines.map((line) => [line.correction, line.range!.start, line.range!.end, line.cents])).toEqual([
      ['late', '2026-12-17', '2026-12-25', 462],
      ['reversal', '2026-12-17', '2027-01-14', -1618],
      ['late', '2026-12-25', '2027-01-14', 1329],
      ['late', '2027-01-14', '2027-02-11', 1860],
      ['reversal', '2027-01-14', '2027-02-11', -1618],
      ['late', '2027-02-11', '2027-02-12', 66],
      ['reversal', '2027-02-11', '2027-02-12', -58],
    ]);
    expect(late!.grossCents).toBe(423);
    const known = replay(catalog, order, upgraded.subscription.events, '2027-03-31');
    const gross = (invoices: readonly { grossCents: number }[]): number => invoices.reduce((sum, invoice) => sum + invoice.grossCents, 0);
    expect(gross([...first.invoices, ...ended.invoices, late!])).toBe(gross(known.invoices));
  });
});

describe('a cancellation dated before an option booked earlier in the log (R26)', () => {
  // 19,90 € a year plus 1 GB RAM at 2,00 €, in arrears from 2026-03-31, with 3 × 4,90 € and 2 × 5,90 € add-ons.
  const catalog = familyCatalog({ cycle: { kind: 'yearly' }, billing: 'inArrears', customer: 'business', renewal: 'fixed', optionKind: 'packageTariff' });
  const order = {
    planId: 'm', start: '2026-03-31', configuration: { ram: 1, disk: 0 },
    addOns: [{ addOnId: 'journal', quantity: 3 }, { addOnId: 'storage', quantity: 2 }],
  };
  // 23:30 at +01:00 is 00:30 on 2026-04-22 in Berlin (summer time): the option's day is after the cancellation's.
  const option: SubscriptionEvent = { type: 'bookOption', at: '2026-04-21T23:30:00+01:00', optionId: 'data', bookingId: 'o1' };
  const cancel: SubscriptionEvent = { type: 'cancel', on: '2026-04-21' };
  const conflict = {
    ok: false, reason: 'CONFLICTS_WITH_LATER_EVENTS', allowedFrom: null,
    details: { eventIndex: 0, eventType: 'bookOption', eventOn: '2026-04-22', code: 'NOT_WITHIN' },
  };

  function oneByOne(): { driver: Driver; refused: ReturnType<typeof applyEvent> } {
    const driver = new Driver(createSubscription(catalog, order));
    driver.advance('2026-04-21');
    expect(driver.apply(option).ok).toBe(true);
    const refused = driver.apply(cancel);
    driver.advance('2027-06-30');
    return { driver, refused };
  }

  it('is refused when applied: the contract would end on 2027-03-31, the day the package option starts', () => {
    const { driver, refused } = oneByOne();
    expect(refused).toEqual(conflict);
    expect(driver.subscription.events.map((event) => event.type)).toEqual(['bookOption']);
    expect(driver.subscription.contract.end).toBeNull();
    expect(driver.invoices.map((invoice) => [invoice.issuedOn, invoice.netCents])).toEqual([['2027-03-31', 5340]]);
    expect(centsOf(driver.invoices[0]!)).toEqual([2190, 1470, 1180, 500]);
  });

  it('replaying the log as recorded gives the same: the option booked, the cancellation refused, one invoice of 53,40 €', () => {
    const { driver } = oneByOne();
    const run = replay(catalog, order, [option, cancel], '2027-06-30');
    expect(run.refusals).toEqual([{ index: 1, refusal: conflict }]);
    expect(run.invoices).toEqual(driver.invoices);
    expect(run.invoices.map((invoice) => [invoice.issuedOn, invoice.netCents])).toEqual([['2027-03-31', 5340]]);
    expect(run.notices).toEqual(driver.notices);
    expect(run.subscription).toEqual(driver.subscription);
    expect(replay(catalog, order, driver.subscription.events, '2027-06-30').invoices).toEqual(driver.invoices);
  });

  it('in date order the cancellation comes first, and the option, starting on the first day without the contract, fails', () => {
    expectTarifkitError(() => replay(catalog, order, [cancel, option], '2027-06-30'), 'NOT_WITHIN', 'events.1.at');
  });

  it('a late event that fails names its place in the log handed in', () => {
    const late = { type: 'cancelAddOn', on: '2026-04-21', bookingId: 'a9' } as const;
    expectTarifkitError(() => replay(catalog, order, [option, late], '2027-06-30'), 'UNKNOWN_ID', 'events.1.bookingId');
  });
});
