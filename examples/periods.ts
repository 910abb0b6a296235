/**
 * The first four billing periods of each cycle kind from 2026-01-31 (R6–R8),
 * and W1's upgrade prorated on the day and the month basis (R2, R22).
 *
 * Run: npx tsx examples/periods.ts
 */
import {
  createCycle,
  createPeriod,
  formatMoney,
  money,
  periodsBetween,
  prorate,
  sumMoney,
  type CycleSpec,
  type ProrationBasis,
} from '../src/index.js';

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
for (const [name, spec] of kinds) {
  const cycle = createCycle(spec);
  const periods = [];
  for (const period of periodsBetween(cycle, createPeriod(from, '2031-01-01'))) {
    periods.push(`${String(period)} ${period.days}d`);
    if (periods.length === 4) break;
  }
  console.log(`  ${name.padEnd(15)} ${periods.join('  ')}`);
}

// W1: 100 € for 12 months from 2026-01-01; on 2026-07-01 an upgrade to 200 € for 12 months.
const term = createCycle({ kind: 'term', months: 12, anchor: '2026-01-01' });
const rest = createPeriod('2026-07-01', '2027-01-01');
console.log(`\nW1, the rest of the term ${String(rest)} (${rest.days} of 365 days):`);
for (const basis of ['day', 'month'] as const satisfies readonly ProrationBasis[]) {
  const charge = prorate(money(20000), term, rest, { basis });
  const credit = prorate(money(10000), term, rest, { basis });
  const net = sumMoney([charge.amount, money(-credit.cents)]);
  console.log(
    `  ${basis.padEnd(5)} basis: charged ${formatMoney(charge.amount, 'de')}, credited ${formatMoney(money(-credit.cents), 'de')}, `
      + `net ${formatMoney(net, 'de')}  (share ${charge.fraction.numerator}/${charge.fraction.denominator})`,
  );
}
