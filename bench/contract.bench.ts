/**
 * bench contract: 100,000 upgrades (R2, W1), each quoted and then applied,
 * through subscriptions (`quoteEvent`, `applyEvent`), against hand-written
 * integer code that gives the same lines (./plain-subscription.ts).
 *
 * The workload: 25,000 subscriptions from a random day of 2020–2030, each
 * upgraded four times in its first term on ascending random days (a chain:
 * each upgrade applies to what the last one made). Half are W1-style plans
 * priced per 12-month term that switch to a dearer tier; half are servers
 * priced per calendar month whose RAM, vCPU or disk grows (the last month of
 * the term is cut at the term's end, R2). Every upgrade is quoted, then applied
 * (the customer sees the price, then confirms); the day basis throughout.
 *
 * The library side drives each subscription as a user would: `advance` to the
 * upgrade's day (which issues the invoices due: the term in advance, or each
 * calendar month with the upgrade lines of the month before), `quoteEvent`,
 * `applyEvent`. The baseline does the same on plain integers: it issues the
 * same invoices, and for the quote and again for the confirmed change it reads
 * the event record, finds the period and the term, prices the new
 * configuration and the one in force and rounds half up; the change also
 * updates its state. Both sides read the same input records (dates as ISO text,
 * configurations as records); the check compares every invoice and every
 * quoted and applied line of every subscription before timing.
 */
import { advance, applyEvent, createCatalog, createSubscription, quoteEvent, type CatalogData, type Line, type SubscriptionEvent } from '../src/index.js';
import { civilToDays, clampedStart, dayOfIso, daysToCivil, iso, isoDay } from './baseline.js';
import { firstDifference, mix, runBench, seeded } from './harness.js';
import {
  canonicalOfPlain,
  canonicalOfPlainLine,
  foldOutcome,
  foldPlainInvoice,
  foldPlainLine,
  issue,
  startState,
  tablesOf,
  upgradeOf,
  type EventRecord,
  type PlainLine,
  type Tables,
} from './plain-subscription.js';
import { canonicalOfInvoice, canonicalOfLine, foldInvoice, foldLine, type CustomerInput } from './subscription-bench.js';

const CONTRACTS = Number(process.env['BENCH_CUSTOMERS'] ?? 25_000);
const CHAIN = 4;

const TIERS = [
  { id: 'basic', name: 'Basic', cents: 10000 },
  { id: 'plus', name: 'Plus', cents: 15000 },
  { id: 'pro', name: 'Pro', cents: 20000 },
  { id: 'premium', name: 'Premium', cents: 30000 },
  { id: 'ultimate', name: 'Ultimate', cents: 45000 },
] as const;

