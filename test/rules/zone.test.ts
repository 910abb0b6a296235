/**
 * The integer time path of the rules (R10, R12) against Temporal: ISO instants
 * read by hand from char codes, the day an instant falls on in a zone through
 * the offset cache, the instant a day starts, and instants written back as
 * Temporal writes them.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  DEADLINE_NS,
  deadlineNsFor,
  epochMsOf,
  epochNsOf,
  isoFromEpochMs,
  isoFromEpochNs,
  localDayOf,
  localDayOfMs,
  startOfDayNs,
  timeZoneOf,
  wholeEpochMsOfText,
  zonedOf,
} from '../../src/rules/zone.js';
import { expectTarifkitError, isoDateArb, RUNS, temporalEpochDay, temporalFromEpochDay } from '../arbitraries/core.js';
import { epochMsArb, instantTextArb, zoneArb } from './arbitraries.js';

vi.setConfig({ testTimeout: 60_000 });

/** Temporal's reading of an instant text, or 'INVALID' when it reads none. */
function temporalNs(text: string): bigint | 'INVALID' {
  try {
    return text.includes('[') ? Temporal.ZonedDateTime.from(text).epochNanoseconds : Temporal.Instant.from(text).epochNanoseconds;
  } catch {
    return 'INVALID';
  }
}

/** The library's reading, or 'INVALID' for INVALID_INSTANT. */
function libraryNs(text: string): bigint | 'INVALID' {
  try {
    return epochNsOf(text, 'x');
  } catch (error) {
    expect((error as { code?: unknown }).code).toBe('INVALID_INSTANT');
    return 'INVALID';
  }
}

const two = (n: number): string => String(n).padStart(2, '0');

/** ISO instants in every spelling the hand reader takes: T/t/space, seconds, fractions with . or ,, Z/z or ±HH[:]MM. */
const spelledInstantArb = fc
  .record({
    ms: epochMsArb,
    subMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999 })),
    offsetMinutes: fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
    separator: fc.constantFrom('T', 't', ' '),
    fractionMark: fc.constantFrom('.', ','),
    fractionDigits: fc.integer({ min: 0, max: 9 }),
    seconds: fc.boolean(),
    zone: fc.constantFrom('Z', 'z', 'colon', 'plain'),
  })
  .map(({ ms, subMs, offsetMinutes, separator, fractionMark, fractionDigits, seconds, zone }) => {
    const offset = zone === 'Z' || zone === 'z' ? 0 : offsetMinutes;
    const local = Temporal.Instant.fromEpochNanoseconds(BigInt(ms) * 1_000_000n + BigInt(subMs))
      .toZonedDateTimeISO('UTC').add({ minutes: offset }).toPlainDateTime();
    let text = `${String(local.year).padStart(4, '0')}-${two(local.month)}-${two(local.day)}${separator}${two(local.hour)}:${two(local.minute)}`;
    if (seconds) {
      text += `:${two(local.second)}`;
      if (fractionDigits > 0) {
        const nanos = local.millisecond * 1_000_000 + local.microsecond * 1000 + local.nanosecond;
        text += fractionMark + String(nanos).padStart(9, '0').slice(0, fractionDigits);
      }
    }
    if (zone === 'Z' || zone === 'z') return text + zone;
    const sign = offset < 0 ? '-' : '+';
    const magnitude = Math.abs(offset);
    return `${text}${sign}${two(Math.floor(magnitude / 60))}${zone === 'colon' ? ':' : ''}${two(magnitude % 60)}`;
  });

/** A spelled instant with one character changed, dropped or added: mostly no instant at all. */
const nearMissArb = fc
  .record({ text: spelledInstantArb, at: fc.nat(), kind: fc.constantFrom('change', 'drop', 'add'), char: fc.constantFrom('0', '9', ':', '-', '+', '.', 'Z', 'T', ' ', 'x', '6') })
  .map(({ text, at, kind, char }) => {
    const i = at % (text.length + 1);
    if (kind === 'drop') return text.slice(0, i) + text.slice(i + 1);
    if (kind === 'add') return text.slice(0, i) + char + text.slice(i);
    return text.slice(0, i) + char + text.slice(i + 1);
  });

