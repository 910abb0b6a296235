/**
 * bench periods: 12 months of billing periods for 10,000 contracts of each
 * cycle kind (calendar month, 28 days, 30 days, monthly anchored, yearly,
 * 12-month term), through the public API (`periodsBetween`), against a
 * hand-written integer baseline with its own days-from-civil code (R6–R8).
 *
 * Setup (cycles, ranges) is not timed; both sides get the same contracts and
 * must return the same `[startDay, endDay]` pairs.
 */
import { createCycle, createPeriod, periodsBetween, type Cycle, type Period } from '../src/index.js';
import { runBench, seeded } from './harness.js';
import { civilToDays, daysToCivil, clampedStart, iso } from './baseline.js';

/* The baseline's own integer calendar and rounding live in ./baseline.ts: nothing from src. */

/** A contract as the baseline sees it: integers only. */
interface BaselineContract {
  /** 0 for month cycles. */
  readonly days: number;
  /** 0 for day cycles. */
  readonly months: number;
  readonly anchorDay: number;
  readonly rangeStart: number;
  readonly rangeEnd: number;
}

/** The periods of a contract's cycle that overlap its range, as [startDay, endDay] pairs. */
function baselinePeriods(c: BaselineContract): [number, number][] {
  const out: [number, number][] = [];
  if (c.days > 0) {
    let start = c.anchorDay + Math.floor((c.rangeStart - c.anchorDay) / c.days) * c.days;
    while (start < c.rangeEnd) {
      out.push([start, start + c.days]);
      start += c.days;
    }
    return out;
  }
  const [ay, am, ad] = daysToCivil(c.anchorDay);
  const anchorMonth = ay * 12 + am - 1;
  const [ry, rm] = daysToCivil(c.rangeStart);
  let k = Math.floor((ry * 12 + rm - 1 - anchorMonth) / c.months);
  let start = clampedStart(anchorMonth + k * c.months, ad);
  if (start > c.rangeStart) {
    k -= 1;
    start = clampedStart(anchorMonth + k * c.months, ad);
  }
  while (start < c.rangeEnd) {
    k += 1;
    const end = clampedStart(anchorMonth + k * c.months, ad);
    out.push([start, end]);
    start = end;
  }
  return out;
}

/* ------------------------------------------------------------------ */
/* The workload: 10,000 contracts of each kind.                        */
/* ------------------------------------------------------------------ */

/** A contract for both sides: the library's cycle and range, and the baseline's integers. */
interface BenchContract {
  readonly cycle: Cycle;
  readonly range: Period;
  readonly plain: BaselineContract;
}

/** 10,000 contracts of each of the six kinds, with anchors and range starts in 2020–2030. */
function makeContracts(perKind = 10_000, seed = 2026): BenchContract[] {
  const random = seeded(seed);
  const from = civilToDays(2020, 1, 1);
  const span = civilToDays(2030, 12, 31) - from;
  const kinds = [
    { spec: 'calendarMonth', days: 0, months: 1 },
    { spec: 'days28', days: 28, months: 0 },
    { spec: 'days30', days: 30, months: 0 },
    { spec: 'monthly', days: 0, months: 1 },
    { spec: 'yearly', days: 0, months: 12 },
    { spec: 'term', days: 0, months: 12 },
  ] as const;
  const contracts: BenchContract[] = [];
  for (const kind of kinds) {
    for (let i = 0; i < perKind; i += 1) {
      const anchorDay = kind.spec === 'calendarMonth' ? 0 : from + Math.floor(random() * span);
      const rangeStart = from + Math.floor(random() * span);
      const [y, m, d] = daysToCivil(rangeStart);
      const rangeEnd = clampedStart(y * 12 + m - 1 + 12, d);
      const anchor = iso(anchorDay);
      const cycle = kind.spec === 'calendarMonth' ? createCycle({ kind: 'calendarMonth' })
        : kind.spec === 'days28' || kind.spec === 'days30' ? createCycle({ kind: 'days', days: kind.days, anchor })
          : kind.spec === 'term' ? createCycle({ kind: 'term', months: 12, anchor })
            : createCycle({ kind: kind.spec, anchor });
      contracts.push({
        cycle,
        range: createPeriod(iso(rangeStart), iso(rangeEnd)),
        plain: { days: kind.days, months: kind.months, anchorDay, rangeStart, rangeEnd },
      });
    }
  }
  return contracts;
}

{
  const contracts = makeContracts();
  runBench({
    name: 'periods',
    target: 2,
    rounds: 11,
    library: () => {
      const all: [number, number][][] = [];
      for (const contract of contracts) {
        const out: [number, number][] = [];
        for (const period of periodsBetween(contract.cycle, contract.range)) out.push([period.startDay, period.endDay]);
        all.push(out);
      }
      return all;
    },
    baseline: () => {
      const all: [number, number][][] = [];
      for (const contract of contracts) all.push(baselinePeriods(contract.plain));
      return all;
    },
  });
}
