import { describe, expect, it } from 'vitest';
import { createSubscription, explainLine, explainRefusal, quoteEvent, termAt } from '../../src/index.js';
import { centsOf, Driver, hostingCatalog } from './fixtures.js';

/** The cloud server's year: 4 GB / 2 vCPU / 100 GB, upgraded on 2026-03-10, a downgrade asked on 2026-05-02 (R1–R3). */
function hostingYear(): Driver {
  const driver = new Driver(createSubscription(hostingCatalog, { planId: 'cloud', start: '2026-01-01', configuration: { ram: 4, vcpu: 2, ssd: 100 } }));
  driver.advance('2026-03-10');
  const upgrade = driver.apply({ type: 'upgrade', on: '2026-03-10', configuration: { ram: 16, vcpu: 4, ssd: 250 } });
  expect(upgrade.ok).toBe(true);
  driver.advance('2026-05-02');
  const downgrade = driver.apply({ type: 'downgrade', on: '2026-05-02', configuration: { ram: 8 } });
  expect(downgrade.ok && downgrade.effectiveOn).toBe('2027-01-01');
  driver.advance('2027-01-01');
  return driver;
}

describe('the cloud server billed per calendar month in advance (R1–R3, R6)', () => {
  it('bills 43,00 for January to March', () => {
    const driver = hostingYear();
    expect(driver.invoices.slice(0, 3).map((invoice) => [invoice.issuedOn, invoice.netCents])).toEqual([
      ['2026-01-01', 4300], ['2026-02-01', 4300], ['2026-03-01', 4300],
    ]);
  });

  it('bills April at 92,00 with the upgrade of 22/31 days of March: 126,77 + 24,09 = 150,86', () => {
    const april = hostingYear().invoices[3]!;
    expect(april.issuedOn).toBe('2026-04-01');
    expect(centsOf(april)).toEqual([9200, 6529, -3052]);
    expect([april.netCents, april.vatCents, april.grossCents]).toEqual([12677, 2409, 15086]);
    expect(explainLine(april.lines[1]!, 'de')).toBe('Aufpreis Restlaufzeit Cloud Server (RAM 16 GB, vCPU 4, SSD 250 GB), 10.03.2026–31.03.2026, 22/31 Tage: 65,29 €');
    expect(explainLine(april.lines[2]!, 'de')).toBe('Gutschrift nicht genutzte Laufzeit Cloud Server (RAM 4 GB, vCPU 2, SSD 100 GB), 10.03.2026–31.03.2026, 22/31 Tage: −30,52 €');
  });

  it('bills May to December at 92,00 and the renewal on 2027-01-01 at the downgraded 76,00 (R3)', () => {
    const driver = hostingYear();
    expect(driver.invoices.slice(4, 12).map((invoice) => invoice.netCents)).toEqual(Array(8).fill(9200));
    const renewal = driver.invoices[12]!;
    expect([renewal.issuedOn, ...centsOf(renewal)]).toEqual(['2027-01-01', 7600]);
    expect(renewal.lines[0]!.item.name).toBe('Cloud Server (RAM 8 GB, vCPU 4, SSD 250 GB)');
  });

  it('totals 991,77 € net for 2026', () => {
    const total = hostingYear().invoices.filter((invoice) => invoice.issuedOn < '2027-01-01').reduce((sum, invoice) => sum + invoice.netCents, 0);
    expect(total).toBe(99177);
  });

  it('keeps the term end through the upgrade (R2) and tells of the renewal and the downgrade', () => {
    const driver = hostingYear();
    expect(termAt(driver.subscription.contract, '2026-06-15').term).toEqual({ start: '2026-01-01', end: '2027-01-01' });
    expect(driver.notices.map((notice) => `${notice.type} ${notice.on}`)).toEqual([
      'cancellationDeadline 2026-09-30', 'termRenewed 2027-01-01', 'downgradeInForce 2027-01-01',
    ]);
  });
});

