/**
 * A mobile carrier's postpaid customer over three months (R6, R11–R13): Mobil M
 * at 15,00 € a calendar month, billed in arrears, with options booked, one
 * withdrawn within 14 days, one cancelled in time and one switched 12 hours
 * after the 48-hour deadline of April's end. Prints the invoices and notices in
 * German and exits non-zero when a figure differs from the guide's.
 *
 * Run: npx tsx examples/mobile-postpaid.ts
 */
import {
  advance,
  applyEvent,
  cancellationDeadline,
  createCatalog,
  createSubscription,
  explainInvoice,
  explainNotice,
  explainRefusal,
  listOptions,
  type Invoice,
  type SubscriptionEvent,
  type SubscriptionNotice,
} from '../src/index.js';

/** Stops the example when a figure is not the one the guide shows. */
function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    console.error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exit(1);
  }
}

const catalog = createCatalog({
  plans: [{
    id: 'mobil', name: 'Mobil M', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
    billing: 'inArrears', termMonths: 24, renewal: { kind: 'openEnded' },
    policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
    optionTariff: {
      kind: 'postpaidMonth',
      options: [
        { id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 },
        { id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 },
        { id: 'eu', name: 'EU Roaming', unitCents: 700, vatRate: 19 },
      ],
    },
  }],
});

const events: [day: string, event: SubscriptionEvent][] = [
  ['2026-03-05', { type: 'bookOption', at: '2026-03-05T12:00+01:00', optionId: 'sms' }],
  ['2026-03-19', { type: 'bookOption', at: '2026-03-19T09:00+01:00', optionId: 'lte50' }],
  ['2026-04-10', { type: 'bookOption', at: '2026-04-10T10:00+02:00', optionId: 'eu' }],
  ['2026-04-15', { type: 'withdrawOption', on: '2026-04-15', bookingId: 'eu#3' }],
  ['2026-04-28', { type: 'cancelOption', at: '2026-04-28T12:00+02:00', bookingId: 'sms#1' }],
  ['2026-04-29', { type: 'switchOption', at: '2026-04-29T12:00+02:00', bookingId: 'lte50#2', toOptionId: 'eu' }],
];

let subscription = createSubscription(catalog, { planId: 'mobil', start: '2026-03-01' });
const invoices: Invoice[] = [];
const notices: SubscriptionNotice[] = [];
const effective: string[] = [];
console.log(`Options end with April only when cancelled by ${cancellationDeadline('2026-05-01').toString()}.\n`);
for (const [day, event] of events) {
  const run = advance(subscription, day);
  invoices.push(...run.invoices);
  notices.push(...run.notices);
  const result = applyEvent(run.subscription, event);
  if (!result.ok) throw new Error(explainRefusal(result, 'en'));
  subscription = result.subscription;
  effective.push(result.effectiveOn);
  console.log(`${'at' in event ? String(event.at) : day} ${event.type} ${result.bookingId ?? ''}: in force ${result.effectiveOn}`);
}

// A withdrawal of LTE 50 on 2026-04-30 comes too late: its window closed on 2026-04-02.
const late = applyEvent(subscription, { type: 'withdrawOption', on: '2026-04-30', bookingId: 'lte50#2' });
if (late.ok) throw new Error('the withdrawal should be refused');
console.log(`2026-04-30 withdrawOption lte50#2: ${explainRefusal(late, 'de')}`);

const last = advance(subscription, '2026-06-01');
invoices.push(...last.invoices);
notices.push(...last.notices);
for (const invoice of invoices) console.log(`\n${explainInvoice(invoice, 'de').join('\n')}`);
console.log('\nMitteilungen:');
for (const notice of notices) console.log(`  ${notice.on}: ${explainNotice(notice, 'de')}`);
console.log('\nOptionen am 01.06.2026:');
for (const row of listOptions(last.subscription, '2026-06-01')) console.log(`  ${row.bookingId} ${row.name}: ${row.status.kind}`);

expectSame(effective, ['2026-03-05', '2026-03-19', '2026-04-10', '2026-04-15', '2026-05-01', '2026-06-01'], 'the days the events take effect');
expectSame(late.details.lastDay, '2026-04-02', 'the last day of the LTE 50 window');
expectSame(invoices.map((invoice) => [invoice.issuedOn, ...invoice.lines.map((line) => line.cents)]), [
  ['2026-04-01', 1500, 261, 210],
  ['2026-05-01', 1500, 300, 500],
  ['2026-06-01', 1500, 500],
], 'the lines of the three invoices');
expectSame(invoices.map((invoice) => [invoice.netCents, invoice.vatCents, invoice.grossCents]), [[1656, 315, 1971], [1933, 367, 2300], [1681, 319, 2000]], 'net, VAT and gross');
expectSame(notices.map((notice) => `${notice.on} ${notice.type}`), [
  '2026-04-01 optionRenewed', '2026-04-01 optionRenewed', '2026-05-01 optionEnded', '2026-05-01 optionRenewed',
  '2026-06-01 optionEnded', '2026-06-01 optionActivated',
], 'the notices');
