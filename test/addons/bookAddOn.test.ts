/**
 * Booking an add-on (R14): usable at once; the rest of the current period is a
 * draft item, day-exact, rounded once half up (R22).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../src/money/cents.js';
import { bookAddOn, createAddOnAccount, invoicedAddOnLines, createCycle, createPeriod, explainLine, money, periodContaining, prorate } from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { accountArb, dayOf, iso, seedAccount } from '../arbitraries/addons.js';

describe('bookAddOn', () => {
  it('seed 004: an extra user booked on the period start 2026-03-18 drafts the whole month, 5,90 €', () => {
    const { account, bookingId, lines } = bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-18' });
    expect(bookingId).toBe('users#1');
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line.reason).toBe('prorataCharge');
    expect(line.kind).toBe('charge');
    expect(line.cents).toBe(590);
    expect(line.item).toEqual({ id: 'users', label: 'Zusätzliche Benutzer', quantity: 1 });
    expect(line.range!.toString()).toBe('[2026-03-18, 2026-04-18)');
    expect(line.period!.toString()).toBe('[2026-03-18, 2026-04-18)');
    expect([line.daysUsed, line.daysInPeriod]).toEqual([31, 31]);
    expect(line.fraction).toEqual({ numerator: 1, denominator: 1 });
    expect(line.vatRate).toBe(19);
    expect(account.drafts).toEqual([{ bookingId: 'users#1', line }]);
    expect(account.bookings).toHaveLength(1);
    expect(account.bookings[0]).toMatchObject({ id: 'users#1', addOnId: 'users', quantity: 1, termination: null, scheduled: null });
    expect(invoicedAddOnLines(account, 'users#1')).toEqual([]);
  });

  it('two storage packs booked on 2026-03-25: 24/31 of 11,80 € = 9,1354… € becomes 9,14 €', () => {
    const { lines } = bookAddOn(seedAccount(), { addOnId: 'storage', quantity: 2, on: '2026-03-25' });
    const line = lines[0]!;
    expect(line.cents).toBe(914);
    expect(line.exact).toEqual({ numerator: 28320, denominator: 31 });
    expect(line.item.quantity).toBe(2);
    expect(explainLine(line, 'de')).toBe('Anteilig Speicherpaket 10 GB \u00d72, 25.03.2026\u201317.04.2026, 24/31 Tage: 9,14 €');
    expect(explainLine(line, 'en')).toBe('Pro rata Speicherpaket 10 GB \u00d72, 2026-03-25\u20132026-04-17, 24/31 days: €9.14');
  });

  it('explains seed 004\'s draft item in de and en (R24)', () => {
    const line = bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-18' }).lines[0]!;
    expect(explainLine(line, 'de')).toBe('Anteilig Zusätzliche Benutzer, 18.03.2026\u201317.04.2026, 31/31 Tage: 5,90 €');
    expect(explainLine(line, 'en')).toBe('Pro rata Zusätzliche Benutzer, 2026-03-18\u20132026-04-17, 31/31 days: €5.90');
  });

  it('booked on the last day of the period, one day is charged', () => {
    const line = bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-04-17' }).lines[0]!;
    expect([line.daysUsed, line.daysInPeriod, line.cents]).toEqual([1, 31, 19]);
  });

  it('numbers bookings per account and collects drafts in order', () => {
    const first = bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-18' });
    const second = bookAddOn(first.account, { addOnId: 'users', quantity: 2, on: '2026-03-20' });
    expect(second.bookingId).toBe('users#2');
    expect(second.account.drafts.map((d) => d.bookingId)).toEqual(['users#1', 'users#2']);
    expect(iso(second.account.lastChangeDay)).toBe('2026-03-20');
  });

  it('does not mutate the account', () => {
    const account = deepFreeze(bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-18' }).account);
    const before = JSON.stringify(account);
    bookAddOn(account, { addOnId: 'storage', quantity: 3, on: '2026-03-30' });
    expect(JSON.stringify(account)).toBe(before);
  });

  it.each([[0], [-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], ['1']])('refuses the quantity %s (INVALID_QUANTITY) and changes nothing', (quantity) => {
    const account = deepFreeze(seedAccount());
    const before = JSON.stringify(account);
    expectTarifkitError(() => bookAddOn(account, { addOnId: 'storage', quantity: quantity as number, on: '2026-03-20' }), 'INVALID_QUANTITY', 'request.quantity');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses a quantity too large to price exactly (INVALID_QUANTITY)', () => {
    expectTarifkitError(() => bookAddOn(seedAccount(), { addOnId: 'users', quantity: 2 ** 40, on: '2026-03-20' }), 'INVALID_QUANTITY', 'request.quantity');
  });

  it('refuses an unknown add-on (UNKNOWN_ADDON)', () => {
    expectTarifkitError(() => bookAddOn(seedAccount(), { addOnId: 'phone', quantity: 1, on: '2026-03-20' }), 'UNKNOWN_ADDON', 'request.addOnId');
  });

  it('refuses a day that does not exist (INVALID_DATE)', () => {
    expectTarifkitError(() => bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-32' }), 'INVALID_DATE', 'request.on');
  });

  it('refuses a day before the last change or on the next regular invoice day (OUT_OF_SEQUENCE)', () => {
    const account = bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-25' }).account;
    expectTarifkitError(() => bookAddOn(account, { addOnId: 'users', quantity: 1, on: '2026-03-24' }), 'OUT_OF_SEQUENCE', 'request.on');
    expectTarifkitError(() => bookAddOn(account, { addOnId: 'users', quantity: 1, on: '2026-04-18' }), 'OUT_OF_SEQUENCE', 'request.on');
  });

  it('property: the draft is the unit price × quantity × days left / days of the period, rounded once half up, never above a whole period, and equals prorate() on the account\'s cycle', () => {
    fc.assert(
      fc.property(accountArb, fc.nat(400), fc.integer({ min: 1, max: 50 }), fc.constantFrom('a', 'b'), (account, offset, quantity, addOnId) => {
        const day = account.lastChangeDay + (offset % (account.paidThroughDay - account.lastChangeDay));
        const { lines } = bookAddOn(account, { addOnId, quantity, on: iso(day) });
        const line = lines[0]!;
        const unit = account.catalog.find((d) => d.id === addOnId)!.unitCents;
        const period = periodContaining(account.cycle, iso(day));
        expect(line.period!.startDay).toBe(period.startDay);
        expect(line.period!.endDay).toBe(period.endDay);
        expect(line.range!.startDay).toBe(day);
        expect(line.range!.endDay).toBe(account.paidThroughDay);
        const days = account.paidThroughDay - day;
        expect(line.cents).toBe(roundHalfUp(unit * quantity * days, period.days));
        expect(line.cents).toBeLessThanOrEqual(unit * quantity);
        expect(line.exact.numerator * period.days).toBe(unit * quantity * days * line.exact.denominator);
        // The same as the public proration on the account's cycle (the one rule, R22).
        const reference = prorate(money(unit * quantity), account.cycle, createPeriod(iso(day), iso(account.paidThroughDay)));
        expect(line.cents).toBe(reference.cents);
        expect(line.exact).toEqual(reference.exact);
        expect(line.fraction).toEqual(reference.fraction);
      }),
      RUNS,
    );
  });

  it('reads the cycle from the account: a calendar-month account drafts to the month end', () => {
    const account = createAddOnAccount({ cycle: createCycle({ kind: 'calendarMonth' }), catalog: [{ id: 'u', name: 'U', unitCents: 900, vatRate: 19 }], start: '2025-02-01' });
    const line = bookAddOn(account, { addOnId: 'u', quantity: 1, on: '2025-02-10' }).lines[0]!;
    expect([line.daysUsed, line.daysInPeriod, line.cents]).toEqual([19, 28, 611]);
    expect(line.range!.endDay).toBe(dayOf('2025-03-01'));
  });
});
