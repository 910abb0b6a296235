/**
 * Prepaid accounts at the boundary (R7, R17): the records tarifkit writes
 * (frozen, and remembered, so they are trusted when they come back) and the
 * check of every other account: hand-made, JSON-revived or cloned.
 *
 * @internal
 * @module
 */
import { dayOf, isoOf, rangeOf } from '../calendar/days.js';
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

/** Accounts tarifkit wrote: deeply frozen, so they stay valid. */
const TRUSTED = new WeakSet<object>();

/** The facts of an item as integers, next to its record. */
export interface Slot {
  readonly bookedDay: number;
  readonly startDay: number;
  readonly endDay: number;
}

/** A currency code option, default EUR. */
export function currencyOf(value: unknown, field: string): string {
  if (value === undefined) return 'EUR';
  if (!isCurrencyCode(value)) fail('INVALID_CURRENCY', field, value);
  return value;
}

/** A checked offer in the account's currency. */
export function offerOf(value: unknown, field: string, currency: string): PrepaidOffer {
  const checked = checkItem(value, field) as PrepaidOffer;
  // The account keeps the offer: a frozen copy, so the caller's object may change later.
  const offer = Object.isFrozen(checked) ? checked : Object.freeze({ ...checked });
  const cycleDays: unknown = offer.cycleDays;
  if (cycleDays !== undefined && cycleDays !== 28 && cycleDays !== 30) fail('INVALID_CYCLE', `${field}.cycleDays`, cycleDays, { allowed: [28, 30] });
  const code = currencyCodeOf(offer);
  if (code !== currency) fail('CURRENCY_MISMATCH', `${field}.currency`, `${currency} and ${code}`);
  return offer;
}

/** The days of one period of an offer. */
export function cycleOf(offer: PrepaidOffer): PrepaidCycleDays {
  return offer.cycleDays ?? 28;
}

/** A frozen account record, remembered as trusted. Its parts must be frozen already. */
export function sealAccount(
  currency: string, balanceCents: number, topUpsCents: number, chargesCents: number, advancedDay: number,
  items: readonly PrepaidItem[], ledger: readonly PrepaidLedgerEntry[],
): PrepaidAccount {
  const account: PrepaidAccount = Object.freeze({
    currency,
    balanceCents,
    topUpsCents,
    chargesCents,
    advancedTo: isoOf(advancedDay),
    items,
    ledger,
  });
  TRUSTED.add(account);
  return account;
}

