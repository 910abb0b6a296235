/**
 * A billing run sharded across worker threads (R14, R22–R24, R26). 300
 * subscriptions of three providers' plans (a CRM team plan with add-ons, a cloud
 * server with RAM, vCPUs and SSD, a consumer DSL line), started on different
 * days of the first quarter and changed once, are kept as the database would
 * keep them on 2026-03-31. The run of 2026-06-30 issues every invoice due up to
 * that day.
 *
 * The subscriptions cross into the workers as their JSON text; each worker reads
 * its shard back with `revive(json, 'subscription')`, advances every
 * subscription to the run's day and sends back the invoices and the advanced
 * subscriptions as JSON text, which the main thread reads back with `revive`.
 * Prints the run's totals and exits non-zero unless net, VAT, gross and the
 * counts of invoices and lines, and every invoice byte for byte, equal the same
 * run in one thread. What it shows is that values cross threads intact; at this
 * size, starting the workers and reading every value back with its checks cost
 * more than the run itself, so one thread is faster.
 *
 * Run: npx tsx examples/billing-run-workers.ts
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  advance,
  applyEvent,
  createCatalog,
  createSubscription,
  explainRefusal,
  formatMoney,
  revive,
  type Invoice,
  type Subscription,
  type SubscriptionEvent,
  type SubscriptionInput,
} from '../src/index.js';

/** The day of the billing run: every invoice due up to it is issued. */
const RUN_DAY = '2026-06-30';

/** What the main thread gives a worker: its shard as JSON text, and the run's day. */
interface Shard {
  readonly day: string;
  readonly subscriptions: string;
}

/** What a worker sends back: per subscription, its id, its new invoices and its advanced state, as JSON text. */
interface ShardResult {
  readonly invoices: string;
  readonly subscriptions: string;
}

/** The billing run over some subscriptions: each advanced to the day, its invoices in order. */
function billingRun(subscriptions: readonly Subscription[], day: string): { subscriptions: Subscription[]; invoices: Invoice[][] } {
  const advanced = subscriptions.map((subscription) => advance(subscription, day));
  return { subscriptions: advanced.map((step) => step.subscription), invoices: advanced.map((step) => [...step.invoices]) };
}

if (!isMainThread) {
  // A worker: read the shard back, run it, send the results back as JSON text.
  const shard = workerData as Shard;
  const subscriptions = (JSON.parse(shard.subscriptions) as unknown[]).map((json) => revive(json, 'subscription'));
  const run = billingRun(subscriptions, shard.day);
  const result: ShardResult = { invoices: JSON.stringify(run.invoices), subscriptions: JSON.stringify(run.subscriptions) };
  parentPort?.postMessage(result);
} else {
  await main();
}

/** Numbers from a fixed pseudo-random sequence (mulberry32), so every run builds the same subscriptions. */
function sequence(start: number): (below: number) => number {
  let state = start >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

/** The day `days` after 2026-01-01, as ISO text (the first quarter only). */
function dayOfQuarter(days: number): string {
  const lengths = [31, 28, 31];
  let month = 0;
  let rest = days;
  while (rest >= (lengths[month] as number)) rest -= lengths[month++] as number;
  return `2026-${String(month + 1).padStart(2, '0')}-${String(rest + 1).padStart(2, '0')}`;
}

/** The subscriptions as the database holds them on 2026-03-31: created, billed so far, changed once. */
function portfolio(count: number): Subscription[] {
  const catalog = createCatalog({
    plans: [
      {
        id: 'crm', name: 'CloudCRM Team', price: { cents: 4900, per: 'billingPeriod' },
        billingCycle: { kind: 'monthly' }, termMonths: 1, renewal: { kind: 'openEnded' },
        policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
      },
      {
        id: 'cloud', name: 'Cloud Server', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
        termMonths: 12, renewal: { kind: 'fixed', months: 12 },
        policy: { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' },
        components: [
          { id: 'ram', name: 'RAM', unit: 'GB', unitCents: 200, default: 4 },
          { id: 'vcpu', name: 'vCPU', unitCents: 500, default: 1 },
          { id: 'ssd', name: 'SSD', unit: 'GB', unitCents: 10, default: 50 },
        ],
      },
      {
        id: 'dsl', name: 'Heimnetz 250', price: { cents: 3999, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
        termMonths: 24, renewal: { kind: 'openEnded' },
        policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
      },
    ],
    addOns: [
      { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 },
      { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 },
    ],
  });
  const next = sequence(2026);
  const subscriptions: Subscription[] = [];
  for (let n = 0; n < count; n += 1) {
    const id = `K-${String(1000 + n)}`;
    const startDay = next(60);
    const start = dayOfQuarter(startDay);
    const changeOn = dayOfQuarter(startDay + 1 + next(89 - startDay));
    let input: SubscriptionInput;
    let change: SubscriptionEvent;
    switch (n % 3) {
      case 0:
        input = { id, planId: 'crm', start, addOns: next(2) === 0 ? [] : [{ addOnId: 'users', quantity: 1 + next(5) }] };
        change = { type: 'bookAddOn', on: changeOn, addOnId: 'storage', quantity: 1 + next(3) };
        break;
      case 1:
        input = { id, planId: 'cloud', start, configuration: { ram: 2 ** (1 + next(4)), vcpu: 1 + next(4), ssd: 20 * (1 + next(10)) } };
        change = { type: 'upgrade', on: changeOn, configuration: { ram: 32, vcpu: 8 } };
        break;
      default:
        input = { id, planId: 'dsl', start };
        change = { type: 'charge', on: changeOn, item: { id: 'router', name: 'WLAN-Router', unitCents: 4999, vatRate: 19 } };
    }
    const before = advance(createSubscription(catalog, input), changeOn).subscription;
    const changed = applyEvent(before, change);
    if (!changed.ok) throw new Error(`${id}: ${explainRefusal(changed, 'en')}`);
    subscriptions.push(advance(changed.subscription, '2026-03-31').subscription);
  }
  return subscriptions;
}

/**
 * Starts a worker on this file. Compiled to JavaScript, `new Worker(new URL(import.meta.url), { workerData })`
 * is all it takes; run as TypeScript through tsx, a worker does not inherit the loader on every Node
 * version, so it starts from one line of JavaScript that registers tsx and then imports this file.
 */
function startWorker(shard: Shard): Promise<ShardResult> {
  const worker = import.meta.url.endsWith('.ts')
    ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`, { eval: true, workerData: shard })
    : new Worker(new URL(import.meta.url), { workerData: shard });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: ShardResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a worker stopped with exit code ${code}`));
    });
  });
}

