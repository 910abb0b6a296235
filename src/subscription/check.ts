/**
 * Checking what comes in: subscriptions handed back by callers, and event
 * records, which are normalised here (days as ISO text, instants as ISO text,
 * fields in one order, no stray keys) before they enter the log.
 *
 * @internal
 * @module
 */
import { dayOf, isoOf } from '../calendar/days.js';
import type { Configuration } from '../catalog/types.js';
import { fail, isRecord } from '../errors/fail.js';
import { checkItem } from '../items/checkItem.js';
import type { PricedItem } from '../items/types.js';
import { isLineReason } from '../lines/chargeLine.js';
import type { LineReason } from '../lines/types.js';
import { isQuantity, quantityOf } from '../money/cents.js';
import { instantNsOf, localDayOf } from '../rules/zone.js';
import { fastIsoDay } from '../calendar/parseDate.js';
import { isTarifkitError } from '../errors/isTarifkitError.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { readSubscription } from '../storage/read.js';
import { isTrusted } from './trusted.js';
import type { Subscription, SubscriptionEvent } from './types.js';

/** A subscription from a caller: INVALID_ARGUMENT unless it has the fields tarifkit reads. */
export function subscriptionOf(value: unknown, field: string): Subscription {
  if (isTrusted(value)) return value;
  if (!isRecord(value) || value.kind !== 'subscription') fail('INVALID_ARGUMENT', field, value, { reason: 'expected a subscription from createSubscription' });
  // From outside (by hand, from JSON, copied): read in full, as revive reads it, then trusted.
  try {
    return readSubscription(value, field);
  } catch (error) {
    if (!isTarifkitError(error, 'INVALID_JSON')) throw error;
    const { field: at, value: bad, ...rest } = error.details;
    throw new TarifkitError('INVALID_ARGUMENT', { ...rest, field: at, value: bad }, { cause: error });
  }
}


/** An event, checked and normalised, with its day (in the subscription's zone for instants). */
export interface CheckedEvent {
  /** The normalised record; a booking's generated id is added later (see {@link withBookingId}). */
  readonly event: SubscriptionEvent;
  readonly day: number;
  /** The instant of an `at` event, in epoch nanoseconds; null for `on` events. */
  readonly ns: bigint | null;
  /** The activation instant of a booking, or null. */
  readonly activatedNs: bigint | null;
}

/** The fields each event type may have. */
const KEYS: Readonly<Record<string, ReadonlySet<string>>> = {
  upgrade: new Set(['type', 'on', 'planId', 'configuration']),
  downgrade: new Set(['type', 'on', 'planId', 'configuration']),
  cancel: new Set(['type', 'on']),
  withdraw: new Set(['type', 'on']),
  terminateEarly: new Set(['type', 'on', 'ground']),
  bookAddOn: new Set(['type', 'on', 'addOnId', 'quantity', 'instructed', 'earlyStart', 'bookingId']),
  changeAddOnQuantity: new Set(['type', 'on', 'bookingId', 'quantity']),
  cancelAddOn: new Set(['type', 'on', 'bookingId']),
  withdrawAddOn: new Set(['type', 'on', 'bookingId']),
  bookOption: new Set(['type', 'at', 'optionId', 'activatedAt', 'quantity', 'instructed', 'earlyStart', 'bookingId']),
  cancelOption: new Set(['type', 'at', 'bookingId']),
  switchOption: new Set(['type', 'at', 'bookingId', 'toOptionId', 'quantity', 'instructed', 'earlyStart', 'newBookingId']),
  withdrawOption: new Set(['type', 'on', 'bookingId']),
  charge: new Set(['type', 'on', 'item', 'quantity', 'credit', 'reason', 'ref']),
};

const EVENT_TYPES: readonly string[] = Object.keys(KEYS);

/**
 * Where an event is: its field path (`event`), or its index in a log handed
 * in (`events.<i>`). Paths of its fields are written only when one fails.
 */
export type EventPlace = string | number;

/** The path of field `key` of the event at `place`. */
function at(place: EventPlace, key: string): string {
  return typeof place === 'number' ? `events.${place}.${key}` : `${place}.${key}`;
}

/** The path of the event at `place`. */
export function pathOf(place: EventPlace): string {
  return typeof place === 'number' ? `events.${place}` : place;
}

