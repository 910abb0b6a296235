/**
 * Keeping a subscription in SQLite between requests (R14–R16, R26): the CRM
 * team plan at 49,00 € net a month from 2026-03-18 with extra users and 10 GB
 * storage packs at 5,90 € each. Every request loads the subscription's row,
 * reads it back with `revive(row.json, 'subscription')`, runs the billing run
 * up to its day, applies one event and stores the JSON again; the invoices go
 * into a table of their own. Prints each request, the three invoices with exact
 * cents (58,31 / 111,31 / 65,33 € gross) and what a hand-edited row gives, and
 * exits non-zero when the stored run differs from the same steps in memory.
 *
 * SQLite is Node's built-in `node:sqlite` where the running Node has it
 * (22.13 and later), otherwise the `better-sqlite3` package, a devDependency
 * for this example only.
 *
 * Run: npx tsx examples/storing-subscription.ts
 */
import { createRequire } from 'node:module';
import {
  advance,
  applyEvent,
  createCatalog,
  createSubscription,
  explainRefusal,
  formatMoney,
  isTarifkitError,
  revive,
  type Invoice,
  type Subscription,
  type SubscriptionEvent,
} from '../src/index.js';

/** The part of a SQLite connection this example uses; `node:sqlite` and `better-sqlite3` both have it. */
interface Database {
  exec(sql: string): void;
  prepare(sql: string): {
    run(...params: unknown[]): unknown;
    get(...params: unknown[]): unknown;
    all(...params: unknown[]): unknown[];
  };
  close(): void;
}

/** An in-memory SQLite database: Node's own where it has one, else better-sqlite3. */
async function openDatabase(): Promise<{ db: Database; driver: string }> {
  const builtIn = 'node:sqlite'; // a variable, so that older Node type declarations need not know the module
  try {
    const { DatabaseSync } = (await import(builtIn)) as { DatabaseSync: new (path: string) => Database };
    return { db: new DatabaseSync(':memory:'), driver: 'node:sqlite' };
  } catch {
    const BetterSqlite = createRequire(import.meta.url)('better-sqlite3') as new (path: string) => Database;
    return { db: new BetterSqlite(':memory:'), driver: 'better-sqlite3' };
  }
}

