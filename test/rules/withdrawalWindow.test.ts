/**
 * The 14-day withdrawal window (R13, R16): §187 BGB (the booking day does not count)
 * and §193 BGB (a last day on a Saturday, Sunday or holiday moves to the next working day).
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWithdrawal, withdrawalWindow } from '../../src/index.js';
import { deepFreeze, expectTarifkitError, isoDateArb, RUNS } from '../arbitraries/core.js';

describe('withdrawalWindow', () => {
  it('does not count the booking day: booked on the 1st, the 14th day is the 15th (§187 BGB)', () => {
    // 2026-07-01 is a Wednesday; 2026-07-15 too.
    const window = withdrawalWindow('2026-07-01');
    expect(window.start.toString()).toBe('2026-07-02');
    expect(window.last.toString()).toBe('2026-07-15');
    expect(window.end.toString()).toBe('2026-07-16');
    expect(window.days).toBe(14);
  });

  it('moves a last day on a Saturday to the Monday (§193 BGB)', () => {
    // Booked Saturday 2026-03-07: day 14 is Saturday 2026-03-21.
    expect(withdrawalWindow('2026-03-07').last.toString()).toBe('2026-03-23');
    expect(withdrawalWindow('2026-03-07').days).toBe(16);
  });

  it('moves a last day on a Sunday to the Monday (§193 BGB)', () => {
    // Booked Sunday 2026-03-01: day 14 is Sunday 2026-03-15.
    expect(withdrawalWindow('2026-03-01').last.toString()).toBe('2026-03-16');
  });

  it('moves a last day on a holiday, and keeps moving over a weekend and the next holiday', () => {
    // Booked 2026-03-20: day 14 is Good Friday 2026-04-03; Sat, Sun, Easter Monday follow.
    const easter = ['2026-04-03', '2026-04-06'];
    expect(withdrawalWindow('2026-03-20').last.toString()).toBe('2026-04-03');
    expect(withdrawalWindow('2026-03-20', { holidays: easter }).last.toString()).toBe('2026-04-07');
    // Christmas 2026: booked 2026-12-11, day 14 is Friday 2026-12-25, then 26th (Sat), 27th (Sun).
    const christmas = [Temporal.PlainDate.from('2026-12-25'), '2026-12-26'];
    expect(withdrawalWindow('2026-12-11', { holidays: christmas }).last.toString()).toBe('2026-12-28');
  });

  it('ignores holidays that are not the last day', () => {
    expect(withdrawalWindow('2026-07-01', { holidays: ['2026-07-10', '2026-07-16'] }).last.toString()).toBe('2026-07-15');
  });

  it('rejects an invalid booking day with INVALID_DATE naming bookedOn', () => {
    expectTarifkitError(() => withdrawalWindow('2026-02-29'), 'INVALID_DATE', 'bookedOn');
    expectTarifkitError(() => withdrawalWindow('1.3.2026'), 'INVALID_DATE', 'bookedOn');
  });

  it('rejects a holiday list that is not a list of ISO dates with INVALID_HOLIDAYS', () => {
    expectTarifkitError(() => withdrawalWindow('2026-03-01', { holidays: '2026-04-03' as never }), 'INVALID_HOLIDAYS', 'options.holidays');
    expectTarifkitError(() => withdrawalWindow('2026-03-01', { holidays: ['2026-04-03', '2026-13-01'] }), 'INVALID_HOLIDAYS', 'options.holidays[1]');
    expectTarifkitError(() => withdrawalWindow('2026-03-01', { holidays: [null as never] }), 'INVALID_HOLIDAYS', 'options.holidays[0]');
  });

  it('does not mutate the holiday list', () => {
    const holidays = deepFreeze(['2026-04-03', '2026-04-06']);
    expect(withdrawalWindow('2026-03-20', { holidays }).last.toString()).toBe('2026-04-07');
    expect(holidays).toEqual(['2026-04-03', '2026-04-06']);
  });

  it('property: the last day is a working day at least 14 days after booking, and every day skipped is a weekend or holiday', () => {
    const holidayArb = fc.uniqueArray(fc.integer({ min: 10, max: 24 }), { maxLength: 6 });
    fc.assert(fc.property(isoDateArb(1950, 2150), holidayArb, (booked, offsets) => {
      const bookedOn = Temporal.PlainDate.from(booked);
      const holidays = offsets.map((o) => bookedOn.add({ days: o }).toString());
      const window = withdrawalWindow(booked, { holidays });
      expect(window.start.equals(bookedOn.add({ days: 1 }))).toBe(true);
      const fourteenth = bookedOn.add({ days: 14 });
      expect(Temporal.PlainDate.compare(window.last, fourteenth)).toBeGreaterThanOrEqual(0);
      const isOff = (d: Temporal.PlainDate): boolean => d.dayOfWeek >= 6 || holidays.includes(d.toString());
      expect(isOff(window.last)).toBe(false);
      for (let d = fourteenth; Temporal.PlainDate.compare(d, window.last) < 0; d = d.add({ days: 1 })) {
        expect(isOff(d)).toBe(true);
      }
    }), RUNS);
  }, 120_000);
});

describe('checkWithdrawal', () => {
  it('allows the booking day itself and every day through the last one', () => {
    expect(checkWithdrawal('2026-03-07', '2026-03-07')).toMatchObject({ ok: true });
    const onLastDay = checkWithdrawal('2026-03-07', '2026-03-23');
    expect(onLastDay.ok).toBe(true);
    if (onLastDay.ok) expect(onLastDay.window.last.toString()).toBe('2026-03-23');
  });

  it('refuses the day after the window with WITHDRAWAL_WINDOW_CLOSED and the last day, as a value', () => {
    const late = checkWithdrawal('2026-03-07', '2026-03-24');
    expect(late.ok).toBe(false);
    if (!late.ok) {
      expect(late.reason).toBe('WITHDRAWAL_WINDOW_CLOSED');
      expect(late.windowEnd.toString()).toBe('2026-03-23');
      expect(late.allowedFrom).toBeNull();
    }
  });

  it('uses the holiday calendar for the refusal too', () => {
    const late = checkWithdrawal('2026-03-20', '2026-04-07', { holidays: ['2026-04-03', '2026-04-06'] });
    expect(late.ok).toBe(true);
    const later = checkWithdrawal('2026-03-20', '2026-04-08', { holidays: ['2026-04-03', '2026-04-06'] });
    expect(later).toMatchObject({ ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED' });
    if (!later.ok) expect(later.windowEnd.toString()).toBe('2026-04-07');
  });

  it('rejects a request before the booking with END_BEFORE_START naming requestedOn', () => {
    expectTarifkitError(() => checkWithdrawal('2026-03-07', '2026-03-06'), 'END_BEFORE_START', 'requestedOn');
  });

  it('rejects invalid dates naming the field', () => {
    expectTarifkitError(() => checkWithdrawal('2026-03-32', '2026-03-06'), 'INVALID_DATE', 'bookedOn');
    expectTarifkitError(() => checkWithdrawal('2026-03-07', 'tomorrow'), 'INVALID_DATE', 'requestedOn');
    expectTarifkitError(() => checkWithdrawal('2026-03-07', '2026-03-08', { holidays: [42 as never] }), 'INVALID_HOLIDAYS');
  });

  it('property: a request is allowed exactly when it lies between the booking day and the window\'s last day', () => {
    fc.assert(fc.property(isoDateArb(1950, 2150), fc.integer({ min: 0, max: 40 }), (booked, after) => {
      const requested = Temporal.PlainDate.from(booked).add({ days: after });
      const window = withdrawalWindow(booked);
      const check = checkWithdrawal(booked, requested);
      const inside = Temporal.PlainDate.compare(requested, window.last) <= 0;
      expect(check.ok).toBe(inside);
      if (check.ok) expect(String(check.window)).toBe(String(window));
      else expect(check.windowEnd.equals(window.last)).toBe(true);
    }), RUNS);
  }, 120_000);
});
