/**
 * Instants and time zones on integers (R10, R12): the one place where rules that
 * speak of hours meet the calendar's epoch days.
 *
 * Instants are epoch nanoseconds (bigint). Converting an instant to its day in a
 * zone, and a day to the instant it starts, needs the zone's offset; Temporal gives
 * it, and small caches keep the hot path from asking twice. ISO strings with `Z` or
 * a numeric offset are read by hand (test/rules/zone.test.ts proves the result equal
 * to `Temporal.Instant.from`); anything else goes to Temporal.
 *
 * @internal
 * @module
 */
import { Temporal } from '#temporal';
import { TarifkitError } from '../errors/TarifkitError.js';
import {
  daysInMonth,
  epochDayFromYmd,
  isoFromEpochDay as plainIso,
  packedDay,
  packedMonth,
  packedYear,
  packedYmdFromEpochDay,
  plainDateFromEpochDay,
  type EpochDay,
} from '../calendar/epochDay.js';
import type { ZonedDateTime } from '../temporal/types.js';
import type { InstantInput } from './types.js';
import { FIRST_DAY, LAST_DAY } from '../calendar/days.js';

/** The zone customers are in unless told otherwise (R12). */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

export const NS_PER_MS = 1_000_000n;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
/** 48 hours in nanoseconds (R12). */
export const DEADLINE_NS = 48n * 3_600_000_000_000n;
/** 24 hours in nanoseconds (R10). */
export const ACTIVATION_NS = 24n * 3_600_000_000_000n;

const knownZones = new Map<string, string>();

/**
 * The canonical id of a time zone name, or TarifkitError(INVALID_TIME_ZONE) naming `field`.
 * Only zone names and numeric offsets are taken, not date-time strings that carry one.
 */
export function timeZoneOf(input: unknown, field: string): string {
  if (typeof input === 'string') {
    const known = knownZones.get(input);
    if (known !== undefined) return known;
    if (input.length > 0 && !input.includes('[') && !/^\d{4}-/.test(input)) {
      try {
        const id = new Temporal.PlainDate(2026, 1, 1).toZonedDateTime({ timeZone: input }).timeZoneId;
        if (knownZones.size > 1000) knownZones.clear();
        knownZones.set(input, id);
        return id;
      } catch (cause) {
        throw new TarifkitError('INVALID_TIME_ZONE', { field, value: input }, { cause });
      }
    }
  }
  throw new TarifkitError('INVALID_TIME_ZONE', { field, value: input });
}

/** What {@link readInstantText} read: whole epoch milliseconds, and the nanoseconds below them (0–999,999). */
let readMs = 0;
let readSubMsNs = 0;

/** The value of two ASCII digits at `at`, or -1 (also past the end, where char codes are NaN). */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Reads `YYYY-MM-DD(T|t| )HH:MM[:SS[(.|,)F{1,9}]](Z|z|±HH[:]MM)` from char codes,
 * without a regular expression, into {@link readMs} and {@link readSubMsNs}.
 * False for any other text, and for values out of range; Temporal then decides.
 * A leap second (:60) reads as :59, as Temporal reads it.
 */
