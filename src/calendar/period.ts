/**
 * The period value: two epoch days, with Temporal dates built lazily, once.
 *
 * @internal
 * @module
 */
import type { Temporal } from '@js-temporal/polyfill';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { Period } from './types.js';
import { indexContaining, startOfIndex, type CycleCore } from './cycleMath.js';
import { isoFromEpochDay, plainDateFromEpochDay, type EpochDay } from './epochDay.js';
import { epochDayOfMonthNumber, monthNumberOfEpochDay } from './parseDate.js';

class PeriodValue implements Period {
  // Declared, not initialised as class fields: the constructor assigns each once.
  declare readonly startDay: EpochDay;
  declare readonly endDay: EpochDay;
  #start: Temporal.PlainDate | undefined;
  #end: Temporal.PlainDate | undefined;

  constructor(startDay: EpochDay, endDay: EpochDay) {
    this.startDay = startDay;
    this.endDay = endDay;
  }

  get start(): Temporal.PlainDate {
    return (this.#start ??= plainDateFromEpochDay(this.startDay));
  }

  get end(): Temporal.PlainDate {
    return (this.#end ??= plainDateFromEpochDay(this.endDay));
  }

  get last(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.endDay - 1);
  }

  get days(): number {
    return this.endDay - this.startDay;
  }

  toString(): string {
    return `[${isoFromEpochDay(this.startDay)}, ${isoFromEpochDay(this.endDay)})`;
  }

  toJSON(): { start: string; end: string } {
    return { start: isoFromEpochDay(this.startDay), end: isoFromEpochDay(this.endDay) };
  }
}

/** A period from trusted epoch days (`startDay <= endDay`); no checks. */
export function periodFromEpochDays(startDay: EpochDay, endDay: EpochDay): Period {
  return new PeriodValue(startDay, endDay);
}

/**
 * Checks a range handed in from outside: integer epoch days with
 * `startDay <= endDay`. Every Period tarifkit builds passes; a hand-made object
 * with missing or NaN days throws INVALID_DATE, a reversed one END_BEFORE_START.
 */
export function assertRange(range: Period, field: string): void {
  if (typeof range !== 'object' || range === null
    || !Number.isSafeInteger(range.startDay) || !Number.isSafeInteger(range.endDay)) {
    throw new TarifkitError('INVALID_DATE', { field, value: range });
  }
  if (range.endDay < range.startDay) throw new TarifkitError('END_BEFORE_START', { field, value: range });
}

/**
 * `cycleMath.ts` `startOfIndex(core, index)`, with the months of 1900–2199 read
 * from the month table of `parseDate.ts` instead of computed: the hot paths
 * that open and close billing periods call it for every account. Outside
 * those years it is `startOfIndex` itself; test/calendar/period.test.ts proves
 * the two equal.
 */
export function startOfCycleIndex(core: CycleCore, index: number): EpochDay {
  if (core.days > 0) return core.anchorDay + index * core.days;
  const month = core.anchorYear * 12 + core.anchorMonth - 1 + index * core.months;
  const first = epochDayOfMonthNumber(month);
  const next = epochDayOfMonthNumber(month + 1);
  if (Number.isNaN(first) || Number.isNaN(next)) return startOfIndex(core, index);
  const length = next - first;
  return first + (core.anchorDate < length ? core.anchorDate : length) - 1;
}

/**
 * `cycleMath.ts` `indexContaining(core, day)` on the month table, as
 * {@link startOfCycleIndex}: the number of the period of `core` that contains `day`.
 */
export function cycleIndexContaining(core: CycleCore, day: EpochDay): number {
  if (core.days > 0) return Math.floor((day - core.anchorDay) / core.days);
  const month = monthNumberOfEpochDay(day);
  if (Number.isNaN(month)) return indexContaining(core, day);
  let index = Math.floor((month - (core.anchorYear * 12 + core.anchorMonth - 1)) / core.months);
  if (startOfCycleIndex(core, index) > day) index -= 1;
  return index;
}
