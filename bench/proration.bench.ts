/**
 * bench proration: the periods of `periods.bench.ts` (12 months for 10,000
 * contracts of each cycle kind), each cut at a random day and prorated from the
 * cut to the period's end (the unused rest, as in an upgrade credit, R2, W1),
 * through the public `prorate` (day basis, price in cents) against a hand-written
 * integer baseline: find the period, then `price × daysUsed / daysInPeriod`,
 * rounded once, half up (R22).
 *
 * Both sides get the same cycles, ranges and prices (built before timing) and
 * must return the same cents. The baseline has its own calendar code, written
 * here and not imported from src.
 */
import {
  createCycle,
  createPeriod,
  money,
  periodsBetween,
  prorate,
  type Cycle,
  type Money,
  type Period,
} from '../src/index.js';
import { runBench, seeded } from './harness.js';
import { civilToDays, daysToCivil, clampedStart, halfUp, iso } from './baseline.js';

/* The baseline's own integer calendar and rounding live in ./baseline.ts: nothing from src. */

interface PlainCycle {
  readonly days: number;
  readonly months: number;
  readonly anchorDay: number;
}

/** The period of a cycle that contains `day`, as [startDay, endDay]. */
function containing(c: PlainCycle, day: number): [number, number] {
  if (c.days > 0) {
    const start = c.anchorDay + Math.floor((day - c.anchorDay) / c.days) * c.days;
    return [start, start + c.days];
  }
  const [ay, am, ad] = daysToCivil(c.anchorDay);
  const anchorMonth = ay * 12 + am - 1;
  const [y, m] = daysToCivil(day);
  let k = Math.floor((y * 12 + m - 1 - anchorMonth) / c.months);
  let start = clampedStart(anchorMonth + k * c.months, ad);
  if (start > day) {
    k -= 1;
    start = clampedStart(anchorMonth + k * c.months, ad);
  }
  return [start, clampedStart(anchorMonth + (k + 1) * c.months, ad)];
}

/* ------------------------------------------------------------------ */
/* The workload.                                                       */
/* ------------------------------------------------------------------ */

interface Job {
  readonly cycle: Cycle;
  readonly price: Money;
  readonly range: Period;
  readonly plainCycle: PlainCycle;
  readonly priceCents: number;
  readonly cut: number;
  readonly end: number;
}

function makeJobs(perKind = 10_000, seed = 2026): Job[] {
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
  const jobs: Job[] = [];
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
      const priceCents = 100 + Math.floor(random() * 100_000);
      const price = money(priceCents);
      const plainCycle = { days: kind.days, months: kind.months, anchorDay };
      for (const period of periodsBetween(cycle, createPeriod(iso(rangeStart), iso(rangeEnd)))) {
        const cut = period.startDay + Math.floor(random() * period.days);
        jobs.push({
          cycle,
          price,
          range: createPeriod(iso(cut), iso(period.endDay)),
          plainCycle,
          priceCents,
          cut,
          end: period.endDay,
        });
      }
    }
  }
  return jobs;
}

{
  const jobs = makeJobs();
  runBench({
    name: 'proration',
    target: 3,
    rounds: 11,
    library: () => {
      const cents = new Array<number>(jobs.length);
      for (let i = 0; i < jobs.length; i += 1) {
        const job = jobs[i] as Job;
        cents[i] = prorate(job.price, job.cycle, job.range).cents;
      }
      return cents;
    },
    baseline: () => {
      const cents = new Array<number>(jobs.length);
      for (let i = 0; i < jobs.length; i += 1) {
        const job = jobs[i] as Job;
        // The range [cut, end) may still cross periods in general; sum the exact pieces.
        let numerator = 0;
        let denominator = 1;
        let day = job.cut;
        while (day < job.end) {
          const [start, end] = containing(job.plainCycle, day);
          const stop = end < job.end ? end : job.end;
          numerator = numerator * (end - start) + (stop - day) * denominator;
          denominator *= end - start;
          day = stop;
        }
        cents[i] = halfUp(job.priceCents * numerator, denominator);
      }
      return cents;
    },
  });
}
