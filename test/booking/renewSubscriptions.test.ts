import { describe, expect, it } from 'vitest';
import { activeBookingOn, openBookingAccount, recordPayment, renewSubscriptions } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { L1, SUB, paidAccount } from './fixtures.js';

describe('renewSubscriptions (R18)', () => {
  it('orders a subscription again on its expiry day, awaiting payment', () => {
    const account = paidAccount(SUB, '2026-01-31', '2026-01-31');
    expect(renewSubscriptions(account, '2026-02-27').orders).toEqual([]);
    const { account: renewed, orders } = renewSubscriptions(account, '2026-02-28');
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ id: 'S-1#2', status: 'awaitingPayment', kind: 'subscription', seriesId: 'S-1', round: 2, months: 1, priceCents: 999 });
    expect(orders[0]!.orderedOn.toString()).toBe('2026-02-27');
    expect(renewed.bookings.map((b) => b.id)).toEqual(['S-1', 'S-1#2']);
  });

  it('runs on without a gap when the follow-up is paid by the expiry day, and the series goes on', () => {
    let account = renewSubscriptions(paidAccount(SUB, '2026-01-31', '2026-01-31'), '2026-02-28').account;
    const paid = recordPayment(account, 'S-1#2', '2026-02-27');
    if (!paid.ok) throw new Error(paid.reason);
    expect(paid.booking.access.toString()).toBe('[2026-02-28, 2026-03-28)');
    expect(paid.line.reason).toBe('periodCharge');
    account = renewSubscriptions(paid.account, '2026-04-01').account;
    expect(account.bookings.map((b) => `${b.id} ${b.status}`)).toEqual(['S-1 paid', 'S-1#2 paid', 'S-1#3 awaitingPayment']);
  });

  it('is idempotent: asking again creates nothing new', () => {
    const once = renewSubscriptions(paidAccount(SUB, '2026-01-31', '2026-01-31'), '2026-03-15');
    const twice = renewSubscriptions(once.account, '2026-03-15');
    expect(twice.orders).toEqual([]);
    expect(twice.account).toBe(once.account);
  });

  it('without payment the access ends and the follow-up never activates', () => {
    const account = renewSubscriptions(paidAccount(SUB, '2026-01-31', '2026-01-31'), '2026-06-01').account;
    expect(activeBookingOn(account, '2026-03-01')).toBeNull();
    expect(account.bookings).toHaveLength(2);
  });

  it('leaves one-off bookings alone', () => {
    expect(renewSubscriptions(paidAccount(L1, '2026-01-31', '2026-01-31'), '2027-01-01').orders).toEqual([]);
  });

  it('refuses a bad day and does not mutate its input', () => {
    const account = deepFreeze(paidAccount(SUB, '2026-01-31', '2026-01-31'));
    const before = JSON.stringify(account);
    expectTarifkitError(() => renewSubscriptions(account, '2026-02-31'), 'INVALID_DATE', 'to');
    renewSubscriptions(account, '2026-06-01');
    expect(JSON.stringify(account)).toBe(before);
    expect(renewSubscriptions(openBookingAccount(), '2026-06-01').orders).toEqual([]);
  });
});
