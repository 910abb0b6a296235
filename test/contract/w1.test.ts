import { describe, expect, it } from 'vitest';
import { applyEvent, createContract, explainLine, quoteChange, toCents, type UpgradeEvent } from '../../src/index.js';
import { hostingCatalog } from '../arbitraries/contract.js';

/** W1: 100 € for 12 months from 2026-01-01; on 2026-07-01 an upgrade to 200 € (R2). */
const catalog = hostingCatalog();
const contract = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
const upgrade: UpgradeEvent = { type: 'upgrade', on: '2026-07-01', planId: 'pro' };

describe('W1: upgrade after six months (R2)', () => {
  it('day basis (default): 100,82 charged, 50,41 credited, 50,41 net', () => {
    const quote = quoteChange(contract, upgrade);
    if (!quote.ok || quote.type !== 'upgrade') throw new Error('expected an upgrade quote');
    expect(quote.charge.cents).toBe(10082);
    expect(quote.credit.cents).toBe(-5041);
    expect(quote.netCents).toBe(5041);
    expect(toCents(quote.net)).toBe(5041);
    expect(quote.lines.map((line) => line.reason)).toEqual(['upgradeCharge', 'upgradeCredit']);
    expect(quote.charge).toMatchObject({ kind: 'charge', daysUsed: 184, daysInPeriod: 365, basis: 'day', fraction: { numerator: 184, denominator: 365 } });
    expect(quote.credit).toMatchObject({ kind: 'credit', daysUsed: 184, daysInPeriod: 365, exact: { numerator: -368000, denominator: 73 } });
    expect(quote.credit.item).toMatchObject({ id: 'basic', label: 'Basic', quantity: 1 });
    expect(toCents(quote.credit.unitPrice)).toBe(10000);
  });

  it('month basis: 100 charged, 50 credited, 50 net (the seed\'s round figures)', () => {
    const quote = quoteChange(contract, upgrade, { basis: 'month' });
    if (!quote.ok || quote.type !== 'upgrade') throw new Error('expected an upgrade quote');
    expect([quote.charge.cents, quote.credit.cents, quote.netCents]).toEqual([10000, -5000, 5000]);
    expect(quote.charge.fraction).toEqual({ numerator: 1, denominator: 2 });
    expect(quote.charge.basis).toBe('month');
  });

  it('the lines explain themselves in German and English (R24)', () => {
    const quote = quoteChange(contract, upgrade);
    if (!quote.ok) throw new Error('expected a quote');
    expect(quote.lines.map((line) => explainLine(line, 'de'))).toEqual([
      'Aufpreis Restlaufzeit Pro, 01.07.2026–31.12.2026, 184/365 Tage: 100,82 €',
      'Gutschrift nicht genutzte Laufzeit Basic, 01.07.2026–31.12.2026, 184/365 Tage: −50,41 €',
    ]);
    expect(quote.lines.map((line) => explainLine(line, 'en'))).toEqual([
      'Charge for remaining term Pro, 2026-07-01–2026-12-31, 184/365 days: €100.82',
      'Credit for unused term Basic, 2026-07-01–2026-12-31, 184/365 days: −€50.41',
    ]);
    const month = quoteChange(contract, upgrade, { basis: 'month' });
    if (!month.ok) throw new Error('expected a quote');
    expect(explainLine(month.lines[1]!, 'de')).toBe(
      'Gutschrift nicht genutzte Laufzeit Basic, 01.07.2026–31.12.2026, 184/365 Tage (Monatsbasis 1/2): −50,00 €',
    );
  });

  for (const basis of ['day', 'month'] as const) {
    it(`applying it gives the quoted amounts, a new version, and keeps the term end (${basis} basis)`, () => {
      const quote = quoteChange(contract, upgrade, { basis });
      const applied = applyEvent(contract, upgrade, { basis });
      if (!quote.ok || !applied.ok || quote.type !== 'upgrade' || applied.type !== 'upgrade') throw new Error('expected upgrades');
      expect(applied.lines.map((line) => line.cents)).toEqual(quote.lines.map((line) => line.cents));
      expect(JSON.stringify(applied)).toBe(JSON.stringify(quote));
      const next = applied.contract;
      expect(next.plan.id).toBe('pro');
      expect(next.versions.map((version) => [version.from.toString(), version.planId, version.cause])).toEqual([
        ['2026-01-01', 'basic', 'start'],
        ['2026-07-01', 'pro', 'upgrade'],
      ]);
      expect(next.termEnd.toString()).toBe('2027-01-01'); // R2: the term's end does not move
      expect(next.term.toString()).toBe(contract.term.toString());
      expect(next.asOf.toString()).toBe('2026-07-01');
      // The contract it was applied to is still Basic.
      expect(contract.plan.id).toBe('basic');
      expect(contract.versions).toHaveLength(1);
    });
  }
});
