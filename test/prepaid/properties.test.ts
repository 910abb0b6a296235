import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Line, PrepaidAccount, PrepaidLedgerEntry } from '../../src/index.js';
import { RUNS } from '../arbitraries/core.js';
import { dayOfText, iso, modelScript, prepaidScriptArb, prepaidWithdrawalScriptArb, runScript, sameDayScriptArb } from '../arbitraries/prepaid.js';

function ledgerTotals(account: PrepaidAccount): { topUps: number; charges: number; lastBalance: number; neverNegative: boolean; chained: boolean } {
  let topUps = 0;
  let charges = 0;
  let running = 0;
  let neverNegative = true;
  let chained = true;
  for (const entry of account.ledger) {
    if (entry.type === 'topUp') { topUps += entry.cents; running += entry.cents; }
    else if (entry.type === 'withdrawalCredit') { charges -= entry.cents; running += entry.cents; }
    else { charges += entry.cents; running -= entry.cents; }
    if (entry.balanceAfterCents !== running) chained = false;
    if (entry.balanceAfterCents < 0) neverNegative = false;
  }
  return { topUps, charges, lastBalance: running, neverNegative, chained };
}

/** A JSON round trip: what a caller who stores the account gets back. */
const revive = (account: PrepaidAccount): PrepaidAccount => JSON.parse(JSON.stringify(account)) as PrepaidAccount;

