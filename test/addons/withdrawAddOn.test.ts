/**
 * Withdrawing an add-on (R13, R16): within 14 days it ends at once and is billed
 * nothing; later, a refusal value with the window's end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bookAddOn,
  changeAddOnQuantity,
  closeAddOnPeriod,
  createAddOnAccount,
  createCycle,
  explainLine,
  listAddOns,
  withdrawAddOn,
  withdrawalWindow,
  type AddOnAccount,
  type AddOnPeriodClose,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import {
  accountArb,
  closeDue,
  dayOf,
  iso,
  runScript,
  seedAccount,
  STORAGE,
  stepArb,
  sumCents,
  USERS,
} from '../arbitraries/addons.js';

/** Billed monthly from the 18th, the period [2026-02-18, 2026-03-18) invoiced. */
function februaryAccount(): AddOnAccount {
  return createAddOnAccount({ cycle: createCycle({ kind: 'monthly', anchor: '2026-01-18' }), catalog: [USERS, STORAGE], start: '2026-02-18' });
}

/** An extra user booked on Saturday 2026-03-07: day 14 is Saturday 2026-03-21, so the window runs to Monday 2026-03-23. */
function bookedOnSaturday(): AddOnAccount {
  return bookAddOn(februaryAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-07' }).account;
}

describe('withdrawAddOn', () => {
  it('before any invoice: the draft item leaves the collective invoice and nothing is charged', () => {
    const account = bookedOnSaturday();
    expect(account.drafts[0]!.line.cents).toBe(232); // 11/28 of 5,90 €
    const result = withdrawAddOn(account, { bookingId: 'users#1', on: '2026-03-10' });
    if (!result.ok) throw new Error('expected a withdrawal');
    expect(result.removed.map((l) => l.cents)).toEqual([232]);
    expect(result.credits).toEqual([]);
    expect(result.account.drafts).toEqual([]);
    expect(result.window.last.toString()).toBe('2026-03-23');
    expect(result.window.start.toString()).toBe('2026-03-08'); // the booking day does not count (§187 BGB)
    const close = closeAddOnPeriod(result.account, '2026-03-18');
    expect(close.lines).toEqual([]);
    const row = listAddOns(close.account, '2026-03-18')[0]!;
    expect(row.status.kind).toBe('withdrawn');
    if (row.status.kind === 'withdrawn') expect(row.status.withdrawnOn.toString()).toBe('2026-03-10');
    expect(row.billedUntil).toBeNull();
  });

  it('after an invoice: credit notes reverse the invoiced lines exactly, on the next invoice', () => {
    const invoiced = closeAddOnPeriod(bookedOnSaturday(), '2026-03-18');
    expect(invoiced.lines.map((l) => [l.reason, l.cents])).toEqual([['periodCharge', 590], ['prorataCharge', 232]]);
    const result = withdrawAddOn(invoiced.account, { bookingId: 'users#1', on: '2026-03-23' });
    if (!result.ok) throw new Error('expected a withdrawal');
    expect(result.removed).toEqual([]);
    expect(result.credits.map((l) => [l.reason, l.kind, l.cents])).toEqual([
      ['withdrawalCredit', 'credit', -590],
      ['withdrawalCredit', 'credit', -232],
    ]);
    invoiced.lines.forEach((line, i) => {
      const credit = result.credits[i]!;
      expect(credit.exact).toEqual({ numerator: -line.exact.numerator, denominator: line.exact.denominator });
      expect(credit.range!.toString()).toBe(line.range!.toString());
      expect(credit.item).toEqual(line.item);
      expect(credit.vatRate).toBe(line.vatRate);
    });
    expect(explainLine(result.credits[1]!, 'de')).toBe('Gutschrift Widerruf Zusätzliche Benutzer, 07.03.2026\u201317.03.2026, 11/28 Tage: \u22122,32 €');
    expect(explainLine(result.credits[1]!, 'en')).toBe('Credit note for withdrawal Zusätzliche Benutzer, 2026-03-07\u20132026-03-17, 11/28 days: \u2212€2.32');
    const next = closeAddOnPeriod(result.account, '2026-04-18');
    expect(next.lines.map((l) => l.cents)).toEqual([-590, -232]);
    expect(sumCents(invoiced.lines) + sumCents(next.lines)).toBe(0);
  });

  it('after the window: a refusal with the window\'s last day, and nothing changes', () => {
    const invoiced = deepFreeze(closeAddOnPeriod(bookedOnSaturday(), '2026-03-18').account);
    const before = JSON.stringify(invoiced);
    const result = withdrawAddOn(invoiced, { bookingId: 'users#1', on: '2026-03-24' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('WITHDRAWAL_WINDOW_CLOSED');
    expect(result.windowEnd.toString()).toBe('2026-03-23');
    expect(result.allowedFrom).toBeNull();
    expect(JSON.stringify(invoiced)).toBe(before);
  });

  it('respects a holiday calendar: booked 2026-03-20, day 14 is Good Friday, Easter Monday follows, so 2026-04-07 is in time', () => {
    const account = bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-20' }).account;
    const holidays = ['2026-04-03', '2026-04-06'];
    expect(withdrawAddOn(account, { bookingId: 'users#1', on: '2026-04-07' }, { holidays }).ok).toBe(true);
    const without = withdrawAddOn(account, { bookingId: 'users#1', on: '2026-04-07' });
    expect(without.ok).toBe(false);
    if (!without.ok) expect(without.windowEnd.toString()).toBe('2026-04-03');
  });

  it('undoes quantity increases too: the whole booking is billed zero', () => {
    const raised = changeAddOnQuantity(bookedOnSaturday(), { bookingId: 'users#1', quantity: 4, on: '2026-03-09' }).account;
    const result = withdrawAddOn(raised, { bookingId: 'users#1', on: '2026-03-12' });
    if (!result.ok) throw new Error('expected a withdrawal');
    expect(result.removed.map((l) => l.reason)).toEqual(['prorataCharge', 'quantityIncrease']);
    expect(closeAddOnPeriod(result.account, '2026-03-18').lines).toEqual([]);
  });

  it('leaves other bookings\' drafts on the collective invoice', () => {
    const both = bookAddOn(bookedOnSaturday(), { addOnId: 'storage', quantity: 1, on: '2026-03-08' }).account;
    const result = withdrawAddOn(both, { bookingId: 'users#1', on: '2026-03-09' });
    if (!result.ok) throw new Error('expected a withdrawal');
    expect(result.account.drafts.map((d) => d.bookingId)).toEqual(['storage#2']);
  });

  it('does not mutate the account', () => {
    const account = deepFreeze(closeAddOnPeriod(bookedOnSaturday(), '2026-03-18').account);
    const before = JSON.stringify(account);
    withdrawAddOn(account, { bookingId: 'users#1', on: '2026-03-20' });
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses a withdrawal of something never booked (NOT_BOOKED) and changes nothing', () => {
    const account = deepFreeze(bookedOnSaturday());
    const before = JSON.stringify(account);
    expectTarifkitError(() => withdrawAddOn(account, { bookingId: 'storage#1', on: '2026-03-10' }), 'NOT_BOOKED', 'request.bookingId');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses a second withdrawal (ALREADY_ENDED)', () => {
    const result = withdrawAddOn(bookedOnSaturday(), { bookingId: 'users#1', on: '2026-03-10' });
    if (!result.ok) throw new Error('expected a withdrawal');
    expectTarifkitError(() => withdrawAddOn(result.account, { bookingId: 'users#1', on: '2026-03-11' }), 'ALREADY_ENDED', 'request.bookingId');
  });

  it('refuses a bad holiday list (INVALID_HOLIDAYS), a bad day (INVALID_DATE) and a day out of sequence (OUT_OF_SEQUENCE)', () => {
    const account = bookedOnSaturday();
    expectTarifkitError(() => withdrawAddOn(account, { bookingId: 'users#1', on: '2026-03-10' }, { holidays: ['2026-13-01'] }), 'INVALID_HOLIDAYS');
    expectTarifkitError(() => withdrawAddOn(account, { bookingId: 'users#1', on: '10.03.2026' }), 'INVALID_DATE', 'request.on');
    expectTarifkitError(() => withdrawAddOn(account, { bookingId: 'users#1', on: '2026-03-06' }), 'OUT_OF_SEQUENCE', 'request.on');
  });

  it('property (R13, R16): the total billed for a withdrawn booking is zero, whatever happened in between (quantity changes, period closes)', () => {
    fc.assert(
      fc.property(
        accountArb,
        fc.array(stepArb, { maxLength: 6 }),
        fc.nat(400),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 4 }), quantity: fc.integer({ min: 1, max: 9 }) }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 14 }),
        (start, noise, offset, quantity, changes, withdrawAfter) => {
          // Other bookings of add-on "b" around it; the withdrawn booking is the only one of "a".
          const noiseSteps = noise.map((step) => (step.kind === 'book' ? { ...step, addOn: 'b' as const } : step));
          const before = runScript(start, noiseSteps.filter((s) => s.kind !== 'withdraw' && s.kind !== 'change' && s.kind !== 'cancel'));
          const closes: AddOnPeriodClose[] = [...before.closes];
          let account = before.account;
          const span = account.paidThroughDay - account.lastChangeDay;
          const bookDay = account.lastChangeDay + (offset % span);
          const booked = bookAddOn(account, { addOnId: 'a', quantity, on: iso(bookDay) });
          account = booked.account;
          const lastDay = withdrawalWindow(iso(bookDay)).last;
          const lastEpoch = dayOf(lastDay.toString());
          let day = bookDay;
          for (const change of changes) {
            if (day + change.gap > lastEpoch) break;
            day += change.gap;
            account = closeDue(account, day, closes);
            account = changeAddOnQuantity(account, { bookingId: booked.bookingId, quantity: change.quantity, on: iso(day) }).account;
          }
          const withdrawDay = Math.min(Math.max(day, bookDay + withdrawAfter), lastEpoch);
          account = closeDue(account, withdrawDay, closes);
          const result = withdrawAddOn(account, { bookingId: booked.bookingId, on: iso(withdrawDay) });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          account = result.account;
          // Nothing of it waits on the collective invoice but credit notes that cancel what was invoiced.
          const billedBefore = sumCents(closes.flatMap((c) => c.lines).filter((l) => l.item.id === 'a'));
          expect(billedBefore + sumCents(result.credits)).toBe(0);
          // Two more regular invoices: the total for the booking is zero, to the cent.
          account = closeDue(account, account.paidThroughDay, closes);
          account = closeDue(account, account.paidThroughDay, closes);
          const all = closes.flatMap((c) => c.lines).filter((l) => l.item.id === 'a');
          expect(sumCents(all)).toBe(0);
          expect(listAddOns(account, iso(account.lastChangeDay)).find((r) => r.addOnId === 'a')!.status.kind).toBe('withdrawn');
        },
      ),
      RUNS,
    );
  });

  it('property: a withdrawal after the window\'s last day is refused with that day, and the account is left as it was', () => {
    fc.assert(
      fc.property(accountArb, fc.nat(400), fc.integer({ min: 1, max: 20 }), (start, offset, late) => {
        const span = start.paidThroughDay - start.lastChangeDay;
        const bookDay = start.lastChangeDay + (offset % span);
        const booked = bookAddOn(start, { addOnId: 'a', quantity: 1, on: iso(bookDay) }).account;
        const last = dayOf(withdrawalWindow(iso(bookDay)).last.toString());
        const closes: AddOnPeriodClose[] = [];
        const account = closeDue(booked, last + late, closes);
        const snapshot = JSON.stringify(account);
        const result = withdrawAddOn(account, { bookingId: 'a#1', on: iso(last + late) });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.windowEnd.toString()).toBe(iso(last));
        expect(JSON.stringify(account)).toBe(snapshot);
      }),
      RUNS,
    );
  });
});
