/**
 * The subscription's engine (R26): the decision of one event on the state as it
 * stands (the fast path, for events in date order), the close of one invoice
 * day, the invoice days themselves, and the notices between two days.
 *
 * The canonical order of one day: its invoice first, then its events. So an
 * event on an invoice day waits for that invoice (advance first), and its
 * lines go on the next one.
 *
 * @internal
 * @module
 */
import { indexContaining, startOfIndex } from '../calendar/cycleMath.js';
import { dayOfIso, isoOf, periodOf } from '../calendar/days.js';
import { indexOf, type CatalogIndex, type PlanEntry } from '../catalog/catalogIndex.js';
import { catalogFromData } from '../catalog/createCatalog.js';
import type { Catalog } from '../catalog/types.js';
import { decideContract, type ContractChange } from '../contract/decide.js';
import { appendContractLines, factsOf, noticeDeadlineAt, termInfo, type ContractFacts } from '../contract/model.js';
import { firstTermEnd, termStart } from '../contract/terms.js';
import type { ContractVersion } from '../contract/types.js';
import {
  addOnItem,
  appendAddOnLines,
  bookAddOn,
  bookingIndex,
  cancelAddOn,
  changeQuantity,
  endDayOf as addOnEndDay,
  type AddOnContext,
} from '../addons/engine.js';
import type { AddOnBooking, AddOnQuantity } from '../addons/types.js';
import { fail } from '../errors/fail.js';
import { withdrawAddOn } from '../addons/engine.js';
import { invoiceOf } from '../invoice/totals.js';
import type { Invoice } from '../invoice/types.js';
import { shareLine } from '../lines/build.js';
import type { Line, LineReason } from '../lines/types.js';
import {
  billOptions,
  bookOption,
  cancelOption,
  endDayOf as optionEndDay,
  optionIndex,
  optionItem,
  switchOption,
  withdrawOption,
  type OptionContext,
} from '../options/engine.js';
import type { OptionBooking } from '../options/types.js';
import { coreOf } from '../calendar/createCycle.js';
import type { Refusal } from '../refusal/types.js';
import { holidaySet } from '../rules/withdrawalDays.js';
import { holidayCheck, type DayCheck } from '../holidays/calendar.js';
import { numberedId } from './numberedId.js';
import { withdrawContract } from './withdrawContract.js';
import { netLines } from './corrections.js';
import type { CheckedEvent } from './check.js';
import type { Subscription, SubscriptionNotice, SubscriptionOrder } from './types.js';

/** The catalog lookups of a subscription's catalog (validated once). */
export function catalogIndexOf(catalog: Catalog, field: string): CatalogIndex {
  return indexOf(catalog, field, (data, at) => catalogFromData(data, at));
}

/** Everything the decisions read, built once per call. */
export interface Context {
  readonly index: CatalogIndex;
  readonly entry: PlanEntry;
  readonly facts: ContractFacts;
  readonly addOns: AddOnContext;
  readonly options: OptionContext | null;
}

/** The holidays of the order read last, by its identity (orders never change; a pure memo). */
let lastHolidayOrder: SubscriptionOrder | null = null;
let lastHolidays: DayCheck = new Set();

/**
 * The days a subscription's withdrawals skip (R13, R30): the public holidays of the
 * order's region and its own list. An order stored before the built-in holidays
 * has no region and keeps only its list, as it was decided.
 */
function holidaysOf(order: SubscriptionOrder): DayCheck {
  if (order !== lastHolidayOrder) {
    lastHolidays = holidayCheck(order.publicHolidays, holidaySet(order.holidays, 'subscription.order.holidays'));
    lastHolidayOrder = order;
  }
  return lastHolidays;
}

/**
 * The contexts built last, with what they were built from: a small ring
 * compared by identity (contracts, catalogs and orders never change), so a
 * billing run that works one subscription at a time builds one context per
 * contract. Not a WeakMap: weak tables of short-lived keys cost the garbage
 * collector more than building the context again.
 */
