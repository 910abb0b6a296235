/**
 * Booking accounts at the boundary (R18, R19): the records tarifkit writes
 * (frozen and remembered as trusted), the check of every other account, and
 * the month arithmetic of access periods.
 *
 * @internal
 * @module
 */
import { dayOf, isoOf, LAST_DAY, rangeOf } from '../calendar/days.js';
import { epochDayOfClampedMonth, ymdFromEpochDay } from '../calendar/epochDay.js';
import { fail, recordOf } from '../errors/fail.js';
import { checkItem, currencyCodeOf } from '../items/checkItem.js';
import type { PricedItem } from '../items/types.js';
import { isCurrencyCode } from '../money/cents.js';
import type { AwaitingPaymentBooking, Booking, BookingAccount, BookingKind, PaidBooking } from './types.js';

/** Accounts tarifkit wrote: deeply frozen, so they stay valid. */
const TRUSTED = new WeakSet<object>();

/** The longest duration of a package: 100 years. */
export const MAX_MONTHS = 1200;

/**
 * The day `months` months after `day`, as Temporal's `add({ months })` gives it:
 * the same day of month, clamped to the last day of a shorter month
 * (2026-01-31 + 1 month = 2026-02-28).
 */
export function addMonthsToDay(day: number, months: number): number {
  const { year, month, day: dayOfMonth } = ymdFromEpochDay(day);
  return epochDayOfClampedMonth(year, month, months, dayOfMonth);
}

/** A currency code option, default EUR. */
export function currencyOf(value: unknown, field: string): string {
  if (value === undefined) return 'EUR';
  if (!isCurrencyCode(value)) fail('INVALID_CURRENCY', field, value);
  return value;
}

/** A package item in the account's currency. */
export function packageItemOf(value: unknown, field: string, currency: string): PricedItem {
  const checked = checkItem(value, field);
  // The account keeps the package: a frozen copy, so the caller's object may change later.
  const item = Object.isFrozen(checked) ? checked : Object.freeze({ ...checked });
  const code = currencyCodeOf(item);
  if (code !== currency) fail('CURRENCY_MISMATCH', `${field}.currency`, `${currency} and ${code}`);
  return item;
}

/** A duration in whole months, from 1 to {@link MAX_MONTHS}. */
export function monthsOf(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > MAX_MONTHS) fail('INVALID_DURATION', field, value, { min: 1, max: MAX_MONTHS });
  return value;
}

/** A booking kind. */
export function kindOf(value: unknown, field: string): BookingKind {
  if (value !== 'oneOff' && value !== 'subscription') fail('INVALID_ARGUMENT', field, value, { allowed: ['oneOff', 'subscription'] });
  return value;
}

/** An id a caller gives: text of 1 to 200 characters without `#` (reserved for follow-ups). */
export function idOf(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200 || value.includes('#')) {
    fail('INVALID_ARGUMENT', field, value, { reason: 'an id is text of 1 to 200 characters without "#"' });
  }
  return value;
}

/** The record of an order awaiting payment. */
export function awaitingRecord(
  id: string, item: PricedItem, months: number, kind: BookingKind, orderedDay: number, seriesId: string, round: number,
): AwaitingPaymentBooking {
  return Object.freeze({ id, item, months, kind, orderedOn: isoOf(orderedDay), seriesId, round, status: 'awaitingPayment' });
}

/** The end of an access of `months` months from `startDay`; DATE_OUT_OF_RANGE naming `field` past 9999. */
export function accessEnd(startDay: number, months: number, field: string): number {
  const end = addMonthsToDay(startDay, months);
  if (end > LAST_DAY) fail('DATE_OUT_OF_RANGE', field, isoOf(startDay), { reason: 'the access would end after 9999-12-31' });
  return end;
}

/** The same booking, paid on `paidDay`, with access `[startDay, endDay)`. */
export function paidRecord(booking: Booking, paidDay: number, startDay: number, endDay: number): PaidBooking {
  return Object.freeze({
    id: booking.id, item: booking.item, months: booking.months, kind: booking.kind, orderedOn: booking.orderedOn,
    seriesId: booking.seriesId, round: booking.round, status: 'paid',
    paidOn: isoOf(paidDay), access: Object.freeze({ start: isoOf(startDay), end: isoOf(endDay) }), lastDay: isoOf(endDay - 1),
  });
}

/** A frozen account record, remembered as trusted. Its parts must be frozen already. */
export function sealAccount(currency: string, bookings: readonly Booking[], lastPaidOn: string | null, advancedTo: string | null): BookingAccount {
  const account: BookingAccount = Object.freeze({ tarifkit: 1, kind: 'bookingAccount', currency, bookings, lastPaidOn, advancedTo });
  TRUSTED.add(account);
  return account;
}

function inconsistent(field: string, value: unknown, reason: string): never {
  return fail('INVALID_ARGUMENT', field, value, { reason });
}

