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
