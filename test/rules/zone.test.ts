/**
 * The integer time path of the rules (R10, R12) against Temporal: reading instants,
 * the day an instant falls on in a zone, and the instant a day starts.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochNsOf, isoFromEpochNs, localDayOf, startOfDayNs } from '../../src/rules/zone.js';
import { expectTarifkitError, isoDateArb, RUNS, temporalEpochDay, temporalFromEpochDay } from '../arbitraries/core.js';
import { epochMsArb, instantTextArb, zoneArb } from '../arbitraries/options.js';

describe('instants and days on integers', () => {
  it('reads the forms of an instant the API documents', () => {
    expect(epochNsOf('2026-03-27T23:00+01:00', 'x')).toBe(Temporal.Instant.from('2026-03-27T22:00Z').epochNanoseconds);
    expect(epochNsOf('2026-03-27T23:00[Europe/Berlin]', 'x')).toBe(Temporal.Instant.from('2026-03-27T22:00Z').epochNanoseconds);
    expect(epochNsOf('2026-03-27T22:00:00.000000001Z', 'x')).toBe(Temporal.Instant.from('2026-03-27T22:00Z').epochNanoseconds + 1n);
    expect(epochNsOf('2026-03-27t22:00z', 'x')).toBe(Temporal.Instant.from('2026-03-27T22:00Z').epochNanoseconds);
    expect(epochNsOf('2026-03-27T23:00+0100', 'x')).toBe(Temporal.Instant.from('2026-03-27T22:00Z').epochNanoseconds);
  });

  it('rejects what names no instant with INVALID_INSTANT naming the field', () => {
    for (const bad of ['2026-03-27', '2026-03-27T23:00', '2026-02-30T10:00Z', '2026-03-27T24:30Z', '2026-03-27T23:00+25:00', 'soon', '']) {
      expectTarifkitError(() => epochNsOf(bad, 'request.at'), 'INVALID_INSTANT', 'request.at');
    }
    // Each field of the date and time out of its range, one at a time.
    for (const bad of ['2026-13-01T10:00Z', '2026-00-10T10:00Z', '2026-04-00T10:00Z', '2026-04-31T10:00Z', '2026-02-29T10:00Z',
      '2026-04-10T23:60Z', '2026-04-10T23:59:61Z', '2026-04-10T10:00+01:60']) {
      expectTarifkitError(() => epochNsOf(bad, 'request.at'), 'INVALID_INSTANT', 'request.at');
    }
    expectTarifkitError(() => epochNsOf('2026-03-27T23:00+05:00[Europe/Berlin]', 'x'), 'INVALID_INSTANT', 'x');
    expectTarifkitError(() => epochNsOf(null, 'x'), 'INVALID_INSTANT', 'x');
  });

  it('property: reading an ISO instant by hand gives the same instant as Temporal', () => {
    fc.assert(fc.property(instantTextArb, (text) => {
      const expected = text.includes('[') ? Temporal.ZonedDateTime.from(text).epochNanoseconds : Temporal.Instant.from(text).epochNanoseconds;
      expect(epochNsOf(text, 'x')).toBe(expected);
    }), RUNS);
  }, 120_000);

  it('property: an instant written by hand in UTC is the string Temporal.Instant writes, and reads back to itself', () => {
    const subMsArb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999 }), fc.constantFrom(500_000, 1, 100_000));
    fc.assert(fc.property(epochMsArb, subMsArb, (ms, subMs) => {
      const ns = BigInt(ms) * 1_000_000n + BigInt(subMs);
      const text = isoFromEpochNs(ns);
      expect(text).toBe(Temporal.Instant.fromEpochNanoseconds(ns).toString());
      expect(epochNsOf(text, 'x')).toBe(ns);
    }), RUNS);
  }, 120_000);

  it('reads the edges of the calendar as Temporal does: 29 February of a leap year, the year 0, the last day of a 30-day month', () => {
    for (const text of ['2028-02-29T10:00Z', '0000-01-01T10:00Z', '2026-04-30T23:59:59.999999999Z', '2026-12-31T23:59+14:00', '1970-01-01T00:00-12:00']) {
      expect(epochNsOf(text, 'x')).toBe(Temporal.Instant.from(text).epochNanoseconds);
    }
  });

  it('places an instant a nanosecond before 1970 on 1969-12-31, not on 1970-01-01', () => {
    const ns = Temporal.Instant.from('1969-12-31T23:59:59.999999999Z').epochNanoseconds;
    expect(localDayOf(ns, 'UTC')).toBe(-1);
    expect(localDayOf(-1_000_000n, 'UTC')).toBe(-1);
    expect(localDayOf(0n, 'UTC')).toBe(0);
  });

  it('writes instants before 1970 too', () => {
    const ns = Temporal.Instant.from('1969-12-31T23:59:59.999Z').epochNanoseconds;
    expect(isoFromEpochNs(ns)).toBe('1969-12-31T23:59:59.999Z');
  });

  it('property: the cached day of an instant in a zone is the day Temporal gives', () => {
    fc.assert(fc.property(epochMsArb, zoneArb, (ms, zone) => {
      const ns = BigInt(ms) * 1_000_000n;
      const day = Temporal.Instant.fromEpochNanoseconds(ns).toZonedDateTimeISO(zone).toPlainDate();
      expect(localDayOf(ns, zone)).toBe(temporalEpochDay(day));
      expect(localDayOf(ns, zone)).toBe(temporalEpochDay(day)); // cached: same answer
    }), RUNS);
  }, 120_000);

  it('property: the day an instant falls on is right on both sides of every DST change of Berlin 1980–2099', () => {
    fc.assert(fc.property(fc.integer({ min: 1980, max: 2099 }), fc.boolean(), fc.integer({ min: -90, max: 90 }), (year, spring, minutes) => {
      // Last Sunday of March / October, 01:00 UTC.
      const month = spring ? 3 : 10;
      let sunday = Temporal.PlainDate.from({ year, month, day: 31 });
      while (sunday.dayOfWeek !== 7) sunday = sunday.subtract({ days: 1 });
      const change = sunday.toZonedDateTime({ timeZone: 'UTC', plainTime: '01:00' }).toInstant().add({ minutes });
      const expected = change.toZonedDateTimeISO('Europe/Berlin').toPlainDate();
      expect(localDayOf(change.epochNanoseconds, 'Europe/Berlin')).toBe(temporalEpochDay(expected));
    }), RUNS);
  }, 120_000);

  it('property: a day starts at the first instant whose local date is that day', () => {
    fc.assert(fc.property(isoDateArb(1971, 2099), zoneArb, (iso, zone) => {
      const date = Temporal.PlainDate.from(iso);
      const ns = startOfDayNs(temporalEpochDay(date), zone);
      expect(ns).toBe(date.toZonedDateTime({ timeZone: zone }).epochNanoseconds);
      expect(localDayOf(ns, zone)).toBe(temporalEpochDay(date));
      expect(temporalFromEpochDay(localDayOf(ns - 1n, zone)).toString()).toBe(date.subtract({ days: 1 }).toString());
    }), RUNS);
  }, 120_000);
});
