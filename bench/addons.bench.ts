/**
 * bench addons-options: a month of add-on and option bookings for 100,000
 * customers, closed into collective invoices (R11, R14–R16, R22, R23), through
 * the public API against a hand-written integer baseline. Both return the gross
 * cents of every invoice and must agree on each.
 *
 * Each customer: a contract billed monthly from a day of January 2026 (the 29th
 * to 31st clamp in short months), a plan charge, consumer (gross prices) or
 * business (net prices). In the period that contains a day of March 2026: one to
 * three add-on bookings (users, 10 GB storage packs, a 7 % journal), and on some
 * of them a raise, a lowering, a cancellation or a withdrawal within 14 days.
 * A fifth of the customers also have a company phone on a postpaid tariff with
 * one or two options booked in March (instants at 10:00 in Berlin), whose March
 * lines go on the same collective invoice, next to the add-ons. Then the regular
 * invoice at the period's end: the next period's charges plus the drafts and the
 * option lines, VAT per rate.
 *
 * The baseline is hand-written integer code: its own calendar, its own reading
 * of the date and instant texts (digits to epoch days, Berlin's offset by the EU
 * rule), one plain record per booking, cents summed per VAT rate. Nothing is
 * imported from src. Both sides read the same input records, built once before
 * timing: the dates come as text to both.
 */
import {
  applyAddOnChanges,
  bookOption,
  createOptionAccount,
  createOptionTariff,
  createPeriod,
  optionLinesFor,
  closeAddOnPeriod,
  createAddOnAccount,
  createCycle,
  createInvoice,
  type AddOnChange,
  type AddOnDefinition,
  type BaseCharge,
  type Cycle,
  type Line,
  type OptionTariff,
  type Period,
} from '../src/index.js';
import { runBench, seeded } from './harness.js';
import { berlinDayOfInstant, civilToDays, clampedStart, dayOfIso, daysToCivil, halfUp, iso } from './baseline.js';

/* The baseline's own integer calendar and rounding live in ./baseline.ts: nothing from src. */

/** Half up, away from zero, for signed integers. */
function signedHalfUp(numerator: number, denominator: number): number {
  return numerator < 0 ? -halfUp(-numerator, denominator) : halfUp(numerator, denominator);
}