const policy = { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' } as const;
const DATA: CatalogData = {
  plans: [
    ...TIERS.map((tier) => ({
      id: tier.id,
      name: tier.name,
      price: { cents: tier.cents, per: 'term' as const },
      billingCycle: { kind: 'term' as const },
      termMonths: 12,
      renewal: { kind: 'fixed' as const, months: 12 },
      policy,
    })),
    {
      id: 'server',
      name: 'Cloud Server',
      price: { cents: 1500, per: 'billingPeriod' },
      billingCycle: { kind: 'calendarMonth' },
      termMonths: 12,
      renewal: { kind: 'fixed', months: 12 },
      components: [
        { id: 'ram', name: 'RAM', unit: 'GB', unitCents: 200 },
        { id: 'vcpu', name: 'vCPU', unitCents: 500 },
        { id: 'disk', name: 'Disk', unit: 'GB', unitCents: 10 },
      ],
      policy,
    },
  ],
};

function build(): CustomerInput[] {
  const random = seeded(2026);
  const from = civilToDays(2020, 1, 1);
  const span = civilToDays(2030, 12, 31) - from;
  const jobs: CustomerInput[] = [];
  for (let i = 0; i < CONTRACTS; i += 1) {
    const startDay = from + Math.floor(random() * span);
    const [y, m, d] = daysToCivil(startDay);
    const termDays = clampedStart(y * 12 + m - 1 + 12, d) - startDay;
    const days: number[] = [];
    for (let k = 0; k < CHAIN; k += 1) days.push(startDay + Math.floor(random() * termDays));
    days.sort((a, b) => a - b);
    const eventDays = days.map(iso);
    if (i % 2 === 0) {
      jobs.push({
        order: { planId: 'basic', start: iso(startDay) },
        events: eventDays.map((on, k) => ({ type: 'upgrade', on, planId: (TIERS[k + 1] as { id: string }).id })),
        eventDays,
        stops: [],
      });
    } else {
      let ram = 2 + Math.floor(random() * 6);
      let vcpu = 1 + Math.floor(random() * 3);
      let disk = 20 + Math.floor(random() * 100);
      const configuration = { ram, vcpu, disk };
      const events: SubscriptionEvent[] = eventDays.map((on) => {
        const which = Math.floor(random() * 3);
        if (which === 0) ram += 1 + Math.floor(random() * 8);
        else if (which === 1) vcpu += 1 + Math.floor(random() * 2);
        else disk += 10 * (1 + Math.floor(random() * 10));
        return { type: 'upgrade', on, configuration: which === 0 ? { ram } : which === 1 ? { vcpu } : { disk } };
      });
      jobs.push({ order: { planId: 'server', start: iso(startDay), configuration }, events, eventDays, stops: [] });
    }
  }
  return jobs;
}

/** What the check compares per subscription: the invoices, and each upgrade's quote and change. */
interface Outputs {
  readonly invoices: unknown[];
  /** Per upgrade: the quote's effective day and lines, then the applied change's. */
  readonly upgrades: unknown[];
}

const catalog = createCatalog(DATA);
const tables: Tables = tablesOf(DATA);
const jobs = build();

function library(job: CustomerInput, sum: number, sink: Outputs | null): number {
  let sub = createSubscription(catalog, job.order);
  const events = job.events;
  for (let e = 0; e < events.length; e += 1) {
    const step = advance(sub, job.eventDays[e] as string);
    for (const invoice of step.invoices) {
      sum = foldInvoice(sum, invoice);
      sink?.invoices.push(canonicalOfInvoice(invoice));
    }
    const event = events[e] as SubscriptionEvent;
    // The quote the customer sees, then the change they confirm.
    const quote = quoteEvent(step.subscription, event);
    const applied = applyEvent(step.subscription, event);
    if (!quote.ok || !applied.ok) throw new Error(`the library refused an upgrade: ${quote.ok ? '' : quote.reason}`);
    sum = foldOutcome(sum, true, quote.effectiveOn);
    for (const line of quote.lines) sum = foldLine(sum, line);
    sum = foldOutcome(sum, true, applied.effectiveOn);
    for (const line of applied.lines) sum = foldLine(sum, line);
    sink?.upgrades.push([quote.effectiveOn, quote.lines.map(canonicalOfLine), applied.effectiveOn, applied.lines.map((line: Line) => canonicalOfLine(line))]);
    sub = applied.subscription;
  }
  return sum;
}

function baseline(job: CustomerInput, sum: number, sink: Outputs | null): number {
  const state = startState(tables, job.order);
  const events = job.events;
  for (let e = 0; e < events.length; e += 1) {
    const event = events[e] as EventRecord;
    const day = dayOfIso(job.eventDays[e] as string);
    while (state.nextInvoice <= day) {
      const invoice = issue(state);
      sum = foldPlainInvoice(sum, invoice);
      sink?.invoices.push(canonicalOfPlain(invoice));
    }
    // Two requests, as on the library side: the quote (nothing changes), then the change.
    const quote = upgradeOf(tables, state, event);
    const quoteOn = isoDay(quote.day);
    sum = foldOutcome(sum, true, quoteOn);
    for (const line of quote.lines) sum = foldPlainLine(sum, line);
    const applied = upgradeOf(tables, state, event);
    const appliedOn = isoDay(applied.day);
    sum = foldOutcome(sum, true, appliedOn);
    for (const line of applied.lines) sum = foldPlainLine(sum, line);
    sink?.upgrades.push([quoteOn, quote.lines.map(canonicalOfPlainLine), appliedOn, applied.lines.map((line: PlainLine) => canonicalOfPlainLine(line))]);
    state.pending.push(...applied.lines);
    state.plan = applied.plan;
    state.units = applied.units;
    state.priceCents = applied.item.unitCents;
    state.item = applied.item;
  }
  return sum;
}

console.log(`contract workload: ${CONTRACTS.toLocaleString('en')} subscriptions, ${(CONTRACTS * CHAIN).toLocaleString('en')} upgrades, each quoted and applied`);

runBench({
  name: 'contract',
  target: 3,
  check: () => {
    let upgrades = 0;
    let invoices = 0;
    for (let i = 0; i < jobs.length; i += 1) {
      const fromLibrary: Outputs = { invoices: [], upgrades: [] };
      const fromBaseline: Outputs = { invoices: [], upgrades: [] };
      library(jobs[i] as CustomerInput, 0, fromLibrary);
      baseline(jobs[i] as CustomerInput, 0, fromBaseline);
      const difference = firstDifference(fromLibrary, fromBaseline);
      if (difference !== null) return `subscription ${i} (${(jobs[i] as CustomerInput).order.planId} from ${String((jobs[i] as CustomerInput).order.start)}): ${difference}`;
      upgrades += fromLibrary.upgrades.length;
      invoices += fromLibrary.invoices.length;
    }
    console.log(`  contract: ${upgrades.toLocaleString('en')} quotes and changes (their lines) and ${invoices.toLocaleString('en')} invoices agree`);
    return null;
  },
  library: () => {
    let sum = 0;
    for (let i = 0; i < jobs.length; i += 1) sum = library(jobs[i] as CustomerInput, sum, null);
    return mix(sum, 0);
  },
  baseline: () => {
    let sum = 0;
    for (let i = 0; i < jobs.length; i += 1) sum = baseline(jobs[i] as CustomerInput, sum, null);
    return mix(sum, 0);
  },
});
