/**
 * The baselines' subscription, written by hand on integers: what a billing
 * system without tarifkit would keep for one customer billed in advance (a plan
 * on calendar months, anchored months or whole terms, with configurable
 * components; add-ons on the plan's cycle; postpaid mobile options by calendar
 * month), and the lines and invoices it writes (R1, R2, R6, R8, R11–R16, R22,
 * R23). It covers what the benchmarks use: no cancellation of the contract, no
 * downgrades, prices per billing period or (with a term cycle) per term. Nothing here comes from src/, not
 * even types: it reads the same plain input records as the library (the
 * catalog data, the order and the event records, dates and instants as ISO
 * text), through its own structural types.
 *
 * Lines carry the same fields as the library's (reason, item id, quantity,
 * cents, range and period as ISO text, days, ref); invoices the day and net,
 * VAT and gross per rate and in total.
 */
import {
  berlinDayOfMs,
  berlinMidnightMs,
  clampedStart,
  dayOfIso,
  daysToCivil,
  halfUp,
  isoDay,
  lastWithdrawalDay,
  negate,
  signedHalfUp,
  utcMsOfInstant,
} from './baseline.js';
import { mix } from './harness.js';

const MS_PER_HOUR = 3_600_000;

/* ------------------------------------------------------------------ */
/* What the baseline reads: the same plain records the library gets.   */
/* ------------------------------------------------------------------ */

/** A priced item as the catalog data gives it. */
export interface ItemRecord {
  readonly id: string;
  readonly unitCents: number;
  readonly vatRate: number;
}

/** A plan as the catalog data gives it (the fields the baseline reads). */
export interface PlanRecord {
  readonly id: string;
  readonly price: { readonly cents: number; readonly per: string };
  readonly billingCycle: { readonly kind: string };
  readonly billing?: string;
  readonly termMonths: number;
  readonly renewal: { readonly kind: string; readonly months?: number };
  readonly policy: { readonly customer: string };
  readonly vatRate?: number;
  readonly components?: readonly { readonly id: string; readonly unitCents: number; readonly default?: number }[];
  readonly optionTariff?: { readonly options: readonly ItemRecord[] } | null;
}

/** The catalog data. */
export interface CatalogRecord {
  readonly plans: readonly PlanRecord[];
  readonly addOns?: readonly ItemRecord[];
}

/** The order a subscription is made from. */
export interface OrderRecord {
  readonly planId: string;
  readonly start: unknown;
  readonly configuration?: Readonly<Record<string, number>>;
}

/** An event record: the fields of the event types the baseline knows. */
export interface EventRecord {
  readonly type: string;
  readonly on?: unknown;
  readonly at?: unknown;
  readonly addOnId?: string;
  readonly optionId?: string;
  readonly bookingId?: string;
  readonly quantity?: number;
  readonly planId?: string;
  readonly configuration?: Readonly<Record<string, number>>;
}

/* ------------------------------------------------------------------ */
/* Tables, state, lines and invoices.                                  */
/* ------------------------------------------------------------------ */

/** A plan as the baseline keeps it. */
export interface PlainPlan {
  readonly id: string;
  /** Plans of one family may be switched between: term, cycle, renewal, customer kind, options. */
  readonly family: string;
  readonly baseCents: number;
  /** The configurable components: ids, unit prices and default units, in the plan's order. */
  readonly componentIds: readonly string[];
  readonly componentCents: readonly number[];
  readonly defaultUnits: readonly number[];
  readonly vatRate: number;
  readonly consumer: boolean;
  /** Periods start on the start day's date (clamped), else on the 1st. */
  readonly anchored: boolean;
  /** Months per billing period: 1, or the term for a term cycle. */
  readonly months: number;
  readonly termMonths: number;
  /** Months per renewal term: the renewal's, 1 open-ended, 0 none. */
  readonly renewalMonths: number;
}

export interface PlainItem {
  readonly id: string;
  readonly unitCents: number;
  readonly vatRate: number;
}

export interface Tables {
  readonly plans: ReadonlyMap<string, PlainPlan>;
  readonly addOns: ReadonlyMap<string, PlainItem>;
  readonly options: ReadonlyMap<string, PlainItem>;
}