/** Net, VAT, gross and the counts of a run's invoices. */
function totals(invoices: readonly (readonly Invoice[])[]): { invoices: number; lines: number; netCents: number; vatCents: number; grossCents: number } {
  const all = invoices.flat();
  return {
    invoices: all.length,
    lines: all.reduce((sum, invoice) => sum + invoice.lines.length, 0),
    netCents: all.reduce((sum, invoice) => sum + invoice.netCents, 0),
    vatCents: all.reduce((sum, invoice) => sum + invoice.vatCents, 0),
    grossCents: all.reduce((sum, invoice) => sum + invoice.grossCents, 0),
  };
}

/** Stops the example when the sharded run is not the run in one thread. */
function expectSame(actual: string, expected: string, what: string): void {
  if (actual !== expected) throw new Error(`${what}: sharded ${actual.slice(0, 200)}, in one thread ${expected.slice(0, 200)}`);
}

async function main(): Promise<void> {
  const subscriptions = portfolio(300);
  const stored = subscriptions.map((subscription) => JSON.stringify(subscription));

  // The same run in one thread, for the check.
  const single = billingRun(subscriptions, RUN_DAY);

  // N shards, one per worker: every Nth subscription, as a JSON array of the stored texts.
  const workers = Math.max(2, Math.min(availableParallelism(), 4));
  const shards = Array.from({ length: workers }, (_, w) => stored.filter((_, i) => i % workers === w));
  const results = await Promise.all(shards.map((texts) => startWorker({ day: RUN_DAY, subscriptions: `[${texts.join(',')}]` })));

  // Read the results back, checked, and put them in the portfolio's order again.
  const invoices: Invoice[][] = new Array<Invoice[]>(subscriptions.length);
  const advanced: Subscription[] = new Array<Subscription>(subscriptions.length);
  results.forEach((result, w) => {
    const shardInvoices = JSON.parse(result.invoices) as unknown[][];
    const shardSubscriptions = JSON.parse(result.subscriptions) as unknown[];
    shardInvoices.forEach((list, k) => {
      invoices[w + k * workers] = list.map((json) => revive(json, 'invoice'));
      advanced[w + k * workers] = revive(shardSubscriptions[k], 'subscription');
    });
  });

  const sharded = totals(invoices);
  expectSame(JSON.stringify(sharded), JSON.stringify(totals(single.invoices)), 'the totals');
  expectSame(JSON.stringify(invoices), JSON.stringify(single.invoices), 'the invoices');
  expectSame(JSON.stringify(advanced), JSON.stringify(single.subscriptions), 'the advanced subscriptions');

  const byPlan = new Map<string, number>();
  invoices.forEach((list, i) => {
    const plan = subscriptions[i]!.contract.versions[0]!.planId;
    byPlan.set(plan, (byPlan.get(plan) ?? 0) + list.reduce((sum, invoice) => sum + invoice.grossCents, 0));
  });
  console.log(`Billing run of ${RUN_DAY}: ${subscriptions.length} subscriptions in ${workers} shards of ${shards.map((shard) => shard.length).join(' + ')}, as JSON text`);
  console.log(`  invoices: ${sharded.invoices}, lines: ${sharded.lines}`);
  console.log(`  netto ${formatMoney(sharded.netCents, 'de')}, USt. ${formatMoney(sharded.vatCents, 'de')}, brutto ${formatMoney(sharded.grossCents, 'de')} (${sharded.netCents} + ${sharded.vatCents} = ${sharded.grossCents} cents)`);
  for (const [plan, cents] of byPlan) console.log(`  brutto ${plan}: ${formatMoney(cents, 'de')}`);
  console.log('Equal to the run in one thread: the totals, every invoice and every advanced subscription, byte for byte.');
}