describe('reading instants by hand', () => {
  it('reads the forms of an instant the API documents', () => {
    const at = Temporal.Instant.from('2026-03-27T22:00Z').epochNanoseconds;
    expect(epochNsOf('2026-03-27T23:00+01:00', 'x')).toBe(at);
    expect(epochNsOf('2026-03-27T23:00[Europe/Berlin]', 'x')).toBe(at);
    expect(epochNsOf('2026-03-27T23:00+01:00[Europe/Berlin]', 'x')).toBe(at);
    expect(epochNsOf('2026-03-27T22:00:00.000000001Z', 'x')).toBe(at + 1n);
    expect(epochNsOf('2026-03-27t22:00z', 'x')).toBe(at);
    expect(epochNsOf('2026-03-27T23:00+0100', 'x')).toBe(at);
    expect(epochNsOf(Temporal.ZonedDateTime.from('2026-03-27T23:00[Europe/Berlin]'), 'x')).toBe(at);
    expect(epochNsOf(Temporal.Instant.from('2026-03-27T22:00Z'), 'x')).toBe(at);
  });

  it('refuses what names no instant with INVALID_INSTANT naming the field, keeping Temporal\'s error as cause', () => {
    for (const bad of ['2026-03-27', '2026-03-27T23:00', '2026-02-30T10:00Z', '2026-03-27T24:30Z', '2026-03-27T23:00+25:00', 'soon', '',
      '2026-13-01T10:00Z', '2026-00-10T10:00Z', '2026-04-00T10:00Z', '2026-04-31T10:00Z', '2026-04-10T23:60Z', '2026-04-10T23:59:61Z', '2026-04-10T10:00+01:60',
      '2026-03-27T23:00+05:00[Europe/Berlin]']) {
      expectTarifkitError(() => epochNsOf(bad, 'request.at'), 'INVALID_INSTANT', 'request.at');
    }
    for (const bad of [null, undefined, 42, {}, { epochNanoseconds: 5 }, Temporal.PlainDateTime.from('2026-03-27T23:00')]) {
      expectTarifkitError(() => epochNsOf(bad, 'x'), 'INVALID_INSTANT', 'x');
    }
    try {
      epochNsOf('2026-02-30T10:00Z', 'x');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(RangeError);
    }
  });

  it('property: an instant written with Z, an offset or a zone reads as the instant Temporal reads', () => {
    fc.assert(fc.property(instantTextArb, (text) => {
      expect(epochNsOf(text, 'x')).toBe(temporalNs(text));
    }), RUNS);
  });

  it('property: reading by char codes gives what Temporal reads, in every spelling', () => {
    fc.assert(fc.property(spelledInstantArb, (text) => {
      expect(libraryNs(text)).toBe(temporalNs(text));
    }), RUNS);
  });

  it('property: a text one character off an instant is read as Temporal reads it, or refused as Temporal refuses it', () => {
    fc.assert(fc.property(nearMissArb, (text) => {
      expect(libraryNs(text)).toBe(temporalNs(text));
    }), RUNS);
  });

  it('reads the edge values by hand as Temporal does: leap second, 23:59, offsets ±23:59, Feb 29, the first and last years', () => {
    for (const text of [
      '2026-03-27T23:59:60Z', '2026-03-27T23:59:60.5+01:00', '2026-03-27T23:59-23:59', '2026-03-27T00:00+23:59',
      '2024-02-29T12:00Z', '0001-01-01T00:00Z', '9999-12-31T23:59:59.999999999Z', '2026-03-27T22:00:00,25Z',
      '0000-01-01T10:00Z', '2026-04-30T23:59:59.999999999Z', '1970-01-01T00:00-12:00',
    ]) {
      expect(libraryNs(text), text).toBe(temporalNs(text));
    }
    for (const text of ['2026-03-27T24:00Z', '2026-03-27T23:60Z', '2026-02-29T10:00Z', '2026-03-27T23:00+24:00', '2026-03-27T23:00+01:60',
      '2026-03-27T23:00:00.Z', '2026-03-27T23:00:00.1234567891Z', '2026-03-27T23:00', '2026-03-27T23:00Zz', '2026-03-27T23:00+01:0']) {
      expect(libraryNs(text), text).toBe('INVALID');
    }
  });

  it('property: the whole epoch millisecond of a text is its instant when that has no finer part, else NaN', () => {
    fc.assert(fc.property(spelledInstantArb, (text) => {
      const ns = temporalNs(text);
      const ms = wholeEpochMsOfText(text);
      if (ns !== 'INVALID' && ns % 1_000_000n === 0n) expect(ms).toBe(Number(ns / 1_000_000n));
      else expect(ms).toBeNaN();
    }), RUNS);
    expect(wholeEpochMsOfText('2026-03-27T23:00[Europe/Berlin]')).toBeNaN();
    expect(wholeEpochMsOfText('soon')).toBeNaN();
  });
});