/** The baseline's tables, read once from the same plain catalog data (integer cents). */
export function tablesOf(data: CatalogRecord): Tables {
  const plans = new Map<string, PlainPlan>();
  const options = new Map<string, PlainItem>();
  const item = (record: ItemRecord): PlainItem => ({ id: record.id, unitCents: record.unitCents, vatRate: record.vatRate });
  for (const plan of data.plans) {
    const kind = plan.billingCycle.kind;
    if ((plan.billing ?? 'inAdvance') !== 'inAdvance' || (kind !== 'calendarMonth' && kind !== 'monthly' && kind !== 'term')
      || (plan.price.per === 'term' && kind !== 'term')) {
      throw new Error(`baseline: plan ${plan.id} is of a kind the baseline does not bill`);
    }
    const components = plan.components ?? [];
    const renewal = plan.renewal;
    plans.set(plan.id, {
      id: plan.id,
      family: `${plan.termMonths}|${plan.price.per}|${kind}|${renewal.kind}${renewal.months ?? ''}|${plan.policy.customer}|${plan.optionTariff === undefined ? '' : 'options'}`,
      baseCents: plan.price.cents,
      componentIds: components.map((component) => component.id),
      componentCents: components.map((component) => component.unitCents),
      defaultUnits: components.map((component) => component.default ?? 0),
      vatRate: plan.vatRate ?? 19,
      consumer: plan.policy.customer === 'consumer',
      anchored: kind !== 'calendarMonth',
      months: kind === 'term' ? plan.termMonths : 1,
      termMonths: plan.termMonths,
      renewalMonths: renewal.kind === 'fixed' ? (renewal.months as number) : renewal.kind === 'openEnded' ? 1 : 0,
    });
    for (const option of plan.optionTariff?.options ?? []) options.set(option.id, item(option));
  }
  return { plans, addOns: new Map((data.addOns ?? []).map((record) => [record.id, item(record)])), options };
}

/** A line as the baseline writes it: the library's fields, dates as ISO text. */
export interface PlainLine {
  readonly reason: string;
  readonly itemId: string;
  readonly quantity: number;
  readonly cents: number;
  readonly rangeStart: string;
  readonly rangeEnd: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly days: number;
  readonly vatRate: number;
  readonly ref: string;
  /** The booking the line is for, or null: its invoiced lines are what a withdrawal reverses. */
  readonly owner: PlainBooking | null;
}

export interface PlainRate {
  readonly vatRate: number;
  readonly net: number;
  readonly vat: number;
  readonly gross: number;
}

export interface PlainInvoice {
  readonly day: string;
  readonly lines: PlainLine[];
  readonly rates: PlainRate[];
  readonly net: number;
  readonly vat: number;
  readonly gross: number;
}

/** An add-on or option booking, in integers. */
export interface PlainBooking {
  readonly id: string;
  readonly item: PlainItem;
  readonly bookedDay: number;
  /** Add-ons: the quantity timeline (first day, units), in date order. */
  readonly fromDays: number[];
  readonly units: number[];
  /** The first day without it (a cancellation's end, a withdrawal's day), or +∞. */
  endDay: number;
  withdrawn: boolean;
  /** Options: the first day not yet invoiced. */
  unbilledFrom: number;
  /** The lines of it that went on invoices, in order. */
  readonly invoiced: PlainLine[];
}

/** One customer's state. */
export interface PlainState {
  plan: PlainPlan;
  units: number[];
  priceCents: number;
  /** The contract line's item: the plan's id at the version's price. */
  item: PlainItem;
  readonly startDay: number;
  /** Period k starts at clampedStart(firstMonth + k × months, anchorDate); terms on the start's date too. */
  readonly anchorDate: number;
  readonly startDate: number;
  readonly firstMonth: number;
  readonly months: number;
  /** The number of the next period to invoice, and its first day. */
  k: number;
  nextInvoice: number;
  readonly addOns: PlainBooking[];
  readonly options: PlainBooking[];
  /** Bookings made so far, add-ons and options: the `n` of the next id `"<item>#<n>"`. */
  bookings: number;
  pending: PlainLine[];
}

