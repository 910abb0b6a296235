/**
 * The withdrawal window without a proper instruction (§356(3) BGB, R31): 12 months and
 * 14 days. The 12 months run from the end of the 14-day period (Art. 10(1) of Directive
 * 2011/83/EU), to the day of the same number, or the month's last day (§188(2), (3) BGB);
 * §193 BGB then moves a last day on a weekend or holiday, as for the 14-day window.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWithdrawal, withdrawalWindow } from '../../src/index.js';
import { expectTarifkitError, isoDateArb, RUNS } from '../arbitraries/core.js';

const lastDay = (window: { end: string }): string => Temporal.PlainDate.from(window.end).subtract({ days: 1 }).toString();

describe('withdrawalWindow without a proper instruction (§356(3) BGB)', () => {
  it('booked 2026-03-19: the window ends 2027-04-02; with the instruction 2026-04-02', () => {
    expect(withdrawalWindow('2026-03-19', { instructed: false })).toStrictEqual({ start: '2026-03-20', end: '2027-04-03' });
    expect(withdrawalWindow('2026-03-19', { instructed: true })).toStrictEqual({ start: '2026-03-20', end: '2026-04-03' });
    expect(withdrawalWindow('2026-03-19')).toStrictEqual({ start: '2026-03-20', end: '2026-04-03' });
  });

  it('counts the 12 months from the 14th day: a 14th day of 29 February ends on 28 February (§188(3) BGB)', () => {
    // Booked 2028-02-15: day 14 is 2028-02-29; 2029 has no 29 February, so the last day is Wednesday 2029-02-28.
    expect(lastDay(withdrawalWindow('2028-02-15', { instructed: false }))).toBe('2029-02-28');
    // Booked 2027-02-15: day 14 is 2027-03-01, twelve months on Wednesday 2028-03-01 (not the 29 February before it).
    expect(lastDay(withdrawalWindow('2027-02-15', { instructed: false }))).toBe('2028-03-01');
  });

  it('moves a last day on a weekend to the Monday (§193 BGB)', () => {
    // Booked Saturday 2026-03-07: the 14th day is Saturday 2026-03-21; 2027-03-21 is a Sunday.
    expect(lastDay(withdrawalWindow('2026-03-07', { instructed: false }))).toBe('2027-03-22');
  });

  it('checkWithdrawal: in time on the last day, refused the day after with that last day', () => {
    expect(checkWithdrawal('2026-03-19', '2027-04-02', { instructed: false })).toStrictEqual({ ok: true, window: { start: '2026-03-20', end: '2027-04-03' } });
    expect(checkWithdrawal('2026-03-19', '2027-04-03', { instructed: false })).toStrictEqual({
      ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', allowedFrom: null, details: { bookedOn: '2026-03-19', lastDay: '2027-04-02' },
    });
    const instructed = checkWithdrawal('2026-03-19', '2026-04-03');
    expect(instructed.ok ? null : instructed.details.lastDay).toBe('2026-04-02');
  });

  it('the last day is the 14th day twelve months on (as Temporal adds months), or the first working day after it', () => {
    fc.assert(fc.property(isoDateArb(1900, 2200), (bookedOn) => {
      const unshifted = Temporal.PlainDate.from(bookedOn).add({ days: 14 }).add({ months: 12 });
      const last = Temporal.PlainDate.from(lastDay(withdrawalWindow(bookedOn, { instructed: false })));
      const moved = unshifted.until(last).days;
      expect(moved).toBeGreaterThanOrEqual(0);
      expect(moved).toBeLessThanOrEqual(6);
      expect(last.dayOfWeek).toBeLessThanOrEqual(5);
      // The window without instruction holds the one with it: same start, a later end.
      const short = withdrawalWindow(bookedOn);
      const long = withdrawalWindow(bookedOn, { instructed: false });
      expect(long.start).toBe(short.start);
      expect(long.end > short.end).toBe(true);
    }), RUNS);
  });

  it('refuses an instructed flag that is no boolean with INVALID_ARGUMENT naming options.instructed', () => {
    expectTarifkitError(() => withdrawalWindow('2026-03-19', { instructed: 'no' as never }), 'INVALID_ARGUMENT', 'options.instructed');
    expectTarifkitError(() => checkWithdrawal('2026-03-19', '2026-03-20', { instructed: 0 as never }), 'INVALID_ARGUMENT', 'options.instructed');
  });

  it('refuses a window that would end after 9999-12-31 with DATE_OUT_OF_RANGE naming bookedOn', () => {
    expectTarifkitError(() => withdrawalWindow('9998-12-20', { instructed: false }), 'DATE_OUT_OF_RANGE', 'bookedOn');
    expect(withdrawalWindow('9998-12-01', { instructed: false }).end).toBe('9999-12-16');
  });
});
