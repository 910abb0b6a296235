/**
 * The readers of stored values: each checks a record field by field, with the
 * checks the library's own functions use, and rebuilds it as tarifkit writes
 * it. {@link revive} compares the rebuilt value with the stored one, so a
 * field that is unknown, inconsistent or out of its place is found.
 *
 * @internal
 * @module
 */
import { accountOf as bookingAccountOf } from '../booking/account.js';
import type { BookingAccount } from '../booking/types.js';
import { dayOf, dayOfIso, isoOf, periodOf, rangeOf } from '../calendar/days.js';
import { cycleFromSpec } from '../calendar/createCycle.js';
import type { Period } from '../calendar/types.js';
import { cartOf } from '../cart/checks.js';
import type { Cart } from '../cart/types.js';
import { catalogFromData } from '../catalog/createCatalog.js';
import type { Catalog, Configuration } from '../catalog/types.js';
import { billingCycle, notice, renewal } from '../catalog/validatePlan.js';
import type { AddOnBooking, AddOnEnding, AddOnQuantity } from '../addons/types.js';
import { checkContract } from '../contract/check.js';
import type { Contract, ContractVersion } from '../contract/types.js';
import { fail, isRecord } from '../errors/fail.js';
import { customerOf } from '../invoice/createInvoice.js';
import { trustLine } from '../invoice/checkLine.js';
import { invoiceOf } from '../invoice/totals.js';
import type { Invoice } from '../invoice/types.js';
import { checkItem } from '../items/checkItem.js';
import { isLineReason } from '../lines/chargeLine.js';
import type { Line, LineBasis, LineCorrection, LineReason } from '../lines/types.js';
import { assertCurrency, MAX_CENTS, moneyFromCents, quantityOf, roundHalfUp } from '../money/cents.js';
import type { Currency, Fraction, Money } from '../money/types.js';
import type { OptionBooking, OptionEnding } from '../options/types.js';
import { accountOf as prepaidAccountOf } from '../prepaid/account.js';
import type { PrepaidAccount } from '../prepaid/types.js';
import { epochNsOf, isoFromEpochNs, timeZoneOf } from '../rules/zone.js';
import { nextInvoiceAfter, replayCore } from '../subscription/applyCore.js';
import { checkEvent } from '../subscription/check.js';
import { subscriptionOf } from '../subscription/subscriptionOf.js';
import { STATES } from '../holidays/calendar.js';
import type { HolidayRegion } from '../holidays/types.js';
import { trusted } from '../subscription/trusted.js';
import { firstDifference } from './difference.js';
import type { InitialAddOn, Subscription, SubscriptionEvent, SubscriptionOrder } from '../subscription/types.js';
import type { StoredKind } from './types.js';

type Data = Readonly<Record<string, unknown>>;

/** The record at `path`, or INVALID_JSON. */
function record(value: unknown, path: string): Data {
  if (!isRecord(value)) fail('INVALID_JSON', path, value, { reason: 'expected an object' });
  return value;
}

/** The list at `path`, each entry read by `read` at `path.<i>`. */
function list<T>(value: unknown, path: string, read: (entry: unknown, path: string) => T, max = 1_000_000): T[] {
  if (!Array.isArray(value) || value.length > max) fail('INVALID_JSON', path, value, { reason: 'expected a list' });
  const out: T[] = [];
  for (let i = 0; i < value.length; i += 1) out.push(read(value[i], `${path}.${i}`));
  return out;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000) fail('INVALID_JSON', path, value, { reason: 'expected a non-empty string' });
  return value;
}

function whole(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) fail('INVALID_JSON', path, value, { min, max });
  return value + 0;
}

function flag(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail('INVALID_JSON', path, value, { reason: 'expected true or false' });
  return value;
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) fail('INVALID_JSON', path, value, { allowed });
  return value as T;
}

function day(value: unknown, path: string): string {
  return isoOf(dayOf(value, path));
}

function dayOrNull(value: unknown, path: string): string | null {
  return value === null ? null : day(value, path);
}