/** A new customer from the order: nothing invoiced yet, the first invoice due on the start day. */
export function startState(tables: Tables, order: OrderRecord): PlainState {
  const plan = tables.plans.get(order.planId) as PlainPlan;
  const startDay = dayOfIso(order.start as string);
  const [y, m, d] = daysToCivil(startDay);
  const units = plan.defaultUnits.slice();
  const configuration = order.configuration;
  if (configuration !== undefined) for (const key of Object.keys(configuration)) units[plan.componentIds.indexOf(key)] = configuration[key] as number;
  const priceCents = priceOf(plan, units);
  return {
    plan,
    units,
    priceCents,
    item: { id: plan.id, unitCents: priceCents, vatRate: plan.vatRate },
    startDay,
    anchorDate: plan.anchored ? d : 1,
    startDate: d,
    firstMonth: y * 12 + m - 1,
    months: plan.months,
    k: 0,
    nextInvoice: startDay,
    addOns: [],
    options: [],
    bookings: 0,
    pending: [],
  };
}

/** The price of a configuration: base + Σ unit price × units. */
function priceOf(plan: PlainPlan, units: readonly number[]): number {
  let cents = plan.baseCents;
  for (let i = 0; i < units.length; i += 1) cents += (plan.componentCents[i] as number) * (units[i] as number);
  return cents;
}

/** A line of `quantity` units of `item` for the days [from, to) of the period [periodStart, periodEnd), rounded once, half up. */
export function plainLine(
  reason: string, item: PlainItem, quantity: number, ref: string, owner: PlainBooking | null,
  from: number, to: number, periodStart: number, periodEnd: number, credit: boolean,
): PlainLine {
  const days = to - from;
  const periodDays = periodEnd - periodStart;
  const cents = days === periodDays ? item.unitCents * quantity : halfUp(item.unitCents * quantity * days, periodDays);
  return {
    reason,
    itemId: item.id,
    quantity,
    cents: credit ? negate(cents) : cents,
    rangeStart: isoDay(from),
    rangeEnd: isoDay(to),
    periodStart: isoDay(periodStart),
    periodEnd: isoDay(periodEnd),
    days,
    vatRate: item.vatRate,
    ref,
    owner,
  };
}

function reversedLine(line: PlainLine): PlainLine {
  return { ...line, reason: 'withdrawalCredit', cents: negate(line.cents) };
}

function plainRate(consumer: boolean, vatRate: number, sum: number): PlainRate {
  if (consumer) {
    const vat = signedHalfUp(sum * vatRate, 100 + vatRate);
    return { vatRate, net: sum - vat, vat, gross: sum };
  }
  const vat = signedHalfUp(sum * vatRate, 100);
  return { vatRate, net: sum, vat, gross: sum + vat };
}

/** The billing period [start, end) that contains `day`. */
function periodAround(state: PlainState, day: number): [number, number] {
  const [y, m] = daysToCivil(day);
  const months = state.months;
  let k = Math.floor((y * 12 + m - 1 - state.firstMonth) / months);
  if (clampedStart(state.firstMonth + k * months, state.anchorDate) > day) k -= 1;
  return [clampedStart(state.firstMonth + k * months, state.anchorDate), clampedStart(state.firstMonth + (k + 1) * months, state.anchorDate)];
}

/** The first day of the calendar month after the one containing `day`. */
function nextMonthStart(day: number): number {
  const [y, m] = daysToCivil(day);
  return clampedStart(y * 12 + m, 1);
}

/**
 * Issues the invoice of the next period, in advance: the plan for the period,
 * the running add-ons at the quantity in force on its first day, the option
 * months that have ended by the invoice day (postpaid: billed after use; the
 * first one from the activation day), then the pending lines; VAT per rate,
 * rounded once per rate.
 */
