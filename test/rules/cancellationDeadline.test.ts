/**
 * The 48-hour deadline (R12): elapsed hours before the period's end, in the
 * customer's zone, across the DST changes of 2026-03-29 and 2026-10-25 in
 * Europe/Berlin, and over a day a zone skipped. (The same instants under other
 * process TZ values: test/calendar/timezone.test.ts.)
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { cancellationDeadline, type DeadlineOptions } from '../../src/index.js';
import { expectTarifkitError, isoDateArb, RUNS } from '../arbitraries/core.js';
import { zoneArb } from './arbitraries.js';

vi.setConfig({ testTimeout: 60_000 });

const HOUR_NS = 3_600_000_000_000n;

describe('cancellationDeadline', () => {
  it('is two days earlier at the same clock time when no DST change lies between', () => {
    expect(cancellationDeadline('2026-03-20').toString()).toBe('2026-03-18T00:00:00+01:00[Europe/Berlin]');
  });

  it('over the spring-forward night (2026-03-29) is Friday 23:00, not Saturday 00:00', () => {
    const deadline = cancellationDeadline('2026-03-30');
    expect(deadline.toString()).toBe('2026-03-27T23:00:00+01:00[Europe/Berlin]');
    expect(deadline.toInstant().toString()).toBe('2026-03-27T22:00:00Z');
    const end = Temporal.ZonedDateTime.from('2026-03-30T00:00[Europe/Berlin]');
    expect(end.epochNanoseconds - deadline.epochNanoseconds).toBe(48n * HOUR_NS);
    // Two days at the same clock time would be 47 hours here.
    const sameClock = Temporal.ZonedDateTime.from('2026-03-28T00:00[Europe/Berlin]');
    expect(end.epochNanoseconds - sameClock.epochNanoseconds).toBe(47n * HOUR_NS);
  });

  it('over the fall-back night (2026-10-25) is Saturday 01:00 CEST, not 00:00', () => {
    const deadline = cancellationDeadline('2026-10-26');
    expect(deadline.toString()).toBe('2026-10-24T01:00:00+02:00[Europe/Berlin]');
    const end = Temporal.ZonedDateTime.from('2026-10-26T00:00[Europe/Berlin]');
    expect(end.epochNanoseconds - deadline.epochNanoseconds).toBe(48n * HOUR_NS);
  });

  it('is the same clock time when the period ends on the DST day itself', () => {
    // 2026-03-29 00:00 is still CET; 48 h before is 2026-03-27 00:00 CET.
    expect(cancellationDeadline('2026-03-29').toString()).toBe('2026-03-27T00:00:00+01:00[Europe/Berlin]');
    // 2026-10-25 00:00 is still CEST.
    expect(cancellationDeadline('2026-10-25').toString()).toBe('2026-10-23T00:00:00+02:00[Europe/Berlin]');
  });

  it('uses the zone given: in New York the spring change is 2026-03-08', () => {
    expect(cancellationDeadline('2026-03-09', { timeZone: 'America/New_York' }).toString()).toBe('2026-03-06T23:00:00-05:00[America/New_York]');
    expect(cancellationDeadline('2026-03-09', { timeZone: 'UTC' }).toString()).toBe('2026-03-07T00:00:00+00:00[UTC]');
  });

  it('ends a period at the next day that exists when the zone skipped its end day (Pacific/Kiritimati, 1994-12-31)', () => {
    // Kiritimati moved from UTC−10 to UTC+14 and skipped 1994-12-31 entirely: a period
    // ending on that day ends when 1995-01-01 starts, and the deadline is 48 hours before.
    const deadline = cancellationDeadline('1994-12-31', { timeZone: 'Pacific/Kiritimati' });
    expect(deadline.toInstant().toString()).toBe('1994-12-29T10:00:00Z');
    expect(deadline.toString()).toBe('1994-12-29T00:00:00-10:00[Pacific/Kiritimati]');
    expect(deadline.toInstant().add({ hours: 48 }).toZonedDateTimeISO('Pacific/Kiritimati').toString())
      .toBe('1995-01-01T00:00:00+14:00[Pacific/Kiritimati]');
    // The end day after it starts at the same instant: both periods end when 1995-01-01 begins.
    expect(cancellationDeadline('1995-01-01', { timeZone: 'Pacific/Kiritimati' }).equals(deadline)).toBe(true);
    expect(cancellationDeadline('1994-12-30', { timeZone: 'Pacific/Kiritimati' }).toInstant().toString()).toBe('1994-12-28T10:00:00Z');
  });

  it('takes a PlainDate as well as an ISO string', () => {
    expect(cancellationDeadline(Temporal.PlainDate.from('2026-03-30')).equals(cancellationDeadline('2026-03-30'))).toBe(true);
  });

  it('refuses an unknown time zone with INVALID_TIME_ZONE naming options.timeZone, keeping Temporal\'s error as cause', () => {
    for (const timeZone of ['Europe/Berlim', '', 42, '2026-01-01T00:00[Europe/Berlin]', 'Europe/Berlin]']) {
      expectTarifkitError(() => cancellationDeadline('2026-03-30', { timeZone } as unknown as DeadlineOptions), 'INVALID_TIME_ZONE', 'options.timeZone');
    }
    try {
      cancellationDeadline('2026-03-30', { timeZone: 'Mars/Olympus' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(RangeError);
    }
  });

  it('refuses an invalid date with INVALID_DATE naming periodEnd, and options that are no record', () => {
    expectTarifkitError(() => cancellationDeadline('2026-02-30'), 'INVALID_DATE', 'periodEnd');
    expectTarifkitError(() => cancellationDeadline('2026-03-30', 'Europe/Berlin' as unknown as DeadlineOptions), 'INVALID_ARGUMENT', 'options');
  });

  it('property: the deadline is exactly 48 hours of elapsed time before the period ends, in any zone and on any date', () => {
    fc.assert(fc.property(isoDateArb(1971, 2099), zoneArb, (endIso, zone) => {
      const deadline = cancellationDeadline(endIso, { timeZone: zone });
      expect(deadline.timeZoneId).toBe(zone);
      const endInstant = deadline.toInstant().add({ hours: 48 });
      // The end is the first instant on or after the end day in the zone: it lies on that
      // day (or, where the zone skipped the day, on the first day after it), and one
      // nanosecond earlier lies before the end day.
      const endDay = Temporal.PlainDate.from(endIso);
      const dayOfEnd = endInstant.toZonedDateTimeISO(zone).toPlainDate();
      const dayBefore = endInstant.subtract({ nanoseconds: 1 }).toZonedDateTimeISO(zone).toPlainDate();
      expect(Temporal.PlainDate.compare(dayOfEnd, endDay)).toBeGreaterThanOrEqual(0);
      expect(Temporal.PlainDate.compare(dayBefore, endDay)).toBe(-1);
      // Only a skipped day moves the end off its day.
      if (!dayOfEnd.equals(endDay)) expect(endDay.toZonedDateTime({ timeZone: zone }).toPlainDate().equals(endDay)).toBe(false);
    }), RUNS);
  });
});
