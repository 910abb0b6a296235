/**
 * The period value: two epoch days, with Temporal dates built lazily, once.
 *
 * @internal
 * @module
 */
import type { Temporal } from '@js-temporal/polyfill';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { Period } from './types.js';
import { isoFromEpochDay, plainDateFromEpochDay, type EpochDay } from './epochDay.js';

class PeriodValue implements Period {
  readonly startDay: EpochDay;
  readonly endDay: EpochDay;
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
