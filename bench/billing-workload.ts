/**
 * The workload of bench billing-run: a year of monthly invoices (2026) for
 * 100,000 subscriptions (R1, R2, R6, R8, R11–R16, R22, R23, R26).
 *
 * One catalog (made once) of 24 plans: CloudCRM (a seat component) and Mobil
 * (an extra-SIM component and postpaid mobile options by calendar month, R11)
 * in three tiers each, billed monthly in advance, on calendar months from
 * 2026-01-01 (80 % of customers) or anchored on a day from the 2nd to the 31st
 * of January (20 %: a monthly cycle that clamps short months, R8), for business
 * (net prices) and consumer (gross prices) customers. Per customer, over the year:
 * - 0 to 3 add-on bookings (extra users, 10 GB storage packs, a 7 % VAT
 *   journal), with quantity raises and lowerings, cancellations to the period
 *   end, and withdrawals 0 to 16 days after booking (some come too late, R13);
 * - upgrades in 10 % of customers, mid-period: more seats / SIMs, or a switch
 *   to a dearer tier of the same family (R2);
 * - the 20 % on Mobil book one or two options at UTC instants (read in
 *   Europe/Berlin), some withdrawn, some cancelled under the 48-hour rule (R12;
 *   cancellations only on calendar-month plans, see the note at `build`).
 *
 * Every customer stops at each month's end, so that every month has an invoice.
 * Both sides read these records: the catalog as plain data in integer cents,
 * the order and the events with dates and instants as ISO text.
 */
import type { CatalogData, PlanData, PricedItem, SubscriptionEvent } from '../src/index.js';
import { berlinDayOfMs, civilToDays, clampedStart, daysToCivil, iso } from './baseline.js';
import { seeded } from './harness.js';
import type { CustomerInput } from './subscription-bench.js';

/** 100,000; a smaller number through BENCH_CUSTOMERS while working on the bench. */
export const CUSTOMERS = Number(process.env['BENCH_CUSTOMERS'] ?? 100_000);
/** The last day of the run (inclusive). */
const YEAR_LAST = civilToDays(2026, 12, 31);
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/* ------------------------------------------------------------------ */
/* The catalog, as plain data both sides read.                         */
/* ------------------------------------------------------------------ */

const ADD_ONS: readonly PricedItem[] = [
  { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 },
  { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 },
  { id: 'journal', name: 'Fachmagazin digital', unitCents: 490, vatRate: 7 },
];
const OPTIONS: readonly PricedItem[] = [
  { id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 },
  { id: 'roaming', name: 'EU-Roaming Plus', unitCents: 299, vatRate: 19 },
  { id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 },
];
const TIERS = [
  { id: 'start', name: 'Start', crm: 1490, mobil: 990 },
  { id: 'team', name: 'Team', crm: 2990, mobil: 1990 },
  { id: 'pro', name: 'Pro', crm: 5990, mobil: 3490 },
] as const;

/** The plan id of a product, tier, cycle and customer kind: `crm-team-cal-b`. */
function planId(mobil: boolean, tier: number, anchored: boolean, consumer: boolean): string {
  return `${mobil ? 'mobil' : 'crm'}-${(TIERS[tier] as (typeof TIERS)[number]).id}-${anchored ? 'anc' : 'cal'}-${consumer ? 'c' : 'b'}`;
}

export function catalogData(): CatalogData {
  const plans: PlanData[] = [];
  for (const mobil of [false, true]) {
    for (const anchored of [false, true]) {
      for (const consumer of [false, true]) {
        TIERS.forEach((tier, t) => {
          plans.push({
            id: planId(mobil, t, anchored, consumer),
            name: `${mobil ? 'Mobil' : 'CloudCRM'} ${tier.name}`,
            price: { cents: mobil ? tier.mobil : tier.crm, per: 'billingPeriod' },
            billingCycle: { kind: anchored ? 'monthly' : 'calendarMonth' },
            termMonths: 12,
            renewal: consumer ? { kind: 'openEnded' } : { kind: 'fixed', months: 12 },
            policy: { optionsChangeable: true, notice: { unit: 'month', count: consumer ? 1 : 3 }, customer: consumer ? 'consumer' : 'business' },
            components: mobil
              ? [{ id: 'sims', name: 'Zusatz-SIM', unitCents: 490, default: 0 }]
              : [{ id: 'seats', name: 'Arbeitsplätze', unitCents: 300, default: 1 }],
            ...(mobil ? { optionTariff: { kind: 'postpaidMonth' as const, options: OPTIONS } } : {}),
          });
        });
      }
    }
  }
  return { plans, addOns: ADD_ONS };
}

