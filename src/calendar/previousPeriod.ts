import type { Cycle, Period } from './types.js';
import { coreOf } from './coreOf.js';
import { indexContaining, startOfIndex } from './cycleMath.js';
import { periodFromEpochDays } from './period.js';

/**
 * The billing period before the one containing `period.start`.
 *
 * @param cycle - the billing cycle
 * @param period - a period of that cycle (or any range; its start decides)
 * @returns the previous period, which ends where the given one starts
 * @example
 * ```ts
 * const cycle = createCycle({ kind: 'monthly', anchor: '2026-01-31' });
 * const march = periodContaining(cycle, '2026-04-01'); // [2026-03-31, 2026-04-30)
 * previousPeriod(cycle, march).toString();             // "[2026-02-28, 2026-03-31)"
 * ```
 */
export function previousPeriod(cycle: Cycle, period: Period): Period {
  const core = coreOf(cycle);
  const index = indexContaining(core, period.startDay) - 1;
  return periodFromEpochDays(startOfIndex(core, index), startOfIndex(core, index + 1));
}