export function issue(state: PlainState): PlainInvoice {
  const day = state.nextInvoice;
  const start = clampedStart(state.firstMonth + state.k * state.months, state.anchorDate);
  const end = clampedStart(state.firstMonth + (state.k + 1) * state.months, state.anchorDate);
  const lines: PlainLine[] = [plainLine(day === start ? 'periodCharge' : 'prorataCharge', state.item, 1, 'contract', null, day, end, start, end, false)];
  for (const booking of state.addOns) {
    if (booking.withdrawn) continue;
    const a = booking.bookedDay > day ? booking.bookedDay : day;
    const z = booking.endDay < end ? booking.endDay : end;
    if (a >= z) continue;
    let q = booking.fromDays.length - 1;
    while (q > 0 && (booking.fromDays[q] as number) > a) q -= 1;
    lines.push(plainLine(a === start && z === end ? 'periodCharge' : 'prorataCharge', booking.item, booking.units[q] as number, booking.id, booking, a, z, start, end, false));
  }
  for (const booking of state.options) {
    // Postpaid options are billed after use: the option months that have ended by the invoice day.
    if (booking.withdrawn) continue;
    let from = booking.unbilledFrom;
    while (from < booking.endDay) {
      const [y, m, d] = daysToCivil(from);
      const monthStart = from - d + 1;
      const monthEnd = clampedStart(y * 12 + m, 1);
      const to = monthEnd < booking.endDay ? monthEnd : booking.endDay;
      if (to > day) break;
      lines.push(plainLine(from === monthStart && to === monthEnd ? 'periodCharge' : 'prorataCharge', booking.item, 1, booking.id, booking, from, to, monthStart, monthEnd, false));
      from = to;
    }
    booking.unbilledFrom = from;
  }
  for (const line of state.pending) lines.push(line);
  state.pending = [];
  let sum19 = 0;
  let sum7 = 0;
  let count19 = 0;
  let count7 = 0;
  for (const line of lines) {
    if (line.vatRate === 19) { sum19 += line.cents; count19 += 1; } else { sum7 += line.cents; count7 += 1; }
    if (line.owner !== null) line.owner.invoiced.push(line);
  }
  const consumer = state.plan.consumer;
  const rates: PlainRate[] = [];
  if (count19 > 0) rates.push(plainRate(consumer, 19, sum19));
  if (count7 > 0) rates.push(plainRate(consumer, 7, sum7));
  let net = 0;
  let vat = 0;
  let gross = 0;
  for (const rate of rates) { net += rate.net; vat += rate.vat; gross += rate.gross; }
  state.k += 1;
  state.nextInvoice = end;
  return { day: isoDay(day), lines, rates, net, vat, gross };
}

function findBooking(bookings: readonly PlainBooking[], id: string | undefined): PlainBooking {
  for (const booking of bookings) if (booking.id === id) return booking;
  throw new Error(`baseline: no booking ${String(id)}`);
}

/** An upgrade decided: the new plan, units and item, and its two lines. */
export interface PlainUpgrade {
  readonly day: number;
  readonly plan: PlainPlan;
  readonly units: number[];
  readonly item: PlainItem;
  readonly lines: PlainLine[];
}

/**
 * An upgrade on its day (R2, W1), decided without changing the state (a quote
 * is this and nothing more): the new configuration for the rest of the billing
 * period already invoiced is charged, the one in force credited, both against
 * the period's days and rounded once each. (The workload schedules no
 * downgrades, so the version in force holds for the whole rest.)
 */
export function upgradeOf(tables: Tables, state: PlainState, event: EventRecord): PlainUpgrade {
  const day = dayOfIso(event.on as string);
  const plan = event.planId === undefined ? state.plan : (tables.plans.get(event.planId) as PlainPlan);
  if (plan.family !== state.plan.family) throw new Error('baseline: another family');
  const units = plan === state.plan ? state.units.slice() : plan.defaultUnits.slice();
  const configuration = event.configuration;
  if (configuration !== undefined) for (const key of Object.keys(configuration)) units[plan.componentIds.indexOf(key)] = configuration[key] as number;
  const priceCents = priceOf(plan, units);
  if (priceCents < state.priceCents) throw new Error('baseline: not an upgrade');
  const [start, periodEnd] = periodAround(state, day);
  const end = periodEnd;
  const item: PlainItem = { id: plan.id, unitCents: priceCents, vatRate: plan.vatRate };
  const lines = [
    plainLine('upgradeCharge', item, 1, 'contract', null, day, end, start, periodEnd, false),
    plainLine('upgradeCredit', state.item, 1, 'contract', null, day, end, start, periodEnd, true),
  ];
  return { day, plan, units, item, lines };
}

/** The reason of the last refusal of {@link applyPlain}. */
export let refusal = '';

/**
 * Applies one event on its day (after that day's invoice): returns the first
 * day it is in force, or -1 for a refusal (its reason in {@link refusal}).
 */
