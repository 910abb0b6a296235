import { describe, expect, it } from 'vitest';
import { advancePrepaid, bookPrepaid, openPrepaidAccount, topUp, type PrepaidAccount } from '../../src/index.js';
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
    expect(step.account.settledTo).toBe('2026-02-03');
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

  it('counts for a renewal due on its own day: the caller comes first on a day', () => {
    const step = topUp(booked(1500), 2000, '2026-02-28');
    expect(step.notices).toEqual([]);
    const renewed = advancePrepaid(step.account, '2026-03-01');
    expect(renewed.lines.map((line) => [line.reason, line.range, line.cents]))
      .toEqual([['renewal', { start: '2026-02-28', end: '2026-03-28' }, 999]]);
    expect(renewed.account.balanceCents).toBe(501 + 2000 - 999);
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

  it('refuses a bad day and a day before the settled day', () => {
    const account = booked(1500);
    expectTarifkitError(() => topUp(account, 500, '2026-02-30'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => topUp(account, 500, '2026-01-30'), 'OUT_OF_ORDER', 'on');
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
