/**
 * German public holidays on epoch days (R30): the rules as data, Easter by the
 * Gregorian computus, and the fast check the §193 BGB shifts use.
 *
 * Each region has a bit: bit 0 the nationwide holidays (`DE`), bits 1–16 the
 * states in the order of {@link STATES}. A day's mask holds the bits of every
 * region it is a holiday in; a nationwide holiday holds them all.
 *
 * @internal
 * @module
 */
import { EASTER_OFFSETS, easterSunday } from '../calendar/easter.js';
import { epochDayFromYmd, isoWeekday, packedYear, packedYmdFromEpochDay, type EpochDay } from '../calendar/epochDay.js';
import { fail } from '../errors/fail.js';
import type { GermanState, HolidayRegion } from './types.js';

/** The states, in the order of their bits (1–16). */
export const STATES: readonly GermanState[] = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'];

/** The first and last year the built-in holidays cover: 1995 abolished Repentance Day outside Saxony. */
export const FIRST_YEAR = 1995;
export const LAST_YEAR = 9999;

/** Every region: a nationwide holiday. */
const ALL = 0x1ffff;

function maskOf(states: string): number {
  let mask = 0;
  for (const state of states.split(' ')) mask |= 1 << (STATES.indexOf(state as GermanState) + 1);
  return mask;
}

/**
 * The rules: name, day (`M-D` fixed, `E±n` from Easter Sunday, `BB` the Wednesday
 * before 23 November), regions (`*` nationwide), and the years in force.
 */
const RULES: readonly (readonly [name: string, day: string, regions: string, from?: number, to?: number])[] = [
  ['Neujahr', '1-1', '*'],
  ['Heilige Drei Könige', '1-6', 'BW BY ST'],
  ['Internationaler Frauentag', '3-8', 'BE', 2019],
  ['Internationaler Frauentag', '3-8', 'MV', 2023],
  ['Karfreitag', `E${EASTER_OFFSETS.goodFriday}`, '*'],
  ['Ostermontag', `E${EASTER_OFFSETS.easterMonday}`, '*'],
  ['Tag der Arbeit', '5-1', '*'],
  ['Tag der Befreiung', '5-8', 'BE', 2020, 2020],
  ['Tag der Befreiung', '5-8', 'BE', 2025, 2025],
  ['Christi Himmelfahrt', `E${EASTER_OFFSETS.ascension}`, '*'],
  ['Pfingstmontag', `E${EASTER_OFFSETS.whitMonday}`, '*'],
  ['Fronleichnam', `E${EASTER_OFFSETS.corpusChristi}`, 'BW BY HE NW RP SL'],
  ['Mariä Himmelfahrt', '8-15', 'BY SL'],
  ['Weltkindertag', '9-20', 'TH', 2019],
  ['Tag der Deutschen Einheit', '10-3', '*'],
  ['Reformationstag', '10-31', 'BB MV SN ST TH'],
  ['Reformationstag', '10-31', 'HB HH NI SH', 2018],
  ['Reformationstag', '10-31', '*', 2017, 2017],
  ['Allerheiligen', '11-1', 'BW BY NW RP SL'],
  ['Buß- und Bettag', 'BB', 'SN'],
  ['1. Weihnachtstag', '12-25', '*'],
  ['2. Weihnachtstag', '12-26', '*'],
];

/** One holiday of a year: its day, name and regions. */
export interface HolidayEntry {
  readonly day: EpochDay;
  readonly name: string;
  readonly mask: number;
}

function dayOfRule(rule: string, year: number): EpochDay {
  if (rule === 'BB') {
    const day = epochDayFromYmd(year, 11, 22);
    return day - ((isoWeekday(day) + 4) % 7);
  }
  if (rule.startsWith('E')) return easterSunday(year) + Number(rule.slice(1));
  const [month, date] = rule.split('-');
  return epochDayFromYmd(year, Number(month), Number(date));
}

/** The holidays of a year in every region, in date order (a rule in force twice on one day counts once). */
export function holidaysOfYear(year: number): readonly HolidayEntry[] {
  const entries: HolidayEntry[] = [];
  for (const [name, rule, regions, from = FIRST_YEAR, to = LAST_YEAR] of RULES) {
    if (year < from || year > to) continue;
    const day = dayOfRule(rule, year);
    const mask = regions === '*' ? ALL : maskOf(regions);
    const same = entries.findIndex((entry) => entry.day === day && entry.name === name);
    if (same >= 0) entries[same] = { day, name, mask: mask | (entries[same] as HolidayEntry).mask };
    else entries.push({ day, name, mask });
  }
  return entries.sort((a, b) => a.day - b.day);
}

const MASKS = new Map<number, ReadonlyMap<EpochDay, number>>();

/** The regions a day is a public holiday in, as a mask; 0 outside the years covered. */
export function holidayMask(day: EpochDay): number {
  const year = packedYear(packedYmdFromEpochDay(day));
  if (year < FIRST_YEAR || year > LAST_YEAR) return 0;
  let masks = MASKS.get(year);
  if (masks === undefined) {
    const table = new Map<EpochDay, number>();
    for (const entry of holidaysOfYear(year)) table.set(entry.day, (table.get(entry.day) ?? 0) | entry.mask);
    masks = table;
    if (MASKS.size > 400) MASKS.clear();
    MASKS.set(year, masks);
  }
  return masks.get(day) ?? 0;
}

/** A set of days, or anything that answers whether it holds a day. */
export interface DayCheck {
  has(day: EpochDay): boolean;
}

/** The bit of a region: 1 for `DE`, `1 << n` for the n-th state. */
export function regionBit(region: HolidayRegion): number {
  return region === 'DE' ? 1 : 1 << (STATES.indexOf(region.slice(3) as GermanState) + 1);
}

/**
 * Reads a state at the boundary: `'BY'` or `'DE-BY'`, undefined for none.
 * @returns the region: `'DE'` when no state is given, else `'DE-BY'`
 * @throws TarifkitError `INVALID_STATE` naming the field for anything else
 */
export function regionOf(state: unknown, field: string): HolidayRegion {
  if (state === undefined) return 'DE';
  const code = typeof state === 'string' && state.startsWith('DE-') ? state.slice(3) : state;
  if (typeof code !== 'string' || !STATES.includes(code as GermanState)) fail('INVALID_STATE', field, state);
  return `DE-${code as GermanState}`;
}

/** The holidays of a region plus the caller's own days: what a §193 BGB shift skips. */
export function holidayCheck(region: HolidayRegion | undefined, extra: ReadonlySet<EpochDay>): DayCheck {
  if (region === undefined) return extra;
  const bit = regionBit(region);
  return { has: (day) => (holidayMask(day) & bit) !== 0 || extra.has(day) };
}
