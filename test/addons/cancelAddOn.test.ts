/**
 * Cancelling an add-on (R15): "cancellation effective <date>", usable to the
 * end of the paid period, then it ends by itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookAddOn, cancelAddOn, closeAddOnPeriod, listAddOns, withdrawAddOn } from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { accountArb, iso, seedAccount } from '../arbitraries/addons.js';

function withStorage() {
  return bookAddOn(seedAccount(), { addOnId: 'storage', quantity: 2, on: '2026-03-25' }).account;
}

describe('cancelAddOn', () => {
  it('cancelled on 2026-04-05 when billed monthly from the 18th: effective 2026-04-17, the last paid day', () => {
    const { account, effective, endDay } = cancelAddOn(withStorage(), { bookingId: 'storage#1', on: '2026-04-05' });
    expect(effective.toString()).toBe('2026-04-17');
    expect(iso(endDay)).toBe('2026-04-18');
    expect(account.bookings[0]!.termination).toEqual({ kind: 'cancelled', requestedDay: account.lastChangeDay, endDay });
    expect(listAddOns(account, '2026-04-05')[0]!.status).toEqual({ kind: 'cancellationPending', effective });
    // Usable to the end: the draft for the paid period stays, nothing is credited.
    expect(account.drafts.map((d) => d.line.cents)).toEqual([914]);
  });

  it('then ends by itself: the next regular invoice does not charge it, and it lists as ended', () => {
    const cancelled = cancelAddOn(withStorage(), { bookingId: 'storage#1', on: '2026-04-05' }).account;
    const close = closeAddOnPeriod(cancelled, '2026-04-18');
    expect(close.lines.map((l) => [l.reason, l.cents])).toEqual([['prorataCharge', 914]]);
    const row = listAddOns(close.account, '2026-04-18')[0]!;
    expect(row.status.kind).toBe('ended');
    expect(row.billedUntil!.toString()).toBe('2026-04-17');
    // Read on its end day even before the close, it has ended too.
    expect(listAddOns(cancelled, '2026-04-18')[0]!.status.kind).toBe('ended');
    expect(listAddOns(cancelled, '2026-04-17')[0]!.status.kind).toBe('cancellationPending');
  });

  it('cancelling again while pending changes nothing and gives the same date', () => {
    const first = cancelAddOn(withStorage(), { bookingId: 'storage#1', on: '2026-04-05' });
    const again = cancelAddOn(first.account, { bookingId: 'storage#1', on: '2026-04-06' });
    expect(again.account).toBe(first.account);
    expect(again.effective.toString()).toBe('2026-04-17');
  });

  it('drops a waiting lowering: the add-on ends anyway', () => {
    const booked = bookAddOn(seedAccount(), { addOnId: 'users', quantity: 3, on: '2026-03-18' }).account;
    const cancelled = cancelAddOn(booked, { bookingId: 'users#1', on: '2026-03-20' }).account;
    expect(cancelled.bookings[0]!.scheduled).toBeNull();
  });

  it('does not mutate the account', () => {
    const account = deepFreeze(withStorage());
    const before = JSON.stringify(account);
    cancelAddOn(account, { bookingId: 'storage#1', on: '2026-04-05' });
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses an ended add-on (ALREADY_ENDED) and changes nothing', () => {
    const cancelled = cancelAddOn(withStorage(), { bookingId: 'storage#1', on: '2026-04-05' }).account;
    const ended = deepFreeze(closeAddOnPeriod(cancelled, '2026-04-18').account);
    const before = JSON.stringify(ended);
    expectTarifkitError(() => cancelAddOn(ended, { bookingId: 'storage#1', on: '2026-04-20' }), 'ALREADY_ENDED', 'request.bookingId');
    expect(JSON.stringify(ended)).toBe(before);
  });

  it('refuses a withdrawn add-on (ALREADY_ENDED)', () => {
    const withdrawn = withdrawAddOn(withStorage(), { bookingId: 'storage#1', on: '2026-03-26' });
    if (!withdrawn.ok) throw new Error('expected a withdrawal');
    expectTarifkitError(() => cancelAddOn(withdrawn.account, { bookingId: 'storage#1', on: '2026-03-27' }), 'ALREADY_ENDED', 'request.bookingId');
  });

  it('refuses a booking never made (NOT_BOOKED) and a day out of sequence (OUT_OF_SEQUENCE)', () => {
    expectTarifkitError(() => cancelAddOn(withStorage(), { bookingId: 'users#1', on: '2026-04-05' }), 'NOT_BOOKED', 'request.bookingId');
    expectTarifkitError(() => cancelAddOn(withStorage(), { bookingId: 'storage#1', on: '2026-03-24' }), 'OUT_OF_SEQUENCE', 'request.on');
    expectTarifkitError(() => cancelAddOn(withStorage(), { bookingId: 'storage#1', on: 'soon' }), 'INVALID_DATE', 'request.on');
  });

  it('property: a cancelled add-on is charged for no period after its paid one, and its effective day is the day before the next regular invoice', () => {
    fc.assert(
      fc.property(accountArb, fc.nat(400), fc.nat(400), fc.integer({ min: 1, max: 4 }), (account, o1, o2, periods) => {
        const span = account.paidThroughDay - account.lastChangeDay;
        const bookDay = account.lastChangeDay + (o1 % span);
        const booked = bookAddOn(account, { addOnId: 'b', quantity: 1, on: iso(bookDay) }).account;
        const day = bookDay + (o2 % (account.paidThroughDay - bookDay));
        const cancelled = cancelAddOn(booked, { bookingId: 'b#1', on: iso(day) });
        expect(cancelled.endDay).toBe(account.paidThroughDay);
        let current = cancelled.account;
        for (let i = 0; i < periods; i += 1) {
          const close = closeAddOnPeriod(current, iso(current.paidThroughDay));
          expect(close.lines.filter((l) => l.item.id === 'b' && l.reason === 'periodCharge')).toEqual([]);
          current = close.account;
        }
        expect(listAddOns(current, iso(current.lastChangeDay))[0]!.status.kind).toBe('ended');
      }),
      RUNS,
    );
  });
});