/** The integers of an item of a trusted account. */
export function slotOf(item: PrepaidItem): Slot {
  return { bookedDay: dayOf(item.bookedOn, 'bookedOn'), startDay: dayOf(item.period.start, 'period.start'), endDay: dayOf(item.period.end, 'period.end') };
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
 * Checks and rebuilds one item of an account from outside. `advancedDay`: the
 * renewals and lapses due on or before it are settled; a fresh booking and the
 * end of an item cancelled on its end day may lie on the day after it (an
 * action on day d leaves the account advanced to d - 1).
 */
function itemOf(value: unknown, field: string, currency: string, advancedDay: number): PrepaidItem {
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
  const base = { kind: kind as PrepaidItemKind, id: offer.id, offer, cycleDays, bookedOn: isoOf(bookedDay), period: Object.freeze({ start: isoOf(startDay), end: isoOf(endDay) }), periodsPaid };
  switch (data.status) {
    case 'active': {
      const renews = data.renews;
      if (typeof renews !== 'boolean') fail('INVALID_ARGUMENT', `${field}.renews`, renews);
      if (endDay <= advancedDay) inconsistent(`${field}.period`, data.period, 'due by advancedTo but not settled');
      return Object.freeze({ ...base, status: 'active', renews });
    }
    case 'lapsed': {
      if (dayOf(data.lapsedFrom, `${field}.lapsedFrom`) !== endDay || endDay > advancedDay) inconsistent(`${field}.lapsedFrom`, data.lapsedFrom, 'not the end of its last period by advancedTo');
      const missingCents = wholeOf(data.missingCents, `${field}.missingCents`, 1, offer.unitCents);
      return Object.freeze({ ...base, status: 'lapsed', lapsedFrom: isoOf(endDay), missingCents });
    }
    case 'ended':
      if (dayOf(data.endedFrom, `${field}.endedFrom`) !== endDay || endDay > advancedDay + 1) inconsistent(`${field}.endedFrom`, data.endedFrom, 'not the end of its last period by the day after advancedTo');
      return Object.freeze({ ...base, status: 'ended', endedFrom: isoOf(endDay) });
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
  if (data.type === 'topUp') {
    const after = running + cents;
    if (data.balanceAfterCents !== after) inconsistent(`${field}.balanceAfterCents`, data.balanceAfterCents, `expected ${after}`);
    return { entry: Object.freeze({ type: 'topUp', on: isoOf(day), cents, balanceAfterCents: after }), day };
  }
  if (data.type !== 'charge') return fail('INVALID_ARGUMENT', `${field}.type`, data.type, { allowed: ['topUp', 'charge'] });
  const after = running - cents;
  if (data.balanceAfterCents !== after || after < 0) inconsistent(`${field}.balanceAfterCents`, data.balanceAfterCents, `expected ${after}`);
  if (typeof data.itemId !== 'string' || data.itemId === '') fail('INVALID_ARGUMENT', `${field}.itemId`, data.itemId);
  if (data.reason !== 'periodCharge' && data.reason !== 'renewal') fail('INVALID_ARGUMENT', `${field}.reason`, data.reason, { allowed: ['periodCharge', 'renewal'] });
  if (data.reason === 'renewal' && day > advancedDay) inconsistent(`${field}.on`, data.on, 'a renewal after advancedTo');
  const [startDay, endDay] = rangeOf(data.period, `${field}.period`);
  if (startDay !== day || (endDay - startDay !== 28 && endDay - startDay !== 30)) inconsistent(`${field}.period`, data.period, 'not a prepaid period from its day');
  return {
    entry: Object.freeze({
      type: 'charge', on: isoOf(day), cents, balanceAfterCents: after, itemId: data.itemId, reason: data.reason,
      period: Object.freeze({ start: isoOf(startDay), end: isoOf(endDay) }),
    }),
    day,
  };
}

/**
 * A prepaid account from a caller: a trusted one as it is, anything else
 * checked field by field and rebuilt as a trusted copy (the value passed in is
 * never changed). INVALID_ARGUMENT names the field that is missing, of the
 * wrong type or inconsistent; INVALID_DATE, INVALID_AMOUNT, INVALID_CURRENCY,
 * INVALID_CYCLE and the item codes as their checks say.
 */
export function accountOf(value: unknown, field = 'account'): PrepaidAccount {
  if (typeof value === 'object' && value !== null && TRUSTED.has(value)) return value as PrepaidAccount;
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
  const ids = new Set<string>();
  let activePackage = false;
  (data.items as readonly unknown[]).forEach((raw, i) => {
    const item = itemOf(raw, `${field}.items.${i}`, currency, advancedDay);
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
    else sumCharges += entry.cents;
    if (sumTopUps > MAX_CENTS) inconsistent(`${field}.ledger.${i}.cents`, entry.cents, 'top-ups beyond the largest amount');
    running = entry.balanceAfterCents;
    previousDay = day;
    ledger.push(entry);
  });
  if (sumTopUps !== topUps) inconsistent(`${field}.topUpsCents`, topUps, 'not the sum of the ledger\'s top-ups');
  if (sumCharges !== charges) inconsistent(`${field}.chargesCents`, charges, 'not the sum of the ledger\'s charges');
  return sealAccount(currency, balance, topUps, charges, advancedDay, Object.freeze(items), Object.freeze(ledger));
}
