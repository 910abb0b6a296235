import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractLines, daysIn, explainLine } from '../../src/index.js';
import { RUNS } from '../arbitraries/core.js';
import { accepted, applyOn, subscriptionOn } from './fixtures.js';

const cents = (lines: { cents: number }[]): number[] => lines.map((line) => line.cents);

describe('contractLines: a contract bills its own periods (R1–R3, R6, W1)', () => {
  it('prices a whole billing period at the version in force', () => {
    const { contract } = subscriptionOn({ planId: 'server', start: '2026-01-01' });
    expect(cents(contractLines(contract, { start: '2026-02-01', end: '2026-03-01' }))).toEqual([2600]);
  });

  it('charges a first partial calendar month for the days used of that month (R6)', () => {
    const { contract } = subscriptionOn({ planId: 'server', start: '2026-01-15' });
    const [line] = contractLines(contract, { start: '2026-01-01', end: '2026-02-01' });
    expect(line!.cents).toBe(1426); // 26 € × 17/31
    expect(explainLine(line!, 'de')).toBe('Anteilig Cloud Server (RAM 2 GB, vCPU 1, Disk 20 GB), 15.01.2026–31.01.2026, 17/31 Tage: 14,26 €');
  });

  it('splits a period at an upgrade: each version for its own days', () => {
    const up = accepted(applyOn(subscriptionOn({ planId: 'server', start: '2026-01-01' }), { type: 'upgrade', on: '2026-03-10', configuration: { ram: 8 } }));
    expect(cents(contractLines(up.subscription.contract, { start: '2026-03-01', end: '2026-04-01' }))).toEqual([755, 2697]);
  });

  it('prices a renewal term at the scheduled downgrade (R3)', () => {
    const down = accepted(applyOn(subscriptionOn({ planId: 'pro', start: '2026-01-01' }), { type: 'downgrade', on: '2026-05-01', planId: 'basic' }));
    const lines = contractLines(down.subscription.contract, { start: '2026-01-01', end: '2028-01-01' });
    expect(lines.map((line) => [line.item.name, line.cents, line.range!.start])).toEqual([['Pro', 20000, '2026-01-01'], ['Basic', 10000, '2027-01-01']]);
  });

  it('bills nothing after a cancellation takes effect', () => {
    const cancelled = accepted(applyOn(subscriptionOn({ planId: 'server', start: '2026-01-15' }), { type: 'cancel', on: '2026-03-01' }));
    const lines = contractLines(cancelled.subscription.contract, { start: '2026-12-01', end: '2027-03-01' });
    expect(lines.map((line) => [line.range, line.cents])).toEqual([
      [{ start: '2026-12-01', end: '2027-01-01' }, 2600],
      [{ start: '2027-01-01', end: '2027-01-15' }, 1174],
    ]);
  });

  it('a plan priced per term is billed once per term (W1)', () => {
    const { contract } = subscriptionOn({ planId: 'basic', start: '2026-01-01' });
    expect(cents(contractLines(contract, { start: '2026-01-01', end: '2028-01-01' }))).toEqual([10000, 10000]);
    expect(cents(contractLines(contract, { start: '2026-07-01', end: '2027-01-01' }))).toEqual([5041]);
    expect(cents(contractLines(contract, { start: '2026-07-01', end: '2027-01-01' }, { basis: 'month' }))).toEqual([5000]);
  });

  it('the lines of a range tile its days inside the contract, whatever the split', () => {
    const { contract } = subscriptionOn({ planId: 'server', start: '2026-01-31' });
    fc.assert(fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 400 }), (offset, length) => {
      const start = new Date(Date.UTC(2025, 11, 1) + offset * 86_400_000).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(2025, 11, 1) + (offset + length) * 86_400_000).toISOString().slice(0, 10);
      const lines = contractLines(contract, { start, end });
      const from = start > '2026-01-31' ? start : '2026-01-31';
      const days = end > from ? daysIn({ start: from, end }) : 0;
      expect(lines.reduce((sum, line) => sum + line.days, 0)).toBe(days);
      for (let i = 1; i < lines.length; i += 1) expect(lines[i]!.range!.start).toBe(lines[i - 1]!.range!.end);
    }), RUNS);
  });
});
