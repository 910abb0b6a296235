/**
 * The one walk over a range of days (R2, R6, R14): the pieces of `[from, to)`
 * cut at the periods of a cycle and at the days where something changes (a new
 * contract version, a new add-on quantity). Every module that bills days walks
 * them with this cursor and prices each piece against its own period.
 *
 * @internal
 * @module
 */
import { indexContaining, startOfIndex, type CycleCore } from '../calendar/cycleMath.js';

const NO_CUTS: readonly number[] = Object.freeze([]);

/** A cursor over the pieces of a range: call {@link Pieces.next} until it returns false. */
export class Pieces {
  /** The number of the cycle's period the piece lies in. */
  periodIndex: number;
  /** That period's first day. */
  periodStart: number;
  /** That period's end (exclusive). */
  periodEnd: number;
  /** The piece's first day. */
  start: number;
  /** The piece's end (exclusive). */
  end: number;
  /** The index of the last cut on or before `start`, or −1 before the first cut. */
  segment: number;
  readonly #core: CycleCore;
  readonly #to: number;
  readonly #cuts: readonly number[];

  /**
   * @param core - the cycle whose periods cut the range
   * @param from - the first day
   * @param to - the end (exclusive); may be +∞ when the caller stops the walk itself
   * @param cuts - the days where something changes, ascending
   */
  constructor(core: CycleCore, from: number, to: number, cuts: readonly number[] = NO_CUTS) {
    this.#core = core;
    this.#to = to;
    this.#cuts = cuts;
    this.periodIndex = indexContaining(core, from);
    this.periodStart = startOfIndex(core, this.periodIndex);
    this.periodEnd = startOfIndex(core, this.periodIndex + 1);
    this.start = from;
    this.end = from;
    let segment = -1;
    while (segment + 1 < cuts.length && (cuts[segment + 1] as number) <= from) segment += 1;
    this.segment = segment;
  }

  /** Moves to the next piece; false when the range is done. */
  next(): boolean {
    const start = this.end;
    if (start >= this.#to) return false;
    if (start >= this.periodEnd) {
      this.periodIndex += 1;
      this.periodStart = this.periodEnd;
      this.periodEnd = startOfIndex(this.#core, this.periodIndex + 1);
    }
    const cuts = this.#cuts;
    let segment = this.segment;
    while (segment + 1 < cuts.length && (cuts[segment + 1] as number) <= start) segment += 1;
    this.segment = segment;
    let end = this.periodEnd < this.#to ? this.periodEnd : this.#to;
    if (segment + 1 < cuts.length && (cuts[segment + 1] as number) < end) end = cuts[segment + 1] as number;
    this.start = start;
    this.end = end;
    return true;
  }

  /** Whether the current piece is its whole period. */
  whole(): boolean {
    return this.start === this.periodStart && this.end === this.periodEnd;
  }
}
