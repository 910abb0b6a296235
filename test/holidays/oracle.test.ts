/**
 * The built-in German public holidays (R30) against feiertagejs 1.5.1, a
 * well-kept holiday package, for every year 2026–2040 and all 16 states. The
 * two differ only where documented, and the test pins each difference exactly:
 * - Brandenburg: feiertagejs lists Easter Sunday and Whit Sunday (statutory
 *   holidays there, but Sundays, which every §193 BGB shift skips anyway).
 * - Augsburg: feiertagejs's region AUGSBURG is Bavaria plus the Peace Festival
 *   on 8 August, a holiday of that city only; pass it as `holidays`.
 * Bavaria's Assumption Day (15 August) is in both: it is a holiday in most
 * Bavarian municipalities, and counting it can only lengthen a deadline.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { getHolidays } from 'feiertagejs';
import { describe, expect, it } from 'vitest';
import { germanHolidays, withdrawalWindow, type GermanState } from '../../src/index.js';
import { RUNS } from '../arbitraries/core.js';

const STATES: readonly GermanState[] = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'];
type OracleRegion = GermanState | 'BUND' | 'AUGSBURG';

const ours = (year: number, state?: GermanState): string[] => germanHolidays(year, state === undefined ? {} : { state }).map((h) => h.date);
/**
 * feiertagejs's days as ISO dates. Its `dateString` is written in the runtime's local zone (a day
 * late in Pacific/Kiritimati), while its Date values sit at noon UTC of the day: read them in UTC.
 */
const oracle = (year: number, region: OracleRegion): string[] => getHolidays(year, region).map((h) => h.date.toISOString().slice(0, 10)).sort();

/** Easter Sunday and Whit Sunday of a year, from the built-in Easter Monday and Whit Monday. */
function easterAndWhitSunday(year: number): string[] {
  const byName = new Map(germanHolidays(year).map((h) => [h.name, Temporal.PlainDate.from(h.date)]));
  return [(byName.get('Ostermontag') as Temporal.PlainDate).subtract({ days: 1 }), (byName.get('Pfingstmontag') as Temporal.PlainDate).subtract({ days: 1 })]
    .map(String);
}

/** What feiertagejs has that the built-in list does not, by the documented differences. */
function documentedExtra(year: number, region: OracleRegion): string[] {
  if (region === 'BB') return easterAndWhitSunday(year);
  if (region === 'AUGSBURG') return [`${year}-08-08`];
  return [];
}

function compare(year: number, region: OracleRegion): { same: number; onlyOracle: string[]; onlyOurs: string[] } {
  const mine = region === 'BUND' ? ours(year) : ours(year, region === 'AUGSBURG' ? 'BY' : region);
  const theirs = oracle(year, region);
  return {
    same: mine.filter((day) => theirs.includes(day)).length,
    onlyOracle: theirs.filter((day) => !mine.includes(day)),
    onlyOurs: mine.filter((day) => !theirs.includes(day)),
  };
}

describe('germanHolidays against feiertagejs 1.5.1, 2026–2040', () => {
  it('agrees for every year and all 16 states, but for the documented differences, each pinned', () => {
    let same = 0;
    let onlyOracle = 0;
    for (let year = 2026; year <= 2040; year += 1) {
      for (const region of [...STATES, 'BUND', 'AUGSBURG'] as const) {
        const result = compare(year, region);
        expect(result.onlyOurs, `${region} ${year}`).toStrictEqual([]);
        expect(result.onlyOracle, `${region} ${year}`).toStrictEqual(documentedExtra(year, region));
        if (region !== 'BUND' && region !== 'AUGSBURG') {
          same += result.same;
          onlyOracle += result.onlyOracle.length;
        }
      }
    }
    // 15 years × (16 × 9 nationwide + 29 states' own) = 2 595 days agree; Brandenburg's
    // 30 Sundays are the only difference.
    expect([same, onlyOracle]).toStrictEqual([2595, 30]);
  });

  it('the differences never change a deadline: Easter and Whit Sunday are Sundays', () => {
    for (let year = 2026; year <= 2040; year += 1) {
      for (const day of easterAndWhitSunday(year)) expect(Temporal.PlainDate.from(day).dayOfWeek).toBe(7);
    }
  });

  it('property: for a random year and state from 2026 to 2040, a day is a holiday in both or in neither, but for the documented days', () => {
    fc.assert(fc.property(fc.integer({ min: 2026, max: 2040 }), fc.constantFrom(...STATES), fc.integer({ min: 0, max: 364 }), (year, state, offset) => {
      const day = new Temporal.PlainDate(year, 1, 1).add({ days: offset }).toString();
      const inOracle = oracle(year, state).includes(day) && !documentedExtra(year, state).includes(day);
      expect(ours(year, state).includes(day)).toBe(inOracle);
    }), RUNS);
  });

  it('property: a withdrawal window of a state ends on a day that is no holiday there for feiertagejs either', () => {
    fc.assert(fc.property(fc.integer({ min: 2026, max: 2040 }), fc.constantFrom(...STATES), fc.integer({ min: 0, max: 340 }), (year, state, offset) => {
      const booked = new Temporal.PlainDate(year, 1, 1).add({ days: offset });
      const last = Temporal.PlainDate.from(withdrawalWindow(booked, { state }).end).subtract({ days: 1 });
      expect(last.dayOfWeek).toBeLessThan(6);
      expect(oracle(last.year, state)).not.toContain(last.toString());
      // Every day from the 14th to the last but one is a weekend or a holiday of the state for feiertagejs.
      for (let d = booked.add({ days: 14 }); Temporal.PlainDate.compare(d, last) < 0; d = d.add({ days: 1 })) {
        expect(d.dayOfWeek >= 6 || oracle(d.year, state).includes(d.toString())).toBe(true);
      }
    }), RUNS);
  });
});