function readInstantText(text: string): boolean {
  const n = text.length;
  if (n < 17 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58) return false;
  const separator = text.charCodeAt(10);
  if (separator !== 84 && separator !== 116 && separator !== 32) return false;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (century < 0 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return false;
  const year = century * 100 + yy;
  let at = 16;
  let second = 0;
  let fractionNs = 0;
  if (text.charCodeAt(at) === 58) {
    second = twoDigits(text, at + 1);
    if (second < 0) return false;
    at += 3;
    const mark = text.charCodeAt(at);
    if (mark === 46 || mark === 44) {
      at += 1;
      let digits = 0;
      for (;;) {
        const d = text.charCodeAt(at) - 48;
        if (!(d >= 0 && d <= 9) || digits === 9) break;
        fractionNs = fractionNs * 10 + d;
        digits += 1;
        at += 1;
      }
      if (digits === 0) return false;
      for (let i = digits; i < 9; i += 1) fractionNs *= 10;
    }
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(at);
  if (zone === 90 || zone === 122) {
    if (at + 1 !== n) return false;
  } else if (zone === 43 || zone === 45) {
    const offsetHours = twoDigits(text, at + 1);
    at += 3;
    if (text.charCodeAt(at) === 58) at += 1;
    const offsetMins = twoDigits(text, at);
    if (offsetHours < 0 || offsetMins < 0 || at + 2 !== n) return false;
    if (offsetHours > 23 || offsetMins > 59) return false;
    offsetMinutes = (zone === 45 ? -1 : 1) * (offsetHours * 60 + offsetMins);
  } else {
    return false;
  }
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (second === 60) second = 59; // Temporal reads a leap second as :59
  const fractionMs = Math.floor(fractionNs / 1_000_000);
  readMs = epochDayFromYmd(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000 + second * 1000
    - offsetMinutes * 60_000 + fractionMs;
  readSubMsNs = fractionNs - fractionMs * 1_000_000;
  return true;
}

/**
 * The epoch milliseconds of an ISO instant string with `Z` or a numeric offset
 * (the forms {@link epochNsOf} reads by hand), when it names a whole
 * millisecond; NaN for anything else (a bracketed zone, a finer fraction, no
 * instant at all), which the caller then reads with {@link epochNsOf}.
 */
export function wholeEpochMsOfText(text: string): number {
  return readInstantText(text) && readSubMsNs === 0 ? readMs : Number.NaN;
}

/**
 * The epoch nanoseconds of an instant input: a ZonedDateTime, an Instant, or an ISO
 * string with an offset (`2026-03-27T23:00+01:00`, `…Z`) or a bracketed zone
 * (`2026-03-27T23:00[Europe/Berlin]`). Anything else is INVALID_INSTANT naming `field`.
 */
export function epochNsOf(input: InstantInput | unknown, field: string): bigint {
  if (typeof input === 'string') {
    if (readInstantText(input)) return BigInt(readMs) * NS_PER_MS + BigInt(readSubMsNs);
    try {
      return input.includes('[')
        ? Temporal.ZonedDateTime.from(input).epochNanoseconds
        : Temporal.Instant.from(input).epochNanoseconds;
    } catch (cause) {
      throw new TarifkitError('INVALID_INSTANT', { field, value: input }, { cause });
    }
  }
  if (typeof input === 'object' && input !== null) {
    const ns = (input as { epochNanoseconds?: unknown }).epochNanoseconds;
    if (typeof ns === 'bigint') return ns;
  }
  throw new TarifkitError('INVALID_INSTANT', { field, value: input });
}

/** The first nanosecond of 0001-01-01 and of 10000-01-01, in UTC: the supported years of instants. */
const FIRST_NS = BigInt(FIRST_DAY) * 86_400_000_000_000n;
const END_NS = BigInt(LAST_DAY + 1) * 86_400_000_000_000n;

/** `ns` itself, or DATE_OUT_OF_RANGE naming `field` and `value` for an instant outside the years 0001–9999 (UTC). */
export function inRangeNs(ns: bigint, field: string, value: unknown): bigint {
  if (ns < FIRST_NS || ns >= END_NS) throw new TarifkitError('DATE_OUT_OF_RANGE', { field, value, min: '0001-01-01T00:00:00Z', max: '9999-12-31T23:59:59.999999999Z' });
  return ns;
}

/** The epoch nanoseconds of an instant input from outside: {@link epochNsOf}, then DATE_OUT_OF_RANGE outside 0001–9999. */
export function instantNsOf(input: unknown, field: string): bigint {
  return inRangeNs(epochNsOf(input, field), field, input);
}

/** `floor(ns / 1e6)` as a number. */
export function epochMsOf(ns: bigint): number {
  const ms = ns / NS_PER_MS;
  return Number(ns < 0n && ms * NS_PER_MS !== ns ? ms - 1n : ms);
}

function offsetMsAt(ms: number, zone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 1_000_000;
}

/**
 * A zone's offsets over one UTC year: the instants (ms) from which each offset
 * holds, the first being the year's start. Built once per zone and year from
 * Temporal's own transitions (a few calls), then read by comparison: an
 * instant's local day costs a table look-up, not a Temporal call.
 */
interface YearOffsets {
  readonly from: number[];
  readonly offsets: number[];
}

/** Per zone, per UTC year. At most a few zones and years are in use; the table starts over past 4096 entries. */
const zoneYears = new Map<string, Map<number, YearOffsets>>();
let zoneYearCount = 0;

function yearOffsets(zone: string, year: number): YearOffsets {
  let years = zoneYears.get(zone);
  if (years === undefined) {
    years = new Map();
    zoneYears.set(zone, years);
  }
  let table = years.get(year);
  if (table !== undefined) return table;
  const start = epochDayFromYmd(year, 1, 1) * MS_PER_DAY;
  const end = epochDayFromYmd(year + 1, 1, 1) * MS_PER_DAY;
  const from = [start];
  const offsets = [offsetMsAt(start, zone)];
  let at: ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(start).toZonedDateTimeISO(zone);
  for (let guard = 0; guard < 64; guard += 1) {
    at = at.getTimeZoneTransition('next');
    if (at === null) break;
    const ms = Number(at.epochNanoseconds / NS_PER_MS);
    if (ms >= end) break;
    from.push(ms);
    offsets.push(at.offsetNanoseconds / 1_000_000);
  }
  table = { from, offsets };
  if (zoneYearCount >= 4096) {
    zoneYears.clear();
    zoneYearCount = 0;
    zoneYears.set(zone, years);
    years.clear();
  }
  years.set(year, table);
  zoneYearCount += 1;
  return table;
}

/** The last year looked up, per zone, for the hot path. */
let lastZone = '';
let lastYear = Number.NaN;
let lastTable: YearOffsets | null = null;

/** The day (in `zone`) the millisecond `ms` since the epoch falls on, as an epoch day. */
export function localDayOfMs(ms: number, zone: string): EpochDay {
  const utcDay = Math.floor(ms / MS_PER_DAY);
  const year = packedYear(packedYmdFromEpochDay(utcDay));
  let table = lastTable;
  if (zone !== lastZone || year !== lastYear || table === null) {
    table = yearOffsets(zone, year);
    lastZone = zone;
    lastYear = year;
    lastTable = table;
  }
  const from = table.from;
  let i = from.length - 1;
  while (i > 0 && (from[i] as number) > ms) i -= 1;
  return Math.floor((ms + (table.offsets[i] as number)) / MS_PER_DAY);
}

/** The day (in `zone`) an instant falls on, as an epoch day. */
export function localDayOf(ns: bigint, zone: string): EpochDay {
  return localDayOfMs(epochMsOf(ns), zone);
}

/** Per zone, per epoch day: the instant the day starts, in epoch nanoseconds. */
const dayStarts = new Map<string, Map<EpochDay, bigint>>();

/**
 * The instant a day starts in `zone` (00:00, or the first valid time when a
 * DST gap swallows midnight), in epoch nanoseconds.
 */
export function startOfDayNs(day: EpochDay, zone: string): bigint {
  let byDay = dayStarts.get(zone);
  if (byDay === undefined) {
    byDay = new Map();
    dayStarts.set(zone, byDay);
  }
  let ns = byDay.get(day);
  if (ns === undefined) {
    ns = plainDateFromEpochDay(day).toZonedDateTime({ timeZone: zone }).epochNanoseconds;
    if (byDay.size > 200_000) byDay.clear();
    byDay.set(day, ns);
  }
  return ns;
}

/** The 48-hour deadline (R12) for a period that ends when `endDay` starts, in epoch nanoseconds. */
export function deadlineNsFor(endDay: EpochDay, zone: string): bigint {
  return startOfDayNs(endDay, zone) - DEADLINE_NS;
}

/** A ZonedDateTime for epoch nanoseconds in a zone, for results at the edge. */
export function zonedOf(ns: bigint, zone: string): ZonedDateTime {
  return new Temporal.ZonedDateTime(ns, zone);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The ISO string of an instant in UTC, exactly as `Temporal.Instant.prototype.toString()`
 * writes it (`2026-03-27T22:00:00Z`, fractions without trailing zeros), from integers.
 */
export function isoFromEpochNs(ns: bigint): string {
  const ms = epochMsOf(ns);
  const subMs = Number(ns - BigInt(ms) * NS_PER_MS);
  const day = Math.floor(ms / MS_PER_DAY);
  let rest = ms - day * MS_PER_DAY;
  const hour = Math.floor(rest / MS_PER_HOUR);
  rest -= hour * MS_PER_HOUR;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const fractionNs = (rest - second * 1000) * 1_000_000 + subMs;
  const date = plainIso(day);
  const time = `${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`;
  if (fractionNs === 0) return `${date}T${time}Z`;
  return `${date}T${time}.${pad(fractionNs, 9).replace(/0+$/, '')}Z`;
}

/** Char codes of `0`–`9`. */
const ZERO = 48;

/**
 * {@link isoFromEpochNs} for a whole millisecond, built in one string from char
 * codes (`2026-03-27T22:00:00Z`, `…:00.5Z`): the same text, fewer steps. Years
 * outside 0001–9999 go the long way.
 */
export function isoFromEpochMs(ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  const packed = packedYmdFromEpochDay(day);
  const year = packedYear(packed);
  if (year < 1 || year > 9999) return isoFromEpochNs(BigInt(ms) * NS_PER_MS);
  const month = packedMonth(packed);
  const date = packedDay(packed);
  let rest = ms - day * MS_PER_DAY;
  const hour = Math.floor(rest / MS_PER_HOUR);
  rest -= hour * MS_PER_HOUR;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  const y2 = year % 100;
  const y1 = (year - y2) / 100;
  const c0 = ZERO + Math.floor(y1 / 10);
  const c1 = ZERO + (y1 % 10);
  const c2 = ZERO + Math.floor(y2 / 10);
  const c3 = ZERO + (y2 % 10);
  const c5 = ZERO + Math.floor(month / 10);
  const c6 = ZERO + (month % 10);
  const c8 = ZERO + Math.floor(date / 10);
  const c9 = ZERO + (date % 10);
  const c11 = ZERO + Math.floor(hour / 10);
  const c12 = ZERO + (hour % 10);
  const c14 = ZERO + Math.floor(minute / 10);
  const c15 = ZERO + (minute % 10);
  const c17 = ZERO + Math.floor(second / 10);
  const c18 = ZERO + (second % 10);
  // One string, built at once: `YYYY-MM-DDTHH:MM:SS`, the fraction without trailing zeros, `Z`.
  if (milli === 0) return String.fromCharCode(c0, c1, c2, c3, 45, c5, c6, 45, c8, c9, 84, c11, c12, 58, c14, c15, 58, c17, c18, 90);
  const hundreds = ZERO + Math.floor(milli / 100);
  const tens = ZERO + (Math.floor(milli / 10) % 10);
  const ones = ZERO + (milli % 10);
  if (ones !== ZERO) {
    return String.fromCharCode(c0, c1, c2, c3, 45, c5, c6, 45, c8, c9, 84, c11, c12, 58, c14, c15, 58, c17, c18, 46, hundreds, tens, ones, 90);
  }
  if (tens !== ZERO) return String.fromCharCode(c0, c1, c2, c3, 45, c5, c6, 45, c8, c9, 84, c11, c12, 58, c14, c15, 58, c17, c18, 46, hundreds, tens, 90);
  return String.fromCharCode(c0, c1, c2, c3, 45, c5, c6, 45, c8, c9, 84, c11, c12, 58, c14, c15, 58, c17, c18, 46, hundreds, 90);
}
