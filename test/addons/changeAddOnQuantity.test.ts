/**
 * Quantity changes (R14): raising is immediate and prorated; lowering waits for
 * the period's end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../src/money/cents.js';
import { bookAddOn, cancelAddOn, changeAddOnQuantity, closeAddOnPeriod, createPeriod, explainLine, money, prorate, withdrawAddOn } from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { accountArb, iso, seedAccount } from '../arbitraries/addons.js';

function withUser(quantity = 1) {
  return bookAddOn(seedAccount(), { addOnId: 'users', quantity, on: '2026-03-18' }).account;
}

describe('changeAddOnQuantity', () => {
  it('raises 1 → 3 users on 2026-04-01 at once: 2 users for 17/31 days, 6,47 €, as a draft item', () => {
    const result = changeAddOnQuantity(withUser(), { bookingId: 'users#1', quantity: 3, on: '2026-04-01' });
    expect(result.kind).toBe('increase');
    expect(result.effectiveFrom.toString()).toBe('2026-04-01');
    expect(iso(result.effectiveFromDay)).toBe('2026-04-01');
    const line = result.lines[0]!;
    expect(line.reason).toBe('quantityIncrease');
    expect(line.item.quantity).toBe(2);
    expect(line.cents).toBe(647);
    expect(explainLine(line, 'de')).toBe('Mengenerhöhung anteilig Zusätzliche Benutzer \u00d72, 01.04.2026\u201317.04.2026, 17/31 Tage: 6,47 €');
    expect(explainLine(line, 'en')).toBe('Quantity increase pro rata Zusätzliche Benutzer \u00d72, 2026-04-01\u20132026-04-17, 17/31 days: €6.47');
    expect(result.account.bookings[0]!.quantity).toBe(3);
    expect(result.account.drafts.map((d) => d.line.reason)).toEqual(['prorataCharge', 'quantityIncrease']);
  });

  it('lowers 3 → 2 users on 2026-04-10 only at the period end: no line now, 2 users charged from 2026-04-18', () => {
    const raised = changeAddOnQuantity(withUser(), { bookingId: 'users#1', quantity: 3, on: '2026-04-01' }).account;
    const lowered = changeAddOnQuantity(raised, { bookingId: 'users#1', quantity: 2, on: '2026-04-10' });
    expect(lowered.kind).toBe('scheduled');
    expect(lowered.lines).toEqual([]);
    expect(lowered.effectiveFrom.toString()).toBe('2026-04-18');
    expect(lowered.account.bookings[0]!.quantity).toBe(3);
    expect(lowered.account.bookings[0]!.scheduled).toEqual({ quantity: 2, fromDay: lowered.effectiveFromDay });
    const close = closeAddOnPeriod(lowered.account, '2026-04-18');
    const charge = close.lines.find((l) => l.reason === 'periodCharge')!;
    expect([charge.item.quantity, charge.cents]).toEqual([2, 1180]);
    expect(close.account.bookings[0]!.quantity).toBe(2);
    expect(close.account.bookings[0]!.scheduled).toBeNull();
  });

  it('asking for the quantity in force drops a waiting lowering', () => {
    const lowered = changeAddOnQuantity(withUser(3), { bookingId: 'users#1', quantity: 1, on: '2026-04-01' }).account;
    const kept = changeAddOnQuantity(lowered, { bookingId: 'users#1', quantity: 3, on: '2026-04-02' });
    expect(kept.kind).toBe('unchanged');
    expect(kept.lines).toEqual([]);
    expect(kept.account.bookings[0]!.scheduled).toBeNull();
    expect(closeAddOnPeriod(kept.account, '2026-04-18').lines[0]!.cents).toBe(1770);
  });

  it('a raise after a waiting lowering charges only the units above those in force, and drops the lowering', () => {
    const lowered = changeAddOnQuantity(withUser(3), { bookingId: 'users#1', quantity: 1, on: '2026-04-01' }).account;
    const raised = changeAddOnQuantity(lowered, { bookingId: 'users#1', quantity: 4, on: '2026-04-01' });
    expect(raised.kind).toBe('increase');
    expect(raised.lines[0]!.item.quantity).toBe(1);
    expect(raised.account.bookings[0]!.scheduled).toBeNull();
  });

  it('does not mutate the account', () => {
    const account = deepFreeze(withUser());
    const before = JSON.stringify(account);
    changeAddOnQuantity(account, { bookingId: 'users#1', quantity: 5, on: '2026-03-20' });
    changeAddOnQuantity(account, { bookingId: 'users#1', quantity: 1, on: '2026-03-20' });
    expect(JSON.stringify(account)).toBe(before);
  });

  it.each([[0], [-2], [2.5], [Number.NaN]])('refuses the quantity %s (INVALID_QUANTITY) and changes nothing', (quantity) => {
    const account = deepFreeze(withUser());
    const before = JSON.stringify(account);
    expectTarifkitError(() => changeAddOnQuantity(account, { bookingId: 'users#1', quantity, on: '2026-03-20' }), 'INVALID_QUANTITY', 'request.quantity');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses a booking that was never made (NOT_BOOKED)', () => {
    expectTarifkitError(() => changeAddOnQuantity(withUser(), { bookingId: 'users#9', quantity: 2, on: '2026-03-20' }), 'NOT_BOOKED', 'request.bookingId');
  });

  it('refuses an ended or withdrawn booking (ALREADY_ENDED)', () => {
    const cancelled = cancelAddOn(withUser(), { bookingId: 'users#1', on: '2026-03-20' }).account;
    const ended = closeAddOnPeriod(cancelled, '2026-04-18').account;
    expectTarifkitError(() => changeAddOnQuantity(ended, { bookingId: 'users#1', quantity: 2, on: '2026-04-20' }), 'ALREADY_ENDED', 'request.bookingId');
    const withdrawn = withdrawAddOn(withUser(), { bookingId: 'users#1', on: '2026-03-20' });
    if (!withdrawn.ok) throw new Error('expected a withdrawal');
    expectTarifkitError(() => changeAddOnQuantity(withdrawn.account, { bookingId: 'users#1', quantity: 2, on: '2026-03-21' }), 'ALREADY_ENDED', 'request.bookingId');
  });

  it('refuses a day outside the invoiced period (OUT_OF_SEQUENCE)', () => {
    expectTarifkitError(() => changeAddOnQuantity(withUser(), { bookingId: 'users#1', quantity: 2, on: '2026-05-01' }), 'OUT_OF_SEQUENCE', 'request.on');
  });

  it('property: a raise charges the extra units, and only them, for the days left in the period, rounded once', () => {
    fc.assert(
      fc.property(accountArb, fc.nat(400), fc.nat(400), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), (account, o1, o2, from, extra) => {
        const span = account.paidThroughDay - account.lastChangeDay;
        const bookDay = account.lastChangeDay + (o1 % span);
        const booked = bookAddOn(account, { addOnId: 'a', quantity: from, on: iso(bookDay) }).account;
        const day = bookDay + (o2 % (account.paidThroughDay - bookDay));
        const raised = changeAddOnQuantity(booked, { bookingId: 'a#1', quantity: from + extra, on: iso(day) });
        const line = raised.lines[0]!;
        const unit = account.catalog[0]!.unitCents;
        expect(line.item.quantity).toBe(extra);
        expect(line.cents).toBe(roundHalfUp(unit * extra * (account.paidThroughDay - day), line.daysInPeriod));
        const reference = prorate(money(unit * extra), account.cycle, createPeriod(iso(day), iso(account.paidThroughDay)));
        expect([line.cents, line.exact]).toEqual([reference.cents, reference.exact]);
        const next = closeAddOnPeriod(raised.account, iso(account.paidThroughDay));
        const charge = next.lines.find((l) => l.item.id === 'a' && l.reason === 'periodCharge')!;
        expect(charge.cents).toBe(unit * (from + extra));
      }),
      RUNS,
    );
  });
});
