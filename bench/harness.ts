/**
 * The benchmark harness: library against a hand-written integer baseline, in
 * one process. Before timing, each benchmark checks that both sides give the
 * same outputs (deep equality of a canonical form); on a mismatch it prints the
 * first difference, sets `process.exitCode = 1` and skips the timing.
 *
 * Each benchmark prints exactly one line that starts with `bench `:
 *   bench <name>: ratio <median of library/baseline per round> (range <min>–<max>, <n> rounds) (target <= <N>)
 * Every other line it prints is indented or starts with another word.
 *
 * Timing: warm-up runs of each side (one unless the bench asks for more),
 * then `rounds` (default 5) pairs of timed runs, library then baseline,
 * alternating. Before every timed run the heap is
 * collected (`gc`, exposed at run time through `v8.setFlagsFromString`), so no
 * side pays for the other's garbage. A run's time is the CPU time of the
 * process (`process.cpuUsage()`, user + system, GC threads included): on a
 * shared two-core machine it does not count the time other processes hold the
 * cores, which wall-clock time does; the wall-clock ratio is printed beside it.
 * The ratio of a round is library time / baseline time of that pair; the line
 * gives the median over the rounds and their range.
 */
import { isDeepStrictEqual } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** A full garbage collection, or nothing if the runtime refuses to expose it. */
const collect: () => void = (() => {
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
  return typeof gc === 'function' ? (gc as () => void) : () => undefined;
})();

export interface Bench {
  /** Short name, printed in the result line (`billing-run`). */
  readonly name: string;
  /** The ratio the project asks for at most. */
  readonly target: number;
  /**
   * Compares the outputs of both sides in canonical form over the whole
   * workload; returns null when they agree, else the first difference in words.
   * Runs once, before any timing.
   */
  readonly check: () => string | null;
  /** One timed run of the library over the whole workload; returns a checksum of its outputs. */
  readonly library: () => number;
  /** One timed run of the baseline over the same workload; returns the same checksum. */
  readonly baseline: () => number;
  /** Timed rounds (pairs); default 5. */
  readonly rounds?: number;
  /** Untimed warm-up runs of each side before them; default 1. */
  readonly warmups?: number;
  /** Called after the timing, with the per-round times; for extra (indented) lines. */
  readonly report?: (libraryMs: readonly number[], baselineMs: readonly number[]) => void;
}

/** One timed run: CPU milliseconds of the process (user + system), wall milliseconds, and the checksum. */
function time(fn: () => number): [cpuMs: number, wallMs: number, checksum: number] {
  collect();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const checksum = fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return [(used.user + used.system) / 1000, wall, checksum];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function fail(bench: Bench, why: string): number {
  console.log(`bench ${bench.name}: FAILED, the library and the baseline disagree (target <= ${bench.target})`);
  console.error(`  ${bench.name}: ${why}`);
  process.exitCode = 1;
  return Number.NaN;
}

/** Checks, warms up, times both sides alternately and prints the ratio line. Returns the median ratio. */
export function runBench(bench: Bench): number {
  const checkStart = process.hrtime.bigint();
  const difference = bench.check();
  if (difference !== null) return fail(bench, difference);
  const checkMs = Number(process.hrtime.bigint() - checkStart) / 1e6;
  // Warm-up, and the checksums of both sides must agree too.
  const [, , fromLibrary] = time(bench.library);
  const [, , fromBaseline] = time(bench.baseline);
  if (fromLibrary !== fromBaseline) return fail(bench, `checksums differ: library ${fromLibrary}, baseline ${fromBaseline}`);
  for (let i = 1; i < (bench.warmups ?? 1); i += 1) {
    time(bench.library);
    time(bench.baseline);
  }
  const rounds = bench.rounds ?? 5;
  const lib: number[] = [];
  const base: number[] = [];
  const ratios: number[] = [];
  const wallRatios: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const [libMs, libWall, libSum] = time(bench.library);
    const [baseMs, baseWall, baseSum] = time(bench.baseline);
    if (libSum !== fromLibrary || baseSum !== fromBaseline) return fail(bench, `a timed round gave another checksum (${libSum}, ${baseSum})`);
    lib.push(libMs);
    base.push(baseMs);
    ratios.push(libMs / baseMs);
    wallRatios.push(libWall / baseWall);
  }
  const ratio = median(ratios);
  const low = Math.min(...ratios);
  const high = Math.max(...ratios);
  console.log(`bench ${bench.name}: ratio ${ratio.toFixed(2)} (range ${low.toFixed(2)}–${high.toFixed(2)}, ${rounds} rounds) (target <= ${bench.target})`);
  const list = (values: readonly number[]): string => values.map((value) => value.toFixed(0)).join(' ');
  console.log(`  ${bench.name}: CPU time library ${median(lib).toFixed(1)} ms, baseline ${median(base).toFixed(1)} ms (medians; rounds: library ${list(lib)}, baseline ${list(base)}); wall-clock ratio ${median(wallRatios).toFixed(2)} (range ${Math.min(...wallRatios).toFixed(2)}–${Math.max(...wallRatios).toFixed(2)}); outputs checked equal in ${(checkMs / 1000).toFixed(1)} s`);
  bench.report?.(lib, base);
  return ratio;
}

/**
 * The first difference between two canonical values (arrays, plain records,
 * primitives), as `path: library X, baseline Y`; null when they are deeply equal.
 */
export function firstDifference(library: unknown, baseline: unknown, path = ''): string | null {
  if (isDeepStrictEqual(library, baseline)) return null;
  if (Array.isArray(library) && Array.isArray(baseline)) {
    const n = Math.min(library.length, baseline.length);
    for (let i = 0; i < n; i += 1) {
      const found = firstDifference(library[i], baseline[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return `${path}: library has ${library.length} entries, baseline ${baseline.length} (${JSON.stringify(library.length > n ? library[n] : baseline[n])})`;
  }
  if (typeof library === 'object' && library !== null && typeof baseline === 'object' && baseline !== null) {
    const keys = new Set([...Object.keys(library), ...Object.keys(baseline)]);
    for (const key of keys) {
      const found = firstDifference((library as Record<string, unknown>)[key], (baseline as Record<string, unknown>)[key], `${path}.${key}`);
      if (found !== null) return found;
    }
  }
  return `${path === '' ? '(top)' : path}: library ${JSON.stringify(library)}, baseline ${JSON.stringify(baseline)}`;
}

/** A small seeded generator (mulberry32), so every run measures the same workload. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Folds a number into a 32-bit checksum. */
export function mix(sum: number, value: number): number {
  return (Math.imul(sum, 31) + value) | 0;
}