const CONTEXT_RING = 8;
const contextKeys: (Subscription['contract'] | null)[] = new Array<Subscription['contract'] | null>(CONTEXT_RING).fill(null);
const contextValues: ({ readonly catalog: Catalog; readonly order: object; readonly zone: string; readonly context: Context } | null)[] =
  new Array<null>(CONTEXT_RING).fill(null);
let contextNext = 0;
let lastContext: { readonly contract: Subscription['contract']; readonly catalog: Catalog; readonly order: object; readonly zone: string; readonly context: Context } | null = null;

/** The context of a subscription's current state. */
export function contextOf(sub: Subscription): Context {
  const contract = sub.contract;
  const last = lastContext;
  if (last !== null && last.contract === contract && last.catalog === sub.catalog && last.order === sub.order && last.zone === sub.timeZone) return last.context;
  for (let i = 0; i < CONTEXT_RING; i += 1) {
    if (contextKeys[i] === contract) {
      const known = contextValues[i];
      if (known !== null && known !== undefined && known.catalog === sub.catalog && known.order === sub.order && known.zone === sub.timeZone) {
        lastContext = { contract, ...known };
        return known.context;
      }
    }
  }
  const first = contract.versions[0] as ContractVersion;
  let context: Context;
  if (last !== null && last.catalog === sub.catalog && last.order === sub.order && last.zone === sub.timeZone && sameTerms(last.contract, contract)) {
    // An upgrade or a downgrade of the contract read last: its context with the new versions.
    const known = last.context;
    context = { index: known.index, entry: known.entry, facts: factsOf(contract), addOns: known.addOns, options: known.options };
  } else {
    const index = catalogIndexOf(sub.catalog, 'subscription.catalog');
    const entry = index.plans.get(first.planId);
    if (entry === undefined) fail('UNKNOWN_ID', 'subscription.contract.versions.0.planId', first.planId);
    const facts = factsOf(contract);
    const holidays = holidaysOf(sub.order);
    const inAdvance = contract.billing === 'inAdvance';
    const tariff = entry.plan.optionTariff;
    context = {
      index,
      entry,
      facts,
      addOns: { billing: facts.billing, endDay: facts.endDay, inAdvance, items: entry.addOns, holidays },
      options: tariff === null ? null : {
        tariff,
        items: entry.options,
        planCycle: entry.plan.billingCycle,
        contractStart: contract.start,
        termMonths: contract.termMonths,
        billing: facts.billing,
        endDay: facts.endDay,
        inAdvance,
        zone: sub.timeZone,
        holidays,
      },
    };
  }
  contextKeys[contextNext] = contract;
  contextValues[contextNext] = { catalog: sub.catalog, order: sub.order, zone: sub.timeZone, context };
  lastContext = { contract, catalog: sub.catalog, order: sub.order, zone: sub.timeZone, context };
  contextNext = (contextNext + 1) % CONTEXT_RING;
  return context;
}

/** Whether two contracts differ at most in their versions after the first: what the context reads is the same. */
function sameTerms(a: Subscription['contract'], b: Subscription['contract']): boolean {
  return a.start === b.start && a.termMonths === b.termMonths && a.billingCycle === b.billingCycle && a.billing === b.billing && a.end === b.end
    && (a.versions[0] as ContractVersion).planId === (b.versions[0] as ContractVersion).planId;
}

/* ------------------------------------------------------------------ */
/* Invoice days                                                        */
/* ------------------------------------------------------------------ */

/**
 * The invoice day after `day` (or the first, for `day` null): in advance each
 * billing period's first day from the start; in arrears the day after each
 * period. The contract's end is an invoice day too (a final invoice, issued
 * only when it has lines). Null after the end.
 */
