import type { Cycle, IsoDate, Period } from '../calendar/types.js';

/**
 * How an option booking ended or is about to end (R9, R12, R13). Instants are
 * ISO text in UTC, as `Temporal.Instant` writes it.
 */
export type OptionEnding =
  | {
    /** Cancelled at a period end (R12). */
    readonly kind: 'cancelled';
    /** When the customer asked. */
    readonly requestedAt: string;
    /** The first day without the option: the period end it takes effect at. */
    readonly effectiveOn: IsoDate;
    /** Whether the request met the 48-hour deadline of the period it was made in. */
    readonly onTime: boolean;
  }
  | {
    /** Replaced by another option at a period end (R12). */
    readonly kind: 'switched';
    readonly requestedAt: string;
    /** The first day without the option; the new option starts on it. */
    readonly effectiveOn: IsoDate;
    readonly onTime: boolean;
    /** The booking that replaces it. */
    readonly toBookingId: string;
  }
  | {
    /** Withdrawn within 14 days (R13): it ended at once and is billed nothing. */
    readonly kind: 'withdrawn';
    /** The day of the withdrawal. */
    readonly on: IsoDate;
  }
  | {
    /** A pre-booking dropped before it started (R9): never active, billed nothing. */
    readonly kind: 'dropped';
    /** When the customer asked. */
    readonly requestedAt: string;
  };

/** One booking of a mobile option in a subscription (R8–R13): plain data. */
export interface OptionBooking {
  /** The booking's id: `"<optionId>#<n>"` unless the event gave one. */
  readonly id: string;
  /** The option booked. */
  readonly optionId: string;
  /** Units booked; 1 for most options. */
  readonly quantity: number;
  /** When it was booked: an ISO instant in UTC (`"2026-03-19T08:00:00Z"`). */
  readonly bookedAt: string;
  /** The day it was booked, in the subscription's zone; the withdrawal window counts from here (R13). */
  readonly bookedOn: IsoDate;
  /** The first day it is active: its activation day (R10, R11) or the next package period's start (R9). */
  readonly activeFrom: IsoDate;
  /** The cycle its periods follow: its own four weeks (R8), the plan's period (R9) or calendar months (R11). */
  readonly cycle: Cycle;
  /** The first day not yet on an invoice: its periods are billed from here on. */
  readonly unbilledFrom: IsoDate;
  /** How it ended or is about to end; null while it runs on. */
  readonly ending: OptionEnding | null;
  /** Present (false) only when booked without a proper withdrawal instruction (§356(3) BGB, R31). */
  readonly instructed?: boolean;
  /**
   * Present (true) only when the customer asked for an early start within the window: a withdrawal
   * then keeps the used days charged pro rata, when the booking was also instructed (§357a(2) BGB, R31).
   */
  readonly earlyStart?: boolean;
}

/** The status of an option booking on a day, for {@link listOptions}. */
export type OptionStatus =
  | { /** Booked for a later period start (R9). */ readonly kind: 'prebooked'; readonly activeFrom: IsoDate }
  | { readonly kind: 'active'; /** The option period in force on the day. */ readonly period: Period }
  | {
    readonly kind: 'endingScheduled';
    /** The option period in force on the day. */
    readonly period: Period;
    /** The last day it is active. */
    readonly lastDay: IsoDate;
    /** The booking that takes over, for a switch; null for a cancellation. */
    readonly toBookingId: string | null;
  }
  | { /** Its last active day. */ readonly kind: 'ended'; readonly lastDay: IsoDate }
  | { readonly kind: 'withdrawn'; readonly on: IsoDate }
  | { readonly kind: 'dropped' };

/** One row of the option overview. */
export interface OptionRow {
  readonly bookingId: string;
  readonly optionId: string;
  readonly name: string;
  readonly quantity: number;
  /** The price of one unit for one option period, in minor units. */
  readonly unitCents: number;
  /** The day it was booked. */
  readonly bookedOn: IsoDate;
  /** The status on the day asked about. */
  readonly status: OptionStatus;
}
