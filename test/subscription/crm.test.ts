import { describe, expect, it } from 'vitest';
import { createSubscription, explainLine, formatAddOnRow, listAddOns, type Applied } from '../../src/index.js';
import { centsOf, crmCatalog, Driver } from './fixtures.js';

/** The CRM subscription of the add-on example (R14–R16, R26). */
function crmRun(): { driver: Driver; results: Applied[] } {
  const driver = new Driver(createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18' }));
  const results: Applied[] = [];
  const apply = (event: Parameters<Driver['apply']>[0]): void => {
    const result = driver.apply(event);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    results.push(result);
  };
  driver.advance('2026-03-18');
  apply({ type: 'bookAddOn', on: '2026-03-20', addOnId: 'users', quantity: 1 });
  apply({ type: 'bookAddOn', on: '2026-04-01', addOnId: 'storage', quantity: 2 });
  apply({ type: 'changeAddOnQuantity', on: '2026-04-10', bookingId: 'users#1', quantity: 3 });
  driver.advance('2026-04-18');
  apply({ type: 'bookAddOn', on: '2026-04-25', addOnId: 'storage', quantity: 1 });
  apply({ type: 'withdrawAddOn', on: '2026-05-02', bookingId: 'storage#3' });
  apply({ type: 'changeAddOnQuantity', on: '2026-05-05', bookingId: 'users#1', quantity: 1 });
  apply({ type: 'cancelAddOn', on: '2026-05-05', bookingId: 'storage#2' });
  return { driver, results };
}

describe('the CRM subscription: 49 € a month from 2026-03-18, users and storage packs (R14–R16)', () => {
  it('drafts each booking and raise for the rest of its period, to the cent', () => {
    const { results } = crmRun();
    expect(results.map((result) => result.lines.map((line) => line.cents))).toEqual([[552], [647], [305], [452], [], [], []]);
    expect(explainLine(results[0]!.lines[0]!, 'de')).toBe('Anteilig Zusätzliche Benutzer, 20.03.2026–17.04.2026, 29/31 Tage: 5,52 €');
    expect(explainLine(results[2]!.lines[0]!, 'de')).toBe('Mengenerhöhung anteilig Zusätzliche Benutzer ×2, 10.04.2026–17.04.2026, 8/31 Tage: 3,05 €');
    expect(explainLine(results[3]!.lines[0]!, 'en')).toBe('Pro rata Speicherpaket 10 GB, 2026-04-25–2026-05-17, 23/30 days: €4.52');
  });

  it('lowerings and cancellations take effect at the period end, 2026-05-18', () => {
    const { results } = crmRun();
    expect(results.map((result) => result.effectiveOn)).toEqual([
      '2026-03-20', '2026-04-01', '2026-04-10', '2026-04-25', '2026-05-02', '2026-05-18', '2026-05-18',
    ]);
  });

  it('issues 49,00, then 93,54 + 17,77 = 111,31, then 54,90 + 10,43 = 65,33', () => {
    const { driver } = crmRun();
    driver.advance('2026-05-18');
    const [march, april, may] = driver.invoices;
    expect(centsOf(march!)).toEqual([4900]);
    expect([march!.netCents, march!.vatCents, march!.grossCents]).toEqual([4900, 931, 5831]);
    expect(centsOf(april!)).toEqual([4900, 1770, 1180, 552, 647, 305]);
    expect([april!.issuedOn, april!.netCents, april!.vatCents, april!.grossCents]).toEqual(['2026-04-18', 9354, 1777, 11131]);
    expect(centsOf(may!)).toEqual([4900, 590]);
    expect([may!.issuedOn, may!.netCents, may!.vatCents, may!.grossCents]).toEqual(['2026-05-18', 5490, 1043, 6533]);
  });

  it('lists the cancelled packs as "Kündigung zum 17.05.2026", the last day of service (R15)', () => {
    const { driver } = crmRun();
    const rows = listAddOns(driver.subscription, '2026-05-05').map((row) => formatAddOnRow(row, 'de'));
    expect(rows).toEqual([
      'Zusätzliche Benutzer (+3) · 5,90 € · abgerechnet bis 17.05.2026 · aktiv · Menge ab 18.05.2026: +1',
      'Speicherpaket 10 GB (+2) · 5,90 € · abgerechnet bis 17.05.2026 · Kündigung zum 17.05.2026',
      'Speicherpaket 10 GB (+1) · 5,90 € · nicht berechnet · widerrufen am 02.05.2026',
    ]);
    driver.advance('2026-05-18');
    expect(listAddOns(driver.subscription, '2026-05-18').map((row) => row.status.kind)).toEqual(['active', 'ended', 'withdrawn']);
    expect(driver.notices.filter((notice) => notice.type === 'addOnEnded')).toEqual([
      { type: 'addOnEnded', on: '2026-05-18', bookingId: 'storage#2', name: 'Speicherpaket 10 GB' },
    ]);
  });

  it('takes a withdrawn draft off the pending invoice, and bills nothing for it (R16)', () => {
    const { driver } = crmRun();
    expect(driver.subscription.pending).toEqual([]);
    driver.advance('2026-06-18');
    const all = driver.invoices.flatMap((invoice) => invoice.lines).filter((line) => line.ref === 'storage#3');
    expect(all).toEqual([]);
  });
});