function id(value: unknown, place: EventPlace, key: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) fail('INVALID_EVENT', at(place, key), value);
  return value;
}

function optionalId(value: unknown, place: EventPlace, key: string): string | undefined {
  return value === undefined ? undefined : id(value, place, key);
}

/** A quantity of at least 1: the common case checked here, the rest by quantityOf. */
function quantity(value: unknown, place: EventPlace, key: string): number {
  return isQuantity(value) ? value : quantityOf(value, at(place, key));
}

/** An instant as stored: ISO text as given, or a Temporal value's text. */
function instantText(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

/** Copies a booking event's withdrawal flags (`instructed`, `earlyStart`, R31) onto its record: booleans, when given. */
function flags(record: { instructed?: boolean; earlyStart?: boolean }, value: Readonly<Record<string, unknown>>, place: EventPlace): void {
  for (const key of ['instructed', 'earlyStart'] as const) {
    const flag = value[key];
    if (flag === undefined) continue;
    if (typeof flag !== 'boolean') fail('INVALID_EVENT', at(place, key), flag);
    record[key] = flag;
  }
}

function configuration(value: unknown, place: EventPlace): Configuration | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) fail('INVALID_EVENT', at(place, 'configuration'), value);
  return value as Configuration;
}

/**
 * Checks an event record's shape (not what it names: unknown ids are the
 * decision's) and normalises it into a new record. INVALID_EVENT for a record
 * that is none, an unknown type or key, or a field of the wrong type;
 * INVALID_DATE / INVALID_INSTANT for bad days and instants; INVALID_QUANTITY.
 */
