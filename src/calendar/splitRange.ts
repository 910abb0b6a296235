import type { Cycle, Period, RangePiece } from './types.js';
import { coreOf } from './coreOf.js';
import { indexContaining, startOfIndex } from './cycleMath.js';
import { assertRange, periodFromEpochDays } from './period.js';

/**
 * Splits a range at the boundaries of a cycle's periods: one piece per period
 * the range touches, each with its whole period, so proration can use the
 * length of that very period (R6, R2).
 *
 * @param cycle - the billing cycle
 * @param range - the half-open range to split
 * @returns the pieces in order; their ranges tile `range` exactly (none for an empty range)
 * @throws TarifkitError `INVALID_CYCLE` / `UNKNOWN_CYCLE_KIND` for something that is no cycle, `INVALID_DATE` /
 *   `END_BEFORE_START` for a hand-made range that is no valid period
 * @example
 * ```ts
 * // Jan 30 to Feb 3, 2025 crosses a calendar-month boundary.
 * const pieces = splitRange(createCycle({ kind: 'calendarMonth' }), createPeriod('2025-01-30', '2025-02-03'));
 * pieces.map((p) => `${p.range.days}/${p.period.days}`); // ["2/31", "2/28"]
 * ```
 */
export function splitRange(cycle: Cycle, range: Period): RangePiece[] {
  assertRange(range, 'range');
  const pieces: RangePiece[] = [];
  if (range.endDay <= range.startDay) return pieces;
  const core = coreOf(cycle);
  let index = indexContaining(core, range.startDay);
  let start = startOfIndex(core, index);
  while (start < range.endDay) {
    const end = startOfIndex(core, index + 1);
    const period = periodFromEpochDays(start, end);
    const pieceStart = start > range.startDay ? start : range.startDay;
    const pieceEnd = end < range.endDay ? end : range.endDay;
    const piece = pieceStart === start && pieceEnd === end ? period : periodFromEpochDays(pieceStart, pieceEnd);
    pieces.push({ period, range: piece });
    index += 1;
    start = end;
  }
  return pieces;
}
