/**
 * The 14-day withdrawal window (R13, R16): §187 BGB (the booking day does not count)
 * and §193 BGB (a last day on a Saturday, Sunday or holiday moves to the next working day).
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { daysIn, germanHolidays, TarifkitError, withdrawalWindow, type WithdrawalOptions } from '../../src/index.js';
import { deepFreeze, expectTarifkitError, isoDateArb, RUNS } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

/** The last day of a window: the day before its exclusive end. */
const lastDay = (window: { end: string }): string => Temporal.PlainDate.from(window.end).subtract({ days: 1 }).toString();

describe('withdrawalWindow', () => {
  it('does not count the booking day: booked on the 1st, the 14th day is the 15th (§187 BGB)', () => {
    // 2026-07-01 is a Wednesday; 2026-07-15 too.
    const window = withdrawalWindow('2026-07-01');
    expect(window).toStrictEqual({ start: '2026-07-02', end: '2026-07-16' });
    expect(daysIn(window)).toBe(14);
  });

  it('moves a last day on a Saturday to the Monday (§193 BGB)', () => {
    // Booked Saturday 2026-03-07: day 14 is Saturday 2026-03-21.
    expect(withdrawalWindow('2026-03-07')).toStrictEqual({ start: '2026-03-08', end: '2026-03-24' });
    expect(daysIn(withdrawalWindow('2026-03-07'))).toBe(16);
  });

  it('moves a last day on a Sunday to the Monday (§193 BGB)', () => {
    // Booked Sunday 2026-03-01: day 14 is Sunday 2026-03-15.
    expect(lastDay(withdrawalWindow('2026-03-01'))).toBe('2026-03-16');
  });

  it('moves a last day on a holiday, and keeps moving over a weekend and the next holiday', () => {
    // Booked 2026-03-20: day 14 is Good Friday 2026-04-03; Sat, Sun, Easter Monday follow.
    // The nationwide holidays count without being asked (R30): the last day is Tuesday 2026-04-07.
    const easter = ['2026-04-03', '2026-04-06'];
    expect(lastDay(withdrawalWindow('2026-03-20'))).toBe('2026-04-07');
    expect(withdrawalWindow('2026-03-20')).toStrictEqual({ start: '2026-03-21', end: '2026-04-08' });
    expect(withdrawalWindow('2026-03-20', { holidays: easter }).end).toBe('2026-04-08');
    // Christmas 2026: booked 2026-12-11, day 14 is Friday 2026-12-25, then 26th (Sat), 27th (Sun).
    const christmas = [Temporal.PlainDate.from('2026-12-25'), '2026-12-26'];
    expect(lastDay(withdrawalWindow('2026-12-11', { holidays: christmas }))).toBe('2026-12-28');
  });

  it("adds a state's own holidays on request, by its short or its full code (R30)", () => {
    // Booked 2026-05-21: day 14 is Thursday 2026-06-04, Corpus Christi in BW, BY, HE, NW, RP, SL.
    expect(lastDay(withdrawalWindow('2026-05-21'))).toBe('2026-06-04');
    expect(lastDay(withdrawalWindow('2026-05-21', { state: 'BY' }))).toBe('2026-06-05');
    expect(lastDay(withdrawalWindow('2026-05-21', { state: 'DE-NW' }))).toBe('2026-06-05');
    expect(lastDay(withdrawalWindow('2026-05-21', { state: 'SN' }))).toBe('2026-06-04');
    // Booked 2027-09-06: day 14 is Monday 2027-09-20, World Children's Day in TH.
    expect(lastDay(withdrawalWindow('2027-09-06', { state: 'TH' }))).toBe('2027-09-21');
    expect(lastDay(withdrawalWindow('2027-09-06', { state: 'BB' }))).toBe('2027-09-20');
    // Booked 2027-10-17: day 14 is Sunday 2027-10-31; Monday 2027-11-01 is All Saints' in BW.
    expect(lastDay(withdrawalWindow('2027-10-17', { state: 'BW' }))).toBe('2027-11-02');
    expect(lastDay(withdrawalWindow('2027-10-17', { state: 'BE' }))).toBe('2027-11-01');
  });

  it('adds the caller\'s holidays to the built-in ones, never replacing them', () => {
    // Augsburg's Peace Festival (8 August) is no state holiday: a caller in Augsburg adds it.
    // Booked 2030-07-25: day 14 is Thursday 2030-08-08.
    expect(lastDay(withdrawalWindow('2030-07-25', { state: 'BY' }))).toBe('2030-08-08');
    expect(lastDay(withdrawalWindow('2030-07-25', { state: 'BY', holidays: ['2030-08-08'] }))).toBe('2030-08-09');
    // A list without Good Friday still skips it.
    expect(lastDay(withdrawalWindow('2026-03-20', { holidays: ['2026-12-24'] }))).toBe('2026-04-07');
  });

  it('refuses an unknown state with INVALID_STATE naming options.state', () => {
    expectTarifkitError(() => withdrawalWindow('2026-03-01', { state: 'XX' as never }), 'INVALID_STATE', 'options.state');
    expectTarifkitError(() => withdrawalWindow('2026-03-01', { state: 'Bayern' as never }), 'INVALID_STATE', 'options.state');
    expectTarifkitError(() => withdrawalWindow('2026-03-01', { state: null as never }), 'INVALID_STATE', 'options.state');
  });

  it('keeps only weekends and the caller\'s list before 1995, the first year the built-in holidays cover', () => {
    // Booked 1994-12-11: day 14 is Sunday 1994-12-25, then Monday the 26th (no built-in holiday in 1994).
    expect(lastDay(withdrawalWindow('1994-12-11'))).toBe('1994-12-26');
    expect(lastDay(withdrawalWindow('1994-12-11', { holidays: ['1994-12-26'] }))).toBe('1994-12-27');
    expect(lastDay(withdrawalWindow('1995-12-10'))).toBe('1995-12-27');
  });

  it('ignores holidays that are not the last day', () => {
    expect(lastDay(withdrawalWindow('2026-07-01', { holidays: ['2026-07-10', '2026-07-16'] }))).toBe('2026-07-15');
    expect(withdrawalWindow('2026-07-01', { holidays: [] })).toStrictEqual(withdrawalWindow('2026-07-01'));
  });

  it('takes a PlainDate', () => {
    expect(withdrawalWindow(Temporal.PlainDate.from('2026-03-07'))).toStrictEqual(withdrawalWindow('2026-03-07'));
  });

  it('refuses an invalid booking day with INVALID_DATE naming bookedOn', () => {
    expectTarifkitError(() => withdrawalWindow('2026-02-29'), 'INVALID_DATE', 'bookedOn');
    expectTarifkitError(() => withdrawalWindow('1.3.2026'), 'INVALID_DATE', 'bookedOn');
  });

  it('refuses a holiday list that is not a list of ISO dates with INVALID_HOLIDAYS naming the entry, the cause kept', () => {
    expectTarifkitError(() => withdrawalWindow('2026-03-01', { holidays: '2026-04-03' as never }), 'INVALID_HOLIDAYS', 'options.holidays');
    expectTarifkitError(() => withdrawalWindow('2026-03-01', { holidays: ['2026-04-03', '2026-13-01'] }), 'INVALID_HOLIDAYS', 'options.holidays.1');
    expectTarifkitError(() => withdrawalWindow('2026-03-01', { holidays: [null as never] }), 'INVALID_HOLIDAYS', 'options.holidays.0');
    try {
      withdrawalWindow('2026-03-01', { holidays: ['2026-02-30'] });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(TarifkitError);
      expect(((error as Error).cause as TarifkitError).code).toBe('INVALID_DATE');
    }
  });

  it('refuses options that are no record (INVALID_ARGUMENT naming options)', () => {
    expectTarifkitError(() => withdrawalWindow('2026-03-01', null as unknown as WithdrawalOptions), 'INVALID_ARGUMENT', 'options');
    expectTarifkitError(() => withdrawalWindow('2026-03-01', ['2026-04-03'] as unknown as WithdrawalOptions), 'INVALID_ARGUMENT', 'options');
  });

  it('does not mutate the holiday list', () => {
    const holidays = deepFreeze(['2026-04-03', '2026-04-06']);
    expect(lastDay(withdrawalWindow('2026-03-20', { holidays }))).toBe('2026-04-07');
    expect(holidays).toEqual(['2026-04-03', '2026-04-06']);
  });

  it('property: the last day is a working day at least 14 days after booking, and every day skipped is a weekend or holiday, built-in or given', () => {
    const holidayArb = fc.uniqueArray(fc.integer({ min: 10, max: 24 }), { maxLength: 6 });
    fc.assert(fc.property(isoDateArb(1950, 2150), holidayArb, (booked, offsets) => {
      const bookedOn = Temporal.PlainDate.from(booked);
      const holidays = offsets.map((o) => bookedOn.add({ days: o }).toString());
      const window = withdrawalWindow(booked, { holidays });
      expect(window.start).toBe(bookedOn.add({ days: 1 }).toString());
      const last = Temporal.PlainDate.from(lastDay(window));
      const fourteenth = bookedOn.add({ days: 14 });
      expect(Temporal.PlainDate.compare(last, fourteenth)).toBeGreaterThanOrEqual(0);
      const builtIn = (d: Temporal.PlainDate): boolean => d.year >= 1995 && germanHolidays(d.year).some((h) => h.date === d.toString());
      const isOff = (d: Temporal.PlainDate): boolean => d.dayOfWeek >= 6 || holidays.includes(d.toString()) || builtIn(d);
      expect(isOff(last)).toBe(false);
      for (let d = fourteenth; Temporal.PlainDate.compare(d, last) < 0; d = d.add({ days: 1 })) {
        expect(isOff(d)).toBe(true);
      }
    }), RUNS);
  });
});
