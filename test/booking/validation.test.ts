import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeBookingOn, advanceBookings, isTarifkitError, orderPackage, recordPayment, type BookingAccount } from '../../src/index.js';
import { RUNS, expectTarifkitError } from '../arbitraries/core.js';
import { corruptedArb } from '../arbitraries/prepaid.js';
import { L1, L3, SUB, paidAccount } from './fixtures.js';

/** A subscription with a paid follow-up and an unpaid one-off order, as JSON would bring it back. */
function revived(): Record<string, unknown> {
  let account = advanceBookings(paidAccount(SUB, '2026-01-31', '2026-01-31'), '2026-02-27').account;
  const paid = recordPayment(account, 'S-1#2', '2026-02-27');
  if (!paid.ok) throw new Error(paid.reason);
  account = orderPackage(paid.account, L3, '2026-03-01').account;
  return JSON.parse(JSON.stringify(account)) as Record<string, unknown>;
}

function broken(path: string, value: unknown): BookingAccount {
  const account = revived();
  const keys = path.split('.');
  let target = account as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys[keys.length - 1]!] = value;
  return account as unknown as BookingAccount;
}

describe('booking accounts from outside (hand-made, JSON-revived)', () => {
  it('takes a revived account and continues like the original', () => {
    const account = revived() as unknown as BookingAccount;
    expect(activeBookingOn(account, '2026-03-01')?.id).toBe('S-1#2');
    const paid = recordPayment(account, 'A-3', '2026-03-02');
    expect(paid.ok && paid.booking.access).toEqual({ start: '2026-03-28', end: '2026-06-28' });
  });

  it('takes a hand-made account, even without its header', () => {
    const account = { currency: 'EUR', bookings: [], lastPaidOn: null, advancedTo: null };
    const ordered = orderPackage(account as never, L1, '2026-03-10');
    expect(ordered.account.bookings).toHaveLength(1);
    expect(account.bookings).toEqual([]);
  });

  it('refuses something that is no account in every function, naming the argument', () => {
    for (const value of [null, undefined, 7, 'account', []]) {
      const bad = value as never;
      expectTarifkitError(() => orderPackage(bad, L1, '2026-03-10'), 'INVALID_ARGUMENT', 'account');
      expectTarifkitError(() => recordPayment(bad, 'A-1', '2026-03-10'), 'INVALID_ARGUMENT', 'account');
      expectTarifkitError(() => advanceBookings(bad, '2026-03-10'), 'INVALID_ARGUMENT', 'account');
      expectTarifkitError(() => activeBookingOn(bad, '2026-03-10'), 'INVALID_ARGUMENT', 'account');
    }
  });

  it('names the broken field of a revived account', () => {
    const cases: Array<[string, unknown, string]> = [
      ['currency', 'euro', 'INVALID_CURRENCY'],
      ['bookings', null, 'INVALID_ARGUMENT'],
      ['bookings.0', 'S-1', 'INVALID_ARGUMENT'],
      ['bookings.0.id', '', 'INVALID_ARGUMENT'],
      ['bookings.0.item', { id: 'x' }, 'INVALID_ITEM'],
      ['bookings.0.months', 0, 'INVALID_DURATION'],
      ['bookings.0.kind', 'yearly', 'INVALID_ARGUMENT'],
      ['bookings.0.orderedOn', '2026-02-30', 'INVALID_DATE'],
      ['bookings.0.round', 0, 'INVALID_ARGUMENT'],
      ['bookings.0.seriesId', 'S-2', 'INVALID_ARGUMENT'],
      ['bookings.0.status', 'cancelled', 'INVALID_ARGUMENT'],
      ['bookings.0.paidOn', '2026-01-30', 'INVALID_ARGUMENT'],
      ['bookings.0.access', { start: '2026-01-31', end: '2026-03-01' }, 'INVALID_ARGUMENT'],
      ['bookings.0.lastDay', '2026-02-28', 'INVALID_ARGUMENT'],
      ['bookings.1.id', 'S-1#3', 'INVALID_ARGUMENT'],
      ['lastPaidOn', '2026-01-31', 'INVALID_ARGUMENT'],
      ['lastPaidOn', undefined, 'INVALID_DATE'],
      ['advancedTo', 'soon', 'INVALID_DATE'],
      // The follow-up S-1#2 was ordered on 2026-02-27 by advancing to that day: advancedTo is not before it.
      ['advancedTo', '2026-02-26', 'INVALID_ARGUMENT'],
      ['advancedTo', null, 'INVALID_ARGUMENT'],
    ];
    for (const [path, value, code] of cases) {
      let caught: unknown = null;
      try { advanceBookings(broken(path, value), '2026-12-31'); } catch (error) { caught = error; }
      expect(caught, path).toMatchObject({ code });
      expect((caught as { details: { field: string } }).details.field.startsWith(`account.${path.split('.').slice(0, 2).join('.')}`), `${path}: ${String(caught)}`).toBe(true);
    }
  });

  it('takes an account advanced to the day of its latest follow-up order, as advanceBookings leaves it', () => {
    const account = revived();
    expect(account.advancedTo).toBe('2026-02-27');
    const next = advanceBookings(account as unknown as BookingAccount, '2026-03-27');
    expect(next.orders.map((order) => `${order.id} ${order.orderedOn}`)).toEqual(['S-1#3 2026-03-27']);
  });

  it('refuses a repeated booking id', () => {
    const account = revived();
    const bookings = account.bookings as unknown[];
    bookings.push(bookings[0]);
    expectTarifkitError(() => advanceBookings(account as unknown as BookingAccount, '2026-12-31'), 'DUPLICATE_ID', 'account.bookings.3.id');
  });

  it('does not change the revived value it was given', () => {
    const account = revived();
    const before = JSON.stringify(account);
    advanceBookings(account as unknown as BookingAccount, '2026-06-01');
    recordPayment(account as unknown as BookingAccount, 'A-3', '2026-03-02');
    expect(JSON.stringify(account)).toBe(before);
  });
});

describe('booking accounts broken anywhere', () => {
  it('any account with one field broken either works or throws a TarifkitError: no TypeError escapes', () => {
    fc.assert(fc.property(corruptedArb(revived()), (account) => {
      for (const call of [
        () => advanceBookings(account as BookingAccount, '2026-12-31'),
        () => recordPayment(account as BookingAccount, 'A-3', '2026-03-02'),
        () => orderPackage(account as BookingAccount, L1, '2026-03-02'),
        () => activeBookingOn(account as BookingAccount, '2026-03-02'),
      ]) {
        try {
          call();
        } catch (error) {
          expect(isTarifkitError(error), String(error)).toBe(true);
        }
      }
    }), RUNS);
  });
});
