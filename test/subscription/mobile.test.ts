import { describe, expect, it } from 'vitest';
import { createSubscription, explainLine, explainNotice, listOptions } from '../../src/index.js';
import { centsOf, Driver, mobileCatalog } from './fixtures.js';

/** A postpaid customer over three months: options booked, withdrawn, cancelled and switched (R6, R9–R13). */
function mobileQuarter(): Driver {
  const driver = new Driver(createSubscription(mobileCatalog, { planId: 'mobil', start: '2026-03-01' }));
  const ok = (result: ReturnType<Driver['apply']>): void => {
    if (!result.ok) throw new Error(result.reason);
  };
  ok(driver.apply({ type: 'bookOption', at: '2026-03-05T12:00+01:00', optionId: 'sms' }));
  ok(driver.apply({ type: 'bookOption', at: '2026-03-19T09:00+01:00', optionId: 'lte50' }));
  driver.advance('2026-04-01');
  ok(driver.apply({ type: 'bookOption', at: '2026-04-10T10:00+02:00', optionId: 'eu' }));
  ok(driver.apply({ type: 'withdrawOption', on: '2026-04-15', bookingId: 'eu#3' }));
  ok(driver.apply({ type: 'cancelOption', at: '2026-04-28T12:00+02:00', bookingId: 'sms#1' }));
  ok(driver.apply({ type: 'switchOption', at: '2026-04-29T12:00+02:00', bookingId: 'lte50#2', toOptionId: 'eu' }));
  driver.advance('2026-06-01');
  return driver;
}

describe('a mobile postpaid customer with options over three months (R6, R11–R13)', () => {
  it('bills March in arrears with the options pro rata from their activation day (R11)', () => {
    const march = mobileQuarter().invoices[0]!;
    expect([march.issuedOn, ...centsOf(march)]).toEqual(['2026-04-01', 1500, 261, 210]);
    expect(explainLine(march.lines[2]!, 'de')).toBe('Anteilig LTE 50, 19.03.2026–31.03.2026, 13/31 Tage: 2,10 €');
    expect([march.netCents, march.vatCents, march.grossCents]).toEqual([1656, 315, 1971]);
  });

  it('bills nothing for an option withdrawn within 14 days (R13)', () => {
    const driver = mobileQuarter();
    expect(driver.invoices.flatMap((invoice) => invoice.lines).filter((line) => line.ref === 'eu#3')).toEqual([]);
  });

  it('ends a cancellation at the month end; a switch after the 48-hour deadline a month later (R12)', () => {
    const driver = mobileQuarter();
    const [, april, may] = driver.invoices;
    expect(centsOf(april!)).toEqual([1500, 300, 500]);
    expect(centsOf(may!)).toEqual([1500, 500]);
    const rows = listOptions(driver.subscription, '2026-06-01');
    expect(rows.map((row) => [row.bookingId, row.status.kind])).toEqual([
      ['sms#1', 'ended'], ['lte50#2', 'ended'], ['eu#3', 'withdrawn'], ['eu#4', 'active'],
    ]);
  });

  it('tells of renewals, ends and the switched option\'s start', () => {
    const words = mobileQuarter().notices.map((notice) => explainNotice(notice, 'de'));
    expect(words).toContain('SMS Flat (sms#1) ist zum 30.04.2026 beendet.');
    expect(words).toContain('LTE 50 (lte50#2) ist zum 31.05.2026 beendet.');
    expect(words).toContain('EU Roaming (eu#4) ist ab 01.06.2026 aktiv.');
  });
});
