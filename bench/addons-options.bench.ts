/**
 * bench addons-options: a month of add-on and option bookings for 100,000
 * customers, closed into collective invoices (R11, R13–R16, R22, R23), now on
 * subscriptions: the add-ons and the postpaid mobile options of a customer are
 * on one subscription and go onto one collective invoice. The library goes
 * through the public API; the baseline is hand-written integer code
 * (./plain-subscription.ts) that builds the same lines and invoices.
 *
 * Each customer: a CloudCRM plan (start, team, business), monthly in advance,
 * anchored on a day of March 2026 (the 31st clamps to April 30, R8), consumer
 * (gross prices, 70 %) or business (net prices). Within that first period: one
 * to three add-on bookings (users, 10 GB storage packs, a 7 % journal), and on
 * some of them a quantity change, a cancellation or a withdrawal within 14
 * days. A fifth of the customers also have a company phone on the plan's
 * postpaid option tariff, with one or two options booked at 10:00 Berlin time
 * (`2026-03-19T10:00+01:00`). Per customer both sides make the subscription
 * (its opening invoice on the start day: the plan for the first period), apply
 * the month's events in date order and close the period: the collective
 * invoice with the next period's plan and add-ons, the drafts, and the option
 * lines due (the option months that start before the next invoice day).
 *
 * Both sides read the same input records (built once, before timing): the
 * catalog as plain data in integer cents, the order and the events with dates
 * and instants as ISO text. The check compares every invoice (every line) and
 * every event's outcome of every customer before timing.
 */
import type { CatalogData, PlanData, PricedItem, SubscriptionEvent } from '../src/index.js';
import { civilToDays, clampedStart, iso } from './baseline.js';
import { seeded } from './harness.js';
import { runSubscriptionBench, type CustomerInput } from './subscription-bench.js';

const CUSTOMERS = Number(process.env['BENCH_CUSTOMERS'] ?? 100_000);

const ADD_ONS: readonly PricedItem[] = [
  { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 },
  { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 },
  { id: 'journal', name: 'Fachmagazin digital', unitCents: 490, vatRate: 7 },
];
const OPTIONS: readonly PricedItem[] = [
  { id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 },
  { id: 'roaming', name: 'EU-Roaming Plus', unitCents: 299, vatRate: 19 },
];
const TIERS = [
  { id: 'start', name: 'CloudCRM Start', cents: 1490 },
  { id: 'team', name: 'CloudCRM Team', cents: 2990 },
  { id: 'business', name: 'CloudCRM Business', cents: 5990 },
] as const;

function planId(tier: number, consumer: boolean, phone: boolean): string {
  return `crm-${(TIERS[tier] as (typeof TIERS)[number]).id}-${consumer ? 'c' : 'b'}${phone ? '-phone' : ''}`;
}

function catalogData(): CatalogData {
  const plans: PlanData[] = [];
  for (const phone of [false, true]) {
    for (const consumer of [false, true]) {
      TIERS.forEach((tier, t) => {
        plans.push({
          id: planId(t, consumer, phone),
          name: tier.name,
          price: { cents: tier.cents, per: 'billingPeriod' },
          billingCycle: { kind: 'monthly' },
          termMonths: 1,
          renewal: { kind: 'openEnded' },
          policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: consumer ? 'consumer' : 'business' },
          ...(phone ? { optionTariff: { kind: 'postpaidMonth' as const, options: OPTIONS } } : {}),
        });
      });
    }
  }
  return { plans, addOns: ADD_ONS };
}

/** Texts made once per distinct value, as a loader that caches its dates hands them in. */
const texts = new Map<string, string>();
function text(value: string): string {
  const known = texts.get(value);
  if (known !== undefined) return known;
  texts.set(value, value);
  return value;
}

/** Berlin keeps summer time from 2026-03-29 (both sides read the offset from the text). */
const SUMMER_FROM = civilToDays(2026, 3, 29);

