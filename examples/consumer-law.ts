/**
 * German consumer and telecom law (R30–R32): a mobile carrier's and a fibre
 * provider's deadlines, withdrawals, confirmations and price changes.
 * Prints the withdrawal window around Easter 2026 with the nationwide holidays,
 * the window without a proper instruction (12 months and 14 days), the
 * early-start withdrawal of LTE 50 (0,97 € kept, −1,13 € of 2,10 € credited)
 * and of a Mobil S contract (2,90 € of 6,29 € kept, or nothing without it),
 * the confirmations of a withdrawal and of a cancellation, the one-month
 * cancellation of a renewed small-business telecom contract, and a price
 * change in time and one refused. Exits non-zero when a figure differs from
 * the guide's.
 *
 * Run: npx tsx examples/consumer-law.ts
 */
import {
  advance, applyEvent, cancellationConfirmationText, checkPriceChange, createCatalog, createSubscription, explainLine,
  explainPriceChange, explainRefusal, germanHolidays, withdrawalConfirmationText, withdrawalWindow,
} from '../src/index.js';

/** Stops the example when a figure is not the one the guide shows. */
function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    console.error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exitCode = 1;
  }
}

/** The last day of a half-open window. */
function lastDay(window: { end: string }): string {
  const [y, m, d] = window.end.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

console.log('Public holidays (R30, § 193 BGB)');
const easter = withdrawalWindow('2026-03-20');
console.log(`  booked 2026-03-20: last day to withdraw ${lastDay(easter)} (Good Friday, the weekend and Easter Monday skipped)`);
expectSame(lastDay(easter), '2026-04-07', 'the Easter window');
console.log(`  Bavaria's own holidays 2026: ${germanHolidays(2026, { state: 'BY' }).filter((h) => !h.nationwide).map((h) => `${h.date} ${h.name}`).join(', ')}`);

console.log('Withdrawal without a proper instruction (R31, § 356(3) BGB)');
const instructed = withdrawalWindow('2026-03-19');
const uninstructed = withdrawalWindow('2026-03-19', { instructed: false });
console.log(`  booked 2026-03-19: last day ${lastDay(instructed)} with instruction, ${lastDay(uninstructed)} without`);
expectSame([lastDay(instructed), lastDay(uninstructed)], ['2026-04-02', '2027-04-02'], 'the windows');

console.log('Early start (R31, § 357a(2) BGB): LTE 50 at 5,00 € a month, postpaid');
const mobile = createCatalog({ plans: [{
  id: 'mobil', name: 'Mobil M', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
  billing: 'inArrears', termMonths: 24, renewal: { kind: 'openEnded' },
  policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
  optionTariff: { kind: 'postpaidMonth', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }] },
}] });
const start = advance(createSubscription(mobile, { planId: 'mobil', start: '2026-03-01' }), '2026-03-19').subscription;
for (const earlyStart of [true, false]) {
  const booked = applyEvent(start, { type: 'bookOption', at: '2026-03-19T09:00+01:00', optionId: 'lte50', earlyStart });
  if (!booked.ok) throw new Error(booked.reason);
  const invoiced = advance(booked.subscription, '2026-04-01');
  const withdrawn = applyEvent(invoiced.subscription, { type: 'withdrawOption', on: '2026-03-25', bookingId: 'lte50#1' });
  if (!withdrawn.ok) throw new Error(withdrawn.reason);
  const net = withdrawn.lines.reduce((sum, line) => sum + line.cents, 0);
  console.log(`  ${earlyStart ? 'with' : 'without'} early start, withdrawn 2026-03-25 after the invoice of 2026-04-01 charged 2,10 €:`);
  for (const line of withdrawn.lines) console.log(`    ${explainLine(line, 'de')}`);
  expectSame(net, earlyStart ? -113 : -210, `the credit ${earlyStart ? 'with' : 'without'} early start`);
}

console.log('The contract itself (R31, § 357a(2) BGB): Mobil S at 15,00 € a month in advance, from 2026-03-19');
const plan = createCatalog({ plans: [{
  id: 'mobilS', name: 'Mobil S', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
  billing: 'inAdvance', termMonths: 24, renewal: { kind: 'openEnded' },
  policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
}] });
for (const earlyStart of [true, false]) {
  const first = advance(createSubscription(plan, { planId: 'mobilS', start: '2026-03-19', earlyStart }), '2026-03-19');
  const withdrawn = applyEvent(first.subscription, { type: 'withdraw', on: '2026-03-25' });
  if (!withdrawn.ok) throw new Error(withdrawn.reason);
  const final = advance(withdrawn.subscription, '2026-04-30').invoices;
  const kept = [...first.invoices, ...final].flatMap((invoice) => invoice.lines).reduce((sum, line) => sum + line.cents, 0);
  console.log(`  ${earlyStart ? 'with' : 'without'} early start, withdrawn 2026-03-25 after the first invoice of 6,29 €; final invoice ${final[0]?.issuedOn}:`);
  for (const line of final.flatMap((invoice) => invoice.lines)) console.log(`    ${explainLine(line, 'de')}`);
  console.log(`    kept: ${(kept / 100).toFixed(2).replace('.', ',')} €`);
  expectSame(kept, earlyStart ? 290 : 0, `the contract kept ${earlyStart ? 'with' : 'without'} early start`);
}

console.log('Withdrawal confirmation (R31, § 356a BGB)');
console.log(`  ${withdrawalConfirmationText({ receivedAt: '2026-03-25T13:30:00Z', name: 'LTE 50', ref: 'lte50#1', bookedOn: '2026-03-19' }, 'de')}`);

console.log('Telecom: a small business cancels after a tacit renewal (R32, TKG § 56 (3), § 71)');
const fibre = createCatalog({ plans: [{
  id: 'office', name: 'Office Fiber', price: { cents: 4990, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
  termMonths: 12, renewal: { kind: 'fixed', months: 12 },
  policy: { optionsChangeable: false, notice: { unit: 'month', count: 3 }, customer: 'business', telecom: true, smallBusiness: true },
}] });
const office = advance(createSubscription(fibre, { planId: 'office', start: '2026-01-01' }), '2027-03-10').subscription;
const cancelled = applyEvent(office, { type: 'cancel', on: '2027-03-10' });
if (!cancelled.ok) throw new Error(cancelled.reason);
expectSame(cancelled.subscription.contract.cancellation?.lastDay, '2027-04-10', 'the last day');
console.log(`  ${cancellationConfirmationText(cancelled.subscription.contract, 'de', { receivedAt: '2027-03-10T14:05:00+01:00' })}`);
console.log(`  ${cancellationConfirmationText(cancelled.subscription.contract, 'en')}`);

console.log('Price changes (R32, TKG § 57)');
const change = checkPriceChange({ notifiedOn: '2026-09-15', effectiveOn: '2026-11-01' });
if (!change.ok) throw new Error(change.reason);
expectSame([change.lastTerminationDay, change.earliestEnd], ['2026-12-15', '2026-11-01'], 'the termination window');
console.log(`  ${explainPriceChange(change, 'de')}`);
const tooShort = checkPriceChange({ notifiedOn: '2026-10-15', effectiveOn: '2026-11-01' });
if (tooShort.ok) throw new Error('a change notified 17 days ahead must be refused');
expectSame(tooShort.allowedFrom, '2026-11-15', 'allowedFrom');
console.log(`  ${explainRefusal(tooShort, 'en')}`);
