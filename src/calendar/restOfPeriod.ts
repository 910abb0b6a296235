import { coreOf } from './createCycle.js';
import { indexContaining, startOfIndex } from './cycleMath.js';
import { isoOf, landingIn } from './days.js';
import { epochDayFromInput } from './parseDate.js';
import type { Cycle, DateInput, RangePiece } from './types.js';

/**
 * The rest of the billing period that contains a day: from that day to the
 * period's end, with the whole period beside it, ready for proration or a line
 * (R6, R14). It works on the dates' text alone and builds no Temporal objects,
 * so it costs a few hundred nanoseconds.
 *
 * @param cycle - the billing cycle
 * @param on - the first day of the rest
 * @returns `range`: `[on, end)`; `period`: the whole period containing `on`
 * @throws TarifkitError `INVALID_DATE` for a date that does not exist, `INVALID_CYCLE` for something that is no cycle
 * @example
 * ```ts
 * import { createCycle, restOfPeriod } from 'tarifkit';
 *
 * // An extra user booked on 2026-03-20 on a cycle anchored on the 18th: 29 of 31 days are left.
 * const rest = restOfPeriod(createCycle({ kind: 'monthly', anchor: '2026-01-18' }), '2026-03-20');
 * rest.range;  // { start: '2026-03-20', end: '2026-04-18' }
 * rest.period; // { start: '2026-03-18', end: '2026-04-18' }
 * ```
 */
export function restOfPeriod(cycle: Cycle, on: DateInput): RangePiece {
  const core = coreOf(cycle);
  const day = epochDayFromInput(on, 'on');
  return landingIn('on', on, () => {
    const index = indexContaining(core, day);
    const end = isoOf(startOfIndex(core, index + 1));
    return { range: { start: isoOf(day), end }, period: { start: isoOf(startOfIndex(core, index)), end } };
  });
}