export function invoiceDayAfter(facts: ContractFacts, inAdvance: boolean, day: number | null): number | null {
  const end = facts.endDay;
  let next: number;
  if (day === null) {
    next = inAdvance ? facts.startDay : startOfIndex(facts.billing, indexContaining(facts.billing, facts.startDay) + 1);
  } else {
    if (end !== null && day >= end) return null;
    next = startOfIndex(facts.billing, indexContaining(facts.billing, day) + 1);
  }
  return end !== null && next > end ? end : next;
}

/* ------------------------------------------------------------------ */
/* Closing an invoice day                                              */
/* ------------------------------------------------------------------ */

/**
 * What a booking has been charged so far (R16, R26): the lines of `ref` on the
 * invoices issued on or after `fromIso`, with the corrections waiting for the
 * next invoice, netted: a withdrawal reverses exactly these.
 */
export function invoicedLinesOf(sub: Subscription, ref: string, fromIso: string): Line[] {
  const found: Line[] = [];
  const invoices = sub.invoices;
  let first = invoices.length;
  while (first > 0 && (invoices[first - 1] as Invoice).issuedOn >= fromIso) first -= 1;
  for (let i = first; i < invoices.length; i += 1) {
    for (const line of (invoices[i] as Invoice).lines) if (line.ref === ref) found.push(line);
  }
  let corrected = false;
  for (const line of sub.pending) {
    if (line.ref === ref && line.correction !== null) {
      found.push(line);
      corrected = true;
    }
  }
  return corrected || found.some((line) => line.correction !== null) ? netLines(found) : found;
}

/**
 * What the last {@link closeDay} left besides its invoice: the option bookings
 * moved on and the next invoice day (null after the end). One record, written
 * by every close and read at once by its caller: no result object per invoice.
 */
export const lastClose: { options: readonly OptionBooking[]; nextDay: number | null } = { options: [], nextDay: null };

/**
 * Issues the invoice of day `day` (R6, R14, R26): the contract's and the
 * add-ons' regular lines of the billing period it covers (the one starting on
 * `day` in advance, the one ending before it in arrears), the option periods
 * due, and every pending line. A final invoice without lines is not issued.
 */
export function closeDay(sub: Subscription, context: Context, options: readonly OptionBooking[], pending: readonly Line[], day: number): Invoice | null {
  const facts = context.facts;
  const inAdvance = context.addOns.inAdvance;
  const lines: Line[] = [];
  let period = null;
  const end = facts.endDay;
  const basis = sub.order.basis;
  let nextDay: number | null;
  if (inAdvance) {
    if (end === null || day < end) {
      const index = indexContaining(facts.billing, day);
      const periodStart = startOfIndex(facts.billing, index);
      const periodEnd = startOfIndex(facts.billing, index + 1);
      const to = end !== null && end < periodEnd ? end : periodEnd;
      // The next invoice day: the next period's start, or the end (see invoiceDayAfter).
      nextDay = to;
      period = periodOf(day, to);
      appendContractLines(facts, day, to, basis, lines, periodStart, periodEnd);
      if (sub.addOns.length > 0) appendAddOnLines(context.addOns, sub.addOns, periodStart, periodEnd, day, to, lines);
    } else {
      nextDay = null;
    }
  } else if (end !== null && day > end) {
    // After the final invoice day (corrections found later, R26): nothing regular is due any more.
    nextDay = null;
  } else {
    nextDay = invoiceDayAfter(facts, inAdvance, day);
    const index = indexContaining(facts.billing, day - 1);
    const periodStart = startOfIndex(facts.billing, index);
    const periodEnd = startOfIndex(facts.billing, index + 1);
    const from = periodStart > facts.startDay ? periodStart : facts.startDay;
    period = periodOf(from, day);
    appendContractLines(facts, from, day, basis, lines, periodStart, periodEnd);
    if (sub.addOns.length > 0) appendAddOnLines(context.addOns, sub.addOns, periodStart, periodEnd, from, day, lines);
  }
  let billed = options;
  if (context.options !== null && options.length > 0) billed = billOptions(context.options, options, day, lines);
  for (let i = 0; i < pending.length; i += 1) lines.push(pending[i] as Line);
  lastClose.options = billed;
  lastClose.nextDay = nextDay;
  return lines.length === 0 && end !== null && day >= end ? null : invoiceOf(lines, sub.customer, isoOf(day), period, 'EUR');
}

