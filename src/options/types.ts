import type { Temporal } from '@js-temporal/polyfill';
import type { Cycle, CycleSpec, DateInput, Period } from '../calendar/types.js';
import type { Line, VatRate } from '../lines/types.js';
import type { Currency, Money } from '../money/types.js';
import type { EffectiveEnd, InstantInput, WithdrawalCheck } from '../rules/types.js';

/**
 * An option as a carrier's catalog lists it: plain data (seed 003). The price is for
 * one unit and one period of the option's cycle.
 */
export interface OptionDefinition {
  /** A stable id (`"sms-flat"`). */
  readonly id: string;
  /** The name people see (`"SMS Flat"`). */
  readonly name: string;
  /** The price of one unit for one whole period, in minor units (R21). */
  readonly unitCents: number;
  /** The VAT rate of the option (R23). */
  readonly vatRate: VatRate;
  /**
   * Option tariffs only: the length of the option's own period in days (R7, R8): 28 for
   * four-week, 30 for legacy tariffs. Default: the tariff's `cycleDays`. Package and
   * postpaid tariffs run options on their own period and ignore it.
   */
  readonly cycleDays?: number;
}

/** An option of a validated tariff: the definition with its period length filled in. */
export interface TariffOption extends OptionDefinition {
  /** Days per period on an option tariff; 0 on package and postpaid tariffs, whose options follow the tariff's period. */
  readonly cycleDays: number;
}

/** What every tariff spec has: the options that can be booked, the customer's zone and the currency. */
export interface OptionTariffSpecBase {
  /** The options that can be booked; ids are unique. */
  readonly options: readonly OptionDefinition[];
  /** The customer's IANA time zone: days and the 24/48-hour rules are read in it. Default `"Europe/Berlin"`. */
  readonly timeZone?: string;
  /** The currency of every price. Default: EUR. */
  readonly currency?: Currency;
}

/**
 * A prepaid option tariff (R8, R10; "Prepaid wie ich will"): each option runs on its own
 * cycle of `cycleDays` days from its own activation day.
 */
export interface BookingAnchoredTariffSpec extends OptionTariffSpecBase {
  readonly kind: 'optionTariff';
  /** Days per period for options that do not set their own: 28 (default, four-week) or 30 (legacy). */
  readonly cycleDays?: number;
}

/**
 * A prepaid package tariff (R9; "Prepaid Basic S"): options follow the package's period
 * and a mid-period booking is pre-booked for the next period start.
 */
export interface PackageTariffSpec extends OptionTariffSpecBase {
  readonly kind: 'packageTariff';
  /** The package's billing cycle, e.g. `{ kind: 'days', days: 28, anchor: '2026-02-22' }`. */
  readonly package: Cycle | CycleSpec;
}

/**
 * A postpaid tariff billed by calendar month (R6, R11): an option booked mid-month is
 * charged pro rata for the rest of the month and renews on the 1st.
 */
export interface PostpaidMonthTariffSpec extends OptionTariffSpecBase {
  readonly kind: 'postpaidMonth';
}

/** A tariff as plain data, for {@link createOptionTariff}. */
export type OptionTariffSpec = BookingAnchoredTariffSpec | PackageTariffSpec | PostpaidMonthTariffSpec;

/** What every validated tariff has. */
export interface OptionTariffBase {
  /** The options, validated, in catalog order. */
  readonly options: readonly TariffOption[];
  /** The customer's time zone, canonical IANA id. */
  readonly timeZone: string;
  /** The currency of every price. */
  readonly currency: Currency;
}

/** A validated option tariff (R8, R10). */
export interface BookingAnchoredTariff extends OptionTariffBase {
  readonly kind: 'optionTariff';
  /** The default period length in days. */
  readonly cycleDays: number;
}

/** A validated package tariff (R9). */
export interface PackageTariff extends OptionTariffBase {
  readonly kind: 'packageTariff';
  /** The package's billing cycle, which every option follows. */
  readonly package: Cycle;
}

/** A validated postpaid calendar-month tariff (R11). */
export interface PostpaidMonthTariff extends OptionTariffBase {
  readonly kind: 'postpaidMonth';
}

/** A validated tariff, made once by {@link createOptionTariff} and shared by every account on it. */
export type OptionTariff = BookingAnchoredTariff | PackageTariff | PostpaidMonthTariff;

/**
 * How a booking ended or is about to end. Days are epoch days (days since 1970-01-01);
 * instants are ISO strings in UTC, as `Temporal.Instant` writes them.
 */
