/**
 * Term arithmetic on epoch days (R1–R3): where each term of a contract starts
 * and ends, and when a cancellation takes effect.
 *
 * Every term boundary is counted in months from the contract's start day and
 * clamped in short months, never from the previous boundary, so a contract that
 * starts on the 31st goes back to the 31st and does not drift (as R8 asks of
 * monthly cycles).
 *
 * @internal
 * @module
 */
import { keep } from '../calendar/keep.js';
import { makeCore, startOfIndex, type CycleCore } from '../calendar/cycleMath.js';
import { epochDayOfClampedMonth, packedDay, packedMonth, packedYear, packedYmdFromEpochDay } from '../calendar/epochDay.js';
import type { NoticePeriod, RenewalRule } from '../catalog/types.js';

/** The numbers of a contract's term structure. */
export interface TermShape {
  readonly startDay: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** The first term in months. */
  readonly termMonths: number;
  /** Months per renewal term: the renewal's months, 1 for open-ended, 0 for none. */
  readonly renewalMonths: number;
  /** Whether the contract runs on open-ended after its first term. */
  readonly openEnded: boolean;
  /** Months from the start day, clamped: the month table's fast path for term boundaries. */
  readonly months: CycleCore;
  /** The end (exclusive) of the first term. */
  readonly firstEnd: number;
}

/** The term shape of a contract starting on `startDay`. */
export function termShape(startDay: number, termMonths: number, renewal: RenewalRule): TermShape {
  const renewalMonths = renewal.kind === 'fixed' ? renewal.months : renewal.kind === 'openEnded' ? 1 : 0;
  if (termMonths >= 2048 || renewalMonths >= 2048) return buildShape(startDay, termMonths, renewal);
  // Small integers for keys (a start day, a term and renewal), never one large number: V8 keeps
  // those out of line, and a lookup then reads scattered memory.
  const kind = (termMonths * 2048 + renewalMonths) * 2 + (renewal.kind === 'openEnded' ? 1 : 0);
  const shapes = SHAPES.get(kind) ?? keep(SHAPES, kind, new Map<number, TermShape>(), MAX_KINDS);
  return shapes.get(startDay) ?? keep(shapes, startDay, buildShape(startDay, termMonths, renewal), MAX_SHAPES);
}

/**
 * The shapes made so far, by term and renewal, then by start day: contracts
 * that start on one day share theirs.
 */
const SHAPES = new Map<number, Map<number, TermShape>>();
const MAX_KINDS = 64;
const MAX_SHAPES = 8192;

function buildShape(startDay: number, termMonths: number, renewal: RenewalRule): TermShape {
  const packed = packedYmdFromEpochDay(startDay);
  const months = makeCore(0, 1, startDay);
  return {
    startDay,
    year: packedYear(packed),
    month: packedMonth(packed),
    day: packedDay(packed),
    termMonths,
    renewalMonths: renewal.kind === 'fixed' ? renewal.months : renewal.kind === 'openEnded' ? 1 : 0,
    openEnded: renewal.kind === 'openEnded',
    months,
    firstEnd: startOfIndex(months, termMonths),
  };
}

/** The day `months` months after the start, clamped (from the month table for 1900–2199). */
function monthsFromStart(shape: TermShape, months: number): number {
  return startOfIndex(shape.months, months);
}

/** The first day of term `index` (0 is the first term). */
export function termStart(shape: TermShape, index: number): number {
  if (index <= 0) return shape.startDay;
  return monthsFromStart(shape, shape.termMonths + (index - 1) * shape.renewalMonths);
}

/** The end (exclusive) of the first term: where a contract without renewal ends. */
export function firstTermEnd(shape: TermShape): number {
  return shape.firstEnd;
}

/** The number of the term that contains `day` (`day` on or after the start). */
export function termIndexAt(shape: TermShape, day: number): number {
  const firstEnd = firstTermEnd(shape);
  if (day < firstEnd || shape.renewalMonths === 0) return 0;
  const packed = packedYmdFromEpochDay(day);
  const monthDiff = (packedYear(packed) - shape.year) * 12 + (packedMonth(packed) - shape.month);
  let index = 1 + Math.floor((monthDiff - shape.termMonths) / shape.renewalMonths);
  if (index < 1) index = 1;
  while (index > 1 && termStart(shape, index) > day) index -= 1;
  while (termStart(shape, index + 1) <= day) index += 1;
  return index;
}

/** The day after a notice of `notice` that starts on `fromDay` has run: its end, exclusive. */
function afterNotice(fromDay: number, notice: NoticePeriod): number {
  if (notice.unit === 'day') return fromDay + notice.count;
  if (notice.unit === 'week') return fromDay + 7 * notice.count;
  const packed = packedYmdFromEpochDay(fromDay);
  return epochDayOfClampedMonth(packedYear(packed), packedMonth(packed), notice.count, packedDay(packed));
}

/**
 * Where a notice given on `day` runs out: the notice starts the next day
 * (§187 (1) BGB) and the contract may end on the day it has run (exclusive end).
 * A cancellation on `day` is on time for an end `E` when this is not after `E`.
 */
