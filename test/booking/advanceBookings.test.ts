import { describe, expect, it } from 'vitest';
import { activeBookingOn, advanceBookings, explainNotice, openBookingAccount, orderPackage, recordPayment, type BookingAccount, type BookingReminderNotice } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { L1, L3, SUB, paidAccount } from './fixtures.js';

const show = (r: BookingReminderNotice): string => `${r.when} ${r.on} ${r.bookingId}`;

/** The account advanced to `from` first (so the window starts after it), then the reminders up to and including `to`. */
function remindersIn(account: BookingAccount, from: string, to: string): readonly BookingReminderNotice[] {
  return advanceBookings(advanceBookings(account, from).account, to).notices;
}

describe('advanceBookings: reminders (R18)', () => {
  it('gives a one-off booking two reminders: 5 days before its last day and on it', () => {
    // Access [2026-01-31, 2026-02-28): the last day of access is 2026-02-27.
    const account = paidAccount(L1, '2026-01-31', '2026-01-31');
    const { ok, notices, orders } = advanceBookings(account, '2026-12-31');
    expect(ok).toBe(true);
    expect(orders).toEqual([]);
    expect(notices).toEqual([
      { type: 'bookingReminder', on: '2026-02-22', when: 'fiveDaysBefore', bookingId: 'A-1', packageId: 'homecloud-l', name: 'HomeCloud L', lastDay: '2026-02-27' },
      { type: 'bookingReminder', on: '2026-02-27', when: 'expiryDay', bookingId: 'A-1', packageId: 'homecloud-l', name: 'HomeCloud L', lastDay: '2026-02-27' },
    ]);
    expect(explainNotice(notices[0]!, 'de')).toBe('Erinnerung: Ihr Paket HomeCloud L läuft in 5 Tagen ab (letzter Tag 27.02.2026). Jetzt verlängern, damit der Zugang nicht endet.');
    expect(explainNotice(notices[1]!, 'en')).toBe('Reminder: your package HomeCloud L expires today (last day 2026-02-27). Extend it now to keep your access.');
  });

  it('answers "what is due now?" over the days after the one it was advanced to, up to and including `to`', () => {
    const account = paidAccount(L1, '2026-01-31', '2026-01-31');
    expect(remindersIn(account, '2026-02-21', '2026-02-22').map(show)).toEqual(['fiveDaysBefore 2026-02-22 A-1']);
    expect(remindersIn(account, '2026-02-22', '2026-02-26')).toEqual([]);
    expect(remindersIn(account, '2026-02-26', '2026-02-27').map(show)).toEqual(['expiryDay 2026-02-27 A-1']);
    expect(remindersIn(account, '2026-02-27', '2026-02-27')).toEqual([]);
    const day = advanceBookings(account, '2026-02-23');
    expect(day.account.advancedTo).toBe('2026-02-23');
    expect(advanceBookings(day.account, '2026-02-23').notices).toEqual([]);
  });

  it('returns the reminders due on `to` itself, once: a daily scheduler sends each on its day', () => {
    const account = paidAccount(L1, '2026-01-31', '2026-01-31');
    expect(advanceBookings(account, '2026-02-21').notices).toEqual([]);
    const first = advanceBookings(account, '2026-02-22');
    expect(first.notices).toEqual([
      { type: 'bookingReminder', on: '2026-02-22', when: 'fiveDaysBefore', bookingId: 'A-1', packageId: 'homecloud-l', name: 'HomeCloud L', lastDay: '2026-02-27' },
    ]);
    expect(first.account.advancedTo).toBe('2026-02-22');
    // Advancing again to the same day gives nothing new and keeps the account.
    const again = advanceBookings(first.account, '2026-02-22');
    expect([again.notices, again.orders]).toEqual([[], []]);
    expect(again.account).toBe(first.account);
    const sent: string[] = [];
    let current = first.account;
    for (const day of ['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28']) {
      const step = advanceBookings(current, day);
      sent.push(...step.notices.map((notice) => `${day}: ${show(notice)}`));
      current = step.account;
    }
    expect(sent).toEqual(['2026-02-27: expiryDay 2026-02-27 A-1']);
  });

  it('gives a subscription no reminders', () => {
    const account = paidAccount(SUB, '2026-01-31', '2026-01-31');
    expect(advanceBookings(account, '2027-01-01').notices).toEqual([]);
  });

  it('gives no reminders to orders never paid', () => {
    const account = orderPackage(paidAccount(L1, '2026-01-31', '2026-01-31'), L3, '2026-02-01').account;
    expect(advanceBookings(account, '2027-01-01').notices.map((r) => r.bookingId)).toEqual(['A-1', 'A-1']);
  });

  it('drops a reminder once an extension that runs on was paid by its day', () => {
    let account = paidAccount(L1, '2026-01-31', '2026-01-31');
    account = paidAccount(L3, '2026-02-24', '2026-02-24', account); // after the first reminder, before the second
    expect(advanceBookings(account, '2026-12-31').notices.map(show)).toEqual([
      'fiveDaysBefore 2026-02-22 A-1',
      'fiveDaysBefore 2026-05-22 A-3',
      'expiryDay 2026-05-27 A-3',
    ]);
  });

  it('sorts by day; an extension paid between the two reminders drops only the second', () => {
    let account = paidAccount(L3, '2026-01-01', '2026-01-01'); // access [01-01, 04-01): last day 2026-03-31
    account = paidAccount({ ...L1, id: 'A-0', months: 3 }, '2026-03-28', '2026-03-28', account); // runs on: [04-01, 07-01)
    expect(remindersIn(account, '2026-03-01', '2026-07-31').map(show)).toEqual([
      'fiveDaysBefore 2026-03-26 A-3',
      'fiveDaysBefore 2026-06-25 A-0',
      'expiryDay 2026-06-30 A-0',
    ]);
  });
});