/* ------------------------------------------------------------------ */
/* Deciding one event                                                  */
/* ------------------------------------------------------------------ */

/** What the decision of an event gives: the state it leaves, the lines for the next invoice, the day it takes effect. */
export interface Decision {
  readonly ok: true;
  readonly contract: Subscription['contract'];
  readonly addOns: Subscription['addOns'];
  readonly options: Subscription['options'];
  readonly pending: Subscription['pending'];
  readonly nextInvoiceOn: Subscription['nextInvoiceOn'];
  readonly lines: readonly Line[];
  readonly effectiveDay: number;
  readonly bookingId: string | null;
}

/** Whether a booking of either kind has this id. */
function idTaken(sub: Subscription, id: string): boolean {
  const addOns = sub.addOns;
  for (let i = 0; i < addOns.length; i += 1) if ((addOns[i] as AddOnBooking).id === id) return true;
  const options = sub.options;
  for (let i = 0; i < options.length; i += 1) if ((options[i] as OptionBooking).id === id) return true;
  return false;
}

/** A booking id: the event's (unique among both kinds of booking) or the next free `"<prefix>#<n>"`. */
function newBookingId(sub: Subscription, prefix: string, given: unknown, field: string): string {
  if (given !== undefined) {
    if (idTaken(sub, given as string)) fail('DUPLICATE_ID', field, given);
    return given as string;
  }
  let n = sub.addOns.length + sub.options.length + 1;
  let id = numberedId(prefix, n);
  while (idTaken(sub, id)) {
    n += 1;
    id = numberedId(prefix, n);
  }
  return id;
}

function noOptions(field: string): never {
  return fail('UNKNOWN_ID', field, undefined, { reason: 'the plan has no mobile options' });
}

/**
 * Decides a checked event against the state as it stands on its day (R2–R5,
 * R8–R16): the new state, the lines for the next invoice, the day it takes
 * effect. Errors name `field`.
 */
