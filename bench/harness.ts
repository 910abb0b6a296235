/**
 * The benchmark harness: library against a hand-written integer baseline, in
 * one process. Before timing, it checks that both give the same outputs.
 * Each benchmark prints exactly one line:
 *   bench <name>: ratio <library time / baseline time> (target <= <N>)
 */
import { isDeepStrictEqual } from 'node:util';

export interface Bench<T> {
  /** Short name, printed in the result line. */
  readonly name: string;
  /** The ratio the issue asks for. */
  readonly target: number;
  /** Runs the library over the whole workload and returns comparable outputs. */
  readonly library: () => T;
  /** Runs the hand-written integer baseline over the same workload. */
  readonly baseline: () => T;
  /** Rounds to time; the median is used. Default 7. */
  readonly rounds?: number;
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Checks equality of outputs, times both alternately and prints the ratio line. Returns the ratio. */
export function runBench<T>(bench: Bench<T>): number {
  const fromLibrary = bench.library();
  const fromBaseline = bench.baseline();
  if (!isDeepStrictEqual(fromLibrary, fromBaseline)) {
    console.error(`bench ${bench.name}: the baseline and the library disagree`);
    process.exitCode = 1;
    return Number.NaN;
  }
  const rounds = bench.rounds ?? 7;
  const lib: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < 2; i += 1) { bench.library(); bench.baseline(); }
  for (let i = 0; i < rounds; i += 1) {
    lib.push(time(bench.library));
    base.push(time(bench.baseline));
  }
  const ratio = median(lib) / median(base);
  console.log(`bench ${bench.name}: ratio ${ratio.toFixed(2)} (target <= ${bench.target})`);
  console.log(`  library ${median(lib).toFixed(1)} ms, baseline ${median(base).toFixed(1)} ms (median of ${rounds})`);
  return ratio;
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
