/**
 * Prepaid accounts at the boundary (R7, R17): the records tarifkit writes
 * (read-only plain data; the last few remembered by identity with what was
 * written into them and their days as integers, so they are trusted when they
 * come back) and the check of every other account: hand-made, JSON-revived,
 * cloned or written long ago.
 *
 * @internal
 * @module
 */
import { dayOf, isoOf, periodOf, rangeOf } from '../calendar/days.js';
import type { Period } from '../calendar/types.js';
import { fail, recordOf } from '../errors/fail.js';
import { checkItem, currencyCodeOf } from '../items/checkItem.js';
import { centsAmountOf, isCurrencyCode, MAX_CENTS } from '../money/cents.js';
import type {
  PrepaidAccount,
  PrepaidCycleDays,
  PrepaidItem,
  PrepaidItemKind,
  PrepaidLedgerEntry,
  PrepaidOffer,
} from './types.js';

/**
 * The facts of an item as integers, next to its record. While an operation
 * runs, an active item's renewals move only its slot (a new one each time);
 * its record is written once, when the operation ends.
 */
export interface Slot {
  readonly bookedDay: number;
  /** The current (or last) paid period `[startDay, endDay)`. */
  readonly startDay: number;
  readonly endDay: number;
  readonly periodsPaid: number;
  /** That period as a record. */
  readonly period: Period;
}

/**
 * An account as the engine reads it: what was written into the record (the
 * engine reads these, not the record's fields), and its days as integers,
 * kept beside the records tarifkit made so they are never parsed again. Never
 * changed once remembered. (The engine's working state of an operation
 * becomes the `Known` of the account it hands out.)
 */
export interface Known {
  readonly account: PrepaidAccount;
  readonly currency: string;
  readonly balanceCents: number;
  readonly topUpsCents: number;
  readonly chargesCents: number;
  readonly advancedTo: string;
  readonly items: readonly PrepaidItem[];
  readonly ledger: readonly PrepaidLedgerEntry[];
  /** The epoch day of `advancedTo`. */
  readonly advancedDay: number;
  /** The days of each item, index by index. */
  readonly slots: readonly Slot[];
  /** The epoch day of the last ledger entry; -Infinity for an empty ledger. */
  readonly lastEntryDay: number;
}

/**
 * The accounts handed out last, with what is known of them: a small ring
 * compared by identity. An account tarifkit wrote is read-only data, not
 * frozen (freezing every record cost more than the rest of the operation, and
 * a frozen array sends every for-of over it down V8's slow path); one that has
 * left the ring is checked field by field like any other (same result, more
 * work). Not a WeakSet or WeakMap: weak tables of short-lived keys cost the
 * garbage collector more than the whole operation.
 */
const RING = 16;
const ring: (Known | null)[] = new Array<Known | null>(RING).fill(null);
/** The slot of the account handed out last. */
let ringLast = 0;

/** A new account record and what is known of it. */
function knownOf(
  currency: string, balanceCents: number, topUpsCents: number, chargesCents: number, advancedDay: number,
  items: readonly PrepaidItem[], slots: readonly Slot[], ledger: readonly PrepaidLedgerEntry[], lastEntryDay: number,
): Known {
  const advancedTo = isoOf(advancedDay);
  return {
    account: { tarifkit: 1, kind: 'prepaidAccount', currency, balanceCents, topUpsCents, chargesCents, advancedTo, items, ledger },
    currency, balanceCents, topUpsCents, chargesCents, advancedTo, items, ledger, advancedDay, slots, lastEntryDay,
  };
}

/** What is known of an account tarifkit handed out lately, or null. */
function rememberedOf(value: unknown): Known | null {
  // Newest first: an account is mostly handed back right after it was handed out.
  for (let n = 0, i = ringLast; n < RING; n += 1, i = i === 0 ? RING - 1 : i - 1) {
    const known = ring[i];
    if (known === null || known === undefined) return null;
    if (known.account === value) return known;
  }
  return null;
}

/** A currency code option, default EUR. */
export function currencyOf(value: unknown, field: string): string {
  if (value === undefined) return 'EUR';
  if (!isCurrencyCode(value)) fail('INVALID_CURRENCY', field, value);
  return value;
}

/**
 * The frozen offers checked last, compared by identity: a frozen offer cannot
 * change, and the same few offers (a tariff's) are booked again and again.
 */
const OFFER_RING = 16;
const offerRing: (PrepaidOffer | undefined)[] = new Array<PrepaidOffer | undefined>(OFFER_RING);
/** The slot of the offer remembered last. */
let offerLast = 0;