export function applyPlain(tables: Tables, state: PlainState, event: EventRecord): number {
  switch (event.type) {
    case 'bookAddOn': {
      // R14: usable at once; the rest of the period is a draft for the next invoice.
      const day = dayOfIso(event.on as string);
      const item = tables.addOns.get(event.addOnId as string) as PlainItem;
      const quantity = event.quantity as number;
      state.bookings += 1;
      const booking: PlainBooking = {
        id: `${item.id}#${state.bookings}`, item, bookedDay: day, fromDays: [day], units: [quantity],
        endDay: Number.POSITIVE_INFINITY, withdrawn: false, unbilledFrom: day, invoiced: [],
      };
      state.addOns.push(booking);
      const [start, end] = periodAround(state, day);
      state.pending.push(plainLine(day === start ? 'periodCharge' : 'prorataCharge', item, quantity, booking.id, booking, day, end, start, end, false));
      return day;
    }
    case 'changeAddOnQuantity': {
      // R14, R15: a raise at once, its extra units drafted; a lowering from the next period; a scheduled lowering is dropped.
      const day = dayOfIso(event.on as string);
      const booking = findBooking(state.addOns, event.bookingId);
      const quantity = event.quantity as number;
      let q = booking.fromDays.length - 1;
      while (q > 0 && (booking.fromDays[q] as number) > day) q -= 1;
      const current = booking.units[q] as number;
      booking.fromDays.length = q + 1;
      booking.units.length = q + 1;
      if (quantity > current) {
        booking.fromDays.push(day);
        booking.units.push(quantity);
        const [start, end] = periodAround(state, day);
        state.pending.push(plainLine('quantityIncrease', booking.item, quantity - current, booking.id, booking, day, end, start, end, false));
        return day;
      }
      if (quantity < current) {
        const from = periodAround(state, day)[1];
        booking.fromDays.push(from);
        booking.units.push(quantity);
        return from;
      }
      return day;
    }
    case 'cancelAddOn': {
      // R15: usable to the end of the paid period.
      const day = dayOfIso(event.on as string);
      const booking = findBooking(state.addOns, event.bookingId);
      booking.endDay = periodAround(state, day)[1];
      return booking.endDay;
    }
    case 'withdrawAddOn': {
      // R13, R16: within 14 days it ends at once; its drafts leave the pending invoice, what was invoiced is credited.
      const day = dayOfIso(event.on as string);
      const booking = findBooking(state.addOns, event.bookingId);
      if (day > lastWithdrawalDay(booking.bookedDay)) {
        refusal = 'WITHDRAWAL_WINDOW_CLOSED';
        return -1;
      }
      booking.withdrawn = true;
      booking.endDay = day;
      const pending: PlainLine[] = [];
      for (const line of state.pending) if (line.owner !== booking) pending.push(line);
      for (const line of booking.invoiced) pending.push(reversedLine(line));
      state.pending = pending;
      return day;
    }
    case 'upgrade': {
      const upgrade = upgradeOf(tables, state, event);
      state.pending.push(...upgrade.lines);
      state.plan = upgrade.plan;
      state.units = upgrade.units;
      state.priceCents = upgrade.item.unitCents;
      state.item = upgrade.item;
      return upgrade.day;
    }
    case 'bookOption': {
      // R11: active on its day in Berlin, charged from there by calendar month.
      const day = berlinDayOfMs(utcMsOfInstant(event.at as string));
      const item = tables.options.get(event.optionId as string) as PlainItem;
      state.bookings += 1;
      state.options.push({
        id: `${item.id}#${state.bookings}`, item, bookedDay: day, fromDays: [], units: [],
        endDay: Number.POSITIVE_INFINITY, withdrawn: false, unbilledFrom: day, invoiced: [],
      });
      return day;
    }
    case 'cancelOption': {
      // R12: at the end of the current month when asked 48 hours before it (Berlin time), else a month later.
      const ms = utcMsOfInstant(event.at as string);
      const booking = findBooking(state.options, event.bookingId);
      const first = nextMonthStart(berlinDayOfMs(ms));
      booking.endDay = ms <= berlinMidnightMs(first) - 48 * MS_PER_HOUR ? first : nextMonthStart(first);
      return booking.endDay;
    }
    case 'withdrawOption': {
      // R13: within 14 days; what was invoiced is credited.
      const day = dayOfIso(event.on as string);
      const booking = findBooking(state.options, event.bookingId);
      if (day > lastWithdrawalDay(booking.bookedDay)) {
        refusal = 'WITHDRAWAL_WINDOW_CLOSED';
        return -1;
      }
      booking.withdrawn = true;
      for (const line of booking.invoiced) state.pending.push(reversedLine(line));
      return day;
    }
    default:
      throw new Error(`baseline: no event ${event.type}`);
  }
}

/** A line in the canonical form of the check (the same as the library side's). */
export function canonicalOfPlainLine(line: PlainLine): unknown {
  return [line.reason, line.itemId, line.quantity, line.cents, line.rangeStart, line.rangeEnd, line.periodStart, line.periodEnd, line.days, line.ref];
}

