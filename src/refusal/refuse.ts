/**
 * Builds refusals.
 *
 * @internal
 * @module
 */
import { isoOf } from '../calendar/days.js';
import type { Refusal, RefusalDetails, RefusalReason } from './types.js';

/** A refusal; `allowedFromDay` is an epoch day or null. */
export function refuse(reason: RefusalReason, allowedFromDay: number | null, details: RefusalDetails = {}): Refusal {
  return { ok: false, reason, allowedFrom: allowedFromDay === null ? null : isoOf(allowedFromDay), details };
}
