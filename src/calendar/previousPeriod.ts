import type { Cycle, Period } from './types.js';
import { coreOf } from './coreOf.js';
import { indexContaining, startOfIndex } from './cycleMath.js';
import { assertRange, periodFromEpochDays } from './period.js';

/**
 * The billing period before the one containing `period.start`.
 *
 * @param cycle - the billing cycle
 * @param period - a period of that cycle (or any range; its start decides)
 * @returns the previous period, which ends where the given one starts
 * @throws TarifkitError `INVALID_CYCLE` / `UNKNOWN_CYCLE_KIND` for something that is no cycle, `INVALID_DATE` for a
 *   hand-made period without integer days
 * @example
 * ```ts
 * const cycle = createCycle({ kind: 'monthly', anchor: '2026-01-31' });
 * const march = periodContaining(cycle, '2026-04-01'); // [2026-03-31, 2026-04-30)
 * previousPeriod(cycle, march).toString();             // "[2026-02-28, 2026-03-31)"
 * ```
 */
export function previousPeriod(cycle: Cycle, period: Period): Period {
  assertRange(period, 'period');
  const core = coreOf(cycle);
  const index = indexContaining(core, period.startDay) - 1;
  return periodFromEpochDays(startOfIndex(core, index), startOfIndex(core, index + 1));
}
