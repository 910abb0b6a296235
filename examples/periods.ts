/**
 * The first four billing periods of each cycle kind from 2026-01-31 (R1, R6–R8),
 * the rest of a period (R14), and W1's upgrade prorated on the day and the
 * month basis (R2, R22). Exits non-zero when a figure differs from the guide's.
 *
 * Run: npx tsx examples/periods.ts
 */
import {
  createCycle,
  daysIn,
  formatMoney,
  money,
  periodsBetween,
  prorate,
  restOfPeriod,
  type CycleSpec,
  type ProrationBasis,
} from '../src/index.js';

/** Stops the example when a figure is not the one the guide shows. */
function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    console.error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exit(1);
  }
}

const from = '2026-01-31';
const kinds: readonly [string, CycleSpec][] = [
  ['calendar month', { kind: 'calendarMonth' }],
  ['28 days', { kind: 'days', days: 28, anchor: from }],
  ['30 days', { kind: 'days', days: 30, anchor: from }],
  ['monthly', { kind: 'monthly', anchor: from }],
  ['yearly', { kind: 'yearly', anchor: from }],
  ['term 12 months', { kind: 'term', months: 12, anchor: from }],
];

console.log(`The first four periods from ${from}, half-open [start, end):`);
const starts: Record<string, string[]> = {};
for (const [name, spec] of kinds) {
  const cycle = createCycle(spec);
  const periods: string[] = [];
  starts[name] = [];
  for (const period of periodsBetween(cycle, { start: from, end: '2031-01-01' })) {
    periods.push(`[${period.start}, ${period.end}) ${daysIn(period)}d`);
    starts[name]!.push(period.start);
    if (periods.length === 4) break;
  }
  console.log(`  ${name.padEnd(15)} ${periods.join('  ')}`);
}
expectSame(starts['monthly'], ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'], 'monthly starts');
expectSame(starts['28 days'], ['2026-01-31', '2026-02-28', '2026-03-28', '2026-04-25'], 'four-week starts');
expectSame(starts['30 days'], ['2026-01-31', '2026-03-02', '2026-04-01', '2026-05-01'], '30-day starts');
expectSame(starts['calendar month'], ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'], 'calendar month starts');

// An extra user booked on 2026-03-20 on a cycle anchored on the 18th: 29 of 31 days are left.
const rest = restOfPeriod(createCycle({ kind: 'monthly', anchor: '2026-01-18' }), '2026-03-20');
console.log(`\nThe rest of the period from 2026-03-20 on a cycle anchored on the 18th: [${rest.range.start}, ${rest.range.end}), ${daysIn(rest.range)} of ${daysIn(rest.period)} days`);
expectSame([daysIn(rest.range), daysIn(rest.period)], [29, 31], 'rest of the period');

// W1: 100 € for 12 months from 2026-01-01; on 2026-07-01 an upgrade to 200 € for 12 months.
const term = createCycle({ kind: 'term', months: 12, anchor: '2026-01-01' });
const restOfTerm = { start: '2026-07-01', end: '2027-01-01' };
console.log(`\nW1, the rest of the term [${restOfTerm.start}, ${restOfTerm.end}) (${daysIn(restOfTerm)} of 365 days):`);
const expected: Record<ProrationBasis, [number, number]> = { day: [10082, 5041], month: [10000, 5000] };
for (const basis of ['day', 'month'] as const) {
  const charge = prorate(money(20000), term, restOfTerm, { basis });
  const credit = prorate(money(10000), term, restOfTerm, { basis });
  console.log(
    `  ${basis.padEnd(5)} basis: charged ${formatMoney(charge.cents, 'de')}, credited ${formatMoney(-credit.cents, 'de')}, `
      + `net ${formatMoney(charge.cents - credit.cents, 'de')}  (share ${charge.fraction.numerator}/${charge.fraction.denominator})`,
  );
  expectSame([charge.cents, credit.cents], expected[basis], `W1 on the ${basis} basis`);
}
