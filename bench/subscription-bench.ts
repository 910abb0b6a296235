/**
 * What the subscription benchmarks (billing-run, addons-options) share: the
 * input record of one customer, the library's driver over it, the canonical
 * form and checksum of the library's invoices, and the run itself: the check,
 * customer by customer, then the timed rounds, streamed, with the heap sampled.
 * The baseline's driver is `runPlain` in ./plain-subscription.ts.
 */
import {
  advance,
  applyEvent,
  createCatalog,
  createSubscription,
  replay,
  type Catalog,
  type CatalogData,
  type Invoice,
  type Line,
  type SubscriptionEvent,
  type SubscriptionInput,
  type VatRateTotal,
} from '../src/index.js';
import { firstDifference, mix, runBench } from './harness.js';
import { foldOutcome, runPlain, tablesOf, type Canonical } from './plain-subscription.js';

/** One customer, as both sides read it. */
export interface CustomerInput {
  readonly order: SubscriptionInput;
  /** The events in date order (instants by their day in the customer's zone), as the log stores them. */
  readonly events: readonly SubscriptionEvent[];
  /** The day of each event (ISO): the driver advances there before applying it. */
  readonly eventDays: readonly string[];
  /** The days (ISO) the driver advances to after the events up to them: month ends, a period's end. */
  readonly stops: readonly string[];
}

/** A line in canonical form: reason, item id, quantity, cents, range and period (ISO), days, ref. */
export function canonicalOfLine(line: Line): unknown {
  return [line.reason, line.item.id, line.quantity, line.cents, line.range?.start, line.range?.end, line.period?.start, line.period?.end, line.days, line.ref];
}

/** An invoice in canonical form: its day, net / VAT / gross per rate and in total, and every line. */
export function canonicalOfInvoice(invoice: Invoice): unknown {
  return {
    day: invoice.issuedOn,
    rates: invoice.byRate.map((rate) => [rate.vatRate, rate.netCents, rate.vatCents, rate.grossCents]),
    totals: [invoice.netCents, invoice.vatCents, invoice.grossCents],
    lines: invoice.lines.map(canonicalOfLine),
  };
}

/** Folds a line into the checksum: the same fold as `foldPlainLine`, on the library's fields. */
export function foldLine(sum: number, line: Line): number {
  const range = line.range as { readonly start: string; readonly end: string };
  const period = line.period as { readonly start: string; readonly end: string };
  sum = mix(sum, line.cents);
  sum = mix(sum, line.days * 64 + line.quantity);
  sum = mix(sum, line.reason.length * 64 + line.item.id.length);
  sum = mix(sum, range.start.charCodeAt(9) + range.end.charCodeAt(9) * 16 + period.start.charCodeAt(6) * 256 + period.end.charCodeAt(9) * 4096);
  return mix(sum, (line.ref as string).length);
}

/** Folds an invoice into the checksum: the same fold as `foldPlainInvoice`, on the library's fields. */
export function foldInvoice(sum: number, invoice: Invoice): number {
  const day = invoice.issuedOn;
  sum = mix(sum, day.charCodeAt(6) * 16 + day.charCodeAt(9));
  const rates = invoice.byRate;
  for (let r = 0; r < rates.length; r += 1) {
    const rate = rates[r] as VatRateTotal;
    sum = mix(sum, rate.vatRate);
    sum = mix(sum, rate.netCents);
    sum = mix(sum, rate.vatCents);
    sum = mix(sum, rate.grossCents);
  }
  sum = mix(sum, invoice.grossCents);
  const lines = invoice.lines;
  for (let i = 0; i < lines.length; i += 1) sum = foldLine(sum, lines[i] as Line);
  return sum;
}

/**
 * One customer through the public API: `createSubscription`, then for each
 * event `advance` to its day and `applyEvent`, and `advance` to each stop after
 * the events up to it. Folds every invoice and outcome into `sum`; with `sink`,
 * also keeps them in canonical form.
 */
export function runLibrary(catalog: Catalog, input: CustomerInput, sum: number, sink: Canonical | null): number {
  let sub = createSubscription(catalog, input.order);
  const events = input.events;
  const days = input.eventDays;
  const stops = input.stops;
  let e = 0;
  for (let s = 0; s < stops.length; s += 1) {
    const stop = stops[s] as string;
    for (; e < events.length && (days[e] as string) <= stop; e += 1) {
      const step = advance(sub, days[e] as string);
      const invoices = step.invoices;
      for (let i = 0; i < invoices.length; i += 1) {
        sum = foldInvoice(sum, invoices[i] as Invoice);
        sink?.invoices.push(canonicalOfInvoice(invoices[i] as Invoice));
      }
      const result = applyEvent(step.subscription, events[e] as SubscriptionEvent);
      if (result.ok) {
        sub = result.subscription;
        sum = foldOutcome(sum, true, result.effectiveOn);
        sink?.outcomes.push(result.effectiveOn);
      } else {
        sub = step.subscription;
        sum = foldOutcome(sum, false, result.reason);
        sink?.outcomes.push(result.reason);
      }
    }
    const step = advance(sub, stop);
    const invoices = step.invoices;
    for (let i = 0; i < invoices.length; i += 1) {
      sum = foldInvoice(sum, invoices[i] as Invoice);
      sink?.invoices.push(canonicalOfInvoice(invoices[i] as Invoice));
    }
    sub = step.subscription;
  }
  return sum;
}