function instant(value: unknown, path: string): string {
  if (typeof value !== 'string') fail('INVALID_JSON', path, value, { reason: 'expected an ISO instant' });
  return isoFromEpochNs(epochNsOf(value, path));
}

function period(value: unknown, path: string): Period {
  const [start, end] = rangeOf(value, path);
  return periodOf(start, end);
}

/** Checks the header of a record read at `path`: version 1 and the kind expected. */
export function checkHeader(data: Data, kind: StoredKind, path: string): void {
  if (data.tarifkit !== 1) fail('INVALID_JSON', `${path}.tarifkit`, data.tarifkit, { expected: 1 });
  if (data.kind !== kind) fail('INVALID_JSON', `${path}.kind`, data.kind, { expected: kind });
}

/** A Money from dinero.js's snapshot `{ amount, currency: { code, base, exponent }, scale }`. */
export function moneyFromSnapshot(value: unknown, path: string): Money {
  const data = record(value, path);
  const currency: Currency = assertCurrency(data.currency, `${path}.currency`);
  const cents = whole(data.amount, `${path}.amount`, -MAX_CENTS, MAX_CENTS);
  if (data.scale !== currency.exponent) fail('INVALID_JSON', `${path}.scale`, data.scale, { expected: currency.exponent });
  const c = data.currency as Data;
  return moneyFromCents(cents, { code: c.code as string, base: 10, exponent: c.exponent as number });
}

