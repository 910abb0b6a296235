/**
 * Whether a withdrawal is still in time (R13, R16): a value either way, the
 * refusal in the one refusal shape with the last day of the window.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkWithdrawal, withdrawalWindow } from '../../src/index.js';
import { expectTarifkitError, isoDateArb, RUNS } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

describe('checkWithdrawal', () => {
  it('allows the booking day itself and every day through the last one, with the window', () => {
    expect(checkWithdrawal('2026-03-07', '2026-03-07')).toStrictEqual({ ok: true, window: { start: '2026-03-08', end: '2026-03-24' } });
    expect(checkWithdrawal('2026-03-07', '2026-03-23')).toStrictEqual({ ok: true, window: { start: '2026-03-08', end: '2026-03-24' } });
  });

  it('refuses the day after the window with WITHDRAWAL_WINDOW_CLOSED and the last day, as a value in the refusal shape', () => {
    expect(checkWithdrawal('2026-03-07', '2026-03-24')).toStrictEqual({
      ok: false,
      reason: 'WITHDRAWAL_WINDOW_CLOSED',
      allowedFrom: null,
      details: { bookedOn: '2026-03-07', lastDay: '2026-03-23' },
    });
  });

  it('uses the holiday calendar for the refusal too', () => {
    const easter = { holidays: ['2026-04-03', '2026-04-06'] };
    expect(checkWithdrawal('2026-03-20', '2026-04-07', easter).ok).toBe(true);
    expect(checkWithdrawal('2026-03-20', '2026-04-08', easter)).toMatchObject({ ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', details: { lastDay: '2026-04-07' } });
    // The nationwide holidays count without a list (R30): 2026-04-04 and 2026-04-07 are in time.
    expect(checkWithdrawal('2026-03-20', '2026-04-04').ok).toBe(true);
    expect(checkWithdrawal('2026-03-20', '2026-04-07').ok).toBe(true);
    expect(checkWithdrawal('2026-03-20', '2026-04-08')).toStrictEqual({
      ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', allowedFrom: null, details: { bookedOn: '2026-03-20', lastDay: '2026-04-07' },
    });
  });

  it("takes a state's own holidays: Repentance Day 2026-11-18 in Saxony (R30)", () => {
    expect(checkWithdrawal('2026-11-04', '2026-11-19', { state: 'SN' }).ok).toBe(true);
    expect(checkWithdrawal('2026-11-04', '2026-11-19', { state: 'DE-SN' }).ok).toBe(true);
    expect(checkWithdrawal('2026-11-04', '2026-11-19')).toMatchObject({ ok: false, details: { lastDay: '2026-11-18' } });
    expectTarifkitError(() => checkWithdrawal('2026-11-04', '2026-11-19', { state: 'DE-XX' as never }), 'INVALID_STATE', 'options.state');
  });

  it('takes PlainDates', () => {
    expect(checkWithdrawal(Temporal.PlainDate.from('2026-03-07'), Temporal.PlainDate.from('2026-03-23')).ok).toBe(true);
  });

  it('refuses a request before the booking with END_BEFORE_START naming requestedOn', () => {
    expectTarifkitError(() => checkWithdrawal('2026-03-07', '2026-03-06'), 'END_BEFORE_START', 'requestedOn');
  });

  it('refuses invalid dates and holiday lists naming the field', () => {
    expectTarifkitError(() => checkWithdrawal('2026-03-32', '2026-03-06'), 'INVALID_DATE', 'bookedOn');
    expectTarifkitError(() => checkWithdrawal('2026-03-07', 'tomorrow'), 'INVALID_DATE', 'requestedOn');
    expectTarifkitError(() => checkWithdrawal('2026-03-07', '2026-03-08', { holidays: [42 as never] }), 'INVALID_HOLIDAYS', 'options.holidays.0');
    expectTarifkitError(() => checkWithdrawal('2026-03-07', '2026-03-08', 'none' as never), 'INVALID_ARGUMENT', 'options');
  });

  it('property: a request is allowed exactly when it lies between the booking day and the window\'s last day', () => {
    fc.assert(fc.property(isoDateArb(1950, 2150), fc.integer({ min: 0, max: 40 }), (booked, after) => {
      const requested = Temporal.PlainDate.from(booked).add({ days: after });
      const window = withdrawalWindow(booked);
      const check = checkWithdrawal(booked, requested);
      const inside = requested.toString() < window.end;
      expect(check.ok).toBe(inside);
      if (check.ok) expect(check.window).toStrictEqual(window);
      else expect(check).toStrictEqual({
        ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', allowedFrom: null,
        details: { bookedOn: booked, lastDay: Temporal.PlainDate.from(window.end).subtract({ days: 1 }).toString() },
      });
    }), RUNS);
  });
});
