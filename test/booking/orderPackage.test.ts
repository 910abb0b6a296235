import { describe, expect, it } from 'vitest';
import { USD } from 'dinero.js';
import { activeBookingOn, money, openBookingAccount, orderPackage } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { L1, L3 } from './fixtures.js';

describe('orderPackage (R18, R19)', () => {
  it('places an order that waits for payment and gives no access', () => {
    const account = orderPackage(openBookingAccount(), L3, '2026-03-10');
    const booking = account.bookings[0]!;
    expect(booking).toMatchObject({ status: 'awaitingPayment', id: 'A-3', packageId: 'cloudmatic-l', months: 3, kind: 'oneOff', priceCents: 2997, vatRate: 19, seriesId: 'A-3', round: 1 });
    expect(booking.orderedOn.toString()).toBe('2026-03-10');
    expect(activeBookingOn(account, '2026-03-10')).toBeNull();
  });

  it('refuses a zero, negative or fractional duration with INVALID_DURATION, and nothing changes', () => {
    const account = deepFreeze(orderPackage(openBookingAccount(), L1, '2026-03-10'));
    const before = JSON.stringify(account);
    for (const months of [0, -1, 1.5, Number.NaN, '3' as never]) {
      expectTarifkitError(() => orderPackage(account, { ...L3, months }, '2026-03-10'), 'INVALID_DURATION', 'order.months');
    }
    expect(JSON.stringify(account)).toBe(before);
    expect(account.bookings).toHaveLength(1);
  });

  it('refuses a duplicate id, a bad price, a bad kind and a bad day', () => {
    const account = orderPackage(openBookingAccount(), L1, '2026-03-10');
    expectTarifkitError(() => orderPackage(account, L1, '2026-03-11'), 'DUPLICATE_ID', 'order.id');
    expectTarifkitError(() => orderPackage(account, { ...L3, price: money(-1) }, '2026-03-11'), 'INVALID_AMOUNT', 'order.price');
    expectTarifkitError(() => orderPackage(account, { ...L3, price: money(1, USD) }, '2026-03-11'), 'CURRENCY_MISMATCH', 'order.price');
    expectTarifkitError(() => orderPackage(account, { ...L3, kind: 'monthly' as never }, '2026-03-11'), 'INVALID_CATALOG', 'order.kind');
    expectTarifkitError(() => orderPackage(account, { ...L3, id: 'A#2' }, '2026-03-11'), 'INVALID_CATALOG', 'order.id');
    expectTarifkitError(() => orderPackage(account, L3, '2026-13-01'), 'INVALID_DATE', 'on');
  });

  it('does not mutate its input account', () => {
    const account = deepFreeze(openBookingAccount());
    orderPackage(account, L1, '2026-03-10');
    expect(account.bookings).toHaveLength(0);
  });
});