function fraction(value: unknown, path: string, positive: boolean): Fraction {
  const data = record(value, path);
  const numerator = whole(data.numerator, `${path}.numerator`, positive ? 0 : -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const denominator = whole(data.denominator, `${path}.denominator`, 1, Number.MAX_SAFE_INTEGER);
  return { numerator, denominator };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** A line: its fields as {@link checkLine} reads them, and its amounts as the line builder computes them. */
export function readLine(value: unknown, path: string): Line {
  const data = record(value, path);
  checkHeader(data, 'line', path);
  if (!isLineReason(data.reason)) fail('INVALID_JSON', `${path}.reason`, data.reason);
  const reason: LineReason = data.reason;
  const correction = data.correction === null ? null : oneOf<LineCorrection>(data.correction, `${path}.correction`, ['late', 'reversal']);
  const item = checkItem(data.item, `${path}.item`);
  const quantity = quantityOf(data.quantity, `${path}.quantity`);
  const ref = data.ref === null ? null : text(data.ref, `${path}.ref`);
  const range = data.range === null ? null : period(data.range, `${path}.range`);
  const whole_ = data.period === null ? null : period(data.period, `${path}.period`);
  if ((range === null) !== (whole_ === null)) fail('INVALID_JSON', `${path}.range`, data.range, { reason: 'a range needs a period, and a period a range' });
  let days = 0;
  let periodDays = 0;
  if (range !== null && whole_ !== null) {
    const [rs, re] = rangeOf(range, `${path}.range`);
    const [ps, pe] = rangeOf(whole_, `${path}.period`);
    if (rs < ps || re > pe) fail('INVALID_JSON', `${path}.range`, data.range, { reason: 'outside the period' });
    days = re - rs;
    periodDays = pe - ps;
  }
  const basis = oneOf<LineBasis>(data.basis, `${path}.basis`, ['day', 'month', 'full']);
  const share = fraction(data.fraction, `${path}.fraction`, true);
  const exact = fraction(data.exact, `${path}.exact`, false);
  const cents = whole(data.cents, `${path}.cents`, -MAX_CENTS, MAX_CENTS);
  if (data.rounding !== 'halfUp') fail('INVALID_JSON', `${path}.rounding`, data.rounding, { expected: 'halfUp' });
  // The share and the exact amount are in lowest terms, the exact amount is unit price × quantity × share,
  // and the cents are the exact amount rounded once, half up (R22).
  const [sn, sd, en, ed] = [BigInt(share.numerator), BigInt(share.denominator), BigInt(exact.numerator), BigInt(exact.denominator)];
  if (gcd(sn, sd) !== 1n && sn !== 0n) fail('INVALID_JSON', `${path}.fraction`, data.fraction, { reason: 'not in lowest terms' });
  if (gcd(en, ed) !== 1n && en !== 0n) fail('INVALID_JSON', `${path}.exact`, data.exact, { reason: 'not in lowest terms' });
  const unit = BigInt(item.unitCents) * BigInt(quantity) * sn;
  if (en * sd !== unit * ed && en * sd !== -unit * ed) fail('INVALID_JSON', `${path}.exact`, data.exact, { reason: 'not unitCents × quantity × fraction' });
  if (cents !== roundHalfUp(exact.numerator, exact.denominator)) fail('INVALID_JSON', `${path}.cents`, cents, { reason: 'not the exact amount rounded half up' });
  return trustLine({
    tarifkit: 1, kind: 'line', reason, correction, item, quantity, ref, range, period: whole_, days, periodDays, basis,
    fraction: share, exact, cents, rounding: 'halfUp',
  });
}

/** An invoice: its lines read, its totals computed again. */
export function readInvoice(value: unknown, path: string): Invoice {
  const data = record(value, path);
  checkHeader(data, 'invoice', path);
  const customer = customerOf(data.customer, `${path}.customer`);
  const issuedOn = day(data.issuedOn, `${path}.issuedOn`);
  const invoicePeriod = data.period === null ? null : period(data.period, `${path}.period`);
  const lines = list(data.lines, `${path}.lines`, readLine, 100_000);
  let sum = 0;
  for (const line of lines) sum += Math.abs(line.cents);
  if (!(sum <= MAX_CENTS)) fail('INVALID_JSON', `${path}.lines`, sum, { reason: 'the invoice total is too large' });
  const currency = text(data.currency, `${path}.currency`);
  lines.forEach((line, i) => {
    if ((line.item.currency ?? 'EUR') !== currency) fail('INVALID_JSON', `${path}.lines.${i}.item.currency`, line.item.currency, { expected: currency });
  });
  return invoiceOf(lines, customer, issuedOn, invoicePeriod, currency);
}

/** A catalog: read as {@link createCatalog} reads its data. */
export function readCatalog(value: unknown, path: string): Catalog {
  checkHeader(record(value, path), 'catalog', path);
  return catalogFromData(value, path);
}

function configuration(value: unknown, path: string): Configuration {
  const data = record(value, path);
  const out: Record<string, number> = {};
  for (const key of Object.keys(data)) out[key] = whole(data[key], `${path}.${key}`, 0, 1_000_000);
  return out;
}

/**
 * A contract: checked as the contract functions check one from outside, then
 * rebuilt part by part as tarifkit writes it (the terms read as a catalog reads
 * them), so an unknown field anywhere shows in the comparison.
 */
export function readContract(value: unknown, path: string): Contract {
  checkHeader(record(value, path), 'contract', path);
  const c = checkContract(value, path);
  return {
    tarifkit: 1,
    kind: 'contract',
    start: c.start,
    termMonths: c.termMonths,
    renewal: renewal(c.renewal, `${path}.renewal`),
    notice: notice(c.notice, `${path}.notice`),
    customer: c.customer,
    // Telecom contracts only (R32): written when true, so older contracts read back unchanged.
    ...(c.telecom === true ? { telecom: true } : {}),
    ...(c.smallBusiness === true ? { smallBusiness: true } : {}),
    billingCycle: billingCycle(c.billingCycle, `${path}.billingCycle`),
    billing: c.billing,
    pricePer: c.pricePer,
    versions: c.versions.map((v, i): ContractVersion => ({
      from: v.from, planId: v.planId, configuration: { ...v.configuration }, item: checkItem(v.item, `${path}.versions.${i}.item`), cause: v.cause,
    })),
    cancellation: c.cancellation === null ? null : {
      receivedOn: c.cancellation.receivedOn,
      onTime: c.cancellation.onTime,
      noticeDeadline: c.cancellation.noticeDeadline,
      effectiveOn: c.cancellation.effectiveOn,
      lastDay: c.cancellation.lastDay,
    },
    end: c.end,
  };
}

function addOnQuantityOf(value: unknown, path: string): AddOnQuantity {
  const data = record(value, path);
  return { from: day(data.from, `${path}.from`), quantity: quantityOf(data.quantity, `${path}.quantity`) };
}

function addOnEndingOf(value: unknown, path: string): AddOnEnding {
  const data = record(value, path);
  const kind = oneOf(data.kind, `${path}.kind`, ['cancelled', 'withdrawn'] as const);
  return kind === 'cancelled'
    ? { kind, requestedOn: day(data.requestedOn, `${path}.requestedOn`), effectiveOn: day(data.effectiveOn, `${path}.effectiveOn`) }
    : { kind, on: day(data.on, `${path}.on`) };
}

/**
 * A booking's withdrawal flags (R31), added as its last fields when stored: `instructed` only as
 * false, `earlyStart` only as true. Values stored before they existed have neither.
 */
function withBookingFlags<T extends { instructed?: boolean; earlyStart?: boolean }>(booking: T, data: Data, path: string): T {
  for (const [key, only] of [['instructed', false], ['earlyStart', true]] as const) {
    if (data[key] === undefined) continue;
    if (data[key] !== only) fail('INVALID_JSON', `${path}.${key}`, data[key], { expected: only });
    booking[key] = only as never;
  }
  return booking;
}

function addOnBookingOf(value: unknown, path: string): AddOnBooking {
  const data = record(value, path);
  return withBookingFlags<{ -readonly [K in keyof AddOnBooking]: AddOnBooking[K] }>({
    id: text(data.id, `${path}.id`),
    addOnId: text(data.addOnId, `${path}.addOnId`),
    bookedOn: day(data.bookedOn, `${path}.bookedOn`),
    quantities: list(data.quantities, `${path}.quantities`, addOnQuantityOf, 100_000),
    ending: data.ending === null ? null : addOnEndingOf(data.ending, `${path}.ending`),
  }, data, path);
}

function optionEndingOf(value: unknown, path: string): OptionEnding {
  const data = record(value, path);
  const kind = oneOf(data.kind, `${path}.kind`, ['cancelled', 'switched', 'withdrawn', 'dropped'] as const);
  if (kind === 'withdrawn') return { kind, on: day(data.on, `${path}.on`) };
  const requestedAt = instant(data.requestedAt, `${path}.requestedAt`);
  if (kind === 'dropped') return { kind, requestedAt };
  const effectiveOn = day(data.effectiveOn, `${path}.effectiveOn`);
  const onTime = flag(data.onTime, `${path}.onTime`);
  return kind === 'cancelled'
    ? { kind, requestedAt, effectiveOn, onTime }
    : { kind, requestedAt, effectiveOn, onTime, toBookingId: text(data.toBookingId, `${path}.toBookingId`) };
}

function optionBookingOf(value: unknown, path: string): OptionBooking {
  const data = record(value, path);
  return withBookingFlags<{ -readonly [K in keyof OptionBooking]: OptionBooking[K] }>({
    id: text(data.id, `${path}.id`),
    optionId: text(data.optionId, `${path}.optionId`),
    quantity: quantityOf(data.quantity, `${path}.quantity`),
    bookedAt: instant(data.bookedAt, `${path}.bookedAt`),
    bookedOn: day(data.bookedOn, `${path}.bookedOn`),
    activeFrom: day(data.activeFrom, `${path}.activeFrom`),
    cycle: cycleFromSpec(data.cycle, `${path}.cycle`),
    unbilledFrom: day(data.unbilledFrom, `${path}.unbilledFrom`),
    ending: data.ending === null ? null : optionEndingOf(data.ending, `${path}.ending`),
  }, data, path);
}

function initialAddOnOf(value: unknown, path: string): InitialAddOn {
  const data = record(value, path);
  return { addOnId: text(data.addOnId, `${path}.addOnId`), quantity: quantityOf(data.quantity, `${path}.quantity`) };
}

const REGIONS: readonly HolidayRegion[] = ['DE', ...STATES.map((state) => `DE-${state}` as const)];

/** A flag stored only with its one non-default value. */
function exactly<T extends boolean>(value: unknown, path: string, only: T): T {
  if (value !== only) fail('INVALID_JSON', path, value, { expected: only });
  return only;
}

function orderOf(value: unknown, path: string): SubscriptionOrder {
  const data = record(value, path);
  return {
    planId: text(data.planId, `${path}.planId`),
    start: day(data.start, `${path}.start`),
    configuration: configuration(data.configuration, `${path}.configuration`),
    addOns: list(data.addOns, `${path}.addOns`, initialAddOnOf, 1000),
    timeZone: timeZoneOf(data.timeZone, `${path}.timeZone`),
    holidays: list(data.holidays, `${path}.holidays`, day, 10_000),
    // Absent in an order stored before the built-in holidays: it keeps none (R30).
    ...(data.publicHolidays === undefined ? {} : { publicHolidays: oneOf(data.publicHolidays, `${path}.publicHolidays`, REGIONS) }),
    basis: oneOf(data.basis, `${path}.basis`, ['day', 'month'] as const),
    // The withdrawal facts, present only when they differ from the default (R31).
    ...(data.instructed === undefined ? {} : { instructed: exactly(data.instructed, `${path}.instructed`, false) }),
    ...(data.earlyStart === undefined ? {} : { earlyStart: exactly(data.earlyStart, `${path}.earlyStart`, true) }),
  };
}

/**
 * A subscription: every part read as its own kind, its events checked as
 * {@link applyEvent} checks them, and what its parts name found in its catalog.
 */
export function readSubscription(value: unknown, path: string): Subscription {
  const data = record(value, path);
  checkHeader(data, 'subscription', path);
  const catalog = readCatalog(data.catalog, `${path}.catalog`);
  const order = orderOf(data.order, `${path}.order`);
  const timeZone = timeZoneOf(data.timeZone, `${path}.timeZone`);
  if (timeZone !== order.timeZone) fail('INVALID_JSON', `${path}.timeZone`, data.timeZone, { expected: order.timeZone });
  const contract = readContract(data.contract, `${path}.contract`);
  const customer = customerOf(data.customer, `${path}.customer`);
  if (customer !== contract.customer) fail('INVALID_JSON', `${path}.customer`, customer, { expected: contract.customer });
  const planIds = catalog.plans.map((plan) => plan.id);
  contract.versions.forEach((version, i) => {
    if (!planIds.includes(version.planId)) fail('INVALID_JSON', `${path}.contract.versions.${i}.planId`, version.planId, { known: planIds });
  });
  const addOnIds = catalog.addOns.map((addOn) => addOn.id);
  const addOns = list(data.addOns, `${path}.addOns`, addOnBookingOf, 100_000);
  addOns.forEach((booking, i) => {
    if (!addOnIds.includes(booking.addOnId)) fail('INVALID_JSON', `${path}.addOns.${i}.addOnId`, booking.addOnId, { known: addOnIds });
  });
  const optionIds = catalog.plans.flatMap((plan) => (plan.optionTariff?.options ?? []).map((option) => option.id));
  const options = list(data.options, `${path}.options`, optionBookingOf, 100_000);
  options.forEach((booking, i) => {
    if (!optionIds.includes(booking.optionId)) fail('INVALID_JSON', `${path}.options.${i}.optionId`, booking.optionId, { known: optionIds });
  });
  const events: SubscriptionEvent[] = list(data.events, `${path}.events`, (entry, at) => checkEvent(entry, at, timeZone).event, 100_000);
  const id = data.id === null ? null : text(data.id, `${path}.id`);
  const nextInvoiceOn = dayOrNull(data.nextInvoiceOn, `${path}.nextInvoiceOn`);
  const advancedTo = dayOrNull(data.advancedTo, `${path}.advancedTo`);
  const invoices = list(data.invoices, `${path}.invoices`, readInvoice, 100_000);
  const pending = list(data.pending, `${path}.pending`, readLine, 100_000);
  followsFromLog(data, path, catalog, order, id, events, advancedTo, pending);
  return trusted({
    tarifkit: 1,
    kind: 'subscription',
    id,
    catalog,
    order,
    customer,
    timeZone,
    contract,
    addOns,
    options,
    events,
    invoices,
    pending,
    nextInvoiceOn,
    advancedTo,
  });
}

/**
 * The state a subscription holds (contract, bookings, the log as recorded, the
 * next invoice day) is what its order and log give when replayed to the day it
 * was advanced to: what {@link applyEvent} keeps true, backdated events included
 * (R26). The invoices and pending lines are not replayed: after a backdated
 * event they are what was issued plus corrections, not the replay's.
 */
function followsFromLog(
  data: Data, path: string, catalog: Catalog, order: SubscriptionOrder, id: string | null,
  events: readonly SubscriptionEvent[], advancedTo: string | null, pending: readonly Line[],
): void {
  const start = subscriptionOf(catalog, id === null ? order : { ...order, id }, true);
  const clock = advancedTo === null ? null : dayOfIso(advancedTo);
  const replayed = replayCore(start, events, clock, null);
  if (!('subscription' in replayed)) return fail('INVALID_JSON', `${path}.events`, undefined, { reason: 'the event log does not replay' });
  const refused = replayed.refusals[0];
  if (refused !== undefined) {
    fail('INVALID_JSON', `${path}.events.${refused.index}`, events[refused.index], { reason: `refused when the log is replayed: ${refused.refusal.reason}` });
  }
  const failure = differenceFrom(data, path, replayed.subscription, pending, advancedTo);
  if (failure === null) return;
  // A contract withdrawn on the day advanced to may have its final invoice still waiting for the next advance.
  if (replayed.dueAgain) {
    const waiting = replayCore(start, events, clock, null, null, null, 'event', false);
    if ('subscription' in waiting && differenceFrom(data, path, waiting.subscription, pending, advancedTo) === null) return;
  }
  fail('INVALID_JSON', failure.field, failure.value, failure.extra);
}

/** Where a stored subscription's state differs from the replay's, or null. */
function differenceFrom(
  data: Data, path: string, ideal: Subscription, pending: readonly Line[], advancedTo: string | null,
): { field: string; value: unknown; extra: Readonly<Record<string, unknown>> } | null {
  for (const key of ['contract', 'addOns', 'options', 'events'] as const) {
    const at = firstDifference(ideal[key], data[key], `${path}.${key}`);
    if (at !== null) return { field: at, value: undefined, extra: { reason: 'does not follow from the order and the event log' } };
  }
  const next = nextInvoiceAfter(ideal.nextInvoiceOn, pending, advancedTo);
  if (data.nextInvoiceOn !== next) return { field: `${path}.nextInvoiceOn`, value: data.nextInvoiceOn, extra: { expected: next } };
  return null;
}

/** A prepaid account, read as {@link advancePrepaid} reads one from outside. */
export function readPrepaidAccount(value: unknown, path: string): PrepaidAccount {
  checkHeader(record(value, path), 'prepaidAccount', path);
  return prepaidAccountOf(value, path).account;
}

/** A booking account, read as {@link advanceBookings} reads one from outside. */
export function readBookingAccount(value: unknown, path: string): BookingAccount {
  checkHeader(record(value, path), 'bookingAccount', path);
  return bookingAccountOf(value, path);
}

/** A cart, read as {@link priceCart} reads one from outside. */
export function readCart(value: unknown, path: string): Cart {
  checkHeader(record(value, path), 'cart', path);
  return cartOf(value, path);
}