export type OptionEnding =
  | {
    /** Cancelled at a period end (R12). */
    readonly kind: 'cancelled';
    /** When the customer asked: an ISO instant in UTC. */
    readonly requestedAt: string;
    /** The first day without the option: the period end the cancellation took effect at. */
    readonly endDay: number;
    /** Whether the request met the 48-hour deadline of the period it was made in. */
    readonly onTime: boolean;
  }
  | {
    /** Replaced by another option at a period end (R12). */
    readonly kind: 'switched';
    readonly requestedAt: string;
    /** The first day without the option; the new option starts on it. */
    readonly endDay: number;
    readonly onTime: boolean;
    /** The booking that replaces it. */
    readonly toBookingId: string;
  }
  | {
    /** Withdrawn within 14 days (R13): it ended at once and is billed nothing. */
    readonly kind: 'withdrawn';
    readonly requestedAt: string;
    /** The day of the withdrawal. */
    readonly day: number;
  }
  | {
    /** A booking dropped before it started (R9): never active, billed nothing. */
    readonly kind: 'dropped';
    readonly requestedAt: string;
  };

/**
 * One booking of an option in an account. Days are epoch days (days since 1970-01-01,
 * like `Period.startDay`); {@link listOptions} shows them as dates.
 */
export interface OptionBooking {
  /** The booking's id within the account (`"sms#1"` unless the caller chose one). */
  readonly id: string;
  /** The option booked. */
  readonly optionId: string;
  /** Units booked; 1 for most options. */
  readonly quantity: number;
  /**
   * When it was booked: an ISO instant in UTC as `Temporal.Instant` writes it
   * (`"2026-03-05T09:00:00Z"`); `Temporal.Instant.from(booking.bookedAt)` reads it back.
   */
  readonly bookedAt: string;
  /** The day it was booked, in the tariff's zone; the withdrawal window counts from here (R13). */
  readonly bookedDay: number;
  /** The first day it is active: the activation day (R10, R11) or the next package period start (R9). */
  readonly activeFromDay: number;
  /** The cycle its periods follow: its own four-week cycle (R8), the package's (R9) or calendar months (R11). */
  readonly cycle: Cycle;
  /** How it ended or is about to end; null while it runs on. */
  readonly ending: OptionEnding | null;
}

/**
 * The options booked on one line (SIM) of a tariff. Made by {@link createOptionAccount};
 * every operation returns a new account and leaves the old one as it was.
 */
export interface OptionAccount {
  /** The tariff the line is on. */
  readonly tariff: OptionTariff;
  /** Every booking, running and ended, in booking order. */
  readonly bookings: readonly OptionBooking[];
  /** How many bookings were made; numbers the generated booking ids. */
  readonly bookingCount: number;
}

/** A booking request for {@link bookOption}. */
export interface BookOptionRequest {
  /** The option to book, by id. */
  readonly optionId: string;
  /** When the customer booked. */
  readonly at: InstantInput;
  /**
   * Option and postpaid tariffs: when the option was activated, within 24 hours of the
   * booking (R10, R11). Default: the booking instant. Package tariffs activate at the next
   * period start (R9) and do not read it.
   */
  readonly activatedAt?: InstantInput;
  /** Units: an integer of at least 1. Default 1. */
  readonly quantity?: number;
  /** An id for the booking. Default: `"<optionId>#<n>"`. */
  readonly bookingId?: string;
}

/** A booking refused because the option is already booked and has not ended. */
export interface OptionAlreadyBookedRefusal {
  readonly ok: false;
  readonly reason: 'OPTION_ALREADY_BOOKED';
  /** The option asked for. */
  readonly optionId: string;
  /** The booking that holds it. */
  readonly bookingId: string;
  /** The first day without that booking when its end is scheduled; null while it runs on. */
  readonly allowedFrom: Temporal.PlainDate | null;
}

/** A cancellation or switch refused because the booking's end is already scheduled. */
export interface EndAlreadyScheduledRefusal {
  readonly ok: false;
  readonly reason: 'END_ALREADY_SCHEDULED';
  /** The booking asked about. */
  readonly bookingId: string;
  /** The first day without the booking, as already scheduled. */
  readonly endsOn: Temporal.PlainDate;
  /** Always null: nothing more can be scheduled for this booking. */
  readonly allowedFrom: null;
}

/** A withdrawal refused because the 14-day window has closed (R13): the `ok: false` side of {@link WithdrawalCheck}. */
export type WithdrawalRefusal = Extract<WithdrawalCheck, { readonly ok: false }>;

/** Every refusal of the options module, for {@link explainOptionRefusal}. */
export type OptionRefusal = OptionAlreadyBookedRefusal | EndAlreadyScheduledRefusal | WithdrawalRefusal;

/** A booking that went through. */
export interface OptionBooked {
  readonly ok: true;
  /** The account with the new booking. */
  readonly account: OptionAccount;
  /** The new booking. */
  readonly booking: OptionBooking;
  /** The first day it is active (R9, R10, R11). */
  readonly activeFrom: Temporal.PlainDate;
}

