import type { IsoDate } from '../calendar/types.js';

/**
 * Why a change was refused, across every module: a business decision, not an
 * error. {@link explainRefusal} words each reason in de and en.
 *
 * Contracts (R2–R5): `OPTIONS_NOT_CHANGEABLE`, `INCOMPATIBLE_PLAN`,
 * `NOT_AN_UPGRADE`, `NOT_A_DOWNGRADE`, `NO_SPECIAL_TERMINATION_RIGHT`,
 * `ALREADY_CANCELLED`, `CONTRACT_ENDS_FIRST`. Add-ons and options (R9–R16):
 * `WITHDRAWAL_WINDOW_CLOSED`, `END_ALREADY_SCHEDULED`, `ALREADY_BOOKED`.
 * Subscriptions (R26): `CONFLICTS_WITH_LATER_EVENTS`. Prepaid (R17):
 * `INSUFFICIENT_BALANCE`, `ALREADY_ACTIVE`. Bookings (R19): `ALREADY_PAID`.
 * Carts (R20): `UNKNOWN_VOUCHER`, `VOUCHER_NOT_YET_VALID`, `VOUCHER_EXPIRED`,
 * `BELOW_MINIMUM_ORDER`, `VOUCHER_ALREADY_APPLIED`. Direct debit (R29):
 * `MANDATE_LAPSED`. Telecom price changes (R32): `PRICE_CHANGE_NOTICE_TOO_SHORT`,
 * `PRICE_CHANGE_NOTIFIED_TOO_EARLY`.
 */
export type RefusalReason =
  | 'OPTIONS_NOT_CHANGEABLE'
  | 'INCOMPATIBLE_PLAN'
  | 'NOT_AN_UPGRADE'
  | 'NOT_A_DOWNGRADE'
  | 'NO_SPECIAL_TERMINATION_RIGHT'
  | 'ALREADY_CANCELLED'
  | 'CONTRACT_ENDS_FIRST'
  | 'WITHDRAWAL_WINDOW_CLOSED'
  | 'NO_WITHDRAWAL_RIGHT'
  | 'END_ALREADY_SCHEDULED'
  | 'ALREADY_BOOKED'
  | 'CONFLICTS_WITH_LATER_EVENTS'
  | 'INSUFFICIENT_BALANCE'
  | 'ALREADY_ACTIVE'
  | 'ALREADY_PAID'
  | 'UNKNOWN_VOUCHER'
  | 'VOUCHER_NOT_YET_VALID'
  | 'VOUCHER_EXPIRED'
  | 'BELOW_MINIMUM_ORDER'
  | 'VOUCHER_ALREADY_APPLIED'
  | 'MANDATE_LAPSED'
  | 'PRICE_CHANGE_NOTICE_TOO_SHORT'
  | 'PRICE_CHANGE_NOTIFIED_TOO_EARLY';

/** What a refusal knows beside its reason: names, ids, amounts and dates for its words. */
export type RefusalDetails = Readonly<Record<string, string | number | boolean | null>>;

/**
 * The one refusal shape of every module: `ok: false`, why, and the earliest day
 * from which the change would be accepted (null: no day makes it possible).
 * Nothing changed. Switch on `reason`; {@link explainRefusal} words it.
 */
export interface Refusal {
  readonly ok: false;
  /** Why the change was refused. */
  readonly reason: RefusalReason;
  /** The first day the same change would be accepted, or null. */
  readonly allowedFrom: IsoDate | null;
  /** What the words need: plan and item names, booking ids, amounts, dates (ISO). */
  readonly details: RefusalDetails;
}