export function decide(sub: Subscription, context: Context, checked: CheckedEvent, field: string): Decision | Refusal {
  const event = checked.event;
  const day = checked.day;
  switch (event.type) {
    case 'upgrade':
    case 'downgrade':
    case 'cancel':
    case 'terminateEarly': {
      const change: ContractChange = event.type === 'cancel'
        ? { type: 'cancel' }
        : event.type === 'terminateEarly'
          ? { type: 'terminateEarly', ground: event.ground ?? 'other' }
          : { type: event.type, planId: event.planId, configuration: event.configuration };
      const decision = decideContract(context.index, sub.contract, change, day, sub.order.basis, field);
      if (!decision.ok) return decision;
      const pending = decision.lines.length > 0 ? joined(sub.pending, decision.lines) : sub.pending;
      const end = decision.contract.end;
      // A contract that now ends earlier is invoiced on its end day at the latest.
      const nextInvoiceOn = end !== null && sub.nextInvoiceOn !== null && sub.nextInvoiceOn > end ? end : sub.nextInvoiceOn;
      return {
        ok: true, contract: decision.contract, addOns: sub.addOns, options: sub.options, pending, nextInvoiceOn,
        lines: decision.lines, effectiveDay: decision.effectiveDay, bookingId: null,
      };
    }
    case 'withdraw':
      return withdrawContract(sub, context, day);
    case 'bookAddOn': {
      const item = addOnItem(context.addOns, event.addOnId, `${field}.addOnId`);
      const id = newBookingId(sub, item.id, event.bookingId, `${field}.bookingId`);
      return fromAddOns(sub, bookAddOn(context.addOns, sub.addOns, item, event.quantity, day, id, event));
    }
    case 'changeAddOnQuantity': {
      const i = bookingIndex(sub.addOns, event.bookingId, `${field}.bookingId`);
      return fromAddOns(sub, changeQuantity(context.addOns, sub.addOns, i, event.quantity, day, `${field}.bookingId`));
    }
    case 'cancelAddOn': {
      const i = bookingIndex(sub.addOns, event.bookingId, `${field}.bookingId`);
      return fromAddOns(sub, cancelAddOn(context.addOns, sub.addOns, i, day, `${field}.bookingId`));
    }
    case 'withdrawAddOn': {
      const i = bookingIndex(sub.addOns, event.bookingId, `${field}.bookingId`);
      const booking = sub.addOns[i] as AddOnBooking;
      const invoiced = invoicedLinesOf(sub, booking.id, booking.bookedOn);
      const drafts = booking.earlyStart === true ? sub.pending.filter((line) => line.ref === booking.id && line.correction === null) : [];
      return fromAddOns(sub, withdrawAddOn(context.addOns, sub.addOns, i, day, invoiced, `${field}.bookingId`, drafts));
    }
    case 'bookOption': {
      const options = context.options ?? noOptions(`${field}.optionId`);
      const item = optionItem(options, event.optionId, `${field}.optionId`);
      const id = newBookingId(sub, item.id, event.bookingId, `${field}.bookingId`);
      const decision = bookOption(options, sub.options, item, event.quantity ?? 1, checked.ns as bigint, checked.activatedNs, id, field, event);
      return fromOptions(sub, decision);
    }
    case 'cancelOption': {
      const options = context.options ?? noOptions(`${field}.bookingId`);
      const i = optionIndex(sub.options, event.bookingId, `${field}.bookingId`);
      return fromOptions(sub, cancelOption(options, sub.options, i, checked.ns as bigint, field));
    }
    case 'switchOption': {
      const options = context.options ?? noOptions(`${field}.bookingId`);
      const i = optionIndex(sub.options, event.bookingId, `${field}.bookingId`);
      const target = optionItem(options, event.toOptionId, `${field}.toOptionId`);
      const id = newBookingId(sub, target.id, event.newBookingId, `${field}.newBookingId`);
      return fromOptions(sub, switchOption(options, sub.options, i, target, event.quantity ?? 1, checked.ns as bigint, id, field, event));
    }
    case 'withdrawOption': {
      const options = context.options ?? noOptions(`${field}.bookingId`);
      const i = optionIndex(sub.options, event.bookingId, `${field}.bookingId`);
      const booking = sub.options[i] as OptionBooking;
      const invoiced = invoicedLinesOf(sub, booking.id, booking.bookedOn);
      return fromOptions(sub, withdrawOption(options, sub.options, i, day, invoiced, field));
    }
    case 'charge': {
      const credit = event.credit === true;
      const reason: LineReason = event.reason ?? (credit ? 'credit' : 'oneOff');
      const period = periodOf(day, day + 1);
      const line = shareLine(reason, event.item, event.quantity ?? 1, event.ref ?? null, period, period, 1, 1, 'full', 1, 1, credit);
      const pending = joined(sub.pending, [line]);
      return {
        ok: true, contract: sub.contract, addOns: sub.addOns, options: sub.options, pending, nextInvoiceOn: sub.nextInvoiceOn,
        lines: [line], effectiveDay: day, bookingId: null,
      };
    }
  }
}

/** A new list of the lines of `a`, then those of `b` (a loop: `concat` takes a slow generic path). */
function joined(a: readonly Line[], b: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < a.length; i += 1) out.push(a[i] as Line);
  for (let i = 0; i < b.length; i += 1) out.push(b[i] as Line);
  return out;
}

/** The pending lines without the drafts of a booking (its corrections stay). */
function withoutDrafts(pending: readonly Line[], ref: string): Line[] {
  const kept: Line[] = [];
  for (let i = 0; i < pending.length; i += 1) {
    const line = pending[i] as Line;
    if (line.ref !== ref || line.correction !== null) kept.push(line);
  }
  return kept;
}