/** The last day to withdraw: 14 days after booking, moved past Saturday and Sunday. */
function lastWithdrawalDay(booked: number): number {
  let last = booked + 14;
  for (;;) {
    const weekday = ((((last + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
    if (weekday === 6) last += 2;
    else if (weekday === 7) last += 1;
    else return last;
  }
}

/* ------------------------------------------------------------------ */
/* The workload.                                                       */
/* ------------------------------------------------------------------ */

const CUSTOMERS = 100_000;

/** Frozen, as a catalog loaded once would be: the library checks it once for all accounts. */
const CATALOG: readonly AddOnDefinition[] = Object.freeze([
  Object.freeze({ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 as const }),
  Object.freeze({ id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 as const }),
  Object.freeze({ id: 'journal', name: 'Fachmagazin digital', unitCents: 490, vatRate: 7 as const }),
]);
const PLANS: readonly BaseCharge[] = Object.freeze([
  Object.freeze({ id: 'crm-start', name: 'CloudCRM Start', unitCents: 1490, vatRate: 19 as const }),
  Object.freeze({ id: 'crm-team', name: 'CloudCRM Team', unitCents: 2990, vatRate: 19 as const }),
  Object.freeze({ id: 'crm-business', name: 'CloudCRM Business', unitCents: 5990, vatRate: 19 as const }),
]);

const OPTIONS = [
  { id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 as const },
  { id: 'roaming', name: 'EU-Roaming Plus', unitCents: 299, vatRate: 19 as const },
] as const;
const MARCH_START = civilToDays(2026, 3, 1);
const APRIL_START = civilToDays(2026, 4, 1);

/**
 * One change, as both sides read it: the library reads `type`, `addOnId` or
 * `bookingId`, `quantity` and `on` (an AddOnChange); the baseline reads `type`,
 * `on`, `addOn` (the catalog index), `target` (the booking's number, 0-based)
 * and `quantity`.
 */
interface Event {
  readonly type: 'book' | 'changeQuantity' | 'cancel' | 'withdraw';
  readonly addOnId: string;
  readonly bookingId: string;
  readonly quantity: number;
  readonly on: string;
  readonly addOn: number;
  readonly target: number;
}

interface Customer {
  readonly anchorDate: number;
  readonly cycle: Cycle;
  readonly plan: number;
  readonly b2b: boolean;
  readonly startIso: string;
  readonly endIso: string;
  readonly events: readonly Event[];
  /** A company phone on a postpaid tariff (R11): options booked in March, as instants. */
  readonly optionIds: readonly number[];
  readonly optionInstants: readonly string[];
}

/**
 * The text of a day or an instant, made once per distinct value, as a loader
 * that caches its dates hands them in: a month has a few dozen of them.
 */
const texts = new Map<string, string>();
function text(value: string): string {
  let known = texts.get(value);
  if (known === undefined) {
    known = value;
    texts.set(value, value);
  }
  return known;
}

function build(): Customer[] {
  const random = seeded(4004);
  const int = (n: number): number => Math.floor(random() * n);
  const cycles: Cycle[] = [];
  for (let d = 1; d <= 31; d += 1) cycles.push(createCycle({ kind: 'monthly', anchor: iso(civilToDays(2026, 1, d)) }));
  const customers: Customer[] = [];
  for (let c = 0; c < CUSTOMERS; c += 1) {
    const anchorDate = 1 + int(31);
    const startDay = civilToDays(2026, 3, 1 + int(31));
    // The period containing startDay on the anchor's monthly cycle.
    const [y, m] = daysToCivil(startDay);
    let k = y * 12 + m - 1;
    if (clampedStart(k, anchorDate) > startDay) k -= 1;
    const end = clampedStart(k + 1, anchorDate);
    const events: Event[] = [];
    const ids: string[] = [];
    let day = startDay;
    const bookings = 1 + int(3);
    for (let b = 0; b < bookings && day < end; b += 1) {
      const booked = day + int(Math.min(8, end - day));
      day = booked;
      const addOn = int(3);
      const addOnId = (CATALOG[addOn] as AddOnDefinition).id;
      // Booking ids as the account numbers them: "<addOnId>#<n>".
      const bookingId = text(`${addOnId}#${b + 1}`);
      ids.push(bookingId);
      events.push({ type: 'book', addOnId, bookingId, quantity: 1 + int(5), on: text(iso(day)), addOn, target: b });
      const r = random();
      if (r < 0.55) continue;
      const later = day + int(Math.min(10, end - day));
      const on = text(iso(later));
      if (r < 0.75) events.push({ type: 'changeQuantity', addOnId, bookingId, quantity: 1 + int(6), on, addOn, target: b });
      else if (r < 0.9) events.push({ type: 'cancel', addOnId, bookingId, quantity: 0, on, addOn, target: b });
      else events.push({ type: 'withdraw', addOnId, bookingId, quantity: 0, on, addOn, target: b });
      day = later;
    }
    const optionIds: number[] = [];
    const optionInstants: string[] = [];
    if (random() < 0.2) {
      const count = 1 + int(2);
      for (let o = 0; o < count; o += 1) {
        const dayOfMonth = 1 + int(31);
        optionIds.push(o); // distinct options: one may not be booked twice
        // 10:00 in Berlin: CET before 2026-03-29, CEST from then on.
        optionInstants.push(text(`2026-03-${String(dayOfMonth).padStart(2, '0')}T10:00${dayOfMonth < 29 ? '+01:00' : '+02:00'}`));
      }
    }
    customers.push({
      optionIds,
      optionInstants,
      anchorDate,
      cycle: cycles[anchorDate - 1] as Cycle,
      plan: int(3),
      b2b: random() < 0.3,
      startIso: text(iso(startDay)),
      endIso: text(iso(end)),
      events,
    });
  }
  return customers;
}

/* ------------------------------------------------------------------ */
/* The two sides.                                                      */
/* ------------------------------------------------------------------ */

/** The option side: the postpaid tariff and the month its lines are for. */
interface OptionSide {
  readonly tariff: OptionTariff;
  readonly march: Period;
}

function library(customers: readonly Customer[], options: OptionSide): number[] {
  const gross = new Array<number>(customers.length);
  for (let c = 0; c < customers.length; c += 1) {
    const customer = customers[c] as Customer;
    const account = applyAddOnChanges(createAddOnAccount({
      cycle: customer.cycle,
      catalog: CATALOG,
      base: PLANS[customer.plan] as BaseCharge,
      start: customer.startIso,
    }), customer.events as readonly AddOnChange[]).account;
    const close = closeAddOnPeriod(account, customer.endIso);
    let lines: readonly Line[] = close.lines;
    if (customer.optionInstants.length > 0) {
      // The company phone's March option lines go on the same collective invoice.
      let phone = createOptionAccount(options.tariff);
      for (let o = 0; o < customer.optionInstants.length; o += 1) {
        const booked = bookOption(phone, { optionId: (OPTIONS[customer.optionIds[o] as number] as (typeof OPTIONS)[number]).id, at: customer.optionInstants[o] as string });
        if (booked.ok) phone = booked.account;
      }
      lines = [...lines, ...optionLinesFor(phone, options.march)];
    }
    const invoice = createInvoice({
      lines,
      customerType: customer.b2b ? 'b2b' : 'b2c',
      issuedOn: customer.endIso,
      period: close.period,
    });
    gross[c] = invoice.grossCents;
  }
  return gross;
}

/** A booking as the hand-written baseline keeps it: plain integers. */
interface PlainBooking {
  addOn: number;
  quantity: number;
  scheduled: number; // 0: no lowering waiting
  cancelled: boolean;
  withdrawn: boolean;
  bookedDay: number;
  draftCents: number; // pro rata and increases, each rounded once
}

function baseline(customers: readonly Customer[]): number[] {
  const gross = new Array<number>(customers.length);
  for (let c = 0; c < customers.length; c += 1) {
    const customer = customers[c] as Customer;
    const startDay = dayOfIso(customer.startIso);
    const [y, m] = daysToCivil(startDay);
    let k = y * 12 + m - 1;
    if (clampedStart(k, customer.anchorDate) > startDay) k -= 1;
    const end = clampedStart(k + 1, customer.anchorDate);
    const periodDays = end - clampedStart(k, customer.anchorDate);
    const bookings: PlainBooking[] = [];
    for (const event of customer.events) {
      const day = dayOfIso(event.on);
      if (event.type === 'book') {
        const unit = (CATALOG[event.addOn] as AddOnDefinition).unitCents;
        bookings.push({
          addOn: event.addOn,
          quantity: event.quantity,
          scheduled: 0,
          cancelled: false,
          withdrawn: false,
          bookedDay: day,
          draftCents: halfUp(unit * event.quantity * (end - day), periodDays),
        });
        continue;
      }
      const booking = bookings[event.target] as PlainBooking;
      const unit = (CATALOG[booking.addOn] as AddOnDefinition).unitCents;
      if (event.type === 'changeQuantity') {
        if (event.quantity > booking.quantity) {
          booking.draftCents += halfUp(unit * (event.quantity - booking.quantity) * (end - day), periodDays);
          booking.quantity = event.quantity;
          booking.scheduled = 0;
        } else {
          booking.scheduled = event.quantity < booking.quantity ? event.quantity : 0;
        }
      } else if (event.type === 'cancel') {
        booking.cancelled = true;
      } else if (day <= lastWithdrawalDay(booking.bookedDay)) {
        booking.withdrawn = true;
      }
    }
    // The invoice: the plan and the running add-ons for the next period, then the drafts; VAT per rate.
    const plan = PLANS[customer.plan] as BaseCharge;
    let sum19 = plan.unitCents;
    let sum7 = 0;
    for (const booking of bookings) {
      if (booking.withdrawn) continue;
      const definition = CATALOG[booking.addOn] as AddOnDefinition;
      let cents = booking.draftCents;
      if (!booking.cancelled) cents += definition.unitCents * (booking.scheduled > 0 ? booking.scheduled : booking.quantity);
      if (definition.vatRate === 19) sum19 += cents;
      else sum7 += cents;
    }
    // Postpaid options (R11): the days from the booking day to the month's end, of the month's days.
    for (let o = 0; o < customer.optionInstants.length; o += 1) {
      const unit = (OPTIONS[customer.optionIds[o] as number] as (typeof OPTIONS)[number]).unitCents;
      sum19 += halfUp(unit * (APRIL_START - berlinDayOfInstant(customer.optionInstants[o] as string)), APRIL_START - MARCH_START);
    }
    gross[c] = customer.b2b
      ? sum19 + signedHalfUp(sum19 * 19, 100) + sum7 + signedHalfUp(sum7 * 7, 100)
      : sum19 + sum7;
  }
  return gross;
}

{
  const customers = build();
  const options: OptionSide = {
    tariff: createOptionTariff({ kind: 'postpaidMonth', options: OPTIONS }),
    march: createPeriod('2026-03-01', '2026-04-01'),
  };
  runBench({
    name: 'addons-options (100,000 customers, a month of add-ons, 20 % with postpaid options, collective invoices)',
    target: 3,
    library: () => library(customers, options),
    baseline: () => baseline(customers),
  });
}