describe('writing instants', () => {
  it('property: an instant written by hand in UTC is the string Temporal.Instant writes, and reads back to itself', () => {
    const subMsArb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999 }), fc.constantFrom(500_000, 1, 100_000));
    fc.assert(fc.property(epochMsArb, subMsArb, (ms, subMs) => {
      const ns = BigInt(ms) * 1_000_000n + BigInt(subMs);
      const text = isoFromEpochNs(ns);
      expect(text).toBe(Temporal.Instant.fromEpochNanoseconds(ns).toString());
      expect(epochNsOf(text, 'x')).toBe(ns);
    }), RUNS);
  });

  it('property: a whole millisecond is written as Temporal.Instant writes it, and as the nanosecond writer writes it', () => {
    const wideMsArb = fc.oneof(epochMsArb, fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }));
    fc.assert(fc.property(wideMsArb, (ms) => {
      const text = isoFromEpochMs(ms);
      expect(text).toBe(Temporal.Instant.fromEpochMilliseconds(ms).toString());
      expect(text).toBe(isoFromEpochNs(BigInt(ms) * 1_000_000n));
    }), RUNS);
    expect(isoFromEpochMs(Date.UTC(2026, 2, 27, 22, 0, 0, 500))).toBe('2026-03-27T22:00:00.5Z');
    expect(isoFromEpochMs(Date.UTC(2026, 2, 27, 22, 0, 0, 120))).toBe('2026-03-27T22:00:00.12Z');
    expect(isoFromEpochMs(-1)).toBe('1969-12-31T23:59:59.999Z');
  });

  it('writes instants before 1970, and takes the floor of negative nanoseconds to milliseconds', () => {
    expect(isoFromEpochNs(Temporal.Instant.from('1969-12-31T23:59:59.999Z').epochNanoseconds)).toBe('1969-12-31T23:59:59.999Z');
    expect(epochMsOf(-1n)).toBe(-1);
    expect(epochMsOf(-1_000_000n)).toBe(-1);
    expect(epochMsOf(-1_000_001n)).toBe(-2);
    expect(epochMsOf(1_999_999n)).toBe(1);
  });
});