function fromAddOns(sub: Subscription, decision: ReturnType<typeof bookAddOn> | Refusal): Decision | Refusal {
  if (!decision.ok) return decision;
  let pending = sub.pending;
  // A withdrawal takes the booking's drafts off; its corrections stay, and its credits reverse them.
  if (decision.dropRef !== null) pending = withoutDrafts(pending, decision.dropRef);
  if (decision.lines.length > 0) pending = joined(pending, decision.lines);
  return {
    ok: true,
    contract: sub.contract,
    addOns: decision.bookings,
    options: sub.options,
    pending,
    nextInvoiceOn: sub.nextInvoiceOn,
    lines: decision.lines,
    effectiveDay: decision.effectiveDay,
    bookingId: decision.bookingId,
  };
}

function fromOptions(sub: Subscription, decision: ReturnType<typeof cancelOption>): Decision | Refusal {
  if (!decision.ok) return decision;
  const pending = decision.lines.length > 0 ? joined(sub.pending, decision.lines) : sub.pending;
  return {
    ok: true,
    contract: sub.contract,
    addOns: sub.addOns,
    options: decision.bookings,
    pending,
    nextInvoiceOn: sub.nextInvoiceOn,
    lines: decision.lines,
    effectiveDay: decision.effectiveDay,
    bookingId: decision.bookingId,
  };
}

/* ------------------------------------------------------------------ */
/* Notices                                                             */
/* ------------------------------------------------------------------ */

/**
 * Appends the notices with a day in `(fromDay, toDay]` (R15, R26), in date order:
 * renewals, notice deadlines, downgrades in force, the contract's end, add-on
 * quantities that changed and add-ons that ended, options that were activated,
 * renewed or ended.
 */
