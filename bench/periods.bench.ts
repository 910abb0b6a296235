/**
 * bench periods: 12 months of billing periods for 10,000 contracts of each
 * cycle kind (calendar month, 28 days, 30 days, monthly anchored, yearly,
 * 12-month term), through the public `periodsBetween`, against a hand-written
 * integer baseline with its own days-from-civil code (R6–R8).
 *
 * Both sides read the same records (built before timing): the cycle as
 * createCycle made it (kind, anchor as ISO text, length) and the range as ISO
 * text. Both write each period's start and end as ISO text and fold them into
 * a checksum as they go: no result arrays are built in the timed rounds (five
 * passes over the contracts per timed run). The
 * check (before timing) compares every period of every contract as
 * `[start, end]` text.
 */
import { periodsBetween } from '../src/index.js';
import { dayOfIso, isoDay } from './baseline.js';
import { makeContracts, indexAt, isoWord, readCycle, startOf, type CycleContract, type PlainCycle } from './cycles.js';
import { firstDifference, mix, runBench } from './harness.js';

const contracts = makeContracts();

function library(sink: string[][][] | null): number {
  let sum = 0;
  for (let i = 0; i < contracts.length; i += 1) {
    const contract = contracts[i] as CycleContract;
    const out: string[][] | null = sink === null ? null : [];
    for (const period of periodsBetween(contract.cycle, contract.range)) {
      sum = mix(sum, isoWord(period.start));
      sum = mix(sum, isoWord(period.end));
      out?.push([period.start, period.end]);
    }
    if (out !== null) sink?.push(out);
  }
  return sum;
}

const plain: PlainCycle = { days: 0, months: 0, anchorDay: 0, anchorMonth: 0, anchorDate: 0 };

function baseline(sink: string[][][] | null): number {
  let sum = 0;
  for (let i = 0; i < contracts.length; i += 1) {
    const contract = contracts[i] as CycleContract;
    const cycle = readCycle(contract.cycle, plain);
    const rangeStart = dayOfIso(contract.range.start);
    const rangeEnd = dayOfIso(contract.range.end);
    const out: string[][] | null = sink === null ? null : [];
    if (rangeEnd > rangeStart) {
      let k = indexAt(cycle, rangeStart);
      let start = startOf(cycle, k);
      while (start < rangeEnd) {
        k += 1;
        const end = startOf(cycle, k);
        const startText = isoDay(start);
        const endText = isoDay(end);
        sum = mix(sum, isoWord(startText));
        sum = mix(sum, isoWord(endText));
        out?.push([startText, endText]);
        start = end;
      }
    }
    if (out !== null) sink?.push(out);
  }
  return sum;
}

const PASSES = 5;

function repeat(side: (sink: null) => number): number {
  let sum = 0;
  for (let pass = 0; pass < PASSES; pass += 1) sum = mix(sum, side(null));
  return sum;
}

runBench({
  name: 'periods',
  target: 2,
  check: () => {
    const fromLibrary: string[][][] = [];
    const fromBaseline: string[][][] = [];
    library(fromLibrary);
    baseline(fromBaseline);
    let periods = 0;
    for (const list of fromLibrary) periods += list.length;
    const difference = firstDifference(fromLibrary, fromBaseline);
    if (difference === null) console.log(`  periods: ${contracts.length.toLocaleString('en')} contracts, ${periods.toLocaleString('en')} periods agree`);
    return difference;
  },
  warmups: 3,
  // Five passes over the contracts per timed run, so that a run takes long enough to time.
  library: () => repeat(library),
  baseline: () => repeat(baseline),
});