/* ------------------------------------------------------------------ */
/* The workload: one input record per customer.                        */
/* ------------------------------------------------------------------ */

/** The last day of each month of 2026, as ISO text: the driver advances to each. */
const MONTH_ENDS: readonly string[] = Array.from({ length: 12 }, (_, m) => iso(clampedStart(2026 * 12 + m + 1, 1) - 1));

/**
 * The text of a day or an instant, made once per distinct value, as a loader
 * that caches its dates hands them in.
 */
const texts = new Map<string, string>();
function text(value: string): string {
  const known = texts.get(value);
  if (known !== undefined) return known;
  texts.set(value, value);
  return value;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** An event before it has its booking ids: its day, its place and how to write it. */
interface Draft {
  readonly day: number;
  readonly seq: number;
  readonly slot: Slot | null;
  readonly write: () => SubscriptionEvent;
}

/** A booking being generated; its id is given once the events are in date order. */
interface Slot {
  readonly itemId: string;
  id: string;
}

/**
 * The customers, from a fixed seed: the same workload on every run.
 */
export function build(): CustomerInput[] {
  const random = seeded(2026_12);
  const int = (n: number): number => Math.floor(random() * n);
  const customers: CustomerInput[] = [];
  for (let c = 0; c < CUSTOMERS; c += 1) {
    const anchored = random() < 0.2;
    const anchorDate = anchored ? 2 + int(30) : 1;
    const startDay = civilToDays(2026, 1, anchorDate);
    const consumer = random() < 0.4;
    const mobil = random() < 0.2;
    const startTier = int(3);
    const component = mobil ? 'sims' : 'seats';
    const startUnits = mobil ? int(3) : 1 + int(5);
    let tier = startTier;
    let units = startUnits;
    const drafts: Draft[] = [];
    let seq = 0;
    const add = (day: number, slot: Slot | null, write: () => SubscriptionEvent): void => {
      if (day <= YEAR_LAST) drafts.push({ day, seq: seq++, slot, write });
    };
    const periodStartOf = (day: number): number => {
      const [y, m] = daysToCivil(day);
      let k = y * 12 + m - 1;
      if (clampedStart(k, anchorDate) > day) k -= 1;
      return clampedStart(k, anchorDate);
    };
    const on = (day: number): string => text(iso(day));

    // Add-ons: 0 to 3 bookings, with raises, lowerings, cancellations and withdrawals.
    const bookings = int(4);
    for (let b = 0; b < bookings; b += 1) {
      const addOn = int(3);
      const item = ADD_ONS[addOn] as PricedItem;
      const booked = startDay + int(YEAR_LAST - startDay + 1);
      const quantity = addOn === 2 ? 1 : 1 + int(addOn === 0 ? 5 : 3);
      const slot: Slot = { itemId: item.id, id: '' };
      add(booked, slot, () => ({ type: 'bookAddOn', on: on(booked), addOnId: item.id, quantity }));
      const r = random();
      if (r < 0.4) continue;
      if (r < 0.88) {
        let day = booked;
        if (r < 0.55 || (r >= 0.8 && r < 0.88)) {
          day = booked + int(60);
          const raised = quantity + 1 + int(3);
          add(day, null, () => ({ type: 'changeAddOnQuantity', on: on(day), bookingId: slot.id, quantity: raised }));
        } else if (r < 0.65) {
          day = booked + int(60);
          const lowered = quantity > 1 ? 1 + int(quantity - 1) : 1;
          add(day, null, () => ({ type: 'changeAddOnQuantity', on: on(day), bookingId: slot.id, quantity: lowered }));
        }
        if (r >= 0.65) {
          const cancelDay = day + int(90);
          add(cancelDay, null, () => ({ type: 'cancelAddOn', on: on(cancelDay), bookingId: slot.id }));
        }
        continue;
      }
      const withdrawDay = booked + int(17);
      add(withdrawDay, null, () => ({ type: 'withdrawAddOn', on: on(withdrawDay), bookingId: slot.id }));
    }

    // Upgrades in 10 %: mid-period, more units or a dearer tier of the same family.
    if (random() < 0.1) {
      let day = startDay + 1 + int(YEAR_LAST - startDay);
      if (periodStartOf(day) === day) day += 1;
      if (tier < 2 && random() < 0.5) {
        tier += 1 + int(2 - tier);
        const target = planId(mobil, tier, anchored, consumer);
        const configuration = { [component]: units };
        add(day, null, () => ({ type: 'upgrade', on: on(day), planId: target, configuration }));
      } else {
        units += 1 + int(3);
        const configuration = { [component]: units };
        add(day, null, () => ({ type: 'upgrade', on: on(day), configuration }));
      }
    }

    // Mobile options (R11): one or two distinct options at UTC instants, some withdrawn or cancelled.
    if (mobil) {
      const count = 1 + int(2);
      const first = int(3);
      for (let o = 0; o < count; o += 1) {
        const item = OPTIONS[(first + o) % 3] as PricedItem;
        const utcDay = startDay + int(YEAR_LAST - startDay + 1);
        const ms = utcDay * MS_PER_DAY + int(24) * MS_PER_HOUR + int(4) * 15 * 60_000;
        const at = text(`${iso(utcDay)}T${two(Math.floor((ms % MS_PER_DAY) / MS_PER_HOUR))}:${two(Math.floor((ms % MS_PER_HOUR) / 60_000))}:00Z`);
        const booked = berlinDayOfMs(ms);
        const slot: Slot = { itemId: item.id, id: '' };
        add(booked, slot, () => ({ type: 'bookOption', at, optionId: item.id }));
        const r = random();
        if (r < 0.2) {
          const day = booked + int(17);
          add(day, null, () => ({ type: 'withdrawOption', on: on(day), bookingId: slot.id }));
        } else if (r < 0.5) {
          // Often in the last days of a month, where the 48 hours decide (R12).
          let cancelUtc = booked + 1 + int(75);
          if (random() < 0.5) {
            const [y, m] = daysToCivil(cancelUtc);
            cancelUtc = clampedStart(y * 12 + m, 1) - 1 - int(3);
            if (cancelUtc <= booked) cancelUtc = booked + 1;
          }
          const cancelMs = cancelUtc * MS_PER_DAY + int(24) * MS_PER_HOUR + 30 * 60_000;
          const cancelAt = text(`${iso(cancelUtc)}T${two(Math.floor((cancelMs % MS_PER_DAY) / MS_PER_HOUR))}:30:00Z`);
          add(berlinDayOfMs(cancelMs), null, () => ({ type: 'cancelOption', at: cancelAt, bookingId: slot.id }));
        }
      }
    }

    drafts.sort((a, b) => a.day - b.day || a.seq - b.seq);
    // Booking ids as the subscription numbers them: "<itemId>#<n>", n counting add-on and option bookings.
    let n = 0;
    const events: SubscriptionEvent[] = [];
    const eventDays: string[] = [];
    for (const draft of drafts) {
      if (draft.slot !== null) {
        n += 1;
        draft.slot.id = text(`${draft.slot.itemId}#${n}`);
      }
      events.push(draft.write());
      eventDays.push(on(draft.day));
    }
    customers.push({
      order: { planId: text(planId(mobil, startTier, anchored, consumer)), start: on(startDay), configuration: { [component]: startUnits } },
      events,
      eventDays,
      stops: MONTH_ENDS,
    });
  }
  return customers;
}
