/**
 * The integer date path (epoch days) against Temporal on generated dates from
 * 1900 to 2200: the calendar's hot path must give Temporal's answers, including
 * the clamped month addition that keeps anchors from drifting (R8).
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  daysInMonth,
  epochDayFromPlainDate,
  epochDayFromYmd,
  epochDayOfClampedMonth,
  germanFromEpochDay,
  isoFromEpochDay,
  isoWeekday,
  packedDay,
  packedMonth,
  packedYear,
  packedYmdFromEpochDay,
  plainDateFromEpochDay,
  ymdFromEpochDay,
} from '../../src/calendar/epochDay.js';
import { epochDayArb, RUNS, temporalEpochDay, temporalFromEpochDay, ymdArb } from '../arbitraries/core.js';

// Each property runs RUNS cases; leave room on a busy machine (a limit, not a timed test).
vi.setConfig({ testTimeout: 60_000 });

describe('epoch days: examples', () => {
  it('counts from 1970-01-01', () => {
    expect(epochDayFromYmd(1970, 1, 1)).toBe(0);
    expect(epochDayFromYmd(1969, 12, 31)).toBe(-1);
    expect(epochDayFromYmd(2000, 3, 1)).toBe(11017);
    expect(epochDayFromYmd(2026, 7, 1) - epochDayFromYmd(2026, 1, 1)).toBe(181);
    expect(epochDayFromYmd(2027, 1, 1) - epochDayFromYmd(2026, 7, 1)).toBe(184); // W1: 184 days left
  });

  it('packs and renders dates straight from the integers', () => {
    const day = epochDayFromYmd(2028, 2, 29);
    const packed = packedYmdFromEpochDay(day);
    expect([packedYear(packed), packedMonth(packed), packedDay(packed)]).toEqual([2028, 2, 29]);
    expect(ymdFromEpochDay(day)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(isoFromEpochDay(day)).toBe('2028-02-29');
    expect(germanFromEpochDay(day)).toBe('29.02.2028');
    expect(isoFromEpochDay(epochDayFromYmd(1, 1, 1))).toBe('0001-01-01');
    expect(isoFromEpochDay(epochDayFromYmd(9999, 12, 31))).toBe('9999-12-31');
  });

  it('knows month lengths, leap years and centuries included', () => {
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('clamps month addition from the anchor, without drift (R8)', () => {
    // Jan 31 + 1, 2, 3 months: Feb 28, Mar 31, Apr 30, all counted from the anchor.
    const starts = [0, 1, 2, 3].map((k) => isoFromEpochDay(epochDayOfClampedMonth(2026, 1, k, 31)));
    expect(starts).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(isoFromEpochDay(epochDayOfClampedMonth(2028, 1, 1, 31))).toBe('2028-02-29');
    expect(isoFromEpochDay(epochDayOfClampedMonth(2026, 3, -1, 31))).toBe('2026-02-28');
    expect(isoFromEpochDay(epochDayOfClampedMonth(2028, 2, 12, 29))).toBe('2029-02-28');
    expect(isoFromEpochDay(epochDayOfClampedMonth(2028, 2, 48, 29))).toBe('2032-02-29');
  });

  it('gives ISO weekdays (1970-01-01 was a Thursday)', () => {
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(-1)).toBe(3);
    expect(isoWeekday(epochDayFromYmd(2026, 3, 1))).toBe(7); // a Sunday
  });
});

describe('epoch days: the integer path equals Temporal on dates from 1900 to 2200', () => {
  it('epochDayFromYmd gives the days Temporal counts from 1970-01-01 (PlainDate.until)', () => {
    fc.assert(
      fc.property(ymdArb(1900, 2200), ({ year, month, day }) => {
        const expected = temporalEpochDay(new Temporal.PlainDate(year, month, day));
        expect(epochDayFromYmd(year, month, day)).toBe(expected);
        expect(epochDayFromPlainDate(Temporal.PlainDate.from({ year, month, day }))).toBe(expected);
      }),
      RUNS,
    );
  });

  it('packedYmdFromEpochDay gives the date Temporal reaches by adding the days (PlainDate.add)', () => {
    fc.assert(
      fc.property(epochDayArb(1900, 2200), (day) => {
        const expected = temporalFromEpochDay(day);
        const packed = packedYmdFromEpochDay(day);
        expect([packedYear(packed), packedMonth(packed), packedDay(packed)]).toEqual([expected.year, expected.month, expected.day]);
      }),
      RUNS,
    );
  });

  it('plainDateFromEpochDay builds the same PlainDate as Temporal, and ISO and German text match it', () => {
    fc.assert(
      fc.property(epochDayArb(1900, 2200), (day) => {
        const expected = temporalFromEpochDay(day);
        expect(plainDateFromEpochDay(day).equals(expected)).toBe(true);
        expect(isoFromEpochDay(day)).toBe(expected.toString());
        const [y, m, d] = expected.toString().split('-');
        expect(germanFromEpochDay(day)).toBe(`${d}.${m}.${y}`);
      }),
      RUNS,
    );
  });

  it('epoch day and date round-trip: fromYmd(toYmd(day)) is the day itself', () => {
    fc.assert(
      fc.property(epochDayArb(1900, 2200), (day) => {
        const { year, month, day: dom } = ymdFromEpochDay(day);
        expect(epochDayFromYmd(year, month, dom)).toBe(day);
      }),
      RUNS,
    );
  });

  it('isoWeekday equals Temporal dayOfWeek and daysInMonth equals Temporal daysInMonth', () => {
    fc.assert(
      fc.property(epochDayArb(1900, 2200), (day) => {
        const date = temporalFromEpochDay(day);
        expect(isoWeekday(day)).toBe(date.dayOfWeek);
        expect(daysInMonth(date.year, date.month)).toBe(date.daysInMonth);
      }),
      RUNS,
    );
  });

  it('clamped month addition equals PlainDate.add({ months }) with overflow "constrain" from the anchor (the no-drift rule)', () => {
    fc.assert(
      fc.property(ymdArb(1900, 2200), fc.integer({ min: -600, max: 600 }), ({ year, month, day }, months) => {
        const anchor = new Temporal.PlainDate(year, month, day);
        const expected = anchor.add({ months }, { overflow: 'constrain' });
        expect(isoFromEpochDay(epochDayOfClampedMonth(year, month, months, day))).toBe(expected.toString());
      }),
      RUNS,
    );
  });
});
