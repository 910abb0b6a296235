/**
 * The subscriptions tarifkit made: known by their order, which
 * {@link createSubscription} (or {@link revive}) writes once and every later
 * record of the same subscription shares. A subscription with such an order
 * passes at once; any other (made by hand, read from JSON, cloned) is read in
 * full first. One entry per subscription, not one per call: a billing run
 * hands the same subscription back thousands of times.
 *
 * @internal
 * @module
 */
import type { Subscription } from './types.js';

const ORDERS = new WeakSet<object>();

/** Marks a subscription tarifkit made (by its order). */
export function trusted<T extends Subscription>(sub: T): T {
  ORDERS.add(sub.order);
  return sub;
}

/** Whether a value is a subscription tarifkit made. */
export function isTrusted(value: unknown): value is Subscription {
  if (typeof value !== 'object' || value === null) return false;
  const order = (value as { readonly order?: unknown }).order;
  return typeof order === 'object' && order !== null && ORDERS.has(order);
}
