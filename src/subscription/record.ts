/**
 * The one place a subscription record is built after its creation: every
 * change makes a new record with its fields in one order, so all records share
 * one shape (the engine reads them on every call).
 *
 * @internal
 * @module
 */
import type { AddOnBooking } from '../addons/types.js';
import type { Contract } from '../contract/types.js';
import type { Invoice } from '../invoice/types.js';
import type { Line } from '../lines/types.js';
import type { OptionBooking } from '../options/types.js';
import type { Subscription, SubscriptionEvent } from './types.js';

/** A subscription like `sub` with the state given. */
export function subscriptionWith(
  sub: Subscription,
  contract: Contract,
  addOns: readonly AddOnBooking[],
  options: readonly OptionBooking[],
  events: readonly SubscriptionEvent[],
  invoices: readonly Invoice[],
  pending: readonly Line[],
  nextInvoiceOn: string | null,
  advancedTo: string | null,
): Subscription {
  return {
    tarifkit: 1,
    kind: 'subscription',
    id: sub.id,
    catalog: sub.catalog,
    order: sub.order,
    customer: sub.customer,
    timeZone: sub.timeZone,
    contract,
    addOns,
    options,
    events,
    invoices,
    pending,
    nextInvoiceOn,
    advancedTo,
  };
}
