import { describe, expect, it } from 'vitest';
import { USD } from 'dinero.js';
import { advancePrepaid, bookPrepaidPackage, money, openPrepaidAccount, topUp, type PrepaidAccount } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { BASIC_S } from '../arbitraries/prepaid.js';

function booked(balanceCents: number, on = '2026-01-31'): PrepaidAccount {
  const funded = topUp(openPrepaidAccount(on), money(balanceCents), on).account;
  const result = bookPrepaidPackage(funded, BASIC_S, on);
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

describe('topUp (R17)', () => {
  it('adds to the balance and writes a ledger entry', () => {
    const step = topUp(openPrepaidAccount('2026-01-31'), money(1500), '2026-02-03');
    expect(step.account.balanceCents).toBe(1500);
    expect(step.account.topUpsCents).toBe(1500);
    expect(step.account.settledTo.toString()).toBe('2026-02-03');
    expect(step.lines).toEqual([]);
    expect(step.account.ledger.map((entry) => [entry.type, entry.on.toString(), entry.cents, entry.balanceAfterCents]))
      .toEqual([['topUp', '2026-02-03', 1500, 1500]]);
  });

  it('settles the renewals due before its day first, without the new money', () => {
    // 9,99 € booked on 2026-01-31 with 15,00 €: 5,01 € left, the renewal on 2026-02-28 lapses
    // when the top-up comes a day later.
    const step = topUp(booked(1500), money(2000), '2026-03-01');
    expect(step.events.map((event) => [event.type, event.itemId, event.day])).toEqual([['lapsed', 'basic-s', step.account.items[0]!.period.endDay]]);
    expect(step.account.items[0]!.status).toBe('lapsed');
    expect(step.account.balanceCents).toBe(501 + 2000);
  });

  it('counts for a renewal due on its own day: the caller comes first on a day', () => {
    const step = topUp(booked(1500), money(2000), '2026-02-28');
    expect(step.events).toEqual([]);
    const renewed = advancePrepaid(step.account, '2026-03-01');
    expect(renewed.lines.map((line) => [line.reason, line.range?.toString(), line.cents]))
      .toEqual([['renewal', '[2026-02-28, 2026-03-28)', 999]]);
    expect(renewed.account.balanceCents).toBe(501 + 2000 - 999);
  });

  it('does not bring back a lapsed period', () => {
    const lapsed = advancePrepaid(booked(1500), '2026-03-10').account;
    const after = topUp(lapsed, money(5000), '2026-03-10');
    expect(after.account.items[0]!.status).toBe('lapsed');
    expect(advancePrepaid(after.account, '2026-06-01').lines).toEqual([]);
    expect(advancePrepaid(after.account, '2026-06-01').account.balanceCents).toBe(501 + 5000);
  });

  it('takes a top-up of zero as a plain entry', () => {
    expect(topUp(openPrepaidAccount('2026-01-31'), money(0), '2026-01-31').account.ledger).toHaveLength(1);
  });

  it('refuses a negative top-up with INVALID_AMOUNT, and nothing changes', () => {
    const account = deepFreeze(booked(1500));
    const before = JSON.stringify(account);
    expectTarifkitError(() => topUp(account, money(-500), '2026-02-01'), 'INVALID_AMOUNT', 'amount');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses another currency, a bad day and a day before the settled day', () => {
    const account = booked(1500);
    expectTarifkitError(() => topUp(account, money(500, USD), '2026-02-01'), 'CURRENCY_MISMATCH', 'amount');
    expectTarifkitError(() => topUp(account, money(500), '2026-02-30'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => topUp(account, money(500), '2026-01-30'), 'OUT_OF_ORDER', 'on');
  });

  it('does not mutate its input account', () => {
    const account = deepFreeze(booked(3000));
    const before = JSON.stringify(account);
    const step = topUp(account, money(700), '2026-04-01');
    expect(JSON.stringify(account)).toBe(before);
    expect(step.account).not.toBe(account);
    expect(account.balanceCents).toBe(3000 - 999);
  });
});
