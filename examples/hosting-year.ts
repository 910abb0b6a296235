/**
 * A hosting provider's cloud server over its first year (R1–R3, R6, R22–R24):
 * 43,00 € a month from 2026-01-01, upgraded on 2026-03-10 to 92,00 €, a
 * downgrade to 76,00 € asked on 2026-05-02 and scheduled for the renewal.
 * Prints every invoice, the year's total (991,77 € net) and the notices, then
 * W1's quote on the day and the month basis as the customer sees it before
 * confirming. Exits non-zero when a figure differs from the guide's.
 *
 * Run: npx tsx examples/hosting-year.ts
 */
import {
  advance,
  applyEvent,
  createCatalog,
  createSubscription,
  explainLine,
  explainNotice,
  formatMoney,
  quoteEvent,
  type Invoice,
  type ProrationBasis,
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

const policy = { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' } as const;
const yearly = (id: string, name: string, cents: number) => ({
  id, name, price: { cents, per: 'term' as const }, billingCycle: { kind: 'term' as const },
  termMonths: 12, renewal: { kind: 'fixed' as const, months: 12 }, policy,
});
const catalog = createCatalog({
  plans: [
    {
      id: 'cloud', name: 'Cloud Server', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
      termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy,
      components: [
        { id: 'ram', name: 'RAM', unit: 'GB', unitCents: 200 },
        { id: 'vcpu', name: 'vCPU', unitCents: 500 },
        { id: 'ssd', name: 'SSD', unit: 'GB', unitCents: 10 },
      ],
    },
    // W1: 100 € for 12 months, and the 200 € plan it is upgraded to.
    yearly('basic', 'Basic', 10000),
    yearly('pro', 'Pro', 20000),
  ],
});

// The cloud server's year.
let subscription = createSubscription(catalog, { planId: 'cloud', start: '2026-01-01', configuration: { ram: 4, vcpu: 2, ssd: 100 } });
const invoices: Invoice[] = [];
const notices: SubscriptionNotice[] = [];
const changes: SubscriptionEvent[] = [
  { type: 'upgrade', on: '2026-03-10', configuration: { ram: 16, vcpu: 4, ssd: 250 } },
  { type: 'downgrade', on: '2026-05-02', configuration: { ram: 8 } },
];
for (const change of changes) {
  const day = String('on' in change ? change.on : change.at);
  const run = advance(subscription, day);
  invoices.push(...run.invoices);
  notices.push(...run.notices);
  const result = applyEvent(run.subscription, change);
  if (!result.ok) throw new Error(result.reason);
  console.log(`${day} ${change.type}: in force ${result.effectiveOn}`);
  for (const line of result.lines) console.log(`  ${explainLine(line, 'de')}`);
  subscription = result.subscription;
}
const year = advance(subscription, '2027-01-01');
invoices.push(...year.invoices);
notices.push(...year.notices);

console.log('\nInvoices (net, business prices):');
for (const invoice of invoices) {
  console.log(`  ${invoice.issuedOn}  ${formatMoney(invoice.netCents, 'de').padStart(10)}  ${invoice.lines.map((line) => formatMoney(line.cents, 'de')).join(', ')}`);
}
const total2026 = invoices.filter((invoice) => invoice.issuedOn < '2027-01-01').reduce((sum, invoice) => sum + invoice.netCents, 0);
console.log(`  2026 in total: ${formatMoney(total2026, 'de')} net`);
console.log('\nThe April invoice:');
for (const line of invoices[3]!.lines) console.log(`  ${explainLine(line, 'de')}`);
console.log('\nNotices:');
for (const notice of notices) console.log(`  ${notice.on}: ${explainNotice(notice, 'de')}`);

expectSame(invoices.map((invoice) => invoice.netCents), [4300, 4300, 4300, 12677, 9200, 9200, 9200, 9200, 9200, 9200, 9200, 9200, 7600], 'the net of every invoice');
expectSame(invoices[3]!.lines.map((line) => line.cents), [9200, 6529, -3052], 'the April invoice');
expectSame([invoices[3]!.vatCents, invoices[3]!.grossCents], [2409, 15086], 'the April VAT and gross');
expectSame(total2026, 99177, 'the 2026 total');
expectSame(notices.map((notice) => `${notice.on} ${notice.type}`), ['2026-09-30 cancellationDeadline', '2027-01-01 termRenewed', '2027-01-01 downgradeInForce'], 'the notices');

// W1 (R2): Basic from 2026-01-01, upgraded to Pro on 2026-07-01; 184 of 365 days are left.
const expected: Record<ProrationBasis, number[]> = { day: [10082, -5041], month: [10000, -5000] };
for (const basis of ['day', 'month'] as const) {
  const basic = advance(createSubscription(catalog, { planId: 'basic', start: '2026-01-01', basis }), '2026-01-01').subscription;
  const quote = quoteEvent(basic, { type: 'upgrade', on: '2026-07-01', planId: 'pro' });
  if (!quote.ok) throw new Error(quote.reason);
  console.log(`\nW1, the quote on the ${basis} basis (${basis === 'day' ? 'tagesgenau' : 'the round figures of 6 of 12 months'}):`);
  for (const locale of ['de', 'en'] as const) {
    for (const line of quote.lines) console.log(`  ${explainLine(line, locale)}`);
    const net = quote.lines.reduce((sum, line) => sum + line.cents, 0);
    console.log(`  ${locale === 'de' ? 'Zu zahlen' : 'To pay'}: ${formatMoney(net, locale)}`);
  }
  expectSame(quote.lines.map((line) => line.cents), expected[basis], `W1 on the ${basis} basis`);
}
