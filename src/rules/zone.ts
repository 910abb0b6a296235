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
import { Temporal } from '@js-temporal/polyfill';
import { TarifkitError } from '../errors/TarifkitError.js';
import { daysInMonth, epochDayFromYmd, isoFromEpochDay as plainIso, plainDateFromEpochDay, type EpochDay } from '../calendar/epochDay.js';
import type { InstantInput } from './types.js';

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

const FAST_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

function fastInstant(text: string): bigint | undefined {
  const m = FAST_INSTANT.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  let second = m[6] === undefined ? 0 : Number(m[6]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  if (second === 60) second = 59; // Temporal reads a leap second as :59
  const fractionNs = m[7] === undefined ? 0 : Number(m[7].padEnd(9, '0'));
  let offsetMinutes = 0;
  if (m[8] === undefined) {
    const offsetHours = Number(m[10]);
    const offsetMins = Number(m[11]);
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const ms = epochDayFromYmd(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000 + second * 1000
    - offsetMinutes * 60_000;
  return BigInt(ms) * NS_PER_MS + BigInt(fractionNs);
}

/**
 * The epoch nanoseconds of an instant input: a ZonedDateTime, an Instant, or an ISO
 * string with an offset (`2026-03-27T23:00+01:00`, `…Z`) or a bracketed zone
 * (`2026-03-27T23:00[Europe/Berlin]`). Anything else is INVALID_INSTANT naming `field`.
 */
export function epochNsOf(input: InstantInput | unknown, field: string): bigint {
  if (typeof input === 'string') {
    const fast = fastInstant(input);
    if (fast !== undefined) return fast;
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

/** `floor(ns / 1e6)` as a number. */
export function epochMsOf(ns: bigint): number {
  const ms = ns / NS_PER_MS;
  return Number(ns < 0n && ms * NS_PER_MS !== ns ? ms - 1n : ms);
}

function offsetMsAt(ms: number, zone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 1_000_000;
}

/** Per zone, per UTC hour: the offset in ms when it holds for the whole hour, else NaN. */
const hourOffsets = new Map<string, Map<number, number>>();

/** The day (in `zone`) an instant falls on, as an epoch day. */
export function localDayOf(ns: bigint, zone: string): EpochDay {
  const ms = epochMsOf(ns);
  const hour = Math.floor(ms / MS_PER_HOUR);
  let byHour = hourOffsets.get(zone);
  if (byHour === undefined) {
    byHour = new Map();
    hourOffsets.set(zone, byHour);
  }
  let offset = byHour.get(hour);
  if (offset === undefined) {
    const atStart = offsetMsAt(hour * MS_PER_HOUR, zone);
    const atEnd = offsetMsAt(hour * MS_PER_HOUR + MS_PER_HOUR - 1, zone);
    offset = atStart === atEnd ? atStart : Number.NaN;
    if (byHour.size > 200_000) byHour.clear();
    byHour.set(hour, offset);
  }
  if (Number.isNaN(offset)) offset = offsetMsAt(ms, zone);
  return Math.floor((ms + offset) / MS_PER_DAY);
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
export function zonedOf(ns: bigint, zone: string): Temporal.ZonedDateTime {
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
