import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advancePrepaid, bookPrepaid, explainRefusal, openPrepaidAccount, revive, topUp, withdrawPrepaid,
  type PrepaidAccount, type PrepaidBookOptions, type PrepaidOffer,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { BASIC_S, dayOfText, iso, SMS_FLAT } from '../arbitraries/prepaid.js';

/** Prepaid Basic S on a 30-day cycle: 9,99 € per 30 days. */
const BASIC_S_30: PrepaidOffer = { ...BASIC_S, cycleDays: 30 };

/** An account topped up with `cents` and `offer` booked on `on`. */
function booked(offer: PrepaidOffer, on: string, cents: number, options?: PrepaidBookOptions): PrepaidAccount {
  const result = bookPrepaid(topUp(openPrepaidAccount(on), cents, on).account, offer, on, options);
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

function stored(account: PrepaidAccount): PrepaidAccount {
  return revive(JSON.parse(JSON.stringify(account)), 'prepaidAccount');
}

describe('withdrawPrepaid (R13, R31)', () => {
  it('after an early start keeps the used days pro rata: 6 of 30 days of 9,99 € are 2,00 €, 7,99 € go back', () => {
    const account = deepFreeze(booked(BASIC_S_30, '2026-03-19', 2000, { earlyStart: true }));
    expect(account.balanceCents).toBe(1001);
    expect(account.items[0]).toMatchObject({ status: 'active', earlyStart: true });
    const step = withdrawPrepaid(account, 'basic-s', '2026-03-25');
    if (!step.ok) throw new Error(step.reason);
    expect(step.lines).toHaveLength(1);
    expect(step.lines[0]).toMatchObject({
      reason: 'withdrawalCredit', cents: -799, ref: 'basic-s',
      range: { start: '2026-03-25', end: '2026-04-18' }, period: { start: '2026-03-19', end: '2026-04-18' },
    });
    expect(step.account.balanceCents).toBe(1800);
    expect(step.account.chargesCents).toBe(200);
    expect(step.account.topUpsCents).toBe(2000);
    expect(step.account.ledger.at(-1)).toEqual({ type: 'withdrawalCredit', on: '2026-03-25', cents: 799, balanceAfterCents: 1800, itemId: 'basic-s' });
    expect(step.account.items[0]).toEqual({
      kind: 'package', id: 'basic-s', offer: BASIC_S_30, cycleDays: 30, bookedOn: '2026-03-19',
      period: { start: '2026-03-19', end: '2026-04-18' }, periodsPaid: 1, status: 'ended', endedFrom: '2026-03-25', withdrawnOn: '2026-03-25', earlyStart: true,
    });
    expect(step.account.advancedTo).toBe('2026-03-24');
    // Its renewals stop: nothing is charged later.
    const later = advancePrepaid(step.account, '2026-06-30');
    expect(later.lines).toEqual([]);
    expect(later.notices).toEqual([]);
    expect(later.account.balanceCents).toBe(1800);
  });

  it('without an early start credits everything paid, on the booking day too', () => {
    const account = booked(BASIC_S_30, '2026-03-19', 2000);
    expect('earlyStart' in account.items[0]! || 'instructed' in account.items[0]!).toBe(false);
    const step = withdrawPrepaid(account, 'basic-s', '2026-03-25');
    expect(step.ok && step.lines.map((line) => line.cents)).toEqual([-999]);
    expect(step.ok && step.account.balanceCents).toBe(2000);
    expect(step.ok && step.account.chargesCents).toBe(0);
    const sameDay = withdrawPrepaid(booked(BASIC_S_30, '2026-03-19', 2000, { earlyStart: true }), 'basic-s', '2026-03-19');
    // An early start, withdrawn on the booking day: no day used.
    expect(sameDay.ok && sameDay.lines.map((line) => line.cents)).toEqual([-999]);
    expect(sameDay.ok && sameDay.account.items[0]).toMatchObject({ endedFrom: '2026-03-19', withdrawnOn: '2026-03-19' });
  });

  it('keeps 14 of 28 days after an early start, withdrawn on the last day: 1,50 € of a 3,00 € option', () => {
    const account = booked(SMS_FLAT, '2026-03-05', 1000, { kind: 'option', earlyStart: true });
    // 14 days from 2026-03-05: Thursday 2026-03-19.
    const step = withdrawPrepaid(account, 'sms', '2026-03-19');
    // 300 × 14/28 = 150 kept; 150 back.
    expect(step.ok && step.lines.map((line) => line.cents)).toEqual([-150]);
    expect(step.ok && step.account.balanceCents).toBe(850);
    const late = withdrawPrepaid(account, 'sms', '2026-03-20');
    expect(late).toEqual({ ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', allowedFrom: null, details: { bookingId: 'sms', bookedOn: '2026-03-05', lastDay: '2026-03-19' } });
  });

  it('moves the last day past weekends and public holidays: Good Friday to the Tuesday after Easter', () => {
    // 14 days from 2026-03-20: Good Friday 2026-04-03; Saturday, Sunday, Easter Monday follow.
    const account = booked(BASIC_S, '2026-03-20', 2000);
    expect(withdrawPrepaid(account, 'basic-s', '2026-04-07').ok).toBe(true);
    const late = withdrawPrepaid(account, 'basic-s', '2026-04-08');
    expect(!late.ok && late.details).toEqual({ bookingId: 'basic-s', bookedOn: '2026-03-20', lastDay: '2026-04-07' });
    expect(!late.ok && explainRefusal(late, 'en')).toContain('2026-04-07');
  });

  it('counts the state\'s holidays and more holidays from the options', () => {
    // 14 days from 2026-05-21: Corpus Christi 2026-06-04, a holiday in Bavaria, not nationwide.
    const account = booked(BASIC_S, '2026-05-21', 2000);
    const plain = withdrawPrepaid(account, 'basic-s', '2026-06-05');
    expect(!plain.ok && plain.details.lastDay).toBe('2026-06-04');
    expect(withdrawPrepaid(account, 'basic-s', '2026-06-05', { state: 'BY' }).ok).toBe(true);
    const bavaria = withdrawPrepaid(account, 'basic-s', '2026-06-08', { state: 'BY' });
    expect(!bavaria.ok && bavaria.details.lastDay).toBe('2026-06-05');
    expect(withdrawPrepaid(account, 'basic-s', '2026-06-08', { state: 'DE-BY', holidays: ['2026-06-05'] }).ok).toBe(true);
  });

  it('without a proper instruction: 12 months and 14 days, everything paid back even after an early start and a lapse', () => {
    // 20 €: the booking (9,99 €) and one renewal on 2026-04-16 (9,99 €); it lapses on 2026-05-14 (2 ct left).
    const account = booked(BASIC_S, '2026-03-19', 2000, { instructed: false, earlyStart: true });
    expect(account.items[0]).toMatchObject({ instructed: false, earlyStart: true });
    const lapsed = advancePrepaid(account, '2027-04-01').account;
    expect(lapsed.items[0]).toMatchObject({ status: 'lapsed', lapsedFrom: '2026-05-14', instructed: false, earlyStart: true });
    expect(lapsed.balanceCents).toBe(2);
    // Booked 2026-03-19: the window ends on Friday 2027-04-02.
    const step = withdrawPrepaid(lapsed, 'basic-s', '2027-04-02');
    if (!step.ok) throw new Error(step.reason);
    expect(step.lines.map((line) => [line.reason, line.cents, line.range?.start])).toEqual([
      ['withdrawalCredit', -999, '2026-03-19'],
      ['withdrawalCredit', -999, '2026-04-16'],
    ]);
    expect(step.account.balanceCents).toBe(2000);
    expect(step.account.items[0]).toMatchObject({ status: 'ended', endedFrom: '2026-05-14', withdrawnOn: '2027-04-02' });
    const late = withdrawPrepaid(lapsed, 'basic-s', '2027-04-03');
    expect(!late.ok && late.details.lastDay).toBe('2027-04-02');
  });

  it('settles the renewals due before the day first and credits them too', () => {
    // Uninstructed, 50 €: renewals on 2026-04-16 and 2026-05-14 are due before 2026-05-20.
    const account = booked(BASIC_S, '2026-03-19', 5000, { instructed: false });
    const step = withdrawPrepaid(account, 'basic-s', '2026-05-20');
    if (!step.ok) throw new Error(step.reason);
    expect(step.lines.map((line) => [line.reason, line.cents])).toEqual([
      ['renewal', 999], ['renewal', 999], ['withdrawalCredit', -999], ['withdrawalCredit', -999], ['withdrawalCredit', -999],
    ]);
    expect(step.account.balanceCents).toBe(5000);
    expect(step.account.items[0]).toMatchObject({ status: 'ended', endedFrom: '2026-05-20', periodsPaid: 3, period: { start: '2026-05-14', end: '2026-06-11' } });
  });

  it('leaves other items alone, and the id can be booked again', () => {
    const withBoth = bookPrepaid(booked(BASIC_S, '2026-03-05', 3000), SMS_FLAT, '2026-03-06', { kind: 'option' });
    if (!withBoth.ok) throw new Error(withBoth.reason);
    const step = withdrawPrepaid(withBoth.account, 'sms', '2026-03-10');
    if (!step.ok) throw new Error(step.reason);
    expect(step.account.items.map((item) => item.status)).toEqual(['active', 'ended']);
    expect(step.account.balanceCents).toBe(3000 - 999);
    const again = bookPrepaid(step.account, SMS_FLAT, '2026-03-10', { kind: 'option' });
    expect(again.ok && again.item).toMatchObject({ bookedOn: '2026-03-10', status: 'active' });
    expect(again.ok && 'withdrawnOn' in again.account.items[1]!).toBe(false);
    // A package withdrawn: another package can be booked at once.
    const pkg = withdrawPrepaid(withBoth.account, 'basic-s', '2026-03-10');
    expect(pkg.ok && bookPrepaid(pkg.account, BASIC_S_30, '2026-03-11').ok).toBe(true);
    // The day after the withdrawal: an action on the same day after advancing still works.
    const advanced = advancePrepaid(step.account, '2026-03-12').account;
    expect(topUp(advanced, 100, '2026-03-12').account.balanceCents).toBe(3000 - 999 + 100);
  });

  it('reads back from storage byte for byte, with the flags only where set', () => {
    const account = booked(BASIC_S_30, '2026-03-19', 2000, { earlyStart: true, instructed: true });
    const step = withdrawPrepaid(account, 'basic-s', '2026-03-25');
    if (!step.ok) throw new Error(step.reason);
    for (const value of [account, step.account, booked(BASIC_S, '2026-03-19', 2000, { instructed: false })]) {
      const read = stored(value);
      expect(JSON.stringify(read)).toBe(JSON.stringify(value));
    }
    // A stored copy behaves as the original: withdrawn twice is refused, the same way.
    expectTarifkitError(() => withdrawPrepaid(stored(step.account), 'basic-s', '2026-03-26'), 'ALREADY_ENDED', 'bookingId');
    expect(withdrawPrepaid(stored(account), 'basic-s', '2026-03-25')).toEqual(withdrawPrepaid(account, 'basic-s', '2026-03-25'));
  });

  it('rejects inconsistent stored withdrawals and flags', () => {
    const step = withdrawPrepaid(booked(BASIC_S, '2026-03-19', 2000, { earlyStart: true }), 'basic-s', '2026-03-25');
    if (!step.ok) throw new Error(step.reason);
    const json = JSON.parse(JSON.stringify(step.account)) as { items: Record<string, unknown>[]; ledger: Record<string, unknown>[]; chargesCents: number };
    expectTarifkitError(() => advancePrepaid({ ...json, items: [{ ...json.items[0], endedFrom: '2026-04-16' }] } as never, '2026-03-30'), 'INVALID_ARGUMENT', 'account.items.0.endedFrom');
    expectTarifkitError(() => advancePrepaid({ ...json, items: [{ ...json.items[0], withdrawnOn: '2026-03-18', endedFrom: '2026-03-18' }] } as never, '2026-03-30'), 'INVALID_ARGUMENT', 'account.items.0.withdrawnOn');
    expectTarifkitError(() => advancePrepaid({ ...json, items: [{ ...json.items[0], earlyStart: false }] } as never, '2026-03-30'), 'INVALID_ARGUMENT', 'account.items.0.earlyStart');
    expectTarifkitError(() => advancePrepaid({ ...json, items: [{ ...json.items[0], instructed: true }] } as never, '2026-03-30'), 'INVALID_ARGUMENT', 'account.items.0.instructed');
    expectTarifkitError(() => advancePrepaid({ ...json, chargesCents: 999 } as never, '2026-03-30'), 'INVALID_ARGUMENT', 'account.balanceCents');
    const ledger = json.ledger.map((entry, i) => (i === 2 ? { ...entry, balanceAfterCents: 1799 } : entry));
    expectTarifkitError(() => advancePrepaid({ ...json, ledger } as never, '2026-03-30'), 'INVALID_ARGUMENT', 'account.ledger.2.balanceAfterCents');
  });

  it('throws UNKNOWN_ID, ALREADY_ENDED, INVALID_ARGUMENT and OUT_OF_ORDER', () => {
    const account = booked(BASIC_S, '2026-03-19', 2000);
    expectTarifkitError(() => withdrawPrepaid(account, 'nope', '2026-03-20'), 'UNKNOWN_ID', 'bookingId');
    expectTarifkitError(() => withdrawPrepaid(account, 42 as never, '2026-03-20'), 'INVALID_ARGUMENT', 'bookingId');
    expectTarifkitError(() => withdrawPrepaid(account, 'basic-s', '2026-03-17'), 'OUT_OF_ORDER', 'on');
    expectTarifkitError(() => withdrawPrepaid(account, 'basic-s', '2026-03-20', { state: 'XX' } as never), 'INVALID_STATE');
    expectTarifkitError(() => withdrawPrepaid(account, 'basic-s', '2026-03-20', null as never), 'INVALID_ARGUMENT');
    const once = withdrawPrepaid(account, 'basic-s', '2026-03-20');
    if (!once.ok) throw new Error(once.reason);
    expectTarifkitError(() => withdrawPrepaid(once.account, 'basic-s', '2026-03-21'), 'ALREADY_ENDED', 'bookingId');
    expectTarifkitError(() => bookPrepaid(account, SMS_FLAT, '2026-03-20', { kind: 'option', earlyStart: 'yes' } as never), 'INVALID_ARGUMENT', 'options.earlyStart');
    expectTarifkitError(() => bookPrepaid(account, SMS_FLAT, '2026-03-20', { kind: 'option', instructed: 0 } as never), 'INVALID_ARGUMENT', 'options.instructed');
  });

  it('property: kept + credited = paid, to the cent; balance after = balance before + credited', () => {
    fc.assert(fc.property(
      fc.integer({ min: dayOfText('2026-01-01'), max: dayOfText('2030-12-31') }),
      fc.constantFrom<28 | 30>(28, 30),
      fc.integer({ min: 0, max: 99_999 }),
      fc.boolean(),
      fc.boolean(),
      fc.integer({ min: 0, max: 400 }),
      (bookedDay, cycleDays, unitCents, instructed, earlyStart, offset) => {
        const offer: PrepaidOffer = { id: 'p', name: 'Paket', unitCents, vatRate: 19, cycleDays };
        const on = iso(bookedDay);
        const account = booked(offer, on, unitCents * 20, { instructed, earlyStart });
        const day = bookedDay + offset;
        // Advanced to the day before: no renewal is left to settle before the withdrawal.
        const before = offset === 0 ? account : advancePrepaid(account, iso(day - 1)).account;
        const step = withdrawPrepaid(before, 'p', iso(day));
        const windowEnd = instructed ? bookedDay + 14 : bookedDay + 366 + 14;
        if (!step.ok) {
          expect(step.reason).toBe('WITHDRAWAL_WINDOW_CLOSED');
          expect(day).toBeGreaterThan(bookedDay + 14);
          return;
        }
        // At most a few days past weekends and holidays (Easter: Friday to Tuesday).
        expect(day).toBeLessThanOrEqual(windowEnd + 6);
        const paid = before.ledger.reduce((sum, entry) => sum + (entry.type === 'charge' ? entry.cents : 0), 0);
        const credited = 0 - step.lines.reduce((sum, line) => sum + line.cents, 0) || 0;
        const kept = step.account.chargesCents;
        expect(kept + credited).toBe(paid);
        expect(step.account.balanceCents).toBe(before.balanceCents + credited);
        expect(step.account.ledger.at(-1)).toMatchObject({ type: 'withdrawalCredit', cents: credited });
        if (instructed && earlyStart) {
          // The used days' pro-rata value, rounded half up.
          expect(kept).toBe(Math.round((unitCents * offset) / cycleDays));
        } else {
          expect(kept).toBe(0);
        }
      },
    ), RUNS);
  });

  it('booked again on the day of a withdrawal and withdrawn again: only the 9,99 € of the new booking go back, the account reads back', () => {
    const first = withdrawPrepaid(booked(BASIC_S_30, '2026-03-19', 2000), 'basic-s', '2026-03-19');
    if (!first.ok) throw new Error(first.reason);
    expect([first.account.balanceCents, first.account.chargesCents]).toEqual([2000, 0]);
    const again = bookPrepaid(first.account, BASIC_S_30, '2026-03-19');
    if (!again.ok) throw new Error(again.reason);
    expect(again.account.balanceCents).toBe(1001);
    const second = withdrawPrepaid(again.account, 'basic-s', '2026-03-20');
    if (!second.ok) throw new Error(second.reason);
    expect(second.lines.map((line) => line.cents)).toEqual([-999]);
    expect([second.account.balanceCents, second.account.chargesCents]).toEqual([2000, 0]);
    expect(JSON.stringify(stored(second.account))).toBe(JSON.stringify(second.account));
  });
});