export function noticeEnd(day: number, notice: NoticePeriod): number {
  return afterNotice(day + 1, notice);
}

/** Month-notice deadlines found so far, by end day and months: contracts of one plan share their term ends. */
const MONTH_DEADLINES = new Map<number, number>();
const MAX_MONTH_DEADLINES = 8192;

/** The last day on which a cancellation is on time for the end `endDay` (exclusive). */
export function noticeDeadline(endDay: number, notice: NoticePeriod): number {
  if (notice.unit === 'day') return endDay - notice.count - 1;
  if (notice.unit === 'week') return endDay - 7 * notice.count - 1;
  if (notice.count >= 4096) return monthNoticeDeadline(endDay, notice);
  const key = endDay * 4096 + notice.count;
  return MONTH_DEADLINES.get(key) ?? keep(MONTH_DEADLINES, key, monthNoticeDeadline(endDay, notice), MAX_MONTH_DEADLINES);
}

function monthNoticeDeadline(endDay: number, notice: NoticePeriod): number {
  // Months clamp, so search near the first guess: the largest day whose notice still fits.
  const packed = packedYmdFromEpochDay(endDay);
  let day = epochDayOfClampedMonth(packedYear(packed), packedMonth(packed), -notice.count, packedDay(packed)) - 1;
  while (noticeEnd(day + 1, notice) <= endDay) day += 1;
  while (noticeEnd(day, notice) > endDay) day -= 1;
  return day;
}

/** Where an ordinary cancellation that arrives on `day` takes effect (R3). */
export interface CancellationPoint {
  /** The first day the contract no longer runs. */
  readonly effectiveDay: number;
  /** Whether it met the deadline of the term it arrived in. */
  readonly onTime: boolean;
  /** The last day on which a cancellation still reached `effectiveDay`. */
  readonly deadlineDay: number;
}

/**
 * Where a cancellation on `day` (inside the contract) takes effect:
 * - no renewal: the end of the first term, whatever the day;
 * - fixed renewal: the end of the term it arrives in when on time, otherwise the
 *   end of the following term (or a later one, should the notice be longer than a term);
 * - open-ended: the end of the first term when on time, otherwise the day the
 *   notice runs out: an open-ended contract may end on any day (§309 Nr. 9 BGB).
 */
export function cancellationPoint(shape: TermShape, day: number, notice: NoticePeriod, monthAfterRenewal = false): CancellationPoint {
  const point = regularPoint(shape, day, notice);
  if (!monthAfterRenewal || shape.renewalMonths === 0) return point;
  // TKG §56 (3) (R32): after a tacit renewal one month's notice, any day; a late cancellation in
  // the first term runs out one month after it arrived, but not before the first term's end.
  const firstEnd = firstTermEnd(shape);
  let monthEnd = noticeEnd(day, ONE_MONTH);
  if (monthEnd < firstEnd) monthEnd = firstEnd;
  if (monthEnd >= point.effectiveDay) return point;
  return { effectiveDay: monthEnd, onTime: day >= firstEnd || monthEnd === firstEnd, deadlineDay: noticeDeadline(monthEnd, ONE_MONTH) };
}

/** One month's notice: what TKG §56 (3) allows after a tacit renewal (R32). */
export const ONE_MONTH: NoticePeriod = Object.freeze({ unit: 'month', count: 1 });

/**
 * The last day on which a cancellation still ends the contract with the term ending on `endDay`:
 * by the plan's notice, or, for a protected telecom end user and the first term, one month's
 * notice when that is shorter (R3, R32).
 */
export function termDeadline(endDay: number, notice: NoticePeriod, monthAfterRenewal: boolean): number {
  const deadline = noticeDeadline(endDay, notice);
  if (!monthAfterRenewal) return deadline;
  const monthDeadline = noticeDeadline(endDay, ONE_MONTH);
  return monthDeadline > deadline ? monthDeadline : deadline;
}

function regularPoint(shape: TermShape, day: number, notice: NoticePeriod): CancellationPoint {
  const firstEnd = firstTermEnd(shape);
  if (shape.renewalMonths === 0) {
    return { effectiveDay: firstEnd, onTime: true, deadlineDay: noticeDeadline(firstEnd, notice) };
  }
  const runsOut = noticeEnd(day, notice);
  if (shape.openEnded) {
    if (runsOut <= firstEnd) return { effectiveDay: firstEnd, onTime: true, deadlineDay: noticeDeadline(firstEnd, notice) };
    return { effectiveDay: runsOut, onTime: day >= firstEnd, deadlineDay: day };
  }
  let index = termIndexAt(shape, day);
  const onTime = runsOut <= termStart(shape, index + 1);
  while (runsOut > termStart(shape, index + 1)) index += 1;
  const effectiveDay = termStart(shape, index + 1);
  return { effectiveDay, onTime, deadlineDay: noticeDeadline(effectiveDay, notice) };
}