/** An invoice in the canonical form of the check (the same as the library side's). */
export function canonicalOfPlain(invoice: PlainInvoice): unknown {
  return {
    day: invoice.day,
    rates: invoice.rates.map((rate) => [rate.vatRate, rate.net, rate.vat, rate.gross]),
    totals: [invoice.net, invoice.vat, invoice.gross],
    lines: invoice.lines.map(canonicalOfPlainLine),
  };
}

/** Folds a line into the checksum, as the library side folds its lines. */
export function foldPlainLine(sum: number, line: PlainLine): number {
  sum = mix(sum, line.cents);
  sum = mix(sum, line.days * 64 + line.quantity);
  sum = mix(sum, line.reason.length * 64 + line.itemId.length);
  sum = mix(sum, line.rangeStart.charCodeAt(9) + line.rangeEnd.charCodeAt(9) * 16 + line.periodStart.charCodeAt(6) * 256 + line.periodEnd.charCodeAt(9) * 4096);
  return mix(sum, line.ref.length);
}

/** Folds an invoice into the checksum, as the library side folds its invoices. */
export function foldPlainInvoice(sum: number, invoice: PlainInvoice): number {
  const day = invoice.day;
  sum = mix(sum, day.charCodeAt(6) * 16 + day.charCodeAt(9));
  const rates = invoice.rates;
  for (let r = 0; r < rates.length; r += 1) {
    const rate = rates[r] as PlainRate;
    sum = mix(sum, rate.vatRate);
    sum = mix(sum, rate.net);
    sum = mix(sum, rate.vat);
    sum = mix(sum, rate.gross);
  }
  sum = mix(sum, invoice.gross);
  const lines = invoice.lines;
  for (let i = 0; i < lines.length; i += 1) sum = foldPlainLine(sum, lines[i] as PlainLine);
  return sum;
}

/** Folds an event's outcome (its effective day, or a refusal's reason) into the checksum. */
export function foldOutcome(sum: number, ok: boolean, text: string): number {
  // A run reports refusals, not effective days: an accepted event folds as 1 (the effective days are
  // compared in the check, through the one-event-at-a-time API).
  return mix(sum, ok ? 1 : -text.length);
}

/* ------------------------------------------------------------------ */
/* The baseline's driver.                                              */
/* ------------------------------------------------------------------ */

/** What the check compares per customer: each event's outcome, and each invoice with its lines. */
export interface Canonical {
  /** The effective day of an accepted event, or the reason of a refusal. */
  readonly outcomes: string[];
  readonly invoices: unknown[];
}

/** One customer's input record, as the baseline reads it (the library's `CustomerInput`). */
export interface CustomerRecord {
  readonly order: OrderRecord;
  readonly events: readonly EventRecord[];
  readonly eventDays: readonly string[];
  readonly stops: readonly string[];
}

function issued(invoice: PlainInvoice, sum: number, sink: Canonical | null): number {
  sink?.invoices.push(canonicalOfPlain(invoice));
  return foldPlainInvoice(sum, invoice);
}

/**
 * One customer by hand, driven as the library side drives its subscription:
 * before each event the invoices due up to its day, then the event; after the
 * events up to a stop, the invoices due up to the stop.
 */
export function runPlain(tables: Tables, input: CustomerRecord, sum: number, sink: Canonical | null): number {
  const state = startState(tables, input.order);
  const events = input.events;
  const days = input.eventDays;
  const stops = input.stops;
  let e = 0;
  // Outcomes fold apart from the invoices and join them at the end, as a run reports them apart.
  let outcomes = 0;
  for (let s = 0; s < stops.length; s += 1) {
    const stop = stops[s] as string;
    for (; e < events.length && (days[e] as string) <= stop; e += 1) {
      const day = dayOfIso(days[e] as string);
      while (state.nextInvoice <= day) sum = issued(issue(state), sum, sink);
      const effective = applyPlain(tables, state, events[e] as EventRecord);
      const outcome = effective < 0 ? refusal : isoDay(effective);
      outcomes = foldOutcome(outcomes, effective >= 0, outcome);
      sink?.outcomes.push(outcome);
    }
    const last = dayOfIso(stop);
    while (state.nextInvoice <= last) sum = issued(issue(state), sum, sink);
  }
  sum = mix(sum, outcomes);
  return sum;
}
