/**
 * The integer core of every billing cycle (R6–R8). A cycle is either a run of
 * fixed-length days from an anchor, or a run of `step` months from an anchor
 * day that clamps in short months. Calendar months are the second kind with
 * anchor day 1.
 *
 * @internal
 * @module
 */
import {
  epochDayFromYmd,
  epochDayOfClampedMonth,
  packedDay,
  packedMonth,
  packedYear,
  packedYmdFromEpochDay,
  type EpochDay,
} from './epochDay.js';
import { keep } from './keep.js';
import { epochDayOfMonthNumber, monthNumberOfEpochDay } from './parseDate.js';

/** The numbers a cycle computes with. */
export interface CycleCore {
  /** 0 for a month cycle; otherwise the period length in days. */
  readonly days: number;
  /** Months per period for a month cycle; 0 for a days cycle. */
  readonly months: number;
  readonly anchorDay: EpochDay;
  readonly anchorYear: number;
  readonly anchorMonth: number;
  /** The anchor's day of month: the day each period starts on, clamped. */
  readonly anchorDate: number;
}

/** Where a cycle keeps its numbers: a symbol key, so JSON and typedoc never see them. */
export const CYCLE_CORE: unique symbol = Symbol('tarifkit.cycleCore');

/** The cores of month cycles made so far, by anchor day and months per period: contracts share them. */
const MONTH_CORES = new Map<number, CycleCore>();
const MAX_MONTH_CORES = 8192;

/** Builds the numbers for a validated cycle (month cycles are made once per anchor and step, and shared). */
export function makeCore(days: number, months: number, anchorDay: EpochDay): CycleCore {
  if (days !== 0 || months > 4095) return buildCore(days, months, anchorDay);
  const key = anchorDay * 4096 + months;
  return MONTH_CORES.get(key) ?? keep(MONTH_CORES, key, buildCore(days, months, anchorDay), MAX_MONTH_CORES);
}

function buildCore(days: number, months: number, anchorDay: EpochDay): CycleCore {
  const packed = packedYmdFromEpochDay(anchorDay);
  return {
    days,
    months,
    anchorDay,
    anchorYear: packedYear(packed),
    anchorMonth: packedMonth(packed),
    anchorDate: packedDay(packed),
  };
}

/**
 * The first day of period number `index` (period 0 starts at the anchor). The
 * months of 1900–2199 are read from the month table of `parseDate.ts`; other
 * years are computed (test/calendar/cycleMath.test.ts proves the two equal).
 */
export function startOfIndex(core: CycleCore, index: number): EpochDay {
  if (core.days > 0) return core.anchorDay + index * core.days;
  const month = core.anchorYear * 12 + core.anchorMonth - 1 + index * core.months;
  const first = epochDayOfMonthNumber(month);
  const next = epochDayOfMonthNumber(month + 1);
  if (first !== first || next !== next) return slowStartOfIndex(core, index); // NaN: outside the table
  const length = next - first;
  return first + (core.anchorDate < length ? core.anchorDate : length) - 1;
}

/** {@link startOfIndex} without the table. */
export function slowStartOfIndex(core: CycleCore, index: number): EpochDay {
  if (core.days > 0) return core.anchorDay + index * core.days;
  return epochDayOfClampedMonth(core.anchorYear, core.anchorMonth, index * core.months, core.anchorDate);
}

/** The number of the period that contains `day`. */
export function indexContaining(core: CycleCore, day: EpochDay): number {
  if (core.days > 0) return Math.floor((day - core.anchorDay) / core.days);
  let month = monthNumberOfEpochDay(day);
  if (month !== month) {
    const packed = packedYmdFromEpochDay(day);
    month = packedYear(packed) * 12 + packedMonth(packed) - 1;
  }
  let index = Math.floor((month - (core.anchorYear * 12 + core.anchorMonth - 1)) / core.months);
  if (startOfIndex(core, index) > day) index -= 1;
  return index;
}

/**
 * Month boundaries inside a month cycle's period, for the month basis: the
 * first day of month `j` (0 ≤ j ≤ months) of period `index`.
 */
export function monthStartInPeriod(core: CycleCore, index: number, j: number): EpochDay {
  return epochDayOfClampedMonth(core.anchorYear, core.anchorMonth, index * core.months + j, core.anchorDate);
}

/** The calendar-month core: anchor 1970-01-01, one month per period. */
export const CALENDAR_MONTH_CORE: CycleCore = makeCore(0, 1, epochDayFromYmd(1970, 1, 1));
