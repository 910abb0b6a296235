/**
 * The EffectiveEnd value: integers inside, Temporal values built when first read.
 *
 * @internal
 * @module
 */
import type { Temporal } from '@js-temporal/polyfill';
import { plainDateFromEpochDay, type EpochDay } from '../calendar/epochDay.js';
import type { EffectiveEnd } from './types.js';
import { zonedOf } from './zone.js';

class EffectiveEndValue implements EffectiveEnd {
  readonly onTime: boolean;
  readonly #endDay: EpochDay;
  readonly #deadlineNs: bigint;
  readonly #zone: string;
  #end: Temporal.PlainDate | undefined;
  #deadline: Temporal.ZonedDateTime | undefined;

  constructor(endDay: EpochDay, deadlineNs: bigint, onTime: boolean, zone: string) {
    this.onTime = onTime;
    this.#endDay = endDay;
    this.#deadlineNs = deadlineNs;
    this.#zone = zone;
  }

  get end(): Temporal.PlainDate {
    return (this.#end ??= plainDateFromEpochDay(this.#endDay));
  }

  get last(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.#endDay - 1);
  }

  get deadline(): Temporal.ZonedDateTime {
    return (this.#deadline ??= zonedOf(this.#deadlineNs, this.#zone));
  }

  toJSON(): { end: string; last: string; deadline: string; onTime: boolean } {
    return { end: this.end.toString(), last: this.last.toString(), deadline: this.deadline.toString(), onTime: this.onTime };
  }
}

/** An EffectiveEnd from trusted integers. */
export function effectiveEndValue(endDay: EpochDay, deadlineNs: bigint, onTime: boolean, zone: string): EffectiveEnd {
  return new EffectiveEndValue(endDay, deadlineNs, onTime, zone);
}
