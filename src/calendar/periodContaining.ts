import { coreOf } from './createCycle.js';
import { indexContaining, startOfIndex } from './cycleMath.js';
import { landingIn, periodOf } from './days.js';
import { epochDayFromInput } from './parseDate.js';
import type { Cycle, DateInput, Period } from './types.js';

/**
 * The billing period of a cycle that contains a date (R6–R8). Cycles run both
 * ways from their anchor, so any date lies in exactly one period.
 *
 * @param cycle - the billing cycle, from {@link createCycle}
 * @param date - the day to look up
 * @returns the half-open period `[start, end)` with `start <= date < end`
 * @throws TarifkitError `INVALID_DATE` for a date that does not exist, `INVALID_CYCLE` for something that is no cycle
 * @example
 * ```ts
 * import { createCycle, periodContaining } from 'tarifkit';
 *
 * // A yearly cycle anchored on a leap day: Feb 28 in common years, Feb 29 again in 2032.
 * const yearly = createCycle({ kind: 'yearly', anchor: '2028-02-29' });
 * periodContaining(yearly, '2031-06-01'); // { start: '2031-02-28', end: '2032-02-29' }
 * ```
 */
export function periodContaining(cycle: Cycle, date: DateInput): Period {
  const core = coreOf(cycle);
  const index = indexContaining(core, epochDayFromInput(date, 'date'));
  return landingIn('date', date, () => periodOf(startOfIndex(core, index), startOfIndex(core, index + 1)));
}