/**
 * One customer as a billing run does it: the stored log replayed from the
 * order to the last stop in one call (`replay`), which gives every invoice;
 * folded like {@link runLibrary}, with the event outcomes as `ok` or the
 * refusal's reason (a run reports refusals, not effective days).
 */
export function runLibraryReplay(catalog: Catalog, input: CustomerInput, sum: number, sink: Canonical | null): number {
  const run = replay(catalog, input.order, input.events, input.stops[input.stops.length - 1] as string);
  const invoices = run.invoices;
  for (let i = 0; i < invoices.length; i += 1) {
    sum = foldInvoice(sum, invoices[i] as Invoice);
    sink?.invoices.push(canonicalOfInvoice(invoices[i] as Invoice));
  }
  const refusals = run.refusals;
  let r = 0;
  let outcomes = 0;
  for (let e = 0; e < input.events.length; e += 1) {
    const refused = r < refusals.length && (refusals[r] as { index: number }).index === e;
    const outcome = refused ? (refusals[r] as { refusal: { reason: string } }).refusal.reason : 'ok';
    if (refused) r += 1;
    outcomes = foldOutcome(outcomes, !refused, outcome);
    sink?.outcomes.push(outcome);
  }
  return mix(sum, outcomes);
}

/** The outcomes of the baseline as a run reports them: `ok` for an effective day, else the refusal's reason. */
function runOutcomes(canonical: Canonical): Canonical {
  return { outcomes: canonical.outcomes.map((outcome) => (/^\d{4}-/.test(outcome) ? 'ok' : outcome)), invoices: canonical.invoices };
}

/** How often the timed rounds sample the heap, in customers. */
const SAMPLE_EVERY = 1000;

/**
 * Checks every customer (both sides, canonical form, one customer at a time),
 * then times both sides over all customers, one subscription at a time, and
 * prints the ratio line, the time per customer and the peak heap.
 */
export function runSubscriptionBench(name: string, target: number, data: CatalogData, customers: readonly CustomerInput[]): void {
  const catalog = createCatalog(data);
  const tables = tablesOf(data);
  const peaks: number[] = [];
  const starts: number[] = [];
  let checked = false;
  runBench({
    name,
    target,
    check: () => {
      let invoices = 0;
      let lines = 0;
      let events = 0;
      for (let c = 0; c < customers.length; c += 1) {
        const customer = customers[c] as CustomerInput;
        const fromLibrary: Canonical = { outcomes: [], invoices: [] };
        const fromBaseline: Canonical = { outcomes: [], invoices: [] };
        const fromRun: Canonical = { outcomes: [], invoices: [] };
        runLibrary(catalog, customer, 0, fromLibrary);
        runLibraryReplay(catalog, customer, 0, fromRun);
        runPlain(tables, customer, 0, fromBaseline);
        const difference = firstDifference(fromLibrary, fromBaseline) ?? firstDifference(fromRun, runOutcomes(fromBaseline));
        if (difference !== null) return `customer ${c} (${customer.order.planId} from ${String(customer.order.start)}): ${difference}`;
        invoices += fromLibrary.invoices.length;
        events += fromLibrary.outcomes.length;
        for (const invoice of fromLibrary.invoices) lines += (invoice as { lines: unknown[] }).lines.length;
      }
      console.log(`  ${name}: ${customers.length.toLocaleString('en')} customers, ${events.toLocaleString('en')} event outcomes, ${invoices.toLocaleString('en')} invoices with ${lines.toLocaleString('en')} lines agree, line by line`);
      checked = true;
      return null;
    },
    library: () => {
      let sum = 0;
      const atStart = process.memoryUsage().heapUsed;
      let peak = atStart;
      for (let c = 0; c < customers.length; c += 1) {
        sum = runLibraryReplay(catalog, customers[c] as CustomerInput, sum, null);
        if (c % SAMPLE_EVERY === 0) {
          const heap = process.memoryUsage().heapUsed;
          if (heap > peak) peak = heap;
        }
      }
      if (checked) {
        peaks.push(peak);
        starts.push(atStart);
      }
      return sum;
    },
    baseline: () => {
      let sum = 0;
      for (let c = 0; c < customers.length; c += 1) {
        sum = runPlain(tables, customers[c] as CustomerInput, sum, null);
        if (c % SAMPLE_EVERY === 0) process.memoryUsage(); // the same sampling cost as the library side
      }
      return sum;
    },
    report: (lib, base) => {
      const mb = (bytes: number): string => (bytes / 1048576).toFixed(0);
      const perCustomer = (ms: readonly number[]): string => {
        const sorted = [...ms].sort((a, b) => a - b);
        return `${((sorted[Math.floor(sorted.length / 2)] as number) * 1000 / customers.length).toFixed(1)} µs (fastest ${((sorted[0] as number) * 1000 / customers.length).toFixed(1)})`;
      };
      console.log(`  ${name}: per customer, median round: library ${perCustomer(lib)}, baseline ${perCustomer(base)}`);
      // peaks[0] is the warm-up round.
      const timed = peaks.slice(1);
      console.log(`  ${name}: peak heap in the timed library rounds ${mb(Math.max(...timed))} MB (process.memoryUsage().heapUsed sampled every ${SAMPLE_EVERY} customers); ${mb(Math.min(...starts.slice(1)))} MB at the start of a round, after a full GC: the workload's input records`);
    },
  });
}
