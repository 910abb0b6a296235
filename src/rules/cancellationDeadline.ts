import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput } from '../calendar/types.js';
import { optionsOf } from '../errors/fail.js';
import type { ZonedDateTime } from '../temporal/types.js';
import type { DeadlineOptions } from './types.js';
import { DEFAULT_TIME_ZONE, deadlineNsFor, inRangeNs, timeZoneOf, zonedOf } from './zone.js';

/**
 * The last instant at which a cancellation or switch still takes effect at a period's
 * end (R12): 48 elapsed hours before the period ends.
 *
 * A period ends when its end day starts: `periodEnd` is the first day after the period
 * (the exclusive `period.end`), and the period ends at 00:00 of that day in the
 * customer's zone. The 48 hours are real, elapsed hours, so across a change of daylight
 * saving time the deadline is not "two days earlier at the same clock time".
 *
 * @param periodEnd - the first day after the period (`period.end`)
 * @param options - the customer's time zone (default `"Europe/Berlin"`)
 * @returns the deadline as a ZonedDateTime in that zone; a request at exactly that instant is on time
 * @throws TarifkitError `INVALID_DATE` for a date that does not exist,
 *   `INVALID_TIME_ZONE` for a zone name Temporal does not know
 * @example
 * ```ts
 * import { cancellationDeadline } from 'tarifkit';
 *
 * // The clocks go forward in the night to 2026-03-29: between Friday 23:00 and
 * // Monday 00:00 there are only 48 hours.
 * cancellationDeadline('2026-03-30').toString(); // "2026-03-27T23:00:00+01:00[Europe/Berlin]"
 * cancellationDeadline('2026-10-26').toString(); // "2026-10-24T01:00:00+02:00[Europe/Berlin]"
 * ```
 */
export function cancellationDeadline(periodEnd: DateInput, options?: DeadlineOptions): ZonedDateTime {
  const endDay = epochDayFromInput(periodEnd, 'periodEnd');
  const zone = timeZoneOf(optionsOf(options).timeZone ?? DEFAULT_TIME_ZONE, 'options.timeZone');
  return zonedOf(inRangeNs(deadlineNsFor(endDay, zone), 'periodEnd', periodEnd), zone);
}
