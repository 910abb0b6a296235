import { fail } from '../errors/fail.js';
import { coreOf } from './createCycle.js';
import { indexContaining, startOfIndex } from './cycleMath.js';
import { periodOf, rangeOf } from './days.js';
import { MAX_PERIODS } from './periodsBetween.js';
import type { Cycle, PeriodInput, RangePiece } from './types.js';

/**
 * Splits a range at the boundaries of a cycle's periods: one piece per period
 * the range touches, each with its whole period, so proration can use the
 * length of that very period (R6, R2).
 *
 * @param cycle - the billing cycle
 * @param range - the half-open range to split
 * @returns the pieces in order; their ranges tile `range` exactly (none for an empty range)
 * @throws TarifkitError `INVALID_CYCLE` for something that is no cycle, `INVALID_DATE` /
 *   `END_BEFORE_START` for a range that is no valid period, `NOT_WITHIN` for more than 13,100 pieces
 * @example
 * ```ts
 * import { createCycle, createPeriod, daysIn, splitRange } from 'tarifkit';
 *
 * // Jan 30 to Feb 3, 2025 crosses a calendar-month boundary.
 * const pieces = splitRange(createCycle({ kind: 'calendarMonth' }), createPeriod('2025-01-30', '2025-02-03'));
 * pieces.map((p) => `${daysIn(p.range)}/${daysIn(p.period)}`); // ["2/31", "2/28"]
 * ```
 */
export function splitRange(cycle: Cycle, range: PeriodInput): RangePiece[] {
  const core = coreOf(cycle);
  const [startDay, endDay] = rangeOf(range, 'range');
  const pieces: RangePiece[] = [];
  if (endDay <= startDay) return pieces;
  let index = indexContaining(core, startDay);
  if (indexContaining(core, endDay - 1) - index >= MAX_PERIODS) fail('NOT_WITHIN', 'range', range);
  let start = startOfIndex(core, index);
  while (start < endDay) {
    const end = startOfIndex(core, index + 1);
    const period = periodOf(start, end);
    const pieceStart = start > startDay ? start : startDay;
    const pieceEnd = end < endDay ? end : endDay;
    pieces.push({ period, range: pieceStart === start && pieceEnd === end ? period : periodOf(pieceStart, pieceEnd) });
    index += 1;
    start = end;
  }
  return pieces;
}