/** CURRENCY_MISMATCH unless the offer is in the account's currency. */
function inCurrency(offer: PrepaidOffer, field: string, currency: string): PrepaidOffer {
  const code = currencyCodeOf(offer);
  if (code !== currency) fail('CURRENCY_MISMATCH', `${field}.currency`, `${currency} and ${code}`);
  return offer;
}

/** A checked offer in the account's currency. */
export function offerOf(value: unknown, field: string, currency: string): PrepaidOffer {
  if (typeof value === 'object' && value !== null) {
    // Newest first; the ring is filled from slot 1 on, so an empty slot ends the search.
    for (let n = 0, i = offerLast; n < OFFER_RING; n += 1, i = i === 0 ? OFFER_RING - 1 : i - 1) {
      const known = offerRing[i];
      if (known === value) return inCurrency(known, field, currency);
      if (known === undefined) break;
    }
  }
  const checked = checkItem(value, field) as PrepaidOffer;
  // The account keeps the offer: a frozen copy, so the caller's object may change later.
  const offer = Object.isFrozen(checked) ? checked : Object.freeze({ ...checked });
  const cycleDays: unknown = offer.cycleDays;
  if (cycleDays !== undefined && cycleDays !== 28 && cycleDays !== 30) fail('INVALID_CYCLE', `${field}.cycleDays`, cycleDays, { allowed: [28, 30] });
  if (offer === value) {
    offerLast = offerLast === OFFER_RING - 1 ? 0 : offerLast + 1;
    offerRing[offerLast] = offer;
  }
  return inCurrency(offer, field, currency);
}

/** The days of one period of an offer. */
export function cycleOf(offer: PrepaidOffer): PrepaidCycleDays {
  return offer.cycleDays ?? 28;
}

/**
 * Remembers an account about to be handed out, with what is known of it.
 * Nothing in either is ever changed afterwards.
 */
export function remember(known: Known): PrepaidAccount {
  ringLast = ringLast === RING - 1 ? 0 : ringLast + 1;
  ring[ringLast] = known;
  return known.account;
}

/** A new account record from its parts, remembered (nothing in it, nor `slots`, is changed afterwards). */
export function sealAccount(
  currency: string, balanceCents: number, topUpsCents: number, chargesCents: number, advancedDay: number,
  items: readonly PrepaidItem[], slots: readonly Slot[], ledger: readonly PrepaidLedgerEntry[], lastEntryDay: number,
): PrepaidAccount {
  return remember(knownOf(currency, balanceCents, topUpsCents, chargesCents, advancedDay, items, slots, ledger, lastEntryDay));
}

const KINDS: readonly string[] = ['package', 'option'];

function wholeOf(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) fail('INVALID_ARGUMENT', field, value, { min, max });
  return value;
}

function inconsistent(field: string, value: unknown, reason: string): never {
  return fail('INVALID_ARGUMENT', field, value, { reason });
}

/**
 * The item with its stored withdrawal flags (R31) as its last fields: `instructed` only as false,
 * `earlyStart` only as true; items stored before they existed have neither.
 */
function flagsOf<T extends PrepaidItem>(item: T, data: Readonly<Record<string, unknown>>, field: string): T {
  const record = item as unknown as Record<string, boolean>;
  for (const [key, only] of [['instructed', false], ['earlyStart', true]] as const) {
    if (data[key] === undefined) continue;
    if (data[key] !== only) fail('INVALID_ARGUMENT', `${field}.${key}`, data[key], { allowed: [only] });
    record[key] = only;
  }
  return item;
}

/**
 * Checks and rebuilds one item of an account from outside. `advancedDay`: the
 * renewals and lapses due on or before it are settled; a fresh booking and the
 * end of an item cancelled on its end day may lie on the day after it (an
 * action on day d leaves the account advanced to d - 1).
 */
