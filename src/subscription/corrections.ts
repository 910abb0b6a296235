/**
 * Corrections for backdated events (R26): what a replay that knew the event
 * from the start would have invoiced, against what was invoiced. Lines are
 * compared as charges (`lineKey`), whatever their correction mark.
 *
 * @internal
 * @module
 */
import { late, lineKey, lineWith, reversed } from '../lines/build.js';
import type { Line } from '../lines/types.js';

/** How often each charge occurs, a reversal counting −1; with one line of each charge to copy. */
function tally(lines: readonly Line[], sign: number, counts: Map<string, number>, samples: Map<string, Line>): void {
  for (const line of lines) {
    const key = lineKey(line);
    counts.set(key, (counts.get(key) ?? 0) + (line.correction === 'reversal' ? -sign : sign));
    if (!samples.has(key) || line.correction === null) samples.set(key, line);
  }
}

function plain(line: Line): Line {
  return line.correction === null ? line : line.correction === 'late' ? lineWith(line, line.reason, null, line.exact, line.cents) : reversed(line, line.reason, null);
}

/**
 * The lines that make `issued` equal to `ideal`, charge by charge: each charge
 * the ideal has more often, as a `late` line; each charge issued more often, as
 * a `reversal`. Ordered by the first day they cover, late before reversal.
 */
export function correctionsFor(ideal: readonly Line[], issued: readonly Line[]): Line[] {
  const counts = new Map<string, number>();
  const samples = new Map<string, Line>();
  tally(ideal, 1, counts, samples);
  tally(issued, -1, counts, samples);
  const out: Line[] = [];
  for (const [key, count] of counts) {
    if (count === 0) continue;
    const sample = plain(samples.get(key) as Line);
    for (let i = 0; i < Math.abs(count); i += 1) out.push(count > 0 ? late(sample) : reversed(sample, sample.reason, 'reversal'));
  }
  const first = (line: Line): string => line.range?.start ?? '';
  return out
    .map((line, i) => ({ line, i }))
    .sort((a, b) => (first(a.line) < first(b.line) ? -1 : first(a.line) > first(b.line) ? 1 : 0)
      || (a.line.correction === b.line.correction ? 0 : a.line.correction === 'late' ? -1 : 1) || a.i - b.i)
    .map((entry) => entry.line);
}

/** The lines of `after` that `before` does not have, charge by charge (a multiset difference), in `after`'s order. */
export function addedLines(before: readonly Line[], after: readonly Line[]): Line[] {
  const counts = new Map<string, number>();
  for (const line of before) {
    const key = `${line.correction ?? ''}|${lineKey(line)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out: Line[] = [];
  for (const line of after) {
    const key = `${line.correction ?? ''}|${lineKey(line)}`;
    const left = counts.get(key) ?? 0;
    if (left > 0) counts.set(key, left - 1);
    else out.push(line);
  }
  return out;
}

/**
 * The lines charged on balance among `lines`, corrections netted out: each
 * charge as often as it was charged more than taken back, in the order first seen.
 */
export function netLines(lines: readonly Line[]): Line[] {
  const counts = new Map<string, number>();
  const samples = new Map<string, Line>();
  tally(lines, 1, counts, samples);
  const out: Line[] = [];
  for (const [key, count] of counts) {
    const sample = plain(samples.get(key) as Line);
    for (let i = 0; i < count; i += 1) out.push(sample);
  }
  return out;
}
