import { describe, expect, it } from 'vitest';
import { createCatalog, createSubscription } from '../../src/index.js';
import { Driver } from './fixtures.js';

const plan = (kind: 'postpaidMonth' | 'optionTariff') => createCatalog({ plans: [{
  id: 'tarif', name: 'Tarif M', price: { cents: 1000, per: 'billingPeriod' }, billingCycle: { kind: 'monthly' },
  termMonths: 1, renewal: { kind: 'openEnded' },
  policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
  optionTariff: { kind, options: [{ id: 'data', name: 'Datenpaket', unitCents: 500, vatRate: 19 }] },
}] });

const optionLines = (driver: Driver) => driver.invoices.flatMap((invoice) => invoice.lines
  .filter((line) => line.ref === 'data#1')
  .map((line) => [invoice.issuedOn, line.range!.start, line.range!.end, line.cents]));

describe('options are billed after use (postpaid) or when their period starts (prepaid), whatever the plan (R6, R8, R11, R12)', () => {
  it('a postpaid option on a plan billed in advance from the 15th: each month after it ends, nothing after a cancellation', () => {
    const driver = new Driver(createSubscription(plan('postpaidMonth'), { planId: 'tarif', start: '2026-01-15' }));
    driver.advance('2026-02-10');
    expect(driver.apply({ type: 'bookOption', at: '2026-02-10T09:00+01:00', optionId: 'data' }).ok).toBe(true);
    driver.advance('2026-03-20');
    const cancel = driver.apply({ type: 'cancelOption', at: '2026-03-20T09:00+01:00', bookingId: 'data#1' });
    expect(cancel.ok && cancel.effectiveOn).toBe('2026-04-01');
    driver.advance('2026-06-15');
    // 5 € × 19/28 for February's rest, then March; April is never billed.
    expect(optionLines(driver)).toEqual([
      ['2026-03-15', '2026-02-10', '2026-03-01', 339],
      ['2026-04-15', '2026-03-01', '2026-04-01', 500],
    ]);
  });

  it('an option on its own four weeks is billed when each period starts, never before', () => {
    const driver = new Driver(createSubscription(plan('optionTariff'), { planId: 'tarif', start: '2026-01-15' }));
    driver.advance('2026-02-10');
    expect(driver.apply({ type: 'bookOption', at: '2026-02-10T09:00+01:00', optionId: 'data' }).ok).toBe(true);
    driver.advance('2026-03-20');
    const cancel = driver.apply({ type: 'cancelOption', at: '2026-03-20T09:00+01:00', bookingId: 'data#1' });
    expect(cancel.ok && cancel.effectiveOn).toBe('2026-04-07');
    driver.advance('2026-06-15');
    expect(optionLines(driver)).toEqual([
      ['2026-02-15', '2026-02-10', '2026-03-10', 500],
      ['2026-03-15', '2026-03-10', '2026-04-07', 500],
    ]);
  });
});
