/**
 * The boundary between ISO text and epoch days: reading dates and periods from
 * outside, and writing them back as text. Every module goes through here, so
 * epoch days never reach a public value.
 *
 * @internal
 * @module
 */
import { fail } from '../errors/fail.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { isoFromEpochDay, type EpochDay } from './epochDay.js';
import { epochDayFromInput } from './parseDate.js';
import type { Period } from './types.js';

/** The first and last epoch day whose ISO text is kept once written: 1970-01-01 to 2099-12-31. */
const CACHE_FIRST = 0;
const CACHE_SIZE = 47_482;
const ISO_CACHE: (string | undefined)[] = new Array<string | undefined>(CACHE_SIZE);

/** Epoch day of 0001-01-01 and of 9999-12-31: the years tarifkit supports. */
export const FIRST_DAY = -719_162;
export const LAST_DAY = 2_932_896;

/** The ISO text of an epoch day; written once per day for 1970–2099. DATE_OUT_OF_RANGE outside 0001–9999. */
export function isoOf(day: EpochDay): string {
  const i = day - CACHE_FIRST;
  if (i >= 0 && i < CACHE_SIZE) {
    const known = ISO_CACHE[i];
    if (known !== undefined) return known;
    return (ISO_CACHE[i] = isoFromEpochDay(day));
  }
  if (!(day >= FIRST_DAY && day <= LAST_DAY)) {
    const text = Number.isSafeInteger(day) ? isoFromEpochDay(day) : String(day);
    fail('DATE_OUT_OF_RANGE', 'date', text, { computed: text, reason: 'a date computed from the input falls outside 0001-01-01 to 9999-12-31' });
  }
  return isoFromEpochDay(day);
}

/**
 * Runs `compute`; a date it computes outside 0001–9999 is a DATE_OUT_OF_RANGE
 * naming `field` and its `value` (the input it was computed from), with the
 * date it came to as `computed`.
 */
export function landingIn<T>(field: string, value: unknown, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof TarifkitError && error.code === 'DATE_OUT_OF_RANGE' && error.details.field === 'date' && typeof error.details['computed'] === 'string') {
      throw new TarifkitError('DATE_OUT_OF_RANGE', { ...error.details, field, value }, { cause: error });
    }
    throw error;
  }
}

/** The epoch day of a date input, or INVALID_DATE naming `field`. */
export function dayOf(input: unknown, field: string): EpochDay {
  return epochDayFromInput(input, field);
}

/**
 * The periods made last, by their first day: a billing run makes the same few
 * periods over and over (every line of a month's invoice has the month as its
 * period), so they are made once and shared. They are frozen: a period handed
 * out is plain data that never changes.
 */
const PERIOD_SLOTS = 4096;
const periodStarts = new Float64Array(PERIOD_SLOTS).fill(Number.NaN);
const periodEnds = new Float64Array(PERIOD_SLOTS);
const periods: (Period | undefined)[] = new Array<Period | undefined>(PERIOD_SLOTS);

/** A period from trusted epoch days. */
export function periodOf(startDay: EpochDay, endDay: EpochDay): Period {
  const slot = startDay & (PERIOD_SLOTS - 1);
  if (periodStarts[slot] === startDay && periodEnds[slot] === endDay) return periods[slot] as Period;
  const period: Period = Object.freeze({ start: isoOf(startDay), end: isoOf(endDay) });
  periodStarts[slot] = startDay;
  periodEnds[slot] = endDay;
  periods[slot] = period;
  return period;
}

/** The epoch days `[start, end)` of a period from outside; INVALID_ARGUMENT / INVALID_DATE / END_BEFORE_START naming `field`. */
export function rangeOf(period: unknown, field: string): [start: EpochDay, end: EpochDay] {
  if (typeof period !== 'object' || period === null) fail('INVALID_ARGUMENT', field, period);
  const start = epochDayFromInput((period as { start?: unknown }).start, `${field}.start`);
  const end = epochDayFromInput((period as { end?: unknown }).end, `${field}.end`);
  if (end < start) fail('END_BEFORE_START', field, `${String((period as Period).start)}..${String((period as Period).end)}`);
  return [start, end];
}

/** The start day of a trusted ISO date (a value tarifkit wrote). */
export function dayOfIso(iso: string): EpochDay {
  return epochDayFromInput(iso, 'date');
}
