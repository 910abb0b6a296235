/**
 * The subscriptions tarifkit handed out: known to be what its own functions
 * wrote, so they are not checked again when they come back. Any other
 * subscription (made by hand, read from JSON, copied) is read in full first.
 *
 * @internal
 * @module
 */
import type { Subscription } from './types.js';

const TRUSTED = new WeakSet<object>();

/** Marks a subscription tarifkit is about to hand out. */
export function trusted<T extends Subscription>(sub: T): T {
  TRUSTED.add(sub);
  return sub;
}

/** Whether a value is a subscription tarifkit handed out. */
export function isTrusted(value: unknown): value is Subscription {
  return typeof value === 'object' && value !== null && TRUSTED.has(value);
}