describe('advanceBookings: subscriptions (R18, R19)', () => {
  it('orders a subscription again on its last day, awaiting payment', () => {
    const account = paidAccount(SUB, '2026-01-31', '2026-01-31');
    expect(advanceBookings(account, '2026-02-26').orders).toEqual([]);
    const { account: renewed, orders } = advanceBookings(account, '2026-02-27');
    expect(orders).toEqual([{
      id: 'S-1#2', item: SUB.item, months: 1, kind: 'subscription', orderedOn: '2026-02-27', seriesId: 'S-1', round: 2, status: 'awaitingPayment',
    }]);
    expect(renewed.bookings.map((b) => b.id)).toEqual(['S-1', 'S-1#2']);
    expect(renewed.advancedTo).toBe('2026-02-27');
    expect(advanceBookings(renewed, '2026-02-27').orders).toEqual([]);
  });

  it('runs on without a gap when the follow-up is paid by the last day, and the series goes on', () => {
    // Advanced to the last day of access (2026-02-27): the follow-up is ordered and paid that day.
    let account = advanceBookings(paidAccount(SUB, '2026-01-31', '2026-01-31'), '2026-02-27').account;
    const paid = recordPayment(account, 'S-1#2', '2026-02-27');
    if (!paid.ok) throw new Error(paid.reason);
    expect(paid.booking.access).toEqual({ start: '2026-02-28', end: '2026-03-28' });
    expect(paid.lines[0]!.reason).toBe('periodCharge');
    expect(paid.lines[0]!.cents).toBe(999);
    expect(paid.extended).toBe(true);
    account = advanceBookings(paid.account, '2026-03-27').account; // the last day of S-1#2's access
    expect(account.bookings.map((b) => `${b.id} ${b.status}`)).toEqual(['S-1 paid', 'S-1#2 paid', 'S-1#3 awaitingPayment']);
    account = advanceBookings(account, '2026-04-01').account;
    expect(account.bookings.map((b) => `${b.id} ${b.status}`)).toEqual(['S-1 paid', 'S-1#2 paid', 'S-1#3 awaitingPayment']);
  });

  it('is idempotent: asking again for the same day creates nothing new', () => {
    const once = advanceBookings(paidAccount(SUB, '2026-01-31', '2026-01-31'), '2026-03-15');
    const twice = advanceBookings(once.account, '2026-03-15');
    expect(twice.orders).toEqual([]);
    expect(twice.notices).toEqual([]);
    expect(twice.account).toBe(once.account);
  });

  it('without payment the access ends and the follow-up never activates', () => {
    const account = advanceBookings(paidAccount(SUB, '2026-01-31', '2026-01-31'), '2026-06-01').account;
    expect(activeBookingOn(account, '2026-03-01')).toBeNull();
    expect(account.bookings).toHaveLength(2);
  });

  it('leaves one-off bookings alone', () => {
    expect(advanceBookings(paidAccount(L1, '2026-01-31', '2026-01-31'), '2027-01-01').orders).toEqual([]);
  });

  it('refuses a bad day and a day before the one it was advanced to, and does not mutate its input', () => {
    const account = deepFreeze(paidAccount(SUB, '2026-01-31', '2026-01-31'));
    const before = JSON.stringify(account);
    expectTarifkitError(() => advanceBookings(account, '2026-02-31'), 'INVALID_DATE', 'to');
    const later = advanceBookings(account, '2026-06-01').account;
    expect(JSON.stringify(account)).toBe(before);
    expectTarifkitError(() => advanceBookings(later, '2026-05-31'), 'OUT_OF_ORDER', 'to');
    expectTarifkitError(() => advanceBookings(undefined as never, '2026-05-31'), 'INVALID_ARGUMENT', 'account');
    expect(advanceBookings(openBookingAccount(), '2026-06-01').orders).toEqual([]);
  });
});