/** The outcome of {@link bookOption}. */
export type BookOptionResult = OptionBooked | OptionAlreadyBookedRefusal;

/** A cancellation request for {@link cancelOption}. */
export interface CancelOptionRequest {
  /** The booking to cancel. */
  readonly bookingId: string;
  /** When the customer asked. */
  readonly at: InstantInput;
}

/** A cancellation scheduled at a period end (R12). */
export interface OptionCancelScheduled {
  readonly ok: true;
  readonly outcome: 'scheduled';
  /** The account with the ending recorded. */
  readonly account: OptionAccount;
  /** The booking as it is now. */
  readonly booking: OptionBooking;
  /** Where the cancellation lands: this period's end when on time, a period later when not. */
  readonly effective: EffectiveEnd;
}

/** A pre-booking dropped before it started, at no charge (R9). */
export interface OptionDropped {
  readonly ok: true;
  readonly outcome: 'dropped';
  readonly account: OptionAccount;
  readonly booking: OptionBooking;
}

/** The outcome of {@link cancelOption}. */
export type CancelOptionResult = OptionCancelScheduled | OptionDropped | EndAlreadyScheduledRefusal;

/** A switch request for {@link switchOption}. */
export interface SwitchOptionRequest {
  /** The booking to replace. */
  readonly bookingId: string;
  /** The option that replaces it. */
  readonly toOptionId: string;
  /** When the customer asked. */
  readonly at: InstantInput;
  /** Units of the new option. Default 1. */
  readonly quantity?: number;
  /** An id for the new booking. Default: `"<toOptionId>#<n>"`. */
  readonly newBookingId?: string;
}

/** A switch that went through: the old booking ends where the new one starts. */
export interface OptionSwitched {
  readonly ok: true;
  readonly account: OptionAccount;
  /** The booking replaced, with its ending. */
  readonly from: OptionBooking;
  /** The new booking, active from the boundary. */
  readonly to: OptionBooking;
  /** The boundary (R12); for a booking that had not started yet, its start. */
  readonly effective: EffectiveEnd | null;
}

/** The outcome of {@link switchOption}. */
export type SwitchOptionResult = OptionSwitched | OptionAlreadyBookedRefusal | EndAlreadyScheduledRefusal;

/** A withdrawal request for {@link withdrawOption}. */
export interface WithdrawOptionRequest {
  /** The booking to withdraw. */
  readonly bookingId: string;
  /** When the customer withdrew. */
  readonly at: InstantInput;
}

/** Options for {@link withdrawOption}. */
export interface WithdrawOptionOptions {
  /** Public holidays of the customer's state; they move the window's last day (§193 BGB, R13). */
  readonly holidays?: readonly DateInput[];
  /**
   * Lines already on issued invoices. Those of the withdrawn booking (same option id, days
   * inside the booking) are reversed exactly by credit notes; the rest is left alone.
   */
  readonly invoiced?: readonly Line[];
}

/** A withdrawal that went through (R13). */
export interface OptionWithdrawn {
  readonly ok: true;
  /** The account: the booking ended at once and is billed nothing from now on. */
  readonly account: OptionAccount;
  /** The booking with its ending. */
  readonly booking: OptionBooking;
  /** Credit notes (`withdrawalCredit`) that reverse what was already invoiced, exactly. */
  readonly credits: readonly Line[];
  /** The window that applied; `window.last` is its last day. */
  readonly window: Period;
}

/** The outcome of {@link withdrawOption}. */
export type WithdrawOptionResult = OptionWithdrawn | WithdrawalRefusal;

/** The status of a booking on a day, for {@link listOptions}. */
export type OptionStatus =
  | { readonly kind: 'prebooked'; /** The first day it will be active. */ readonly activeFrom: Temporal.PlainDate }
  | { readonly kind: 'active'; /** The period in force on the day. */ readonly period: Period }
  | {
    readonly kind: 'endingScheduled';
    /** The period in force on the day. */
    readonly period: Period;
    /** The last day it is active. */
    readonly lastDay: Temporal.PlainDate;
    /** The booking that takes over, for a switch; null for a cancellation. */
    readonly toBookingId: string | null;
  }
  | { readonly kind: 'ended'; /** The last day it was active. */ readonly lastDay: Temporal.PlainDate }
  | { readonly kind: 'withdrawn'; /** The day of the withdrawal. */ readonly withdrawnOn: Temporal.PlainDate }
  | { readonly kind: 'dropped' };

/** One row of the option overview. */
export interface OptionRow {
  readonly bookingId: string;
  readonly optionId: string;
  readonly name: string;
  readonly quantity: number;
  /** The price of one unit for one period. */
  readonly unitPrice: Money;
  /** The day it was booked. */
  readonly bookedOn: Temporal.PlainDate;
  /** The status on the day asked about. */
  readonly status: OptionStatus;
}
