/**
 * Your own lines (R22–R24): a hosting provider's setup fee, metered traffic and
 * a goodwill credit, once as `charge` events on a subscription's next invoice
 * and once as `chargeLine`s on an invoice of their own. Prints both invoices in
 * German and exits non-zero when a figure differs from the guide's.
 *
 * Run: npx tsx examples/own-lines.ts
 */
import {
  advance,
  applyEvent,
  chargeLine,
  createCatalog,
  createInvoice,
  createItem,
  createSubscription,
  explainInvoice,
  explainLine,
  type SubscriptionEvent,
} from '../src/index.js';

/** Stops the example when a figure is not the one the guide shows. */
function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    console.error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exit(1);
  }
}

// The priced items, checked once; extra fields (an account number) travel onto the lines.
const setup = createItem({ id: 'setup', name: 'Einrichtung', unitCents: 4900, vatRate: 19, account: '8400' });
const traffic = createItem({ id: 'traffic', name: 'Traffic über Inklusivvolumen', unitCents: 9, vatRate: 19, unit: 'GB', account: '8401' });
const goodwill = createItem({ id: 'goodwill', name: 'Kulanz Ausfall 12.03.2026', unitCents: 1000, vatRate: 19, account: '8700' });

// 1. On a subscription: `charge` events go on the next invoice with the regular charges.
const catalog = createCatalog({
  plans: [{
    id: 'cloud', name: 'Cloud Server', price: { cents: 4300, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
    termMonths: 12, renewal: { kind: 'fixed', months: 12 },
    policy: { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' },
  }],
});
let subscription = advance(createSubscription(catalog, { planId: 'cloud', start: '2026-03-01' }), '2026-03-01').subscription;
const charges: SubscriptionEvent[] = [
  { type: 'charge', on: '2026-03-02', item: setup },
  { type: 'charge', on: '2026-03-13', item: goodwill, credit: true, ref: 'ticket-4711' },
  { type: 'charge', on: '2026-03-31', item: traffic, quantity: 137, reason: 'usage', ref: 'meter-2026-03' },
];
for (const event of charges) {
  const result = applyEvent(subscription, event);
  if (!result.ok) throw new Error(result.reason);
  console.log(`charge event: ${explainLine(result.lines[0]!, 'de')}`);
  subscription = result.subscription;
}
const [april] = advance(subscription, '2026-04-01').invoices;
console.log(`\n${explainInvoice(april!, 'de').join('\n')}`);
expectSame(april!.lines.map((line) => line.cents), [4300, 4900, -1000, 1233], 'the lines of the April invoice');
expectSame([april!.netCents, april!.vatCents, april!.grossCents], [9433, 1792, 11225], 'net, VAT and gross of the April invoice');

// 2. On an invoice of their own, for a customer without a subscription: a consumer's gross prices.
const lines = [
  chargeLine({ item: setup }),
  chargeLine({ item: traffic, quantity: 137, reason: 'usage', ref: 'meter-2026-03' }),
  chargeLine({ item: goodwill, credit: true, ref: 'ticket-4711' }),
];
const invoice = createInvoice({ lines, customer: 'consumer', issuedOn: '2026-04-01', period: { start: '2026-03-01', end: '2026-04-01' } });
console.log(`\n${explainInvoice(invoice, 'de').join('\n')}`);
const accounts = new Map([setup, traffic, goodwill].map((item) => [item.id, item.account]));
console.log(`\nBooked to accounts: ${lines.map((line) => `${accounts.get(line.item.id)}: ${line.cents}`).join(', ')}`);
expectSame(lines.map((line) => [line.reason, line.cents]), [['oneOff', 4900], ['usage', 1233], ['credit', -1000]], 'the own lines');
expectSame([invoice.netCents, invoice.vatCents, invoice.grossCents], [4313, 820, 5133], 'net, VAT and gross of the own invoice');
