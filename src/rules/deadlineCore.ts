/**
 * The R12 rule on integers: which period end a cancellation or switch requested at an
 * instant takes effect at.
 *
 * @internal
 * @module
 */
import { indexContaining, startOfIndex, type CycleCore } from '../calendar/cycleMath.js';
import type { EpochDay } from '../calendar/epochDay.js';
import { deadlineNsFor, localDayOf } from './zone.js';

/** Where a request lands: the end it takes effect at, its deadline, and whether the first end was met. */
export interface EffectiveEndCore {
  /** The first day no longer in force. */
  readonly endDay: EpochDay;
  /** The deadline of that end, in epoch nanoseconds. */
  readonly deadlineNs: bigint;
  /** True when the request met the deadline of `firstEndDay`. */
  readonly onTime: boolean;
}

/**
 * The earliest period end at or after `firstEndDay` whose 48-hour deadline the request
 * meets (R12). A request on time takes effect at `firstEndDay`; a later one a period later
 * (or more, when it comes after the end itself).
 */
export function effectiveEndCore(requestNs: bigint, core: CycleCore, firstEndDay: EpochDay, zone: string): EffectiveEndCore {
  let endDay = firstEndDay;
  let deadlineNs = deadlineNsFor(endDay, zone);
  if (requestNs <= deadlineNs) return { endDay, deadlineNs, onTime: true };
  const requestDay = localDayOf(requestNs, zone);
  if (requestDay >= endDay) endDay = startOfIndex(core, indexContaining(core, requestDay) + 1);
  else endDay = startOfIndex(core, indexContaining(core, endDay) + 1);
  for (;;) {
    deadlineNs = deadlineNsFor(endDay, zone);
    if (requestNs <= deadlineNs) return { endDay, deadlineNs, onTime: false };
    endDay = startOfIndex(core, indexContaining(core, endDay) + 1);
  }
}
