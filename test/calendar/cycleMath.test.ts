/**
 * The integer core of billing cycles (R6–R8): the month-table fast path
 * `startOfIndex` must give the very numbers `slowStartOfIndex` computes without
 * the table, on both sides of the table's years (1900–2199), and both must be
 * Temporal's `anchor.add({ months: k × N })` with overflow "constrain".
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { coreOf, createCycle } from '../../src/calendar/createCycle.js';
import { CALENDAR_MONTH_CORE, indexContaining, makeCore, monthStartInPeriod, slowStartOfIndex, startOfIndex } from '../../src/calendar/cycleMath.js';
import { epochDayFromYmd } from '../../src/calendar/epochDay.js';
import { cycleSpecArb, epochDayArb, RUNS, temporalEpochDay, ymdArb } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

/** A month cycle's numbers: 1 to 36 months per period from an anchor of 1800–2300. */
const monthCoreArb = fc
  .tuple(ymdArb(1800, 2300), fc.oneof(fc.constantFrom(1, 12), fc.integer({ min: 1, max: 36 })))
  .map(([{ year, month, day }, months]) => ({ anchor: new Temporal.PlainDate(year, month, day), months, core: makeCore(0, months, epochDayFromYmd(year, month, day)) }));

describe('startOfIndex: the month table against the computation without it', () => {
  it('property: the start of period k of any cycle is the one slowStartOfIndex computes, inside and outside 1900–2199', () => {
    fc.assert(fc.property(cycleSpecArb(1850, 2250), fc.integer({ min: -4000, max: 4000 }), (spec, index) => {
      const core = coreOf(createCycle(spec));
      expect(startOfIndex(core, index)).toBe(slowStartOfIndex(core, index));
    }), RUNS);
  });

  it('property: both equal Temporal: period k of an N-month cycle starts at anchor.add({ months: k × N }, constrain)', () => {
    fc.assert(fc.property(monthCoreArb, fc.integer({ min: -120, max: 120 }), ({ anchor, months, core }, k) => {
      const expected = temporalEpochDay(anchor.add({ months: k * months }, { overflow: 'constrain' }));
      expect(startOfIndex(core, k)).toBe(expected);
      expect(slowStartOfIndex(core, k)).toBe(expected);
    }), RUNS);
  });

  it('agrees at the very edges of the table: January 1900, December 2199 and January 2200, and just outside', () => {
    for (const [year, month, day] of [[1899, 12, 31], [1900, 1, 31], [1900, 2, 28], [2199, 11, 30], [2199, 12, 31], [2200, 1, 31], [2200, 2, 29 - 1]] as const) {
      const core = makeCore(0, 1, epochDayFromYmd(year, month, day));
      for (let k = -3; k <= 3; k += 1) {
        const expected = temporalEpochDay(new Temporal.PlainDate(year, month, day).add({ months: k }));
        expect(startOfIndex(core, k), `${year}-${month}-${day} + ${k}`).toBe(expected);
        expect(slowStartOfIndex(core, k)).toBe(expected);
      }
    }
  });

  it('a days cycle starts period k at anchor + k × days, both ways', () => {
    const core = makeCore(28, 0, epochDayFromYmd(2026, 1, 31));
    expect(startOfIndex(core, 0)).toBe(epochDayFromYmd(2026, 1, 31));
    expect(startOfIndex(core, 1)).toBe(epochDayFromYmd(2026, 2, 28));
    expect(startOfIndex(core, -1)).toBe(epochDayFromYmd(2026, 1, 3));
    expect(slowStartOfIndex(core, 13)).toBe(startOfIndex(core, 13));
  });

  it('the calendar-month core starts every period on the 1st', () => {
    const index = indexContaining(CALENDAR_MONTH_CORE, epochDayFromYmd(2026, 3, 15));
    expect(startOfIndex(CALENDAR_MONTH_CORE, index)).toBe(epochDayFromYmd(2026, 3, 1));
    expect(startOfIndex(CALENDAR_MONTH_CORE, index + 1)).toBe(epochDayFromYmd(2026, 4, 1));
  });
});

describe('indexContaining', () => {
  it('property: the period that contains a day starts on or before it and ends after it, for any cycle and day of 1800–2300', () => {
    fc.assert(fc.property(cycleSpecArb(1850, 2250), epochDayArb(1800, 2300), (spec, day) => {
      const core = coreOf(createCycle(spec));
      const index = indexContaining(core, day);
      expect(startOfIndex(core, index)).toBeLessThanOrEqual(day);
      expect(startOfIndex(core, index + 1)).toBeGreaterThan(day);
    }), RUNS);
  });

  it('clamps the 31st of a monthly cycle to the end of short months', () => {
    const core = coreOf(createCycle({ kind: 'monthly', anchor: '2026-01-31' }));
    const feb = indexContaining(core, epochDayFromYmd(2026, 2, 28));
    expect(feb).toBe(1);
    expect(startOfIndex(core, feb)).toBe(epochDayFromYmd(2026, 2, 28));
    expect(startOfIndex(core, feb + 1)).toBe(epochDayFromYmd(2026, 3, 31));
    expect(indexContaining(core, epochDayFromYmd(2026, 3, 30))).toBe(feb);
    expect(indexContaining(core, epochDayFromYmd(2026, 1, 30))).toBe(-1);
  });
});

describe('monthStartInPeriod', () => {
  it('property: month j of period k of an N-month cycle starts at anchor.add({ months: k × N + j }, constrain)', () => {
    fc.assert(fc.property(monthCoreArb, fc.integer({ min: -40, max: 40 }), fc.nat(), ({ anchor, months, core }, k, at) => {
      const j = at % (months + 1);
      const expected = temporalEpochDay(anchor.add({ months: k * months + j }, { overflow: 'constrain' }));
      expect(monthStartInPeriod(core, k, j)).toBe(expected);
      if (j === 0) expect(monthStartInPeriod(core, k, j)).toBe(startOfIndex(core, k));
      if (j === months) expect(monthStartInPeriod(core, k, j)).toBe(startOfIndex(core, k + 1));
    }), RUNS);
  });

  it('a yearly cycle on Feb 29 that starts on Feb 28 in a common year still has its first month end on Mar 29', () => {
    const core = coreOf(createCycle({ kind: 'yearly', anchor: '2028-02-29' }));
    expect(startOfIndex(core, 1)).toBe(epochDayFromYmd(2029, 2, 28));
    expect(monthStartInPeriod(core, 1, 1)).toBe(epochDayFromYmd(2029, 3, 29));
  });
});