function itemOf(value: unknown, field: string, currency: string, advancedDay: number, slots: Slot[]): PrepaidItem {
  const data = recordOf(value, field);
  const kind = data.kind;
  if (typeof kind !== 'string' || !KINDS.includes(kind)) fail('INVALID_ARGUMENT', `${field}.kind`, kind, { allowed: KINDS });
  const offer = offerOf(data.offer, `${field}.offer`, currency);
  if (data.id !== offer.id) inconsistent(`${field}.id`, data.id, 'not the id of its offer');
  const cycleDays = cycleOf(offer);
  if (data.cycleDays !== cycleDays) fail('INVALID_CYCLE', `${field}.cycleDays`, data.cycleDays, { expected: cycleDays });
  const bookedDay = dayOf(data.bookedOn, `${field}.bookedOn`);
  const [startDay, endDay] = rangeOf(data.period, `${field}.period`);
  if (
    endDay - startDay !== cycleDays || startDay < bookedDay || (startDay - bookedDay) % cycleDays !== 0
    || startDay > advancedDay + 1 || (startDay === advancedDay + 1 && startDay !== bookedDay)
  ) {
    inconsistent(`${field}.period`, data.period, 'not a period of its cycle up to advancedTo');
  }
  const periodsPaid = (startDay - bookedDay) / cycleDays + 1;
  if (data.periodsPaid !== periodsPaid) inconsistent(`${field}.periodsPaid`, data.periodsPaid, `expected ${periodsPaid}`);
  const period = periodOf(startDay, endDay);
  const base = { kind: kind as PrepaidItemKind, id: offer.id, offer, cycleDays, bookedOn: isoOf(bookedDay), period, periodsPaid };
  slots.push({ bookedDay, startDay, endDay, periodsPaid, period });
  switch (data.status) {
    case 'active': {
      const renews = data.renews;
      if (typeof renews !== 'boolean') fail('INVALID_ARGUMENT', `${field}.renews`, renews);
      if (endDay <= advancedDay) inconsistent(`${field}.period`, data.period, 'due by advancedTo but not settled');
      return flagsOf({ ...base, status: 'active', renews }, data, field);
    }
    case 'lapsed': {
      if (dayOf(data.lapsedFrom, `${field}.lapsedFrom`) !== endDay || endDay > advancedDay) inconsistent(`${field}.lapsedFrom`, data.lapsedFrom, 'not the end of its last period by advancedTo');
      const missingCents = wholeOf(data.missingCents, `${field}.missingCents`, 1, offer.unitCents);
      return flagsOf({ ...base, status: 'lapsed', lapsedFrom: isoOf(endDay), missingCents }, data, field);
    }
    case 'ended': {
      // Withdrawn (R31): ended on the withdrawal day, or at its period's end when that came first.
      const withdrawn = data.withdrawnOn === undefined ? null : dayOf(data.withdrawnOn, `${field}.withdrawnOn`);
      if (withdrawn !== null && (withdrawn < bookedDay || withdrawn > advancedDay + 1)) inconsistent(`${field}.withdrawnOn`, data.withdrawnOn, 'out of date order');
      const endedDay = withdrawn === null ? endDay : Math.min(withdrawn, endDay);
      if (dayOf(data.endedFrom, `${field}.endedFrom`) !== endedDay || endedDay > advancedDay + 1) inconsistent(`${field}.endedFrom`, data.endedFrom, 'not the end of its last period by the day after advancedTo');
      const ended: PrepaidItem = flagsOf({ ...base, status: 'ended', endedFrom: isoOf(endedDay) }, data, field);
      if (withdrawn !== null) (ended as { withdrawnOn?: string }).withdrawnOn = isoOf(withdrawn);
      return ended;
    }
    default:
      return fail('INVALID_ARGUMENT', `${field}.status`, data.status, { allowed: ['active', 'lapsed', 'ended'] });
  }
}

/**
 * Checks and rebuilds one ledger entry; `running` is the balance before it. A
 * top-up or first charge may lie on the day after `advancedDay` (an action on
 * day d leaves the account advanced to d - 1); a renewal is due by it.
 */
function entryOf(value: unknown, field: string, running: number, previousDay: number, advancedDay: number): { entry: PrepaidLedgerEntry; day: number } {
  const data = recordOf(value, field);
  const day = dayOf(data.on, `${field}.on`);
  if (day < previousDay || day > advancedDay + 1) inconsistent(`${field}.on`, data.on, 'out of date order');
  const cents = centsAmountOf(data.cents, `${field}.cents`);
  if (data.type === 'topUp' || data.type === 'withdrawalCredit') {
    const after = running + cents;
    if (data.balanceAfterCents !== after) inconsistent(`${field}.balanceAfterCents`, data.balanceAfterCents, `expected ${after}`);
    if (data.type === 'topUp') return { entry: { type: 'topUp', on: isoOf(day), cents, balanceAfterCents: after }, day };
    if (typeof data.itemId !== 'string' || data.itemId === '') fail('INVALID_ARGUMENT', `${field}.itemId`, data.itemId);
    return { entry: { type: 'withdrawalCredit', on: isoOf(day), cents, balanceAfterCents: after, itemId: data.itemId }, day };
  }
  if (data.type !== 'charge') return fail('INVALID_ARGUMENT', `${field}.type`, data.type, { allowed: ['topUp', 'charge', 'withdrawalCredit'] });
  const after = running - cents;
  if (data.balanceAfterCents !== after || after < 0) inconsistent(`${field}.balanceAfterCents`, data.balanceAfterCents, `expected ${after}`);
  if (typeof data.itemId !== 'string' || data.itemId === '') fail('INVALID_ARGUMENT', `${field}.itemId`, data.itemId);
  if (data.reason !== 'periodCharge' && data.reason !== 'renewal') fail('INVALID_ARGUMENT', `${field}.reason`, data.reason, { allowed: ['periodCharge', 'renewal'] });
  if (data.reason === 'renewal' && day > advancedDay) inconsistent(`${field}.on`, data.on, 'a renewal after advancedTo');
  const [startDay, endDay] = rangeOf(data.period, `${field}.period`);
  if (startDay !== day || (endDay - startDay !== 28 && endDay - startDay !== 30)) inconsistent(`${field}.period`, data.period, 'not a prepaid period from its day');
  return {
    entry: {
      type: 'charge', on: isoOf(day), cents, balanceAfterCents: after, itemId: data.itemId, reason: data.reason,
      period: periodOf(startDay, endDay),
    },
    day,
  };
}

