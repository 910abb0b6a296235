/**
 * Closing the drafts into the lines of the next regular invoice (R14): period
 * charges for the plan and the running add-ons, then the drafts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bookAddOn,
  cancelAddOn,
  changeAddOnQuantity,
  closeAddOnPeriod,
  createAddOnAccount,
  createCycle,
  explainLine,
  invoicedAddOnLines,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { accountArb, iso, runScript, seedAccount, stepArb, sumCents, TEAM_PLAN, USERS } from '../arbitraries/addons.js';

describe('closeAddOnPeriod', () => {
  it('seed 004: the regular invoice of 2026-04-18 carries the next month and the draft', () => {
    const booked = bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-18' }).account;
    const { account, lines, period } = closeAddOnPeriod(booked, '2026-04-18');
    expect(period.toString()).toBe('[2026-04-18, 2026-05-18)');
    expect(lines.map((l) => [l.reason, l.cents])).toEqual([['periodCharge', 590], ['prorataCharge', 590]]);
    expect(explainLine(lines[0]!, 'de')).toBe('Grundgebühr Zusätzliche Benutzer, 18.04.2026\u201317.05.2026, 30/30 Tage: 5,90 €');
    expect(lines[0]!.basis).toBe('full');
    expect(account.drafts).toEqual([]);
    expect(iso(account.paidThroughDay)).toBe('2026-05-18');
    expect(iso(account.lastChangeDay)).toBe('2026-04-18');
    expect(account.bookings[0]).toBe(booked.bookings[0]); // a close changes no booking
    expect(invoicedAddOnLines(account, 'users#1')).toEqual([lines[0], lines[1]]);
    expect(invoicedAddOnLines(booked, 'users#1')).toEqual([]);
    expectTarifkitError(() => invoicedAddOnLines(account, 'users#2'), 'NOT_BOOKED', 'bookingId');
  });

  it('puts the plan charge first when the account has one', () => {
    const account = createAddOnAccount({ cycle: createCycle({ kind: 'monthly', anchor: '2026-01-18' }), catalog: [USERS], base: TEAM_PLAN, start: '2026-03-18' });
    const booked = bookAddOn(account, { addOnId: 'users', quantity: 2, on: '2026-04-01' }).account;
    const { lines } = closeAddOnPeriod(booked, '2026-04-18');
    expect(lines.map((l) => [l.item.id, l.reason, l.cents])).toEqual([
      ['crm-team', 'periodCharge', 2990],
      ['users', 'periodCharge', 1180],
      ['users', 'prorataCharge', 647],
    ]);
  });

  it('a late close charges every period missed, each in full', () => {
    const booked = bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-18' }).account;
    const { lines, period, account } = closeAddOnPeriod(booked, '2026-05-20');
    expect(period.toString()).toBe('[2026-04-18, 2026-06-18)');
    expect(lines.map((l) => [l.reason, l.range!.toString()])).toEqual([
      ['periodCharge', '[2026-04-18, 2026-05-18)'],
      ['periodCharge', '[2026-05-18, 2026-06-18)'],
      ['prorataCharge', '[2026-03-18, 2026-04-18)'],
    ]);
    expect(iso(account.paidThroughDay)).toBe('2026-06-18');
  });

  it('applies a waiting lowering and skips a cancelled add-on', () => {
    let account = bookAddOn(seedAccount(), { addOnId: 'users', quantity: 3, on: '2026-03-18' }).account;
    account = bookAddOn(account, { addOnId: 'storage', quantity: 1, on: '2026-03-18' }).account;
    account = changeAddOnQuantity(account, { bookingId: 'users#1', quantity: 1, on: '2026-03-20' }).account;
    account = cancelAddOn(account, { bookingId: 'storage#2', on: '2026-03-21' }).account;
    const { lines } = closeAddOnPeriod(account, '2026-04-18');
    expect(lines.filter((l) => l.reason === 'periodCharge').map((l) => [l.item.id, l.item.quantity, l.cents])).toEqual([['users', 1, 590]]);
  });

  it('with nothing booked and no plan, the lines are empty', () => {
    expect(closeAddOnPeriod(seedAccount(), '2026-04-18').lines).toEqual([]);
  });

  it('does not mutate the account', () => {
    const account = deepFreeze(bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-18' }).account);
    const before = JSON.stringify(account);
    closeAddOnPeriod(account, '2026-04-18');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses a day before the next regular invoice day (OUT_OF_SEQUENCE) and a bad day (INVALID_DATE)', () => {
    expectTarifkitError(() => closeAddOnPeriod(seedAccount(), '2026-04-17'), 'OUT_OF_SEQUENCE', 'asOf');
    expectTarifkitError(() => closeAddOnPeriod(seedAccount(), '2026-04-31'), 'INVALID_DATE', 'asOf');
  });

  it('property: every period charge is a whole period at unit price × quantity, drafts follow the period charges, and no line is billed twice', () => {
    fc.assert(
      fc.property(accountArb, fc.array(stepArb, { maxLength: 12 }), (start, steps) => {
        const run = runScript(start, steps);
        for (const close of run.closes) {
          const firstDraft = close.lines.findIndex((l) => l.reason !== 'periodCharge');
          if (firstDraft >= 0) expect(close.lines.slice(firstDraft).every((l) => l.reason !== 'periodCharge')).toBe(true);
          for (const line of close.lines.filter((l) => l.reason === 'periodCharge')) {
            expect(line.range!.startDay).toBeGreaterThanOrEqual(close.period.startDay);
            expect(line.range!.endDay).toBeLessThanOrEqual(close.period.endDay);
            const unit = line.item.id === 'plan' ? start.base!.unitCents : start.catalog.find((d) => d.id === line.item.id)!.unitCents;
            expect(line.cents).toBe(unit * line.item.quantity);
          }
        }
        const all = run.closes.flatMap((c) => c.lines);
        expect(new Set(all).size).toBe(all.length);
        // Consecutive closes tile the days without gap or overlap.
        for (let i = 1; i < run.closes.length; i += 1) {
          expect(run.closes[i]!.period.startDay).toBe(run.closes[i - 1]!.period.endDay);
        }
        // What the bookings record as invoiced is exactly what the invoices carried for them.
        const recorded = run.account.bookings.flatMap((b) => invoicedAddOnLines(run.account, b.id));
        const carried = all.filter((l) => l.item.id === 'a' || l.item.id === 'b');
        expect(sumCents(recorded)).toBe(sumCents(carried));
        expect(new Set(recorded)).toEqual(new Set(carried));
      }),
      RUNS,
    );
  });

  it('property: an add-on booked on a period start and kept for n periods is billed exactly (n + 1) × quantity × unit price', () => {
    fc.assert(
      fc.property(accountArb, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 6 }), (start, quantity, n) => {
        let account = closeAddOnPeriod(start, iso(start.paidThroughDay)).account;
        const periodStart = account.lastChangeDay;
        account = bookAddOn(account, { addOnId: 'a', quantity, on: iso(periodStart) }).account;
        let billed = 0;
        for (let i = 0; i < n; i += 1) {
          const close = closeAddOnPeriod(account, iso(account.paidThroughDay));
          billed += sumCents(close.lines.filter((l) => l.item.id === 'a'));
          account = close.account;
        }
        expect(billed).toBe((n + 1) * quantity * start.catalog[0]!.unitCents);
      }),
      RUNS,
    );
  });

  it('a lowering that falls due becomes the quantity in force in the new account only; the old one keeps its lowering waiting', () => {
    const booked = bookAddOn(seedAccount(), { addOnId: 'users', quantity: 4, on: '2026-03-18' }).account;
    const lowered = changeAddOnQuantity(booked, { bookingId: 'users#1', quantity: 2, on: '2026-04-01' }).account;
    const before = JSON.stringify(lowered);
    const { account, lines } = closeAddOnPeriod(lowered, '2026-04-18');
    expect(lines.map((l) => [l.item.quantity, l.cents])).toEqual([[2, 1180], [4, 2360]]);
    expect(account.bookings[0]).toMatchObject({ quantity: 2, scheduled: null });
    expect(lowered.bookings[0]).toMatchObject({ quantity: 4, scheduled: { quantity: 2 } });
    expect(account.bookings).not.toBe(lowered.bookings);
    expect(JSON.stringify(lowered)).toBe(before);
  });
});