function build(): CustomerInput[] {
  const random = seeded(4004);
  const int = (n: number): number => Math.floor(random() * n);
  const customers: CustomerInput[] = [];
  for (let c = 0; c < CUSTOMERS; c += 1) {
    const date = 1 + int(31);
    const startDay = civilToDays(2026, 3, date);
    const end = clampedStart(2026 * 12 + 3, date); // the next period's start: April's day, clamped
    const events: { day: number; seq: number; event: SubscriptionEvent }[] = [];
    let seq = 0;
    let bookingNumber = 0;
    let day = startDay;
    const bookings = 1 + int(3);
    for (let b = 0; b < bookings && day < end; b += 1) {
      const booked = day + int(Math.min(8, end - day));
      day = booked;
      const addOn = ADD_ONS[int(3)] as PricedItem;
      bookingNumber += 1;
      // Booking ids as the subscription numbers them: "<addOnId>#<n>" (option bookings come later in the count).
      const bookingId = text(`${addOn.id}#${bookingNumber}`);
      events.push({ day: booked, seq: seq++, event: { type: 'bookAddOn', on: text(iso(booked)), addOnId: addOn.id, quantity: 1 + int(5) } });
      const r = random();
      if (r < 0.55) continue;
      const later = day + int(Math.min(10, end - day));
      const on = text(iso(later));
      if (r < 0.75) events.push({ day: later, seq: seq++, event: { type: 'changeAddOnQuantity', on, bookingId, quantity: 1 + int(6) } });
      else if (r < 0.9) events.push({ day: later, seq: seq++, event: { type: 'cancelAddOn', on, bookingId } });
      else events.push({ day: later, seq: seq++, event: { type: 'withdrawAddOn', on, bookingId } });
      day = later;
    }
    const phone = random() < 0.2;
    if (phone) {
      const count = 1 + int(2);
      for (let o = 0; o < count; o += 1) {
        const booked = startDay + int(end - startDay);
        const at = text(`${iso(booked)}T10:00${booked < SUMMER_FROM ? '+01:00' : '+02:00'}`);
        events.push({ day: booked, seq: seq++, event: { type: 'bookOption', at, optionId: (OPTIONS[o] as PricedItem).id } });
      }
    }
    // Date order; on one day the add-ons first (the option bookings are generated last). Option
    // bookings numbered after add-on bookings of a later day would take their numbers: renumber.
    events.sort((a, b) => a.day - b.day || a.seq - b.seq);
    const renumbered = renumber(events.map((entry) => entry.event));
    customers.push({
      order: { planId: text(planId(int(3), random() < 0.7, phone)), start: text(iso(startDay)) },
      events: renumbered,
      eventDays: events.map((entry) => text(iso(entry.day))),
      stops: [text(iso(end))],
    });
  }
  return customers;
}

/**
 * The booking ids the subscription gives, in log order: add-on and option
 * bookings share one count, so the ids the generator wrote (add-ons counted
 * alone) are mapped to the real ones.
 */
function renumber(events: readonly SubscriptionEvent[]): SubscriptionEvent[] {
  const ids = new Map<string, string>();
  let n = 0;
  let addOns = 0;
  return events.map((event) => {
    if (event.type === 'bookAddOn') {
      n += 1;
      addOns += 1;
      ids.set(`${event.addOnId}#${addOns}`, text(`${event.addOnId}#${n}`));
      return event;
    }
    if (event.type === 'bookOption') {
      n += 1;
      return event;
    }
    if (event.type === 'changeAddOnQuantity' || event.type === 'cancelAddOn' || event.type === 'withdrawAddOn') {
      return { ...event, bookingId: ids.get(event.bookingId) as string };
    }
    return event;
  });
}

{
  const customers = build();
  let events = 0;
  for (const customer of customers) events += customer.events.length;
  console.log(`addons-options workload: ${CUSTOMERS.toLocaleString('en')} customers, ${events.toLocaleString('en')} events in their first month, two invoices each`);
  runSubscriptionBench('addons-options', 2.5, catalogData(), customers);
}
