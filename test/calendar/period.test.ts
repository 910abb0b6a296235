/**
 * The table path of cycle math (R6–R8): the month table of parseDate.ts and the
 * period bounds read from it must be the very numbers cycleMath.ts computes, for
 * every kind of cycle and on both sides of the table's years.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreOf } from '../../src/calendar/coreOf.js';
import { createCycle } from '../../src/calendar/createCycle.js';
import { indexContaining, startOfIndex } from '../../src/calendar/cycleMath.js';
import { epochDayFromYmd } from '../../src/calendar/epochDay.js';
import { epochDayOfMonthNumber, monthNumberOfEpochDay } from '../../src/calendar/parseDate.js';
import { cycleIndexContaining, startOfCycleIndex } from '../../src/calendar/period.js';
import { cycleSpecArb, epochDayArb, RUNS } from '../arbitraries/core.js';

describe('the month table', () => {
  it('holds the first of every month from January 1900 to January 2200, and nothing outside', () => {
    for (let year = 1900; year <= 2199; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        expect(epochDayOfMonthNumber(year * 12 + month - 1)).toBe(epochDayFromYmd(year, month, 1));
      }
    }
    expect(epochDayOfMonthNumber(2200 * 12)).toBe(epochDayFromYmd(2200, 1, 1));
    expect(epochDayOfMonthNumber(1900 * 12 - 1)).toBeNaN();
    expect(epochDayOfMonthNumber(2200 * 12 + 1)).toBeNaN();
  });

  it('gives the month of every day from 1900-01-01 to 2199-12-31, and NaN outside', () => {
    const first = epochDayFromYmd(1900, 1, 1);
    const end = epochDayFromYmd(2200, 1, 1);
    let month = 1900 * 12;
    for (let day = first; day < end; day += 1) {
      if (day === epochDayOfMonthNumber(month + 1)) month += 1;
      expect(monthNumberOfEpochDay(day)).toBe(month);
    }
    expect(monthNumberOfEpochDay(first - 1)).toBeNaN();
    expect(monthNumberOfEpochDay(end)).toBeNaN();
    expect(monthNumberOfEpochDay(Number.NaN)).toBeNaN();
  });
});

describe('period bounds from the table', () => {
  it('property: the start of period k of any cycle is the one cycleMath computes, inside and outside 1900–2199', () => {
    fc.assert(fc.property(cycleSpecArb(1850, 2250), fc.integer({ min: -4000, max: 4000 }), (spec, index) => {
      const core = coreOf(createCycle(spec));
      expect(startOfCycleIndex(core, index)).toBe(startOfIndex(core, index));
    }), RUNS);
  });

  it('property: the period that contains a day, and its bounds, are the ones cycleMath gives', () => {
    fc.assert(fc.property(cycleSpecArb(1850, 2250), epochDayArb(1800, 2300), (spec, day) => {
      const core = coreOf(createCycle(spec));
      const index = cycleIndexContaining(core, day);
      expect(index).toBe(indexContaining(core, day));
      expect(startOfCycleIndex(core, index)).toBeLessThanOrEqual(day);
      expect(startOfCycleIndex(core, index + 1)).toBeGreaterThan(day);
    }), RUNS);
  });

  it('clamps the 31st of a monthly cycle to the end of short months, as cycleMath does', () => {
    const core = coreOf(createCycle({ kind: 'monthly', anchor: '2026-01-31' }));
    const feb = cycleIndexContaining(core, epochDayFromYmd(2026, 2, 28));
    expect(startOfCycleIndex(core, feb)).toBe(epochDayFromYmd(2026, 2, 28));
    expect(startOfCycleIndex(core, feb + 1)).toBe(epochDayFromYmd(2026, 3, 31));
    expect(cycleIndexContaining(core, epochDayFromYmd(2026, 3, 30))).toBe(feb);
  });
});
