import type { IsoDate } from '../calendar/types.js';

/** A quantity in force from a day on (R14, R15). */
export interface AddOnQuantity {
  /** The first day this quantity holds. */
  readonly from: IsoDate;
  /** Units: an integer of at least 1. */
  readonly quantity: number;
}

/** How an add-on booking ended, or is about to end (R15, R16). */
export type AddOnEnding =
  | {
    /** Cancelled to the end of its paid period (R15). */
    readonly kind: 'cancelled';
    /** The day the cancellation was asked for. */
    readonly requestedOn: IsoDate;
    /** The first day it is no longer usable: the end of the paid period. */
    readonly effectiveOn: IsoDate;
  }
  | {
    /** Withdrawn within 14 days: it ended at once and is billed nothing (R13, R16). */
    readonly kind: 'withdrawn';
    /** The day of the withdrawal. */
    readonly on: IsoDate;
  };

/**
 * One booking of an add-on in a subscription (R14–R16): plain data. Its
 * quantities form a timeline: a raise holds from its day, a lowering from the
 * next period's start.
 */
export interface AddOnBooking {
  /** The booking's id: `"<addOnId>#<n>"` unless the event gave one (`"users#1"`). */
  readonly id: string;
  /** The add-on booked. */
  readonly addOnId: string;
  /** The day it was booked; the withdrawal window counts from here (R13). */
  readonly bookedOn: IsoDate;
  /** Every quantity with the day it holds from, in date order; the first from `bookedOn`. */
  readonly quantities: readonly AddOnQuantity[];
  /** Cancelled or withdrawn; null while it runs on. */
  readonly ending: AddOnEnding | null;
  /** Present (false) only when booked without a proper withdrawal instruction (§356(3) BGB, R31). */
  readonly instructed?: boolean;
  /**
   * Present (true) only when the customer asked for an early start within the window: a withdrawal
   * then keeps the used days charged pro rata, when the booking was also instructed (§357a(2) BGB, R31).
   */
  readonly earlyStart?: boolean;
}

/**
 * The status of an add-on in the list view (R15): running, cancelled to a day,
 * ended, or withdrawn. Days shown are last days of service.
 */
export type AddOnStatus =
  | { readonly kind: 'active' }
  | { /** "Kündigung zum …": its last usable day. */ readonly kind: 'cancellationPending'; readonly lastDay: IsoDate }
  | { /** Its last usable day. */ readonly kind: 'ended'; readonly lastDay: IsoDate }
  | { /** The day of the withdrawal. */ readonly kind: 'withdrawn'; readonly on: IsoDate };

/** One row of the add-on list view (R15), as a CRM provider's customer page shows it. */
export interface AddOnRow {
  /** The booking's id. */
  readonly bookingId: string;
  /** The add-on's catalog id. */
  readonly addOnId: string;
  /** The add-on's name. */
  readonly name: string;
  /** The quantity in force on the day asked about. */
  readonly quantity: number;
  /** The price of one unit for one billing period, in minor units. */
  readonly unitCents: number;
  /** The currency code. */
  readonly currency: string;
  /** The day it was booked. */
  readonly bookedOn: IsoDate;
  /** The last day paid for ("abgerechnet bis"); null while nothing is billed (withdrawn, or not yet invoiced in arrears). */
  readonly billedUntil: IsoDate | null;
  /** A lower quantity waiting for the next period, or null. */
  readonly nextQuantity: AddOnQuantity | null;
  /** Active, cancellation pending, ended or withdrawn. */
  readonly status: AddOnStatus;
}
