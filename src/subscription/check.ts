/**
 * Checking what comes in: subscriptions handed back by callers, and event
 * records, which are normalised here (days as ISO text, instants as ISO text)
 * before they enter the log.
 *
 * @internal
 * @module
 */
import { dayOf, isoOf } from '../calendar/days.js';
import { fail, isRecord } from '../errors/fail.js';
import { checkItem } from '../items/checkItem.js';
import { isLineReason } from '../lines/chargeLine.js';
import { quantityOf } from '../money/cents.js';
import { epochNsOf, localDayOf } from '../rules/zone.js';
import type { Subscription, SubscriptionEvent } from './types.js';

/** A subscription from a caller: INVALID_ARGUMENT unless it has the fields tarifkit reads. */
export function subscriptionOf(value: unknown, field: string): Subscription {
  if (!isRecord(value) || !isRecord(value.contract) || !isRecord(value.order) || !isRecord(value.catalog)
    || !Array.isArray(value.events) || !Array.isArray(value.invoices) || !Array.isArray(value.pending)
    || !Array.isArray(value.addOns) || !Array.isArray(value.options) || typeof value.timeZone !== 'string') {
    fail('INVALID_ARGUMENT', field, value, { reason: 'expected a subscription from createSubscription' });
  }
  return value as unknown as Subscription;
}

/** An event, checked and normalised, with its day (in the subscription's zone for instants). */
export interface CheckedEvent {
  readonly event: SubscriptionEvent;
  readonly day: number;
  /** The instant of an `at` event, in epoch nanoseconds; null for `on` events. */
  readonly ns: bigint | null;
  /** The activation instant of a booking, or null. */
  readonly activatedNs: bigint | null;
}

const DAY_TYPES: ReadonlySet<string> = new Set([
  'upgrade', 'downgrade', 'cancel', 'terminateEarly', 'bookAddOn', 'changeAddOnQuantity', 'cancelAddOn', 'withdrawAddOn',
  'withdrawOption', 'charge',
]);
const INSTANT_TYPES: ReadonlySet<string> = new Set(['bookOption', 'cancelOption', 'switchOption']);

const KEYS: Readonly<Record<string, readonly string[]>> = {
  upgrade: ['type', 'on', 'planId', 'configuration'],
  downgrade: ['type', 'on', 'planId', 'configuration'],
  cancel: ['type', 'on'],
  terminateEarly: ['type', 'on', 'ground'],
  bookAddOn: ['type', 'on', 'addOnId', 'quantity', 'bookingId'],
  changeAddOnQuantity: ['type', 'on', 'bookingId', 'quantity'],
  cancelAddOn: ['type', 'on', 'bookingId'],
  withdrawAddOn: ['type', 'on', 'bookingId'],
  bookOption: ['type', 'at', 'optionId', 'activatedAt', 'quantity', 'bookingId'],
  cancelOption: ['type', 'at', 'bookingId'],
  switchOption: ['type', 'at', 'bookingId', 'toOptionId', 'quantity', 'newBookingId'],
  withdrawOption: ['type', 'on', 'bookingId'],
  charge: ['type', 'on', 'item', 'quantity', 'credit', 'reason', 'ref'],
};

function id(value: unknown, field: string, optional: boolean): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) fail('INVALID_EVENT', field, value);
}

/** An instant as stored: ISO text as given, or a Temporal value's text. */
function instantText(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

/**
 * Checks an event record's shape (not what it names: unknown ids are the
 * decision's) and normalises it. INVALID_EVENT for a record that is none, an
 * unknown type or key, or a field of the wrong type; INVALID_DATE /
 * INVALID_INSTANT for bad days and instants; INVALID_QUANTITY.
 */
export function checkEvent(value: unknown, field: string, zone: string): CheckedEvent {
  if (!isRecord(value)) fail('INVALID_EVENT', field, value);
  const type = value.type;
  if (typeof type !== 'string' || !Object.hasOwn(KEYS, type)) fail('INVALID_EVENT', `${field}.type`, type, { known: Object.keys(KEYS) });
  const allowed = KEYS[type] as readonly string[];
  for (const key of Object.keys(value)) if (!allowed.includes(key)) fail('INVALID_EVENT', `${field}.${key}`, value[key], { reason: `not a field of ${type}` });
  let day: number;
  let ns: bigint | null = null;
  let activatedNs: bigint | null = null;
  const out: Record<string, unknown> = { ...value };
  if (DAY_TYPES.has(type)) {
    day = dayOf(value.on, `${field}.on`);
    out.on = isoOf(day);
  } else if (INSTANT_TYPES.has(type)) {
    ns = epochNsOf(value.at, `${field}.at`);
    day = localDayOf(ns, zone);
    out.at = instantText(value.at);
  } else {
    return fail('INVALID_EVENT', `${field}.type`, type);
  }
  switch (type) {
    case 'upgrade':
    case 'downgrade':
      id(value.planId, `${field}.planId`, true);
      if (value.configuration !== undefined && !isRecord(value.configuration)) fail('INVALID_EVENT', `${field}.configuration`, value.configuration);
      break;
    case 'terminateEarly':
      if (value.ground !== undefined && typeof value.ground !== 'string') fail('INVALID_EVENT', `${field}.ground`, value.ground);
      break;
    case 'bookAddOn':
      id(value.addOnId, `${field}.addOnId`, false);
      quantityOf(value.quantity, `${field}.quantity`);
      id(value.bookingId, `${field}.bookingId`, true);
      break;
    case 'changeAddOnQuantity':
      id(value.bookingId, `${field}.bookingId`, false);
      quantityOf(value.quantity, `${field}.quantity`);
      break;
    case 'cancelAddOn':
    case 'withdrawAddOn':
    case 'cancelOption':
    case 'withdrawOption':
      id(value.bookingId, `${field}.bookingId`, false);
      break;
    case 'bookOption':
      id(value.optionId, `${field}.optionId`, false);
      if (value.quantity !== undefined) quantityOf(value.quantity, `${field}.quantity`);
      id(value.bookingId, `${field}.bookingId`, true);
      if (value.activatedAt !== undefined) {
        activatedNs = epochNsOf(value.activatedAt, `${field}.activatedAt`);
        out.activatedAt = instantText(value.activatedAt);
      }
      break;
    case 'switchOption':
      id(value.bookingId, `${field}.bookingId`, false);
      id(value.toOptionId, `${field}.toOptionId`, false);
      if (value.quantity !== undefined) quantityOf(value.quantity, `${field}.quantity`);
      id(value.newBookingId, `${field}.newBookingId`, true);
      break;
    case 'charge':
      out.item = checkItem(value.item, `${field}.item`);
      if (value.quantity !== undefined) quantityOf(value.quantity, `${field}.quantity`);
      if (value.credit !== undefined && typeof value.credit !== 'boolean') fail('INVALID_EVENT', `${field}.credit`, value.credit);
      if (value.reason !== undefined && !isLineReason(value.reason)) fail('INVALID_EVENT', `${field}.reason`, value.reason);
      if (value.ref !== undefined && typeof value.ref !== 'string') fail('INVALID_EVENT', `${field}.ref`, value.ref);
      break;
    default:
      break;
  }
  return { event: out as unknown as SubscriptionEvent, day, ns, activatedNs };
}

/** The day of a logged event (normalised), in the subscription's zone. */
export function dayOfEvent(event: SubscriptionEvent, zone: string): number {
  if ('on' in event) return dayOf(event.on, 'event.on');
  return localDayOf(epochNsOf(event.at, 'event.at'), zone);
}