describe('prepaid properties (R7, R17)', () => {
  it('the balance never goes negative, and balance = top-ups − charges at every step, in the totals and in the ledger', () => {
    fc.assert(fc.property(prepaidWithdrawalScriptArb, (ops) => {
      const { steps } = runScript(ops);
      for (const { after } of steps) {
        expect(after.balanceCents).toBeGreaterThanOrEqual(0);
        expect(after.balanceCents).toBe(after.topUpsCents - after.chargesCents);
        expect(ledgerTotals(after)).toEqual({ topUps: after.topUpsCents, charges: after.chargesCents, lastBalance: after.balanceCents, neverNegative: true, chained: true });
      }
    }), RUNS);
  });

  it('the renewal periods of an item tile time without gap or overlap until it lapses or ends', () => {
    fc.assert(fc.property(prepaidScriptArb, (ops) => {
      const { account } = runScript(ops);
      // Charges per booked cycle (item id + booking day), in order.
      const cycles = new Map<string, Array<{ start: number; end: number; reason: string }>>();
      const current = new Map<string, string>();
      for (const entry of account.ledger) {
        if (entry.type !== 'charge') continue;
        const start = dayOfText(entry.period.start);
        const end = dayOfText(entry.period.end);
        if (entry.reason === 'periodCharge') {
          current.set(entry.itemId, `${entry.itemId}@${entry.period.start}`);
          cycles.set(`${entry.itemId}@${entry.period.start}`, []);
        }
        cycles.get(current.get(entry.itemId)!)!.push({ start, end, reason: entry.reason });
      }
      for (const periods of cycles.values()) {
        expect(periods[0]!.reason).toBe('periodCharge');
        for (let i = 1; i < periods.length; i += 1) {
          expect(periods[i]!.start).toBe(periods[i - 1]!.end);
          expect(periods[i]!.reason).toBe('renewal');
        }
      }
      for (const item of account.items) {
        const periods = cycles.get(`${item.id}@${item.bookedOn}`)!;
        const last = periods[periods.length - 1]!;
        expect(item.periodsPaid).toBe(periods.length);
        expect([dayOfText(item.period.start), dayOfText(item.period.end)]).toEqual([last.start, last.end]);
        expect(last.end - last.start).toBe(item.cycleDays);
        if (item.status === 'lapsed') expect(item.lapsedFrom).toBe(item.period.end);
        if (item.status === 'ended') expect(item.endedFrom).toBe(item.period.end);
      }
    }), RUNS);
  });

  it('the library agrees with a day-by-day reference simulation: balance, renewals, lapses, ends and refusals', () => {
    fc.assert(fc.property(prepaidScriptArb, (ops) => {
      const { steps, account } = runScript(ops);
      const model = modelScript(ops);
      expect(account.balanceCents).toBe(model.balance);
      const renewals = steps.reduce((n, s) => n + s.step.lines.filter((line) => line.reason === 'renewal').length, 0);
      const lapses = steps.reduce((n, s) => n + s.step.notices.filter((notice) => notice.type === 'prepaidLapsed').length, 0);
      const ends = steps.reduce((n, s) => n + s.step.notices.filter((notice) => notice.type === 'prepaidEnded').length, 0);
      expect([renewals, lapses, ends]).toEqual([model.renewals, model.lapses, model.ends]);
      expect(steps.filter((s) => s.op.type === 'book').map((s) => s.refused)).toEqual(model.refusals);
    }), RUNS);
  });

  it('a withdrawal gives back what its booking\'s cycle took, all of it unless an early start after a proper instruction keeps the days used (R31)', () => {
    let withdrawals = 0;
    fc.assert(fc.property(prepaidWithdrawalScriptArb, (ops) => {
      const { steps } = runScript(ops);
      for (const { op, day, before, after, step, refused } of steps) {
        if (op.type !== 'withdraw' || refused !== null) continue;
        const credits = step.lines.filter((line) => line.reason !== 'periodCharge' && line.reason !== 'renewal');
        if (credits.length === 0) continue;
        withdrawals += 1;
        const item = before.items.find((candidate) => candidate.id === op.id)!;
        const ledger = after.ledger;
        const isCredit = (entry: PrepaidLedgerEntry): boolean => entry.type === 'withdrawalCredit' && entry.itemId === op.id;
        let at = ledger.length - 1;
        while (!isCredit(ledger[at]!)) at -= 1;
        const credited = ledger[at]!.cents;
        expect(0 - credits.reduce((sum, line) => sum + line.cents, 0)).toBe(credited);
        // The charges of the cycle: back to the booking's first period.
        let paid = 0;
        for (let i = at - 1; i >= 0; i -= 1) {
          const entry = ledger[i]!;
          if (entry.type !== 'charge' || entry.itemId !== op.id) continue;
          paid += entry.cents;
          if (entry.reason === 'periodCharge') break;
        }
        const owes = item.earlyStart === true && item.instructed !== false;
        if (owes) {
          expect(credited).toBeGreaterThanOrEqual(0);
          expect(credited).toBeLessThanOrEqual(paid);
        } else expect(credited).toBe(paid);
        expect(after.items.find((candidate) => candidate.id === op.id)).toMatchObject({ status: 'ended', withdrawnOn: iso(day) });
      }
    }), RUNS);
    expect(withdrawals).toBeGreaterThan(RUNS.numRuns / 2);
  });

  it('renewals due on one day follow the documented order (package, booking day, id), and the balance never goes negative', () => {
    fc.assert(fc.property(sameDayScriptArb, (ops) => {
      const { steps, account } = runScript(ops);
      const model = modelScript(ops);
      expect(account.balanceCents).toBe(model.balance);
      const paid = steps.flatMap((s) => s.step.lines.filter((line) => line.reason === 'renewal'));
      expect(paid.length).toBe(model.renewals);
      for (const { after } of steps) expect(after.ledger.every((entry) => entry.balanceAfterCents >= 0)).toBe(true);
    }), RUNS);
  });

  it('no input is mutated: a step never changes the account it was given, and its lines are the charges the ledger gained', () => {
    fc.assert(fc.property(prepaidWithdrawalScriptArb, (ops) => {
      const { steps } = runScript(ops);
      for (const { before, beforeJson } of steps) expect(JSON.stringify(before)).toBe(beforeJson);
      for (const { before, after, step } of steps) {
        const gained = after.ledger.slice(before.ledger.length).flatMap((entry) => (entry.type === 'charge' ? [[entry.itemId, entry.reason, entry.period, entry.cents]] : []));
        const paid = (line: Line): boolean => line.reason === 'periodCharge' || line.reason === 'renewal';
        expect(step.lines.filter(paid).map((line) => [line.item.id, line.reason, line.range, line.cents])).toEqual(gained);
        // A withdrawal's lines (its credit, and the used days charged again where the roundings do not
        // add up) net to the credit entry the ledger gained (R31).
        const credited = after.ledger.slice(before.ledger.length).flatMap((entry) => (entry.type === 'withdrawalCredit' ? [[entry.itemId, entry.cents]] : []));
        const credits = step.lines.filter((line) => !paid(line));
        expect(credits.length > 0).toBe(credited.length > 0);
        expect(0 - credits.reduce((sum, line) => sum + line.cents, 0)).toBe(credited.reduce((sum, entry) => sum + (entry[1] as number), 0));
        expect(after.ledger.slice(0, before.ledger.length)).toEqual(before.ledger);
      }
    }), RUNS);
  });

  it('a JSON round trip of the account gives the same results when continued', () => {
    fc.assert(fc.property(prepaidWithdrawalScriptArb, (ops) => {
      const direct = runScript(ops);
      const revived = runScript(ops, revive);
      expect(revived.steps.map((s) => s.refused)).toEqual(direct.steps.map((s) => s.refused));
      expect(JSON.stringify(revived.steps.map((s) => s.step))).toBe(JSON.stringify(direct.steps.map((s) => s.step)));
    }), RUNS);
  });

  it('a structured clone of the account gives the same results when continued', () => {
    fc.assert(fc.property(prepaidWithdrawalScriptArb, (ops) => {
      const direct = runScript(ops);
      const cloned = runScript(ops, (account) => structuredClone(account));
      expect(JSON.stringify(cloned.steps.map((s) => s.step))).toBe(JSON.stringify(direct.steps.map((s) => s.step)));
    }), RUNS);
  });
});
