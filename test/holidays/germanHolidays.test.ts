/**
 * German public holidays (R30): the nationwide ones, each state's own, the years
 * the law changed, and the refusals at the boundary.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { germanHolidays, type GermanState, type PublicHoliday } from '../../src/index.js';
import { expectTarifkitError, RUNS } from '../arbitraries/core.js';

const STATES: readonly GermanState[] = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'];
const dates = (list: readonly PublicHoliday[]): string[] => list.map((holiday) => holiday.date);
const own = (year: number, state: GermanState): string[] => dates(germanHolidays(year, { state }).filter((holiday) => !holiday.nationwide));

describe('germanHolidays', () => {
  it('gives the nine nationwide holidays of 2026 with their German names, Easter on 5 April', () => {
    expect(germanHolidays(2026)).toStrictEqual([
      { date: '2026-01-01', name: 'Neujahr', nationwide: true },
      { date: '2026-04-03', name: 'Karfreitag', nationwide: true },
      { date: '2026-04-06', name: 'Ostermontag', nationwide: true },
      { date: '2026-05-01', name: 'Tag der Arbeit', nationwide: true },
      { date: '2026-05-14', name: 'Christi Himmelfahrt', nationwide: true },
      { date: '2026-05-25', name: 'Pfingstmontag', nationwide: true },
      { date: '2026-10-03', name: 'Tag der Deutschen Einheit', nationwide: true },
      { date: '2026-12-25', name: '1. Weihnachtstag', nationwide: true },
      { date: '2026-12-26', name: '2. Weihnachtstag', nationwide: true },
    ]);
  });

  it("adds each state's own holidays of 2026", () => {
    const expected: Record<GermanState, string[]> = {
      BW: ['2026-01-06', '2026-06-04', '2026-11-01'],
      BY: ['2026-01-06', '2026-06-04', '2026-08-15', '2026-11-01'],
      BE: ['2026-03-08'],
      BB: ['2026-10-31'],
      HB: ['2026-10-31'],
      HH: ['2026-10-31'],
      HE: ['2026-06-04'],
      MV: ['2026-03-08', '2026-10-31'],
      NI: ['2026-10-31'],
      NW: ['2026-06-04', '2026-11-01'],
      RP: ['2026-06-04', '2026-11-01'],
      SL: ['2026-06-04', '2026-08-15', '2026-11-01'],
      SN: ['2026-10-31', '2026-11-18'],
      ST: ['2026-01-06', '2026-10-31'],
      SH: ['2026-10-31'],
      TH: ['2026-09-20', '2026-10-31'],
    };
    for (const state of STATES) expect(own(2026, state), state).toStrictEqual(expected[state]);
  });

  it('takes the full ISO 3166-2 code as well', () => {
    for (const state of STATES) expect(germanHolidays(2031, { state: `DE-${state}` })).toStrictEqual(germanHolidays(2031, { state }));
  });

  it('follows the law of each year: Reformation Day, Women\'s Day, World Children\'s Day, Berlin\'s 8 May', () => {
    // 2017: the 500th anniversary of the Reformation, a holiday in every state.
    expect(dates(germanHolidays(2017))).toContain('2017-10-31');
    expect(dates(germanHolidays(2016))).not.toContain('2016-10-31');
    expect(own(2016, 'SN')).toStrictEqual(['2016-10-31', '2016-11-16']);
    // The northern states from 2018.
    expect(own(2017, 'HH')).toStrictEqual([]);
    expect(own(2018, 'HH')).toStrictEqual(['2018-10-31']);
    // Women's Day: Berlin from 2019, Mecklenburg-Western Pomerania from 2023.
    expect(own(2018, 'BE')).toStrictEqual([]);
    expect(own(2019, 'BE')).toStrictEqual(['2019-03-08']);
    expect(own(2022, 'MV')).toStrictEqual(['2022-10-31']);
    expect(own(2023, 'MV')).toStrictEqual(['2023-03-08', '2023-10-31']);
    // World Children's Day in Thuringia from 2019.
    expect(own(2018, 'TH')).toStrictEqual(['2018-10-31']);
    expect(own(2019, 'TH')).toStrictEqual(['2019-09-20', '2019-10-31']);
    // Berlin's 8 May, in 2020 and 2025 only.
    expect(own(2020, 'BE')).toStrictEqual(['2020-03-08', '2020-05-08']);
    expect(germanHolidays(2025, { state: 'BE' }).find((h) => h.date === '2025-05-08')).toStrictEqual({ date: '2025-05-08', name: 'Tag der Befreiung', nationwide: false });
    expect(own(2026, 'BE')).toStrictEqual(['2026-03-08']);
  });

  it('puts Repentance Day on the Wednesday before 23 November, 22 November itself when that is a Wednesday', () => {
    expect(own(2023, 'SN')).toContain('2023-11-22');
    expect(own(2026, 'SN')).toContain('2026-11-18');
    expect(own(2028, 'SN')).toContain('2028-11-22');
    expect(own(2029, 'SN')).toContain('2029-11-21');
  });

  it('lists both holidays of a shared day: Ascension on 1 May 2008', () => {
    expect(germanHolidays(2008).filter((holiday) => holiday.date === '2008-05-01').map((holiday) => holiday.name)).toStrictEqual(['Tag der Arbeit', 'Christi Himmelfahrt']);
  });

  it('covers the years 1995 to 9999 and refuses others with INVALID_ARGUMENT naming year', () => {
    expect(germanHolidays(1995)).toHaveLength(9);
    expect(germanHolidays(9999).at(-1)).toStrictEqual({ date: '9999-12-26', name: '2. Weihnachtstag', nationwide: true });
    for (const year of [1994, 10_000, 2026.5, Number.NaN, '2026' as unknown as number]) expectTarifkitError(() => germanHolidays(year), 'INVALID_ARGUMENT', 'year');
  });

  it('refuses an unknown state with INVALID_STATE naming options.state', () => {
    for (const state of ['XX', 'by', 'DE', 'DE-', 'AT-9', 'AUGSBURG', 7, null]) {
      expectTarifkitError(() => germanHolidays(2026, { state: state as never }), 'INVALID_STATE', 'options.state');
    }
    expectTarifkitError(() => germanHolidays(2026, 'BY' as never), 'INVALID_ARGUMENT', 'options');
  });

  it('property: the nationwide holidays are in every state, dates ascend, and a state adds at most five of its own (one at least, since 2019)', () => {
    fc.assert(fc.property(fc.integer({ min: 1995, max: 9999 }), fc.constantFrom(...STATES), (year, state) => {
      const nationwide = germanHolidays(year);
      const inState = germanHolidays(year, { state });
      expect(nationwide.every((holiday) => holiday.nationwide)).toBe(true);
      expect(inState.filter((holiday) => holiday.nationwide)).toStrictEqual(nationwide);
      // Since 2019 every state has one of its own (Berlin its Women's Day last).
      expect(inState.length - nationwide.length).toBeGreaterThanOrEqual(year >= 2019 ? 1 : 0);
      expect(inState.length - nationwide.length).toBeLessThanOrEqual(5);
      const days = dates(inState);
      expect([...days].sort()).toStrictEqual(days);
      // Two holidays can share a day (Ascension on 1 May, as in 2008): both are listed, never one twice.
      expect(new Set(inState.map((holiday) => `${holiday.date} ${holiday.name}`)).size).toBe(days.length);
      for (const day of days) expect(Temporal.PlainDate.from(day).year).toBe(year);
    }), RUNS);
  });

  it('property: the movable feasts keep their distance to Easter Sunday, which is a Sunday from 22 March to 25 April', () => {
    fc.assert(fc.property(fc.integer({ min: 1995, max: 9999 }), (year) => {
      const byName = new Map(germanHolidays(year, { state: 'BY' }).map((holiday) => [holiday.name, Temporal.PlainDate.from(holiday.date)]));
      const easter = (byName.get('Ostermontag') as Temporal.PlainDate).subtract({ days: 1 });
      expect(easter.dayOfWeek).toBe(7);
      expect(Temporal.PlainDate.compare(easter, new Temporal.PlainDate(year, 3, 22))).toBeGreaterThanOrEqual(0);
      expect(Temporal.PlainDate.compare(easter, new Temporal.PlainDate(year, 4, 25))).toBeLessThanOrEqual(0);
      const offset = (name: string): number => easter.until(byName.get(name) as Temporal.PlainDate).days;
      expect([offset('Karfreitag'), offset('Christi Himmelfahrt'), offset('Pfingstmontag'), offset('Fronleichnam')]).toStrictEqual([-2, 39, 50, 60]);
    }), RUNS);
  });
});