/**
 * A prepaid account from a caller: one tarifkit handed out lately as it is,
 * anything else checked field by field and rebuilt as a new copy (the value
 * passed in is never changed). INVALID_ARGUMENT names the field that is
 * missing, of the wrong type or inconsistent; INVALID_DATE, INVALID_AMOUNT,
 * INVALID_CURRENCY, INVALID_CYCLE and the item codes as their checks say.
 */
export function accountOf(value: unknown, field = 'account'): Known {
  return rememberedOf(value) ?? checkedAccountOf(value, field);
}

function checkedAccountOf(value: unknown, field: string): Known {
  const data = recordOf(value, field);
  if (!isCurrencyCode(data.currency)) fail('INVALID_CURRENCY', `${field}.currency`, data.currency);
  const currency = data.currency;
  const advancedDay = dayOf(data.advancedTo, `${field}.advancedTo`);
  const balance = centsAmountOf(data.balanceCents, `${field}.balanceCents`);
  const topUps = centsAmountOf(data.topUpsCents, `${field}.topUpsCents`);
  const charges = centsAmountOf(data.chargesCents, `${field}.chargesCents`);
  if (balance !== topUps - charges) inconsistent(`${field}.balanceCents`, balance, 'not topUpsCents - chargesCents');
  if (!Array.isArray(data.items)) fail('INVALID_ARGUMENT', `${field}.items`, data.items);
  if (!Array.isArray(data.ledger)) fail('INVALID_ARGUMENT', `${field}.ledger`, data.ledger);
  const items: PrepaidItem[] = [];
  const slots: Slot[] = [];
  const ids = new Set<string>();
  let activePackage = false;
  (data.items as readonly unknown[]).forEach((raw, i) => {
    const item = itemOf(raw, `${field}.items.${i}`, currency, advancedDay, slots);
    if (ids.has(item.id)) fail('DUPLICATE_ID', `${field}.items.${i}.id`, item.id);
    ids.add(item.id);
    if (item.status === 'active' && item.kind === 'package') {
      if (activePackage) inconsistent(`${field}.items.${i}`, item.id, 'a second active package');
      activePackage = true;
    }
    items.push(item);
  });
  const ledger: PrepaidLedgerEntry[] = [];
  let running = 0;
  let sumTopUps = 0;
  let sumCharges = 0;
  let previousDay = Number.NEGATIVE_INFINITY;
  (data.ledger as readonly unknown[]).forEach((raw, i) => {
    const { entry, day } = entryOf(raw, `${field}.ledger.${i}`, running, previousDay, advancedDay);
    if (entry.type === 'topUp') sumTopUps += entry.cents;
    else if (entry.type === 'charge') sumCharges += entry.cents;
    else sumCharges -= entry.cents;
    if (sumTopUps > MAX_CENTS) inconsistent(`${field}.ledger.${i}.cents`, entry.cents, 'top-ups beyond the largest amount');
    running = entry.balanceAfterCents;
    previousDay = day;
    ledger.push(entry);
  });
  if (sumTopUps !== topUps) inconsistent(`${field}.topUpsCents`, topUps, 'not the sum of the ledger\'s top-ups');
  if (sumCharges !== charges) inconsistent(`${field}.chargesCents`, charges, 'not the sum of the ledger\'s charges');
  // Not remembered: this copy is never handed out (every operation returns a new account).
  return knownOf(currency, balance, topUps, charges, advancedDay, items, slots, ledger, previousDay);
}