describe('days and zones', () => {
  it('places an instant a nanosecond before 1970 on 1969-12-31, not on 1970-01-01', () => {
    expect(localDayOf(Temporal.Instant.from('1969-12-31T23:59:59.999999999Z').epochNanoseconds, 'UTC')).toBe(-1);
    expect(localDayOf(-1_000_000n, 'UTC')).toBe(-1);
    expect(localDayOf(0n, 'UTC')).toBe(0);
  });

  it('property: the cached day of an instant in a zone is the day Temporal gives', () => {
    fc.assert(fc.property(epochMsArb, zoneArb, (ms, zone) => {
      const ns = BigInt(ms) * 1_000_000n;
      const day = temporalEpochDay(Temporal.Instant.fromEpochNanoseconds(ns).toZonedDateTimeISO(zone).toPlainDate());
      expect(localDayOf(ns, zone)).toBe(day);
      expect(localDayOf(ns, zone)).toBe(day); // cached: same answer
    }), RUNS);
  });

  it('property: the day of a millisecond is right also when hours 4096 apart share a slot of the offset cache', () => {
    const slotStep = 4096 * 3_600_000;
    fc.assert(fc.property(epochMsArb, zoneArb, fc.integer({ min: -3, max: 3 }), (ms, zone, k) => {
      for (const at of [ms, ms + k * slotStep, ms]) {
        const day = temporalEpochDay(Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone).toPlainDate());
        expect(localDayOfMs(at, zone)).toBe(day);
      }
    }), RUNS);
  });

  it('property: the day an instant falls on is right on both sides of every DST change of Berlin 1980–2099', () => {
    fc.assert(fc.property(fc.integer({ min: 1980, max: 2099 }), fc.boolean(), fc.integer({ min: -90, max: 90 }), (year, spring, minutes) => {
      // Last Sunday of March / October, 01:00 UTC.
      let sunday = Temporal.PlainDate.from({ year, month: spring ? 3 : 10, day: 31 });
      while (sunday.dayOfWeek !== 7) sunday = sunday.subtract({ days: 1 });
      const change = sunday.toZonedDateTime({ timeZone: 'UTC', plainTime: '01:00' }).toInstant().add({ minutes });
      const expected = change.toZonedDateTimeISO('Europe/Berlin').toPlainDate();
      expect(localDayOf(change.epochNanoseconds, 'Europe/Berlin')).toBe(temporalEpochDay(expected));
    }), RUNS);
  });

  it('property: a day starts at the first instant whose local date is that day', () => {
    fc.assert(fc.property(isoDateArb(1971, 2099), zoneArb, (iso, zone) => {
      const date = Temporal.PlainDate.from(iso);
      // A day the zone skipped (Kiritimati's 1994-12-31) has no instant of its own; the test below covers it.
      fc.pre(date.toZonedDateTime({ timeZone: zone }).toPlainDate().equals(date));
      const ns = startOfDayNs(temporalEpochDay(date), zone);
      expect(ns).toBe(date.toZonedDateTime({ timeZone: zone }).epochNanoseconds);
      expect(localDayOf(ns, zone)).toBe(temporalEpochDay(date));
      expect(temporalFromEpochDay(localDayOf(ns - 1n, zone)).toString()).toBe(date.subtract({ days: 1 }).toString());
      expect(deadlineNsFor(temporalEpochDay(date), zone)).toBe(ns - DEADLINE_NS);
    }), RUNS);
  });

  it('Kiritimati skipped 1994-12-31: that day and the next start at the same instant', () => {
    const day = temporalEpochDay(Temporal.PlainDate.from('1994-12-31'));
    expect(startOfDayNs(day, 'Pacific/Kiritimati')).toBe(Temporal.Instant.from('1994-12-31T10:00Z').epochNanoseconds);
    expect(startOfDayNs(day + 1, 'Pacific/Kiritimati')).toBe(startOfDayNs(day, 'Pacific/Kiritimati'));
    expect(localDayOf(Temporal.Instant.from('1994-12-31T09:59:59Z').epochNanoseconds, 'Pacific/Kiritimati')).toBe(day - 1);
    expect(localDayOf(Temporal.Instant.from('1994-12-31T10:00Z').epochNanoseconds, 'Pacific/Kiritimati')).toBe(day + 1);
  });

  it('timeZoneOf gives a zone\'s id and refuses what is none with INVALID_TIME_ZONE naming the field', () => {
    expect(timeZoneOf('Europe/Berlin', 'tz')).toBe('Europe/Berlin');
    expect(timeZoneOf('Europe/Berlin', 'tz')).toBe('Europe/Berlin'); // known: from the cache
    expect(timeZoneOf('UTC', 'tz')).toBe('UTC');
    expect(timeZoneOf('+01:00', 'tz')).toBe('+01:00');
    for (const bad of ['Europe/Berlim', '', 'europe/nowhere', '2026-03-27T23:00+01:00', '2026-03-27T23:00[Europe/Berlin]', null, 1, {}]) {
      expectTarifkitError(() => timeZoneOf(bad, 'tz'), 'INVALID_TIME_ZONE', 'tz');
    }
    expect(zonedOf(0n, 'UTC').toString()).toBe('1970-01-01T00:00:00+00:00[UTC]');
  });
});
