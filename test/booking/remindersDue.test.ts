import { describe, expect, it } from 'vitest';
import { orderPackage, remindersDue, renewSubscriptions } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { L1, L3, SUB, paidAccount } from './fixtures.js';

const show = (r: { when: string; dueOn: { toString(): string }; bookingId: string }): string => `${r.when} ${r.dueOn.toString()} ${r.bookingId}`;

describe('remindersDue (R18)', () => {
  it('gives a one-off booking two reminders: 5 days before its expiry day and on it (seed 002)', () => {
    // Access [2026-01-31, 2026-02-28): the expiry day (last day of access) is 2026-02-27.
    const account = paidAccount(L1, '2026-01-31', '2026-01-31');
    const reminders = remindersDue(account.bookings, '2026-01-01', '2026-12-31');
    expect(reminders.map(show)).toEqual(['fiveDaysBefore 2026-02-22 A-1', 'expiryDay 2026-02-27 A-1']);
    expect(reminders[0]!.expiresOn.toString()).toBe('2026-02-27');
    expect(reminders[0]).toMatchObject({ type: 'reminder', packageId: 'cloudmatic-l', label: 'CloudMatic L' });
  });

  it('answers "what is due now?" over a half-open window', () => {
    const bookings = paidAccount(L1, '2026-01-31', '2026-01-31').bookings;
    expect(remindersDue(bookings, '2026-02-22', '2026-02-23').map(show)).toEqual(['fiveDaysBefore 2026-02-22 A-1']);
    expect(remindersDue(bookings, '2026-02-23', '2026-02-27')).toEqual([]);
    expect(remindersDue(bookings, '2026-02-27', '2026-02-28').map(show)).toEqual(['expiryDay 2026-02-27 A-1']);
    expect(remindersDue(bookings, '2026-02-27', '2026-02-27')).toEqual([]);
  });

  it('gives a subscription no reminders', () => {
    const account = paidAccount(SUB, '2026-01-31', '2026-01-31');
    expect(remindersDue(account.bookings, '2026-01-01', '2027-01-01')).toEqual([]);
  });

  it('gives no reminders to orders never paid', () => {
    const account = orderPackage(paidAccount(L1, '2026-01-31', '2026-01-31'), L3, '2026-02-01');
    expect(remindersDue(account.bookings, '2026-01-01', '2027-01-01').map((r) => r.bookingId)).toEqual(['A-1', 'A-1']);
  });

  it('drops a reminder once an extension that runs on was paid by its day', () => {
    let account = paidAccount(L1, '2026-01-31', '2026-01-31');
    account = paidAccount(L3, '2026-02-24', '2026-02-24', account); // after the first reminder, before the second
    expect(remindersDue(account.bookings, '2026-01-01', '2026-12-31').map(show)).toEqual([
      'fiveDaysBefore 2026-02-22 A-1',
      'fiveDaysBefore 2026-05-22 A-3',
      'expiryDay 2026-05-27 A-3',
    ]);
  });

  it('keeps the reminders of a booking followed by a subscription order not yet paid', () => {
    const subscription = renewSubscriptions(paidAccount(SUB, '2026-01-31', '2026-01-31'), '2026-03-01');
    expect(subscription.orders).toHaveLength(1);
    expect(remindersDue(subscription.account.bookings, '2026-01-01', '2027-01-01')).toEqual([]);
  });

  it('sorts by day; an extension paid between the two reminders drops only the second', () => {
    let account = paidAccount(L3, '2026-01-01', '2026-01-01'); // access [01-01, 04-01): expiry day 2026-03-31
    account = paidAccount({ ...L1, id: 'A-0', months: 3 }, '2026-03-28', '2026-03-28', account); // runs on: [04-01, 07-01)
    const reminders = remindersDue(account.bookings, '2026-03-01', '2026-07-31');
    expect(reminders.map(show)).toEqual([
      'fiveDaysBefore 2026-03-26 A-3',
      'fiveDaysBefore 2026-06-25 A-0',
      'expiryDay 2026-06-30 A-0',
    ]);
  });

  it('refuses a window that ends before it starts, and bad days', () => {
    const bookings = deepFreeze(paidAccount(L1, '2026-01-31', '2026-01-31').bookings);
    expectTarifkitError(() => remindersDue(bookings, '2026-02-10', '2026-02-01'), 'END_BEFORE_START', 'to');
    expectTarifkitError(() => remindersDue(bookings, '2026-02-30', '2026-03-01'), 'INVALID_DATE', 'from');
  });
});
