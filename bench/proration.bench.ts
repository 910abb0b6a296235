/**
 * bench proration: the periods of bench periods (12 months for 10,000
 * contracts of each cycle kind), each cut at a random day and prorated from the
 * cut to the period's end (the unused rest, as in an upgrade credit, R2, W1),
 * through the public `prorate` (day basis), against a hand-written integer
 * baseline: find the period, then `price × days / period days`, rounded once,
 * half up (R22).
 *
 * Both sides read the same records (built before timing): the cycle as
 * createCycle made it and the range as ISO text; the price reaches the library
 * as the Money its API takes (made once per contract, as a caller holds it) and
 * the baseline as integer cents. Both produce the whole result: the piece (its
 * period and range as ISO text, days, period days, share and exact amount as
 * reduced fractions, cents) and the totals; the timed rounds fold them into a
 * checksum, the check compares them all.
 */
import { money, periodsBetween, prorate, type Money, type Proration } from '../src/index.js';
import { dayOfIso, halfUp, iso, isoDay } from './baseline.js';
import { indexAt, isoWord, makeContracts, readCycle, startOf, type CycleContract, type PlainCycle } from './cycles.js';
import { firstDifference, mix, runBench, seeded } from './harness.js';

interface Job {
  readonly contract: CycleContract;
  /** What the library reads: the price as Money, and the range [cut, period end) as ISO text. */
  readonly price: Money;
  readonly range: { readonly start: string; readonly end: string };
  /** What the baseline reads instead of the Money: the same price in integer cents. */
  readonly priceCents: number;
}

function makeJobs(): Job[] {
  const random = seeded(2026);
  const jobs: Job[] = [];
  for (const contract of makeContracts()) {
    const priceCents = 100 + Math.floor(random() * 100_000);
    const price = money(priceCents);
    for (const period of periodsBetween(contract.cycle, contract.range)) {
      const start = dayOfIso(period.start);
      const cut = start + Math.floor(random() * (dayOfIso(period.end) - start));
      jobs.push({ contract, price, priceCents, range: { start: iso(cut), end: period.end } });
    }
  }
  return jobs;
}

const jobs = makeJobs();

function foldProration(sum: number, result: Proration): number {
  const piece = result.pieces[0] as Proration['pieces'][number];
  sum = mix(sum, result.cents);
  sum = mix(sum, result.days * 1024 + piece.periodDays);
  sum = mix(sum, result.fraction.numerator * 4096 + result.fraction.denominator);
  sum = mix(sum, result.exact.numerator);
  sum = mix(sum, result.exact.denominator);
  sum = mix(sum, isoWord(piece.period.start) + isoWord(piece.range.start) * 4096);
  return mix(sum, isoWord(piece.period.end) + piece.cents);
}

function canonical(result: Proration): unknown {
  return [result.basis, result.days, result.fraction, result.exact, result.cents, result.currency, result.rounding,
    result.pieces.map((piece) => [piece.period.start, piece.period.end, piece.range.start, piece.range.end, piece.days, piece.periodDays, piece.fraction, piece.exact, piece.cents])];
}

function library(): number {
  let sum = 0;
  for (let i = 0; i < jobs.length; i += 1) {
    const job = jobs[i] as Job;
    sum = foldProration(sum, prorate(job.price, job.contract.cycle, job.range));
  }
  return sum;
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** The result of the baseline: the same fields, plain. */
interface PlainProration {
  readonly days: number;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly rangeStart: string;
  readonly rangeEnd: string;
  readonly periodDays: number;
  readonly shareNumerator: number;
  readonly shareDenominator: number;
  readonly exactNumerator: number;
  readonly exactDenominator: number;
  readonly cents: number;
}

const plain: PlainCycle = { days: 0, months: 0, anchorDay: 0, anchorMonth: 0, anchorDate: 0 };

function prorateByHand(job: Job): PlainProration {
  const cycle = readCycle(job.contract.cycle, plain);
  const start = dayOfIso(job.range.start);
  const end = dayOfIso(job.range.end);
  const k = indexAt(cycle, start);
  const periodStart = startOf(cycle, k);
  const periodEnd = startOf(cycle, k + 1);
  if (end > periodEnd) throw new Error('baseline: the workload cuts inside one period');
  const days = end - start;
  const periodDays = periodEnd - periodStart;
  // The share, reduced; then price × share, reduced: only the price can cancel against the share's denominator.
  const g = days === periodDays ? days : gcd(days, periodDays);
  const n = days / g;
  const d = periodDays / g;
  const divisor = gcd(job.priceCents, d);
  const exactNumerator = (job.priceCents / divisor) * n;
  const exactDenominator = d / divisor;
  const periodStartText = isoDay(periodStart);
  return {
    days,
    periodStart: periodStartText,
    periodEnd: isoDay(periodEnd),
    rangeStart: start === periodStart ? periodStartText : isoDay(start),
    rangeEnd: isoDay(end),
    periodDays,
    shareNumerator: n,
    shareDenominator: d,
    exactNumerator,
    exactDenominator,
    cents: halfUp(exactNumerator, exactDenominator),
  };
}

function baseline(): number {
  let sum = 0;
  for (let i = 0; i < jobs.length; i += 1) {
    const r = prorateByHand(jobs[i] as Job);
    sum = mix(sum, r.cents);
    sum = mix(sum, r.days * 1024 + r.periodDays);
    sum = mix(sum, r.shareNumerator * 4096 + r.shareDenominator);
    sum = mix(sum, r.exactNumerator);
    sum = mix(sum, r.exactDenominator);
    sum = mix(sum, isoWord(r.periodStart) + isoWord(r.rangeStart) * 4096);
    sum = mix(sum, isoWord(r.periodEnd) + r.cents);
  }
  return sum;
}

function canonicalOfPlain(r: PlainProration): unknown {
  const share = { numerator: r.shareNumerator, denominator: r.shareDenominator };
  const exact = { numerator: r.exactNumerator, denominator: r.exactDenominator };
  return ['day', r.days, share, exact, r.cents, 'EUR', 'halfUp',
    [[r.periodStart, r.periodEnd, r.rangeStart, r.rangeEnd, r.days, r.periodDays, share, exact, r.cents]]];
}

runBench({
  name: 'proration',
  target: 3,
  warmups: 2,
  check: () => {
    for (let i = 0; i < jobs.length; i += 1) {
      const job = jobs[i] as Job;
      const difference = firstDifference(canonical(prorate(job.price, job.contract.cycle, job.range)), canonicalOfPlain(prorateByHand(job)));
      if (difference !== null) return `job ${i} (${JSON.stringify(job.contract.cycle)}, ${job.range.start}..${job.range.end}, ${job.priceCents} cents): ${difference}`;
    }
    console.log(`  proration: ${jobs.length.toLocaleString('en')} prorations agree (pieces, fractions, cents)`);
    return null;
  },
  library,
  baseline,
});
