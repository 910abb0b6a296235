import { describe, expect, it } from 'vitest';
import { activeBookingOn, explainLine, explainRefusal, openBookingAccount, orderPackage, recordPayment } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { L1, L3, L12, paidAccount } from './fixtures.js';

describe('recordPayment (R19)', () => {
  it('activates the booking on the day the payment arrives, not on the order day', () => {
    const ordered = orderPackage(openBookingAccount(), L3, '2026-03-10').account;
    const result = recordPayment(ordered, 'A-3', '2026-03-13');
    if (!result.ok) throw new Error(result.reason);
    expect(result.extended).toBe(false);
    expect(result.booking).toMatchObject({ status: 'paid', paidOn: '2026-03-13', access: { start: '2026-03-13', end: '2026-06-13' }, lastDay: '2026-06-12' });
    expect(result.account.lastPaidOn).toBe('2026-03-13');
    expect(activeBookingOn(result.account, '2026-03-12')).toBeNull();
    expect(activeBookingOn(result.account, '2026-03-13')?.id).toBe('A-3');
    expect(activeBookingOn(result.account, '2026-06-12')?.id).toBe('A-3');
    expect(activeBookingOn(result.account, '2026-06-13')).toBeNull();
  });

  it('gives a one-off charge line that explains itself (R24)', () => {
    const result = recordPayment(orderPackage(openBookingAccount(), L3, '2026-03-10').account, 'A-3', '2026-03-10');
    if (!result.ok) throw new Error(result.reason);
    expect(result.lines).toHaveLength(1);
    const line = result.lines[0]!;
    expect([line.reason, line.cents, line.days, line.periodDays, line.basis, line.ref]).toEqual(['oneOff', 2997, 92, 92, 'full', 'A-3']);
    expect(explainLine(line, 'de')).toBe('Einmalig HomeCloud L, 10.03.2026–09.06.2026, 92/92 Tage: 29,97 €');
    expect(explainLine(line, 'en')).toBe('One-off HomeCloud L, 2026-03-10–2026-06-09, 92/92 days: €29.97');
  });

  it('clamps a month end like Temporal: one month from 2026-01-31 ends before 2026-02-28', () => {
    const account = paidAccount(L1, '2026-01-31', '2026-01-31');
    expect(account.bookings[0]).toMatchObject({ access: { start: '2026-01-31', end: '2026-02-28' }, lastDay: '2026-02-27' });
  });

  it('runs an extension of a still-active package on from its current expiry', () => {
    const active = paidAccount(L1, '2026-01-31', '2026-01-31');
    const result = recordPayment(orderPackage(active, L3, '2026-02-20').account, 'A-3', '2026-02-20');
    if (!result.ok) throw new Error(result.reason);
    expect(result.extended).toBe(true);
    expect(result.booking.access).toEqual({ start: '2026-02-28', end: '2026-05-28' });
    expect(activeBookingOn(result.account, '2026-02-27')?.id).toBe('A-1');
    expect(activeBookingOn(result.account, '2026-02-28')?.id).toBe('A-3');
  });

  it('runs on from an extension already paid, too', () => {
    let account = paidAccount(L1, '2026-01-31', '2026-01-31');
    account = paidAccount(L3, '2026-02-01', '2026-02-01', account);
    const result = recordPayment(orderPackage(account, L12, '2026-02-02').account, 'A-12', '2026-02-02');
    expect(result.ok && result.booking.access).toEqual({ start: '2026-05-28', end: '2027-05-28' });
  });

  it('starts an expired package on the payment day; paid on its last day it still runs on', () => {
    const active = paidAccount(L1, '2026-01-31', '2026-01-31');
    const late = recordPayment(orderPackage(active, L3, '2026-02-20').account, 'A-3', '2026-03-05');
    expect(late.ok && [late.extended, late.booking.access]).toEqual([false, { start: '2026-03-05', end: '2026-06-05' }]);
    const onLastDay = recordPayment(orderPackage(active, L3, '2026-02-20').account, 'A-3', '2026-02-27');
    expect(onLastDay.ok && onLastDay.booking.access).toEqual({ start: '2026-02-28', end: '2026-05-28' });
  });

  it('never activates an order whose payment does not arrive', () => {
    const account = orderPackage(openBookingAccount(), L1, '2026-03-10').account;
    for (const day of ['2026-03-10', '2026-04-10', '2027-03-10']) expect(activeBookingOn(account, day)).toBeNull();
  });

  it('refuses a second payment as a value', () => {
    const account = paidAccount(L1, '2026-03-10', '2026-03-11');
    const result = recordPayment(account, 'A-1', '2026-03-12');
    expect(result).toEqual({ ok: false, reason: 'ALREADY_PAID', allowedFrom: null, details: { bookingId: 'A-1', paidOn: '2026-03-11' } });
    if (!result.ok) expect(explainRefusal(result, 'de')).toBe('Die Buchung A-1 ist bereits bezahlt (am 11.03.2026).');
  });

  it('refuses a payment for an unknown booking with UNKNOWN_ID and the known ids, and nothing changes', () => {
    const account = deepFreeze(orderPackage(openBookingAccount(), L1, '2026-03-10').account);
    const before = JSON.stringify(account);
    expectTarifkitError(() => recordPayment(account, 'A-2', '2026-03-10'), 'UNKNOWN_ID', 'bookingId');
    expect(() => recordPayment(account, 'A-2', '2026-03-10')).toThrow(expect.objectContaining({ details: expect.objectContaining({ known: ['A-1'] }) }));
    expectTarifkitError(() => recordPayment(account, null as never, '2026-03-10'), 'INVALID_ARGUMENT', 'bookingId');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses a payment before the order and a payment out of date order', () => {
    const account = orderPackage(openBookingAccount(), L1, '2026-03-10').account;
    expectTarifkitError(() => recordPayment(account, 'A-1', '2026-03-09'), 'OUT_OF_ORDER', 'on');
    const paid = paidAccount(L3, '2026-03-01', '2026-03-12', account);
    expectTarifkitError(() => recordPayment(paid, 'A-1', '2026-03-11'), 'OUT_OF_ORDER', 'on');
    expectTarifkitError(() => recordPayment(paid, 'A-1', '11.03.2026'), 'INVALID_DATE', 'on');
  });

  it('refuses an access that would end after 9999-12-31', () => {
    const account = orderPackage(openBookingAccount(), L12, '9999-03-01').account;
    expectTarifkitError(() => recordPayment(account, 'A-12', '9999-03-01'), 'DATE_OUT_OF_RANGE', 'on');
  });

  it('does not mutate its input account', () => {
    const account = deepFreeze(orderPackage(openBookingAccount(), L1, '2026-03-10').account);
    const before = JSON.stringify(account);
    recordPayment(account, 'A-1', '2026-03-10');
    expect(JSON.stringify(account)).toBe(before);
    expect(account.bookings[0]!.status).toBe('awaitingPayment');
  });
});
