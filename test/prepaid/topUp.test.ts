import { describe, expect, it } from 'vitest';
import { advancePrepaid, bookPrepaid, cancelPrepaid, openPrepaidAccount, topUp, type PrepaidAccount } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { BASIC_S } from '../arbitraries/prepaid.js';

function booked(balanceCents: number, on = '2026-01-31'): PrepaidAccount {
  const funded = topUp(openPrepaidAccount(on), balanceCents, on).account;
  const result = bookPrepaid(funded, BASIC_S, on);
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

describe('topUp (R17)', () => {
  it('adds to the balance and writes a ledger entry', () => {
    const step = topUp(openPrepaidAccount('2026-01-31'), 1500, '2026-02-03');
    expect(step.ok).toBe(true);
    expect(step.account.balanceCents).toBe(1500);
    expect(step.account.topUpsCents).toBe(1500);
    // What is due before the top-up day is settled; that day's renewals stay open for it.
    expect(step.account.advancedTo).toBe('2026-02-02');
    expect(step.lines).toEqual([]);
    expect(step.notices).toEqual([]);
    expect(step.account.ledger).toEqual([{ type: 'topUp', on: '2026-02-03', cents: 1500, balanceAfterCents: 1500 }]);
  });

  it('settles the renewals due before its day first, without the new money', () => {
    // 9,99 € booked on 2026-01-31 with 15,00 €: 5,01 € left, the renewal on 2026-02-28 lapses
    // when the top-up comes a day later.
    const step = topUp(booked(1500), 2000, '2026-03-01');
    expect(step.notices).toEqual([{
      type: 'prepaidLapsed', on: '2026-02-28', itemId: 'basic-s', kind: 'package', name: 'Prepaid Basic S',
      priceCents: 999, balanceCents: 501, missingCents: 498, currency: 'EUR',
    }]);
    expect(step.account.items[0]).toMatchObject({ status: 'lapsed', lapsedFrom: '2026-02-28', missingCents: 498 });
    expect(step.account.balanceCents).toBe(501 + 2000);
  });

  it('counts for a renewal due on its own day when it comes before advancing to that day', () => {
    const step = topUp(booked(1500), 2000, '2026-02-28');
    expect(step.notices).toEqual([]);
    expect(step.lines).toEqual([]);
    expect(step.account.advancedTo).toBe('2026-02-27');
    expect(step.account.balanceCents).toBe(501 + 2000);
    const renewed = advancePrepaid(step.account, '2026-02-28');
    expect(renewed.lines.map((line) => [line.reason, line.range, line.cents]))
      .toEqual([['renewal', { start: '2026-02-28', end: '2026-03-28' }, 999]]);
    expect(renewed.notices).toEqual([]);
    expect(renewed.account.balanceCents).toBe(501 + 2000 - 999);
    expect(renewed.account.ledger.slice(2).map((entry) => `${entry.type} ${entry.on} ${entry.cents} ${entry.balanceAfterCents}`))
      .toEqual(['topUp 2026-02-28 2000 2501', 'charge 2026-02-28 999 1502']);
  });

  it('comes after the renewal of its day once the account was advanced to that day: too late to save it', () => {
    const advanced = advancePrepaid(booked(1500), '2026-02-28');
    expect(advanced.notices).toEqual([{
      type: 'prepaidLapsed', on: '2026-02-28', itemId: 'basic-s', kind: 'package', name: 'Prepaid Basic S',
      priceCents: 999, balanceCents: 501, missingCents: 498, currency: 'EUR',
    }]);
    const step = topUp(advanced.account, 2000, '2026-02-28');
    expect(step.lines).toEqual([]);
    expect(step.notices).toEqual([]);
    expect(step.account.items[0]).toMatchObject({ status: 'lapsed', lapsedFrom: '2026-02-28', missingCents: 498 });
    expect(step.account.balanceCents).toBe(501 + 2000);
    expect(step.account.advancedTo).toBe('2026-02-28');
    expect(advancePrepaid(step.account, '2026-06-01').lines).toEqual([]);
  });

  it('after advancing to a renewal day that the balance covered, lands after that day\'s charge', () => {
    const advanced = advancePrepaid(booked(2500), '2026-02-28').account; // 15,01 €: the renewal is paid
    const step = topUp(advanced, 500, '2026-02-28');
    expect(step.account.ledger.slice(2).map((entry) => `${entry.type} ${entry.on} ${entry.cents} ${entry.balanceAfterCents}`))
      .toEqual(['charge 2026-02-28 999 502', 'topUp 2026-02-28 500 1002']);
    expect(step.account.balanceCents).toBe(1002);
  });

  it('refuses an action on the day the account was left at once an action of the next day is recorded', () => {
    // The top-up on 2026-02-28 leaves the account advanced to 2026-02-27, but time does not run back.
    const account = topUp(booked(1500), 2000, '2026-02-28').account;
    expect(account.advancedTo).toBe('2026-02-27');
    expectTarifkitError(() => topUp(account, 100, '2026-02-27'), 'OUT_OF_ORDER', 'on');
    expectTarifkitError(() => bookPrepaid(account, { ...BASIC_S, id: 'other' }, '2026-02-27', { kind: 'option' }), 'OUT_OF_ORDER', 'on');
    expectTarifkitError(() => cancelPrepaid(account, 'basic-s', '2026-02-27'), 'OUT_OF_ORDER', 'on');
    let caught: unknown = null;
    try { topUp(account, 100, '2026-02-27'); } catch (error) { caught = error; }
    expect(caught).toMatchObject({ details: { value: '2026-02-27', advancedTo: '2026-02-27', latestOn: '2026-02-28' } });
    // Advancing to that day is allowed and changes nothing.
    const again = advancePrepaid(account, '2026-02-27');
    expect([again.lines, again.notices]).toEqual([[], []]);
    expect(JSON.stringify(again.account)).toBe(JSON.stringify(account));
    // On the top-up day itself everything goes on.
    expect(topUp(account, 100, '2026-02-28').account.balanceCents).toBe(501 + 2000 + 100);
  });

  it('does not bring back a lapsed period', () => {
    const lapsed = advancePrepaid(booked(1500), '2026-03-10').account;
    const after = topUp(lapsed, 5000, '2026-03-10');
    expect(after.account.items[0]!.status).toBe('lapsed');
    const later = advancePrepaid(after.account, '2026-06-01');
    expect(later.lines).toEqual([]);
    expect(later.account.balanceCents).toBe(501 + 5000);
  });

  it('takes a top-up of zero as a plain entry', () => {
    expect(topUp(openPrepaidAccount('2026-01-31'), 0, '2026-01-31').account.ledger).toEqual([{ type: 'topUp', on: '2026-01-31', cents: 0, balanceAfterCents: 0 }]);
  });

  it('refuses a negative, fractional or non-numeric top-up with INVALID_AMOUNT, and nothing changes', () => {
    const account = deepFreeze(booked(1500));
    const before = JSON.stringify(account);
    for (const cents of [-500, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '500', null, undefined]) {
      expectTarifkitError(() => topUp(account, cents as never, '2026-02-01'), 'INVALID_AMOUNT', 'cents');
    }
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses top-ups beyond the largest amount, 10^15 minor units in all', () => {
    const big = topUp(openPrepaidAccount('2026-01-31'), 1_000_000_000_000_000, '2026-01-31').account;
    expect(big.balanceCents).toBe(1_000_000_000_000_000);
    expectTarifkitError(() => topUp(big, 1, '2026-01-31'), 'INVALID_AMOUNT', 'cents');
  });

  it('refuses a bad day and a day before the day it was advanced to', () => {
    const account = booked(1500);
    expectTarifkitError(() => topUp(account, 500, '2026-02-30'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => topUp(account, 500, '2026-01-30'), 'OUT_OF_ORDER', 'on');
    const advanced = advancePrepaid(account, '2026-02-10').account;
    expectTarifkitError(() => topUp(advanced, 500, '2026-02-09'), 'OUT_OF_ORDER', 'on');
    expect(topUp(advanced, 500, '2026-02-10').account.advancedTo).toBe('2026-02-10');
    expectTarifkitError(() => topUp(account, 500, undefined as never), 'INVALID_DATE', 'on');
  });

  it('does not mutate its input account', () => {
    const account = deepFreeze(booked(3000));
    const before = JSON.stringify(account);
    const step = topUp(account, 700, '2026-04-01');
    expect(JSON.stringify(account)).toBe(before);
    expect(step.account).not.toBe(account);
    expect(account.balanceCents).toBe(3000 - 999);
  });
});