export function checkEvent(input: unknown, place: EventPlace, zone: string): CheckedEvent {
  if (!isRecord(input)) fail('INVALID_EVENT', pathOf(place), input);
  const value = input;
  const type = value.type;
  if (typeof type !== 'string' || !Object.hasOwn(KEYS, type)) fail('INVALID_EVENT', at(place, 'type'), type, { known: EVENT_TYPES });
  const allowed = KEYS[type] as ReadonlySet<string>;
  for (const key in value) if (!allowed.has(key)) fail('INVALID_EVENT', at(place, key), value[key], { reason: `not a field of ${type}` });
  let event: SubscriptionEvent;
  let day: number;
  let ns: bigint | null = null;
  let activatedNs: bigint | null = null;
  if (type === 'bookOption' || type === 'cancelOption' || type === 'switchOption') {
    ns = instantNsOf(value.at, at(place, 'at'));
    day = localDayOf(ns, zone);
    const atText = instantText(value.at);
    if (type === 'bookOption') {
      const optionId = id(value.optionId, place, 'optionId');
      const count = value.quantity === undefined ? undefined : quantity(value.quantity, place, 'quantity');
      const bookingId = optionalId(value.bookingId, place, 'bookingId');
      let activatedAt: string | undefined;
      if (value.activatedAt !== undefined) {
        activatedNs = instantNsOf(value.activatedAt, at(place, 'activatedAt'));
        activatedAt = instantText(value.activatedAt);
      }
      // Optional fields are added in the stored order (no spreads: V8 copies those slowly).
      const record: {
        type: 'bookOption'; at: string; optionId: string; activatedAt?: string; quantity?: number; instructed?: boolean; earlyStart?: boolean; bookingId?: string;
      } = { type, at: atText, optionId };
      if (activatedAt !== undefined) record.activatedAt = activatedAt;
      if (count !== undefined) record.quantity = count;
      flags(record, value, place);
      if (bookingId !== undefined) record.bookingId = bookingId;
      event = record;
    } else if (type === 'cancelOption') {
      event = { type, at: atText, bookingId: id(value.bookingId, place, 'bookingId') };
    } else {
      const bookingId = id(value.bookingId, place, 'bookingId');
      const toOptionId = id(value.toOptionId, place, 'toOptionId');
      const count = value.quantity === undefined ? undefined : quantity(value.quantity, place, 'quantity');
      const newBookingId = optionalId(value.newBookingId, place, 'newBookingId');
      const record: {
        type: 'switchOption'; at: string; bookingId: string; toOptionId: string; quantity?: number; instructed?: boolean; earlyStart?: boolean; newBookingId?: string;
      } = { type, at: atText, bookingId, toOptionId };
      if (count !== undefined) record.quantity = count;
      flags(record, value, place);
      if (newBookingId !== undefined) record.newBookingId = newBookingId;
      event = record;
    }
    return { event, day, ns, activatedNs };
  }
  day = typeof value.on === 'string' ? fastIsoDay(value.on) : Number.NaN;
  if (day !== day) day = dayOf(value.on, at(place, 'on')); // not plain ISO text: the full reader, naming the field
  const on = isoOf(day);
  switch (type) {
    case 'upgrade':
    case 'downgrade': {
      const planId = optionalId(value.planId, place, 'planId');
      const config = configuration(value.configuration, place);
      event = planId === undefined
        ? (config === undefined ? { type, on } : { type, on, configuration: config })
        : (config === undefined ? { type, on, planId } : { type, on, planId, configuration: config });
      break;
    }
    case 'cancel':
    case 'withdraw':
      event = { type, on };
      break;
    case 'terminateEarly':
      if (value.ground !== undefined && typeof value.ground !== 'string') fail('INVALID_EVENT', at(place, 'ground'), value.ground);
      event = value.ground === undefined ? { type, on } : { type, on, ground: value.ground };
      break;
    case 'bookAddOn': {
      const addOnId = id(value.addOnId, place, 'addOnId');
      const count = quantity(value.quantity, place, 'quantity');
      const bookingId = optionalId(value.bookingId, place, 'bookingId');
      const record: { type: 'bookAddOn'; on: string; addOnId: string; quantity: number; instructed?: boolean; earlyStart?: boolean; bookingId?: string } = { type, on, addOnId, quantity: count };
      flags(record, value, place);
      if (bookingId !== undefined) record.bookingId = bookingId;
      event = record;
      break;
    }
    case 'changeAddOnQuantity':
      event = { type, on, bookingId: id(value.bookingId, place, 'bookingId'), quantity: quantity(value.quantity, place, 'quantity') };
      break;
    case 'cancelAddOn':
    case 'withdrawAddOn':
    case 'withdrawOption':
      event = { type, on, bookingId: id(value.bookingId, place, 'bookingId') };
      break;
    default: {
      const item: PricedItem = checkItem(value.item, at(place, 'item'));
      if (value.credit !== undefined && typeof value.credit !== 'boolean') fail('INVALID_EVENT', at(place, 'credit'), value.credit);
      if (value.reason !== undefined && !isLineReason(value.reason)) fail('INVALID_EVENT', at(place, 'reason'), value.reason);
      if (value.ref !== undefined && typeof value.ref !== 'string') fail('INVALID_EVENT', at(place, 'ref'), value.ref);
      let charge: SubscriptionEvent = { type: 'charge', on, item };
      if (value.quantity !== undefined) charge = { ...charge, quantity: quantity(value.quantity, place, 'quantity') };
      if (value.credit !== undefined) charge = { ...charge, credit: value.credit };
      if (value.reason !== undefined) charge = { ...charge, reason: value.reason as LineReason };
      if (value.ref !== undefined) charge = { ...charge, ref: value.ref };
      event = charge;
    }
  }
  return { event, day, ns, activatedNs };
}

/**
 * The event with the booking id it makes filled in, so that a replay gives the
 * same id. The event is the record {@link checkEvent} made (never a caller's),
 * so the id is written into it, as its last field: the order a stored event has.
 */
export function withBookingId(event: SubscriptionEvent, bookingId: string): SubscriptionEvent {
  if ((event.type === 'bookAddOn' || event.type === 'bookOption') && event.bookingId === undefined) {
    (event as { bookingId?: string }).bookingId = bookingId;
  } else if (event.type === 'switchOption' && event.newBookingId === undefined) {
    (event as { newBookingId?: string }).newBookingId = bookingId;
  }
  return event;
}

/** The id of the booking an event makes, when it names one; undefined when it is to be generated; null for other events. */
export function givenBookingId(event: SubscriptionEvent): string | undefined | null {
  if (event.type === 'bookAddOn' || event.type === 'bookOption') return event.bookingId;
  if (event.type === 'switchOption') return event.newBookingId;
  return null;
}

/** The day of a logged event (normalised), in the subscription's zone. */
export function dayOfEvent(event: SubscriptionEvent, zone: string): number {
  if ('on' in event) return dayOf(event.on, 'event.on');
  return localDayOf(instantNsOf(event.at, 'event.at'), zone);
}