export function noticesBetween(sub: Subscription, context: Context, fromDay: number, toDay: number, out: SubscriptionNotice[]): void {
  // Notices go straight to `out`; the ones added are put in date order at the end (ISO days sort as text).
  const notices = out;
  const first = out.length;
  const facts = context.facts;
  const contract = sub.contract;
  const end = facts.endDay;
  const shape = facts.shape;
  // Terms: renewals and the last day to cancel each term.
  // An open-ended contract past its first term renews quietly, with no deadline to tell.
  let terms = shape.renewalMonths > 0 && (end === null || end > fromDay) && !(shape.openEnded && fromDay >= firstTermEnd(shape));
  if (terms && fromDay >= facts.startDay) {
    // Most calls move within one term: nothing to tell unless the range reaches its end or its deadline.
    const term = termInfo(facts, fromDay);
    if (toDay < term.fullEndDay) {
      const deadline = noticeDeadlineAt(contract, facts, term);
      if (deadline === null || deadline <= fromDay || deadline > toDay || deadline < term.startDay) terms = false;
    }
  }
  if (terms) {
    let index = fromDay < facts.startDay ? 0 : termInfo(facts, fromDay).index;
    for (;; index += 1) {
      const start = termStart(shape, index);
      if (start > toDay || (end !== null && start >= end)) break;
      const nextStart = termStart(shape, index + 1);
      if (index > 0 && !shape.openEnded && (start > fromDay && start <= toDay)) {
        notices.push({ type: 'termRenewed', on: isoOf(start), term: periodOf(start, end !== null && end < nextStart ? end : nextStart) });
      }
      const deadline = noticeDeadlineAt(contract, facts, { index, startDay: start, fullEndDay: nextStart, endDay: nextStart });
      if (deadline !== null && deadline >= start && (deadline > fromDay && deadline <= toDay)) {
        notices.push({ type: 'cancellationDeadline', on: isoOf(deadline), termEnd: isoOf(nextStart) });
      }
      if (shape.openEnded && start >= firstTermEnd(shape)) break;
    }
  }
  const versions = contract.versions;
  for (let i = 1; i < versions.length; i += 1) {
    const version = versions[i] as ContractVersion;
    const day = facts.fromDays[i] as number;
    if (version.cause === 'downgrade' && (day > fromDay && day <= toDay)) {
      notices.push({ type: 'downgradeInForce', on: version.from, planId: version.planId, name: version.item.name });
    }
  }
  if (end !== null && (end > fromDay && end <= toDay)) {
    notices.push({ type: 'contractEnded', on: isoOf(end) });
  }
  const addOns = sub.addOns;
  for (let b = 0; b < addOns.length; b += 1) {
    const booking = addOns[b] as AddOnBooking;
    // A booking running on at one quantity has nothing to tell.
    if (booking.ending === null && booking.quantities.length === 1) continue;
    const endDay = addOnEndDay(booking);
    if (endDay <= fromDay) continue;
    const quantities = booking.quantities;
    for (let i = 1; i < quantities.length; i += 1) {
      const entry = quantities[i] as AddOnQuantity;
      const day = dayOfIso(entry.from);
      if (day < endDay && (day > fromDay && day <= toDay) && entry.quantity < (quantities[i - 1] as AddOnQuantity).quantity) {
        notices.push({ type: 'addOnQuantityChanged', on: entry.from, bookingId: booking.id, quantity: entry.quantity });
      }
    }
    if (booking.ending !== null && booking.ending.kind === 'cancelled') {
      const stop = end !== null && end < endDay ? end : endDay;
      if ((stop > fromDay && stop <= toDay)) {
        notices.push({ type: 'addOnEnded', on: isoOf(stop), bookingId: booking.id, name: context.addOns.items.get(booking.addOnId)?.name ?? booking.addOnId });
      }
    }
  }
  const options = context.options;
  if (options !== null) {
    const bookings = sub.options;
    for (let b = 0; b < bookings.length; b += 1) {
      const booking = bookings[b] as OptionBooking;
      const ending = booking.ending;
      if (ending !== null && (ending.kind === 'withdrawn' || ending.kind === 'dropped')) continue;
      let stop = optionEndDay(booking) ?? Number.POSITIVE_INFINITY;
      if (end !== null && end < stop) stop = end;
      if (stop <= fromDay) continue;
      const name = options.items.get(booking.optionId)?.name ?? booking.optionId;
      const activeFrom = dayOfIso(booking.activeFrom);
      if (activeFrom > dayOfIso(booking.bookedOn) && (activeFrom > fromDay && activeFrom <= toDay)) {
        notices.push({ type: 'optionActivated', on: booking.activeFrom, bookingId: booking.id, name });
      }
      const core = coreOf(booking.cycle);
      let index = indexContaining(core, fromDay > activeFrom ? fromDay : activeFrom) + 1;
      for (let start = startOfIndex(core, index); start <= toDay && start < stop; start = startOfIndex(core, index)) {
        if (start > activeFrom && (start > fromDay && start <= toDay)) {
          const periodEnd = startOfIndex(core, index + 1);
          notices.push({ type: 'optionRenewed', on: isoOf(start), bookingId: booking.id, name, period: periodOf(start, periodEnd < stop ? periodEnd : stop) });
        }
        index += 1;
      }
      if (stop !== Number.POSITIVE_INFINITY && (stop > fromDay && stop <= toDay)) {
        notices.push({ type: 'optionEnded', on: isoOf(stop), bookingId: booking.id, name });
      }
    }
  }
  // Insertion sort of the few notices added, stable: notices of one day keep the order they were found in.
  for (let i = first + 1; i < out.length; i += 1) {
    const notice = out[i] as SubscriptionNotice;
    let j = i;
    while (j > first && (out[j - 1] as SubscriptionNotice).on > notice.on) {
      out[j] = out[j - 1] as SubscriptionNotice;
      j -= 1;
    }
    out[j] = notice;
  }
}
