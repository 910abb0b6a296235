/**
 * The number path of instants (R10, R12) that keeps BigInt and Temporal off the hot
 * path of option bookings: reading an ISO instant by char codes, the day of a
 * millisecond in a zone through the offset cache, and writing a whole millisecond
 * back as Temporal writes it. Each is checked against Temporal.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochNsOf, isoFromEpochMs, isoFromEpochNs, localDayOf, localDayOfMs, wholeEpochMsOfText } from '../../src/rules/zone.js';
import { RUNS, temporalEpochDay } from '../arbitraries/core.js';
import { epochMsArb, zoneArb } from '../arbitraries/options.js';

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

/** ISO instants in every spelling the hand reader takes, and a few it must leave to Temporal. */
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

describe('instants on numbers', () => {
  it('property: reading an instant by char codes gives what Temporal reads, in every spelling', () => {
    fc.assert(fc.property(spelledInstantArb, (text) => {
      expect(libraryNs(text)).toBe(temporalNs(text));
    }), RUNS);
  }, 120_000);

  it('property: a text one character off an instant is read as Temporal reads it, or refused as Temporal refuses it', () => {
    fc.assert(fc.property(nearMissArb, (text) => {
      expect(libraryNs(text)).toBe(temporalNs(text));
    }), RUNS);
  }, 120_000);

  it('reads the edge values by hand as Temporal does: leap second, 23:59, offsets ±23:59, the last day of February', () => {
    for (const text of [
      '2026-03-27T23:59:60Z', '2026-03-27T23:59:60.5+01:00', '2026-03-27T23:59-23:59', '2026-03-27T00:00+23:59',
      '2024-02-29T12:00Z', '0001-01-01T00:00Z', '9999-12-31T23:59:59.999999999Z', '2026-03-27T22:00:00,25Z',
    ]) {
      expect(libraryNs(text)).toBe(temporalNs(text));
    }
    for (const text of ['2026-03-27T24:00Z', '2026-03-27T23:60Z', '2026-02-29T10:00Z', '2026-03-27T23:00+24:00', '2026-03-27T23:00+01:60',
      '2026-03-27T23:00:00.Z', '2026-03-27T23:00:00.1234567891Z', '2026-03-27T23:00', '2026-03-27T23:00Zz', '2026-03-27T23:00+01:0']) {
      expect(libraryNs(text)).toBe('INVALID');
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
  }, 120_000);

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
  }, 120_000);

  it('property: the day of a millisecond in a zone is the day Temporal gives, also when hours share a cache slot', () => {
    // 4096 hours apart share a slot of the offset cache: both must still be right.
    const slotStep = 4096 * 3_600_000;
    fc.assert(fc.property(epochMsArb, zoneArb, fc.integer({ min: -3, max: 3 }), (ms, zone, k) => {
      for (const at of [ms, ms + k * slotStep, ms]) {
        const day = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone).toPlainDate();
        expect(localDayOfMs(at, zone)).toBe(temporalEpochDay(day));
        expect(localDayOf(BigInt(at) * 1_000_000n, zone)).toBe(temporalEpochDay(day));
      }
    }), RUNS);
  }, 120_000);
});
