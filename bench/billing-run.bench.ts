/**
 * bench billing-run: a year of monthly invoices (2026) for 100,000 subscriptions,
 * made and billed one at a time through the public API (createCatalog once;
 * per customer createSubscription, then for each event in date order `advance`
 * to its day and `applyEvent`, and `advance` to each month's end), against
 * hand-written integer code that builds the same lines and invoices
 * (./plain-subscription.ts). The workload: ./billing-workload.ts.
 *
 * Before timing, every customer's invoices (lines included) and event outcomes
 * are compared in canonical form, customer by customer. The timed rounds stream:
 * one subscription at a time, its invoices folded into a checksum and dropped.
 * The peak heap of the timed library rounds is sampled with
 * `process.memoryUsage().heapUsed` every 1,000 customers (the baseline rounds
 * make the same call, so both pay for the sampling).
 */
import { build, catalogData, CUSTOMERS } from './billing-workload.js';
import { runSubscriptionBench } from './subscription-bench.js';

{
  const customers = build();
  let events = 0;
  for (const customer of customers) events += customer.events.length;
  console.log(`billing-run workload: ${CUSTOMERS.toLocaleString('en')} customers, ${events.toLocaleString('en')} events, invoices monthly in advance through 2026`);
  runSubscriptionBench('billing-run', 2, catalogData(), customers);
}