/** Stops the example when the stored run is not the run in memory. */
function expectSame(actual: string, expected: string, what: string): void {
  if (actual !== expected) throw new Error(`${what}: stored and in memory differ\n  stored:    ${actual.slice(0, 200)}\n  in memory: ${expected.slice(0, 200)}`);
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
const order = { id: 'K-1001', planId: 'crm', start: '2026-03-18' };

/** One request each: the day it comes in, and the event it carries (none: only the billing run). */
const requests: { day: string; event: SubscriptionEvent | null }[] = [
  { day: '2026-03-18', event: null },
  { day: '2026-03-20', event: { type: 'bookAddOn', on: '2026-03-20', addOnId: 'users', quantity: 1 } },
  { day: '2026-04-01', event: { type: 'bookAddOn', on: '2026-04-01', addOnId: 'storage', quantity: 2 } },
  { day: '2026-04-10', event: { type: 'changeAddOnQuantity', on: '2026-04-10', bookingId: 'users#1', quantity: 3 } },
  { day: '2026-04-25', event: { type: 'bookAddOn', on: '2026-04-25', addOnId: 'storage', quantity: 1 } },
  { day: '2026-05-02', event: { type: 'withdrawAddOn', on: '2026-05-02', bookingId: 'storage#3' } },
  { day: '2026-05-05', event: { type: 'changeAddOnQuantity', on: '2026-05-05', bookingId: 'users#1', quantity: 1 } },
  { day: '2026-05-05', event: { type: 'cancelAddOn', on: '2026-05-05', bookingId: 'storage#2' } },
  { day: '2026-05-18', event: null },
];

/** One request's work: the billing run up to its day, then its event. */
function handle(subscription: Subscription, day: string, event: SubscriptionEvent | null): { subscription: Subscription; invoices: readonly Invoice[] } {
  const run = advance(subscription, day);
  if (event === null) return run;
  const result = applyEvent(run.subscription, event);
  if (!result.ok) throw new Error(explainRefusal(result, 'en'));
  return { subscription: result.subscription, invoices: run.invoices };
}

// The same steps in memory, never stored: what the stored run must give.
let inMemory = createSubscription(catalog, order);
const expectedInvoices: Invoice[] = [];
for (const { day, event } of requests) {
  const step = handle(inMemory, day, event);
  inMemory = step.subscription;
  expectedInvoices.push(...step.invoices);
}

const { db, driver } = await openDatabase();
console.log(`SQLite through ${driver}`);
db.exec(`
  CREATE TABLE subscriptions (
    id TEXT PRIMARY KEY,
    next_invoice_on TEXT,   -- ISO dates compare as text: WHERE next_invoice_on <= ? finds what is due
    json TEXT NOT NULL
  );
  CREATE TABLE invoices (
    subscription_id TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    gross_cents INTEGER NOT NULL,
    json TEXT NOT NULL
  );
`);
const save = db.prepare('INSERT INTO subscriptions (id, next_invoice_on, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET next_invoice_on = excluded.next_invoice_on, json = excluded.json');
const load = db.prepare('SELECT json FROM subscriptions WHERE id = ?');
const saveInvoice = db.prepare('INSERT INTO invoices (subscription_id, issued_on, gross_cents, json) VALUES (?, ?, ?, ?)');

/** Writes a subscription as it is: `JSON.stringify` is the stored form. */
function store(subscription: Subscription): void {
  save.run(subscription.id, subscription.nextInvoiceOn, JSON.stringify(subscription));
}

// The sign-up request creates the subscription and stores it.
store(createSubscription(catalog, order));

// Every later request starts from the row alone: nothing is kept in memory between requests.
console.log('\nRequests:');
for (const { day, event } of requests) {
  const row = load.get('K-1001') as { json: string };
  const loaded = revive(row.json, 'subscription');
  const { subscription, invoices } = handle(loaded, day, event);
  for (const invoice of invoices) saveInvoice.run(subscription.id, invoice.issuedOn, invoice.grossCents, JSON.stringify(invoice));
  store(subscription);
  const what = event === null ? 'billing run' : `${event.type} ${'bookingId' in event ? event.bookingId : event.type === 'bookAddOn' ? event.addOnId : ''}`;
  console.log(`  ${day} ${what.padEnd(32)} ${String(Buffer.byteLength(row.json)).padStart(5)} → ${String(Buffer.byteLength(JSON.stringify(subscription))).padStart(5)} bytes of JSON, ${invoices.length} invoice(s) issued`);
}

// The invoices, read back from their own table.
const invoiceRows = db.prepare('SELECT json FROM invoices WHERE subscription_id = ? ORDER BY issued_on').all('K-1001') as { json: string }[];
const invoices = invoiceRows.map((row) => revive(row.json, 'invoice'));
console.log('\nInvoices:');
for (const invoice of invoices) {
  const cents = `${invoice.netCents} + ${invoice.vatCents} = ${invoice.grossCents} cents`;
  console.log(`  ${invoice.issuedOn}: netto ${formatMoney(invoice.netCents, 'de')}, USt. ${formatMoney(invoice.vatCents, 'de')}, brutto ${formatMoney(invoice.grossCents, 'de')} (${cents}; ${invoice.lines.length} ${invoice.lines.length === 1 ? 'line' : 'lines'})`);
}

// The stored run is the run in memory, byte for byte.
const final = revive((load.get('K-1001') as { json: string }).json, 'subscription');
expectSame(JSON.stringify(invoices), JSON.stringify(expectedInvoices), 'the invoices');
expectSame(JSON.stringify(final), JSON.stringify(inMemory), 'the subscription');
expectSame(JSON.stringify(invoices.map((invoice) => [invoice.netCents, invoice.vatCents, invoice.grossCents])), '[[4900,931,5831],[9354,1777,11131],[5490,1043,6533]]', 'the totals');
const due = db.prepare('SELECT id, next_invoice_on FROM subscriptions WHERE next_invoice_on <= ?').all('2026-06-18') as { id: string; next_invoice_on: string }[];
expectSame(JSON.stringify(due.map((row) => [row.id, row.next_invoice_on])), '[["K-1001","2026-06-18"]]', 'the subscriptions due on 2026-06-18');
console.log(`\nStored and in memory agree: ${invoices.length} invoices, the subscription's JSON byte for byte; due on 2026-06-18: ${due.map((row) => row.id).join(', ')}`);

// A row edited by hand is refused, naming the field, instead of billing a wrong amount.
db.prepare("UPDATE subscriptions SET json = replace(json, '\"quantity\":3', '\"quantity\":30') WHERE id = ?").run('K-1001');
try {
  revive((load.get('K-1001') as { json: string }).json, 'subscription');
  throw new Error('a hand-edited row was read back');
} catch (error) {
  if (!isTarifkitError(error, 'INVALID_JSON')) throw error;
  console.log(`A hand-edited row: ${error.code} at ${String(error.details.field)} (${String(error.details.reason)})`);
}
db.close();
