/**
 * Easter Sunday by the Gregorian computus, on epoch days: the anchor of the
 * movable TARGET holidays (R29) and of German public holidays (R30). Checked
 * against published dates and, for every year from 0001 to 9999, against
 * Gauss's Easter formula computed here independently, with Temporal as the
 * calendar.
 */
import { describe, expect, it } from 'vitest';
import { EASTER_OFFSETS, easterSunday } from '../../src/calendar/easter.js';
import { temporalEpochDay, temporalFromEpochDay } from '../arbitraries/core.js';
import { gaussEaster } from './gaussEaster.js';

const easterIso = (year: number): string => temporalFromEpochDay(easterSunday(year)).toString();

describe('easterSunday', () => {
  it('gives the published dates, the earliest (22 March) and latest (25 April) included', () => {
    const published: Record<number, string> = {
      1583: '1583-04-10', 1818: '1818-03-22', 1943: '1943-04-25', 1961: '1961-04-02', 2000: '2000-04-23',
      2008: '2008-03-23', 2011: '2011-04-24', 2019: '2019-04-21', 2024: '2024-03-31', 2025: '2025-04-20',
      2026: '2026-04-05', 2027: '2027-03-28', 2038: '2038-04-25', 2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(published)) expect(easterIso(Number(year))).toBe(date);
  });

  it('agrees with Gauss\'s formula in every year from 0001 to 9999, always a Sunday from 22 March to 25 April', () => {
    const disagreements: string[] = [];
    for (let year = 1; year <= 9999; year += 1) {
      const day = easterSunday(year);
      const reference = gaussEaster(year);
      if (day !== temporalEpochDay(reference)) disagreements.push(`${year}: ${temporalFromEpochDay(day).toString()} vs ${reference.toString()}`);
      const date = temporalFromEpochDay(day);
      const inWindow = date.year === year && ((date.month === 3 && date.day >= 22) || (date.month === 4 && date.day <= 25));
      if (date.dayOfWeek !== 7 || !inWindow) disagreements.push(`${year}: ${date.toString()} is no Easter Sunday`);
    }
    expect(disagreements).toEqual([]);
  }, 60_000);

  it('places the feasts that move with Easter: 2026 as the German calendar prints it', () => {
    const easter = easterSunday(2026);
    const on = (offset: number): string => temporalFromEpochDay(easter + offset).toString();
    expect(on(EASTER_OFFSETS.goodFriday)).toBe('2026-04-03');
    expect(on(EASTER_OFFSETS.easterMonday)).toBe('2026-04-06');
    expect(on(EASTER_OFFSETS.ascension)).toBe('2026-05-14');
    expect(on(EASTER_OFFSETS.whitMonday)).toBe('2026-05-25');
    expect(on(EASTER_OFFSETS.corpusChristi)).toBe('2026-06-04');
  });
});
