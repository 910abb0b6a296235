import { describe, expect, it } from 'vitest';
import { activeBookingOn, openBookingAccount, orderPackage } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { L1, L3 } from './fixtures.js';

describe('openBookingAccount (R18, R19)', () => {
  it('opens an empty account as plain data', () => {
    expect(openBookingAccount()).toEqual({ tarifkit: 1, kind: 'bookingAccount', currency: 'EUR', bookings: [], lastPaidOn: null, advancedTo: null });
    expect(openBookingAccount({ currency: 'CHF' }).currency).toBe('CHF');
  });

  it('refuses options that are no record and an unknown currency', () => {
    expectTarifkitError(() => openBookingAccount(null as never), 'INVALID_ARGUMENT', 'options');
    expectTarifkitError(() => openBookingAccount({ currency: 'Euro' }), 'INVALID_CURRENCY', 'options.currency');
  });
});

describe('orderPackage (R18, R19)', () => {
  it('places an order that waits for payment and gives no access', () => {
    const { ok, account, booking } = orderPackage(openBookingAccount(), L3, '2026-03-10');
    expect(ok).toBe(true);
    expect(booking).toEqual({
      id: 'A-3', item: L3.item, months: 3, kind: 'oneOff', orderedOn: '2026-03-10', seriesId: 'A-3', round: 1, status: 'awaitingPayment',
    });
    expect(account.bookings).toEqual([booking]);
    expect(activeBookingOn(account, '2026-03-10')).toBeNull();
  });

  it('refuses a zero, negative or fractional duration with INVALID_DURATION, and nothing changes', () => {
    const account = deepFreeze(orderPackage(openBookingAccount(), L1, '2026-03-10').account);
    const before = JSON.stringify(account);
    for (const months of [0, -1, 1.5, Number.NaN, 1201, '3' as never, null as never]) {
      expectTarifkitError(() => orderPackage(account, { ...L3, months }, '2026-03-10'), 'INVALID_DURATION', 'order.months');
    }
    expect(JSON.stringify(account)).toBe(before);
    expect(account.bookings).toHaveLength(1);
  });

  it('refuses a duplicate id, a bad item, a bad kind, a reserved id and a bad day', () => {
    const account = orderPackage(openBookingAccount(), L1, '2026-03-10').account;
    expectTarifkitError(() => orderPackage(account, L1, '2026-03-11'), 'DUPLICATE_ID', 'order.id');
    expectTarifkitError(() => orderPackage(account, { ...L3, item: { ...L3.item, unitCents: -1 } }, '2026-03-11'), 'INVALID_AMOUNT', 'order.item.unitCents');
    expectTarifkitError(() => orderPackage(account, { ...L3, item: { ...L3.item, currency: 'USD' } }, '2026-03-11'), 'CURRENCY_MISMATCH', 'order.item.currency');
    expectTarifkitError(() => orderPackage(account, { ...L3, item: null as never }, '2026-03-11'), 'INVALID_ITEM', 'order.item');
    expectTarifkitError(() => orderPackage(account, { ...L3, kind: 'monthly' as never }, '2026-03-11'), 'INVALID_ARGUMENT', 'order.kind');
    expectTarifkitError(() => orderPackage(account, { ...L3, id: 'A#2' }, '2026-03-11'), 'INVALID_ARGUMENT', 'order.id');
    expectTarifkitError(() => orderPackage(account, { ...L3, id: ' ' }, '2026-03-11'), 'INVALID_ARGUMENT', 'order.id');
    expectTarifkitError(() => orderPackage(account, null as never, '2026-03-11'), 'INVALID_ARGUMENT', 'order');
    expectTarifkitError(() => orderPackage(account, L3, '2026-13-01'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => orderPackage(null as never, L3, '2026-03-11'), 'INVALID_ARGUMENT', 'account');
  });

  it('does not mutate its input account or order', () => {
    const account = deepFreeze(openBookingAccount());
    const order = deepFreeze({ ...L1 });
    orderPackage(account, order, '2026-03-10');
    expect(account.bookings).toHaveLength(0);
    expect(order).toEqual(L1);
  });
});
