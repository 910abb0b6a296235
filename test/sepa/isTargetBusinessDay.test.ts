/**
 * TARGET business days (R29): the days a SEPA direct debit can be due or
 * submitted. Closed on weekends, 1 January, Good Friday, Easter Monday, 1 May,
 * 25 and 26 December; open on German public holidays.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isTargetBusinessDay } from '../../src/index.js';
import { expectTarifkitError, isoDateArb, RUNS } from '../arbitraries/core.js';
import { targetOpen } from './reference.js';

vi.setConfig({ testTimeout: 60_000 });

/** The days of a year on which TARGET is closed although they are weekdays. */
function closedWeekdays(year: number): string[] {
  const out: string[] = [];
  for (let day = new Temporal.PlainDate(year, 1, 1); day.year === year; day = day.add({ days: 1 })) {
    if (day.dayOfWeek <= 5 && !isTargetBusinessDay(day.toString())) out.push(day.toString());
  }
  return out;
}

describe('isTargetBusinessDay', () => {
  it('closes on the six TARGET holidays of 2026, Good Friday and Easter Monday around Easter on 5 April', () => {
    expect(isTargetBusinessDay('2026-01-01')).toBe(false);
    expect(isTargetBusinessDay('2026-04-03')).toBe(false);
    expect(isTargetBusinessDay('2026-04-06')).toBe(false);
    expect(isTargetBusinessDay('2026-05-01')).toBe(false);
    expect(isTargetBusinessDay('2026-12-25')).toBe(false);
    expect(isTargetBusinessDay('2026-12-26')).toBe(false);
    // Weekdays around them stay open.
    expect(isTargetBusinessDay('2026-01-02')).toBe(true);
    expect(isTargetBusinessDay('2026-04-02')).toBe(true);
    expect(isTargetBusinessDay('2026-04-07')).toBe(true);
    expect(isTargetBusinessDay('2026-04-30')).toBe(true);
    expect(isTargetBusinessDay('2026-12-24')).toBe(true);
    expect(isTargetBusinessDay('2026-12-31')).toBe(true);
  });

  it('lists the closed weekdays of a year: 2026 has five (26 December is a Saturday), 2027 four', () => {
    expect(closedWeekdays(2026)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25']);
    // 2027: Easter on 28 March; 1 May is a Saturday, 25 and 26 December a weekend.
    expect(closedWeekdays(2027)).toEqual(['2027-01-01', '2027-03-26', '2027-03-29']);
  });

  it('counts 256 TARGET business days in 2026', () => {
    let open = 0;
    for (let day = new Temporal.PlainDate(2026, 1, 1); day.year === 2026; day = day.add({ days: 1 })) if (isTargetBusinessDay(day)) open += 1;
    expect(open).toBe(256);
  });

  it('is closed on Saturdays and Sundays, and open on German public holidays that are no TARGET holidays', () => {
    expect(isTargetBusinessDay('2026-05-02')).toBe(false); // Saturday
    expect(isTargetBusinessDay('2026-05-03')).toBe(false); // Sunday
    expect(isTargetBusinessDay('2025-10-03')).toBe(true); // German Unity Day, a Friday
    expect(isTargetBusinessDay('2026-05-14')).toBe(true); // Ascension Day
    expect(isTargetBusinessDay('2026-05-25')).toBe(true); // Whit Monday
  });

  it('moves Good Friday and Easter Monday with Easter: 2025 (20 April), 2024 (31 March), 2285 (22 March)', () => {
    expect([isTargetBusinessDay('2025-04-18'), isTargetBusinessDay('2025-04-21'), isTargetBusinessDay('2025-04-22')]).toEqual([false, false, true]);
    expect([isTargetBusinessDay('2024-03-29'), isTargetBusinessDay('2024-04-01'), isTargetBusinessDay('2024-04-02')]).toEqual([false, false, true]);
    expect([isTargetBusinessDay('2285-03-20'), isTargetBusinessDay('2285-03-23')]).toEqual([false, false]);
  });

  it('takes a PlainDate', () => {
    expect(isTargetBusinessDay(Temporal.PlainDate.from('2026-05-01'))).toBe(false);
    expect(isTargetBusinessDay(Temporal.PlainDate.from('2026-05-04'))).toBe(true);
  });

  it('agrees with a reference calendar built on Temporal and Gauss\'s Easter formula, on any day from 0001 to 9999', () => {
    fc.assert(fc.property(fc.oneof(isoDateArb(1, 9999), isoDateArb(1990, 2100)), (iso) => {
      expect(isTargetBusinessDay(iso)).toBe(targetOpen(Temporal.PlainDate.from(iso)));
    }), RUNS);
  });

  it('agrees with the reference calendar on every day from 2000 to 2099', () => {
    const wrong: string[] = [];
    for (let day = new Temporal.PlainDate(2000, 1, 1); day.year < 2100; day = day.add({ days: 1 })) {
      if (isTargetBusinessDay(day.toString()) !== targetOpen(day)) wrong.push(day.toString());
    }
    expect(wrong).toEqual([]);
  });

  it('refuses anything that is no date with INVALID_DATE naming day', () => {
    for (const bad of ['2026-02-29', '01.05.2026', '2026-05-01T00:00', '', null, undefined, 20260501, {}]) {
      expectTarifkitError(() => isTargetBusinessDay(bad as never), 'INVALID_DATE', 'day');
    }
  });
});
