import { coreOf } from '../calendar/createCycle.js';
import { isoOf, landingIn, rangeOf } from '../calendar/days.js';
import type { Cycle, PeriodInput } from '../calendar/types.js';
import { optionsOf } from '../errors/fail.js';
import { effectiveEndCore } from './deadlineCore.js';
import type { DeadlineOptions, EffectiveEnd, InstantInput } from './types.js';
import { DEFAULT_TIME_ZONE, inRangeNs, instantNsOf, timeZoneOf, zonedOf } from './zone.js';

/**
 * The period end at which a cancellation or switch requested at `request` takes effect (R12).
 *
 * A request made at least 48 hours before the end of `currentPeriod` (see
 * {@link cancellationDeadline}) takes effect at that end; a later one a period later.
 * A request made after the current period has ended takes effect at the first end of
 * `cycle` whose deadline it still meets.
 *
 * @param request - when the customer asked: a ZonedDateTime, an Instant, or ISO text with offset or zone
 * @param cycle - the billing cycle of what is cancelled
 * @param currentPeriod - the period in force when the request is made
 * @param options - the customer's time zone (default `"Europe/Berlin"`)
 * @returns the first day no longer in force, the last day in force, the deadline met and whether it was the current period's
 * @throws TarifkitError `INVALID_INSTANT` for a request that names no instant,
 *   `INVALID_TIME_ZONE` for an unknown zone, `INVALID_CYCLE` for a bad cycle,
 *   `INVALID_DATE` / `END_BEFORE_START` (field `currentPeriod`) for a bad period
 * @example
 * ```ts
 * import { createCycle, effectiveEndFor, periodContaining } from 'tarifkit';
 *
 * const cycle = createCycle({ kind: 'days', days: 28, anchor: '2026-03-02' });
 * const current = periodContaining(cycle, '2026-03-20'); // [2026-03-02, 2026-03-30)
 * // One minute after the DST-shortened deadline (Fri 23:00): a period later.
 * effectiveEndFor('2026-03-27T23:01+01:00[Europe/Berlin]', cycle, current).effectiveOn; // "2026-04-27"
 * effectiveEndFor('2026-03-27T23:00+01:00[Europe/Berlin]', cycle, current).effectiveOn; // "2026-03-30"
 * ```
 */
export function effectiveEndFor(request: InstantInput, cycle: Cycle, currentPeriod: PeriodInput, options?: DeadlineOptions): EffectiveEnd {
  const requestNs = instantNsOf(request, 'request');
  const zone = timeZoneOf(optionsOf(options).timeZone ?? DEFAULT_TIME_ZONE, 'options.timeZone');
  const core = coreOf(cycle);
  const [, endDay] = rangeOf(currentPeriod, 'currentPeriod');
  return landingIn('currentPeriod', currentPeriod, () => {
    const result = effectiveEndCore(requestNs, core, endDay, zone);
    const deadline = zonedOf(inRangeNs(result.deadlineNs, 'currentPeriod', currentPeriod), zone);
    return { effectiveOn: isoOf(result.endDay), lastDay: isoOf(result.endDay - 1), deadline, onTime: result.onTime };
  });
}
