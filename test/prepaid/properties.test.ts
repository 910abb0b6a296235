import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PrepaidAccount } from '../../src/index.js';
import { RUNS } from '../arbitraries/core.js';
import { modelScript, prepaidScriptArb, runScript, sameDayScriptArb } from '../arbitraries/prepaid.js';

function ledgerTotals(account: PrepaidAccount): { topUps: number; charges: number; lastBalance: number; neverNegative: boolean; chained: boolean } {
  let topUps = 0;
  let charges = 0;
  let running = 0;
  let neverNegative = true;
  let chained = true;
  for (const entry of account.ledger) {
    if (entry.type === 'topUp') { topUps += entry.cents; running += entry.cents; } else { charges += entry.cents; running -= entry.cents; }
    if (entry.balanceAfterCents !== running) chained = false;
    if (entry.balanceAfterCents < 0) neverNegative = false;
  }
  return { topUps, charges, lastBalance: running, neverNegative, chained };
}

describe('prepaid properties (R7, R17)', () => {
  it('the balance never goes negative, and balance = top-ups − charges at every step, in the totals and in the ledger', () => {
    fc.assert(fc.property(prepaidScriptArb, (ops) => {
      const { steps } = runScript(ops);
      for (const { after } of steps) {
        expect(after.balanceCents).toBeGreaterThanOrEqual(0);
        expect(after.balanceCents).toBe(after.topUpsCents - after.chargesCents);
        const totals = ledgerTotals(after);
        expect(totals).toEqual({ topUps: after.topUpsCents, charges: after.chargesCents, lastBalance: after.balanceCents, neverNegative: true, chained: true });
      }
    }), RUNS);
  });

  it('the renewal periods of an item tile time without gap or overlap until it lapses or ends', () => {
    fc.assert(fc.property(prepaidScriptArb, (ops) => {
      const { account } = runScript(ops);
      // Charges per booked cycle (item id + booking day), in order.
      const cycles = new Map<string, Array<{ start: number; end: number; reason: string }>>();
      for (const entry of account.ledger) {
        if (entry.type !== 'charge') continue;
        const range = entry.line.range!;
        if (entry.line.reason === 'periodCharge') cycles.set(`${entry.itemId}@${range.startDay}`, []);
        const key = [...cycles.keys()].filter((k) => k.startsWith(`${entry.itemId}@`)).pop()!;
        cycles.get(key)!.push({ start: range.startDay, end: range.endDay, reason: entry.line.reason });
      }
      for (const periods of cycles.values()) {
        expect(periods[0]!.reason).toBe('periodCharge');
        for (let i = 1; i < periods.length; i += 1) {
          expect(periods[i]!.start).toBe(periods[i - 1]!.end);
          expect(periods[i]!.reason).toBe('renewal');
        }
      }
      for (const item of account.items) {
        const periods = cycles.get(`${item.id}@${item.bookedDay}`)!;
        const last = periods[periods.length - 1]!;
        expect(item.periodsPaid).toBe(periods.length);
        expect([item.period.startDay, item.period.endDay]).toEqual([last.start, last.end]);
        if (item.status === 'lapsed') expect(item.lapsedFromDay).toBe(last.end);
        if (item.status === 'ended') expect(item.endedFromDay).toBe(last.end);
      }
    }), RUNS);
  });

  it('the library agrees with a day-by-day reference simulation: balance, renewals, lapses and refusals', () => {
    fc.assert(fc.property(prepaidScriptArb, (ops) => {
      const { steps, account } = runScript(ops);
      const model = modelScript(ops);
      expect(account.balanceCents).toBe(model.balance);
      const renewals = steps.reduce((n, s) => n + (s.step?.lines.filter((line) => line.reason === 'renewal').length ?? 0), 0);
      const lapses = steps.reduce((n, s) => n + (s.step?.events.filter((event) => event.type === 'lapsed').length ?? 0), 0);
      expect(renewals).toBe(model.renewals);
      expect(lapses).toBe(model.lapses);
      expect(steps.filter((s) => s.op.type === 'book').map((s) => s.refused)).toEqual(model.refusals);
    }), RUNS);
  });

  it('renewals due on one day follow the documented order (package, booking day, id), and the balance never goes negative', () => {
    fc.assert(fc.property(sameDayScriptArb, (ops) => {
      const { steps, account } = runScript(ops);
      const model = modelScript(ops);
      expect(account.balanceCents).toBe(model.balance);
      const paid = steps.flatMap((s) => s.step?.lines.filter((line) => line.reason === 'renewal').map((line) => line.item.id) ?? []);
      expect(paid.length).toBe(model.renewals);
      for (const { after } of steps) expect(after.ledger.every((entry) => entry.balanceAfterCents >= 0)).toBe(true);
    }), RUNS);
  });

  it('a step never changes the account it was given', () => {
    fc.assert(fc.property(prepaidScriptArb, (ops) => {
      const { steps } = runScript(ops);
      for (const { before, beforeJson } of steps) expect(JSON.stringify(before)).toBe(beforeJson);
      // And the step lines are exactly the charges the ledger gained.
      for (const { before, after, step } of steps) {
        const gained = after.ledger.slice(before.ledger.length).filter((entry) => entry.type === 'charge').map((entry) => entry.type === 'charge' && entry.line);
        expect(step?.lines).toEqual(gained);
      }
    }), RUNS);
  });
});