describe('W1: 100 € for 12 months, upgraded after six months to 200 € (R2)', () => {
  const started = (basis: 'day' | 'month') => new Driver(createSubscription(hostingCatalog, { planId: 'w1-basic', start: '2026-01-01', basis }));

  it('charges 100,82 and credits 50,41 day-exact: 184 of 365 days', () => {
    const driver = started('day');
    driver.advance('2026-01-01');
    const quote = quoteEvent(driver.subscription, { type: 'upgrade', on: '2026-07-01', planId: 'w1-pro' });
    expect(quote.ok && quote.lines.map((line) => line.cents)).toEqual([10082, -5041]);
    expect(quote.ok && explainLine(quote.lines[1]!, 'de')).toBe('Gutschrift nicht genutzte Laufzeit Basic, 01.07.2026–31.12.2026, 184/365 Tage: −50,41 €');
  });

  it('charges 100,00 and credits 50,00 on the month basis: W1\'s round figures', () => {
    const driver = started('month');
    driver.advance('2026-01-01');
    const quote = quoteEvent(driver.subscription, { type: 'upgrade', on: '2026-07-01', planId: 'w1-pro' });
    expect(quote.ok && quote.lines.map((line) => line.cents)).toEqual([10000, -5000]);
    expect(quote.ok && quote.lines.map((line) => line.basis)).toEqual(['month', 'month']);
  });

  it('bills the term once, and the next term at the new price (W1)', () => {
    const driver = started('day');
    driver.advance('2026-07-01');
    expect(driver.apply({ type: 'upgrade', on: '2026-07-01', planId: 'w1-pro' }).ok).toBe(true);
    driver.advance('2027-01-01');
    expect(driver.invoices.map((invoice) => [invoice.issuedOn, ...centsOf(invoice)])).toEqual([
      ['2026-01-01', 10000],
      ['2027-01-01', 20000, 10082, -5041],
    ]);
  });

  it('a quote changes nothing (R2)', () => {
    const driver = started('day');
    driver.advance('2026-01-01');
    const before = JSON.stringify(driver.subscription);
    quoteEvent(driver.subscription, { type: 'upgrade', on: '2026-07-01', planId: 'w1-pro' });
    expect(JSON.stringify(driver.subscription)).toBe(before);
  });
});

describe('refusals of the hosting plans (R3–R5)', () => {
  it('refuses a single-option change on a managed server with "contact sales" (R4)', () => {
    const driver = new Driver(createSubscription(hostingCatalog, { planId: 'managed', start: '2026-01-01' }));
    driver.advance('2026-01-01');
    const result = driver.apply({ type: 'upgrade', on: '2026-04-01', configuration: { backup: 500 } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect([result.reason, result.allowedFrom]).toEqual(['OPTIONS_NOT_CHANGEABLE', null]);
      expect(explainRefusal(result, 'de')).toBe('Die Optionen des Tarifs Managed Server lassen sich nicht einzeln ändern. Bitte wenden Sie sich an unseren Vertrieb.');
    }
  });

  it('closing the business is no ground to end early; an ordinary cancellation ends with the term (R5)', () => {
    const driver = new Driver(createSubscription(hostingCatalog, { planId: 'w1-basic', start: '2026-01-01' }));
    driver.advance('2026-01-01');
    const result = driver.apply({ type: 'terminateEarly', on: '2026-08-01', ground: 'businessClosure' });
    expect(!result.ok && [result.reason, result.allowedFrom]).toEqual(['NO_SPECIAL_TERMINATION_RIGHT', '2027-01-01']);
    if (!result.ok) {
      expect(explainRefusal(result, 'en')).toBe('Closing a business is no special right to end the contract early. Possible from 2027-01-01.');
    }
  });

  it('schedules a cheaper "upgrade" nowhere: it is a downgrade, possible at the term end (R3)', () => {
    const driver = new Driver(createSubscription(hostingCatalog, { planId: 'cloud', start: '2026-01-01', configuration: { ram: 8 } }));
    driver.advance('2026-02-01');
    const result = driver.apply({ type: 'upgrade', on: '2026-02-10', configuration: { ram: 4 } });
    expect(!result.ok && [result.reason, result.allowedFrom]).toEqual(['NOT_AN_UPGRADE', '2027-01-01']);
  });

  it('a cancellation 3 months before the term end ends the contract then; nothing is billed after it', () => {
    const driver = new Driver(createSubscription(hostingCatalog, { planId: 'cloud', start: '2026-01-01', configuration: { ram: 4 } }));
    driver.advance('2026-09-30');
    const result = driver.apply({ type: 'cancel', on: '2026-09-30' });
    expect(result.ok && result.effectiveOn).toBe('2027-01-01');
    driver.advance('2027-06-01');
    expect(driver.invoices.at(-1)!.issuedOn).toBe('2026-12-01');
    expect(driver.subscription.nextInvoiceOn).toBeNull();
    expect(driver.notices.map((notice) => notice.type)).toContain('contractEnded');
  });
});