/** Checks and rebuilds one booking of an account from outside; returns it and its payment day (or null). */
function bookingOf(value: unknown, field: string, currency: string): { booking: Booking; paidDay: number | null } {
  const data = recordOf(value, field);
  const id = data.id;
  if (typeof id !== 'string' || id.trim() === '' || id.length > 300) fail('INVALID_ARGUMENT', `${field}.id`, id);
  const item = packageItemOf(data.item, `${field}.item`, currency);
  const months = monthsOf(data.months, `${field}.months`);
  const kind = kindOf(data.kind, `${field}.kind`);
  const orderedDay = dayOf(data.orderedOn, `${field}.orderedOn`);
  const seriesId = data.seriesId;
  const round = data.round;
  if (typeof round !== 'number' || !Number.isSafeInteger(round) || round < 1) fail('INVALID_ARGUMENT', `${field}.round`, round);
  if (typeof seriesId !== 'string' || seriesId.includes('#') || id !== (round === 1 ? seriesId : `${seriesId}#${round}`)) {
    inconsistent(`${field}.seriesId`, seriesId, 'the id is the series id, with "#<round>" after the first round');
  }
  if (round > 1 && kind !== 'subscription') inconsistent(`${field}.round`, round, 'only subscriptions have follow-ups');
  const awaiting = awaitingRecord(id, item, months, kind, orderedDay, seriesId, round);
  if (data.status === 'awaitingPayment') return { booking: awaiting, paidDay: null };
  if (data.status !== 'paid') return fail('INVALID_ARGUMENT', `${field}.status`, data.status, { allowed: ['awaitingPayment', 'paid'] });
  const paidDay = dayOf(data.paidOn, `${field}.paidOn`);
  if (paidDay < orderedDay) inconsistent(`${field}.paidOn`, data.paidOn, 'before the order');
  const [startDay, endDay] = rangeOf(data.access, `${field}.access`);
  if (startDay < paidDay || endDay !== addMonthsToDay(startDay, months)) inconsistent(`${field}.access`, data.access, 'not `months` months from the payment or later');
  if (dayOf(data.lastDay, `${field}.lastDay`) !== endDay - 1) inconsistent(`${field}.lastDay`, data.lastDay, 'not the day before access.end');
  return { booking: paidRecord(awaiting, paidDay, startDay, endDay), paidDay };
}

/**
 * A booking account from a caller: a trusted one as it is, anything else
 * checked field by field and rebuilt as a trusted copy (the value passed in
 * is never changed). INVALID_ARGUMENT names the field that is missing, of the
 * wrong type or inconsistent; INVALID_DATE, INVALID_CURRENCY, INVALID_DURATION
 * and the item codes as their checks say; DUPLICATE_ID for a repeated id.
 */
export function accountOf(value: unknown, field = 'account'): BookingAccount {
  if (typeof value === 'object' && value !== null && TRUSTED.has(value)) return value as BookingAccount;
  const data = recordOf(value, field);
  if (!isCurrencyCode(data.currency)) fail('INVALID_CURRENCY', `${field}.currency`, data.currency);
  const currency = data.currency;
  if (!Array.isArray(data.bookings)) fail('INVALID_ARGUMENT', `${field}.bookings`, data.bookings);
  const ids = new Set<string>();
  let lastPaid: number | null = null;
  let lastFollowUp: number | null = null;
  const raws = data.bookings as readonly unknown[];
  const bookings: Booking[] = [];
  for (let i = 0; i < raws.length; i += 1) {
    const { booking, paidDay } = bookingOf(raws[i], `${field}.bookings.${i}`, currency);
    if (ids.has(booking.id)) fail('DUPLICATE_ID', `${field}.bookings.${i}.id`, booking.id);
    ids.add(booking.id);
    if (paidDay !== null && (lastPaid === null || paidDay > lastPaid)) lastPaid = paidDay;
    if (booking.round > 1) {
      const orderedDay = dayOf(booking.orderedOn, 'orderedOn');
      if (lastFollowUp === null || orderedDay > lastFollowUp) lastFollowUp = orderedDay;
    }
    bookings.push(booking);
  }
  const lastPaidOn = data.lastPaidOn === null ? null : dayOf(data.lastPaidOn, `${field}.lastPaidOn`);
  if (lastPaidOn !== lastPaid) inconsistent(`${field}.lastPaidOn`, data.lastPaidOn, 'not the latest payment day');
  const advancedDay = data.advancedTo === null ? null : dayOf(data.advancedTo, `${field}.advancedTo`);
  // Follow-ups are ordered by advanceBookings on a day it moved over: on or before advancedTo.
  if (lastFollowUp !== null && (advancedDay === null || advancedDay < lastFollowUp)) {
    inconsistent(`${field}.advancedTo`, data.advancedTo, 'before the day of a follow-up order');
  }
  return sealAccount(currency, Object.freeze(bookings), lastPaidOn === null ? null : isoOf(lastPaidOn), advancedDay === null ? null : isoOf(advancedDay));
}
