import { describe, expect, it } from 'vitest';
import { activeBookingOn, explainLine, openBookingAccount, orderPackage, recordPayment } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { L1, L3, L12, paidAccount } from './fixtures.js';

describe('recordPayment (R19)', () => {
  it('activates the booking on the day the payment arrives, not on the order day', () => {
    const ordered = orderPackage(openBookingAccount(), L3, '2026-03-10');
    const result = recordPayment(ordered, 'A-3', '2026-03-13');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.extended).toBe(false);
    expect(result.booking.access.toString()).toBe('[2026-03-13, 2026-06-13)');
    expect(result.booking.expiresOn.toString()).toBe('2026-06-12');
    expect(result.booking.paidOn.toString()).toBe('2026-03-13');
    expect(activeBookingOn(result.account, '2026-03-12')).toBeNull();
    expect(activeBookingOn(result.account, '2026-03-13')?.id).toBe('A-3');
    expect(activeBookingOn(result.account, '2026-06-12')?.id).toBe('A-3');
    expect(activeBookingOn(result.account, '2026-06-13')).toBeNull();
  });

  it('gives a one-off charge line that explains itself (R24)', () => {
    const result = recordPayment(orderPackage(openBookingAccount(), L3, '2026-03-10'), 'A-3', '2026-03-10');
    if (!result.ok) throw new Error(result.reason);
    expect([result.line.reason, result.line.cents, result.line.daysUsed]).toEqual(['oneOff', 2997, 92]);
    expect(explainLine(result.line, 'de')).toBe('Einzelbuchung CloudMatic L, 10.03.2026–09.06.2026, 92/92 Tage: 29,97 €');
    expect(explainLine(result.line, 'en')).toBe('One-off booking CloudMatic L, 2026-03-10–2026-06-09, 92/92 days: €29.97');
  });

  it('clamps a month end like Temporal: one month from 2026-01-31 ends before 2026-02-28', () => {
    const account = paidAccount(L1, '2026-01-31', '2026-01-31');
    const booking = account.bookings[0]!;
    expect(booking.status === 'paid' && booking.access.toString()).toBe('[2026-01-31, 2026-02-28)');
  });

  it('runs an extension of a still-active package on from its current expiry', () => {
    const active = paidAccount(L1, '2026-01-31', '2026-01-31');
    const result = recordPayment(orderPackage(active, L3, '2026-02-20'), 'A-3', '2026-02-20');
    if (!result.ok) throw new Error(result.reason);
    expect(result.extended).toBe(true);
    expect(result.booking.access.toString()).toBe('[2026-02-28, 2026-05-28)');
    expect(activeBookingOn(result.account, '2026-02-27')?.id).toBe('A-1');
    expect(activeBookingOn(result.account, '2026-02-28')?.id).toBe('A-3');
  });

  it('runs on from an extension already paid, too', () => {
    let account = paidAccount(L1, '2026-01-31', '2026-01-31');
    account = paidAccount(L3, '2026-02-01', '2026-02-01', account);
    const result = recordPayment(orderPackage(account, L12, '2026-02-02'), 'A-12', '2026-02-02');
    expect(result.ok && result.booking.access.toString()).toBe('[2026-05-28, 2027-05-28)');
  });

  it('starts an expired package on the payment day, paid on its expiry day still runs on', () => {
    const active = paidAccount(L1, '2026-01-31', '2026-01-31');
    const late = recordPayment(orderPackage(active, L3, '2026-02-20'), 'A-3', '2026-03-05');
    expect(late.ok && [late.extended, late.booking.access.toString()]).toEqual([false, '[2026-03-05, 2026-06-05)']);
    const onExpiryDay = recordPayment(orderPackage(active, L3, '2026-02-20'), 'A-3', '2026-02-27');
    expect(onExpiryDay.ok && onExpiryDay.booking.access.toString()).toBe('[2026-02-28, 2026-05-28)');
  });

  it('never activates an order whose payment does not arrive', () => {
    const account = orderPackage(openBookingAccount(), L1, '2026-03-10');
    for (const day of ['2026-03-10', '2026-04-10', '2027-03-10']) expect(activeBookingOn(account, day)).toBeNull();
  });

  it('refuses a second payment as a value', () => {
    const account = paidAccount(L1, '2026-03-10', '2026-03-11');
    const result = recordPayment(account, 'A-1', '2026-03-12');
    expect(result).toMatchObject({ ok: false, reason: 'ALREADY_PAID', allowedFrom: null, bookingId: 'A-1' });
    expect(!result.ok && result.paidOn.toString()).toBe('2026-03-11');
  });

  it('refuses a payment for an unknown booking with UNKNOWN_BOOKING, and nothing changes', () => {
    const account = deepFreeze(orderPackage(openBookingAccount(), L1, '2026-03-10'));
    const before = JSON.stringify(account);
    expectTarifkitError(() => recordPayment(account, 'A-2', '2026-03-10'), 'UNKNOWN_BOOKING', 'bookingId');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses a payment before the order and a payment out of date order', () => {
    const account = orderPackage(openBookingAccount(), L1, '2026-03-10');
    expectTarifkitError(() => recordPayment(account, 'A-1', '2026-03-09'), 'ACTIVATION_BEFORE_BOOKING', 'on');
    const paid = paidAccount(L3, '2026-03-01', '2026-03-12', account);
    expectTarifkitError(() => recordPayment(paid, 'A-1', '2026-03-11'), 'OUT_OF_ORDER', 'on');
  });

  it('does not mutate its input account', () => {
    const account = deepFreeze(orderPackage(openBookingAccount(), L1, '2026-03-10'));
    const before = JSON.stringify(account);
    recordPayment(account, 'A-1', '2026-03-10');
    expect(JSON.stringify(account)).toBe(before);
    expect(account.bookings[0]!.status).toBe('awaitingPayment');
  });
});
