/**
 * A CRM provider's subscription (R14–R16, R26): the team plan at 49,00 € net a
 * month from 2026-03-18, extra users and 10 GB storage packs at 5,90 € each.
 * The customer books an extra user, storage packs, raises and lowers the users,
 * withdraws a pack within 14 days and cancels the others. Prints each event's
 * lines, the three invoices in German (49,00 / 93,54 / 54,90 € net) and the
 * add-on table, and exits non-zero when a figure differs from the README's.
 *
 * Run: npx tsx examples/crm-subscription.ts
 */
import {
  advance,
  applyEvent,
  createCatalog,
  createSubscription,
  explainInvoice,
  explainLine,
  explainNotice,
  explainRefusal,
  formatAddOnRow,
  listAddOns,
  type Invoice,
  type SubscriptionEvent,
  type SubscriptionNotice,
} from '../src/index.js';

/** Stops the example when a figure is not the one the README shows. */
function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    console.error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exit(1);
  }
}

const catalog = createCatalog({
  plans: [{
    id: 'crm', name: 'CloudCRM Team', price: { cents: 4900, per: 'billingPeriod' },
    billingCycle: { kind: 'monthly' }, termMonths: 1, renewal: { kind: 'openEnded' },
    policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
  }],
  addOns: [
    { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 },
    { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 },
  ],
});

const events = [
  { type: 'bookAddOn', on: '2026-03-20', addOnId: 'users', quantity: 1 },
  { type: 'bookAddOn', on: '2026-04-01', addOnId: 'storage', quantity: 2 },
  { type: 'changeAddOnQuantity', on: '2026-04-10', bookingId: 'users#1', quantity: 3 },
  { type: 'bookAddOn', on: '2026-04-25', addOnId: 'storage', quantity: 1 },
  { type: 'withdrawAddOn', on: '2026-05-02', bookingId: 'storage#3' },
  { type: 'changeAddOnQuantity', on: '2026-05-05', bookingId: 'users#1', quantity: 1 },
  { type: 'cancelAddOn', on: '2026-05-05', bookingId: 'storage#2' },
] satisfies SubscriptionEvent[];

let subscription = createSubscription(catalog, { planId: 'crm', start: '2026-03-18' });
const invoices: Invoice[] = [];
const notices: SubscriptionNotice[] = [];
const drafted: number[][] = [];
console.log('Events:');
for (const event of events) {
  const run = advance(subscription, event.on);
  invoices.push(...run.invoices);
  notices.push(...run.notices);
  const result = applyEvent(run.subscription, event);
  if (!result.ok) throw new Error(explainRefusal(result, 'en'));
  subscription = result.subscription;
  drafted.push(result.lines.map((line) => line.cents));
  const lines = result.lines.length === 0 ? 'no lines' : result.lines.map((line) => explainLine(line, 'de')).join('; ');
  console.log(`  ${event.on} ${event.type} ${result.bookingId ?? ''}, in force ${result.effectiveOn}: ${lines}`);
}
expectSame(drafted, [[552], [647], [305], [452], [], [], []], 'the lines of the events');

console.log('\nAdd-ons on 2026-05-05:');
for (const row of listAddOns(subscription, '2026-05-05')) console.log(`  ${formatAddOnRow(row, 'de')}`);

const last = advance(subscription, '2026-05-18');
invoices.push(...last.invoices);
notices.push(...last.notices);
for (const invoice of invoices) console.log(`\n${explainInvoice(invoice, 'de').join('\n')}`);
console.log('\nNotices:');
for (const notice of notices) console.log(`  ${notice.on}: ${explainNotice(notice, 'de')}`);

expectSame(invoices.map((invoice) => [invoice.issuedOn, invoice.netCents]), [['2026-03-18', 4900], ['2026-04-18', 9354], ['2026-05-18', 5490]], 'net of the three invoices');
expectSame(invoices.map((invoice) => invoice.grossCents), [5831, 11131, 6533], 'gross of the three invoices');
expectSame(invoices[1]!.lines.map((line) => line.cents), [4900, 1770, 1180, 552, 647, 305], 'the lines of the April invoice');
expectSame(invoices[2]!.lines.map((line) => line.cents), [4900, 590], 'the lines of the May invoice');
