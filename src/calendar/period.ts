/**
 * The period value: two epoch days, with Temporal dates built lazily, once.
 *
 * @internal
 * @module
 */
import type { Temporal } from '@js-temporal/polyfill';
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
