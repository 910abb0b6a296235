import type { Temporal } from '@js-temporal/polyfill';
import type { Cycle, DateInput, Period } from '../calendar/types.js';
import type { Line, VatRate } from '../lines/types.js';
import type { Currency, Money } from '../money/types.js';

/**
 * An add-on as the catalog lists it: plain data (R14). Seed 004 has two:
 * "Zusätzliche Benutzer" and a 10 GB storage pack, 5,90 € each per unit and month.
 */
export interface AddOnDefinition {
  /** A stable id (`"users"`, `"storage-10gb"`). */
  readonly id: string;
  /** The name people see (`"Zusätzliche Benutzer"`). */
  readonly name: string;
  /**
   * The price of one unit for one billing period of the subscription's cycle
   * (a month on a monthly cycle), in minor units. Gross for consumers, net for
   * businesses: the invoice reads it as its customer type says (R23).
   */
  readonly unitCents: number;
  /** The VAT rate of the add-on (R23). */
  readonly vatRate: VatRate;
}

/**
 * The subscription's own regular charge (the plan), which every regular
 * invoice carries for its period next to the add-ons (R14). Same shape as an
 * add-on with quantity 1.
 */
export interface BaseCharge {
  /** A stable id of the plan (`"crm-team"`). */
  readonly id: string;
  /** The name people see (`"CloudCRM Team"`). */
  readonly name: string;
  /** The price for one billing period, in minor units (gross for consumers, net for businesses). */
  readonly unitCents: number;
  /** The VAT rate of the plan (R23). */
  readonly vatRate: VatRate;
}

/** What {@link createAddOnAccount} needs. */
export interface AddOnAccountInput {
  /** The subscription's billing cycle; add-ons run on it (R14). */
  readonly cycle: Cycle;
  /** The add-ons that can be booked. */
  readonly catalog: readonly AddOnDefinition[];
  /**
   * The day the account opens. The regular invoice for the billing period that
   * contains it is taken as issued already, so add-ons booked in that period
   * become draft items for the next regular invoice.
   */
  readonly start: DateInput;
  /** The plan's regular charge, if the next regular invoice should carry it. Default: none. */
  readonly base?: BaseCharge;
  /** The currency of every price. Default: `EUR`. */
  readonly currency?: Currency;
}

/** How a booking ended, or is about to end. */
export type AddOnTermination =
  | {
    readonly kind: 'cancelled';
    /** The day the cancellation was asked for (epoch day). */
    readonly requestedDay: number;
    /** The first day the add-on is no longer usable: the end of the paid period (epoch day, R15). */
    readonly endDay: number;
  }
  | {
    readonly kind: 'withdrawn';
    /** The day of the withdrawal; the add-on ended at once (epoch day, R16). */
    readonly day: number;
  };

/** A lower quantity that takes effect at a period's start (R14). */
export interface ScheduledQuantity {
  /** The quantity from `fromDay` on. */
  readonly quantity: number;
  /** The first day of the period it applies to (epoch day). */
  readonly fromDay: number;
}

/**
 * One booking of an add-on in an account. Days are epoch days (days since
 * 1970-01-01); {@link listAddOns} shows them as dates.
 */
export interface AddOnBooking {
  /** The booking's id within the account: `"<addOnId>#<n>"`, n counting the account's bookings (`"users#1"`). */
  readonly id: string;
  /** The add-on booked. */
  readonly addOnId: string;
  /** The day it was booked; the withdrawal window counts from here (R13). */
  readonly bookedDay: number;
  /** The quantity in force now. */
  readonly quantity: number;
  /** A lowering waiting for the next period start, if any. */
  readonly scheduled: ScheduledQuantity | null;
  /** Cancelled (to the end of the paid period) or withdrawn; null while it runs. */
  readonly termination: AddOnTermination | null;
}

/** A line waiting for the next regular invoice, with the booking it belongs to (null for the plan). */
export interface DraftLine {
  /** The booking the line belongs to; null for lines of the plan. */
  readonly bookingId: string | null;
  /** The line. */
  readonly line: Line;
}

/**
 * What the regular invoices issued so far carried for the bookings (R14, R16):
 * one entry per invoice, newest first. {@link invoicedAddOnLines} reads it for
 * one booking; a withdrawal reverses exactly those lines.
 */
export interface AddOnLedger {
  /** The day of the close that made the invoice (its invoice day). */
  readonly closeDay: number;
  /** The invoice's lines that belong to bookings, as pairs: `[bookingId, line, bookingId, line, …]`, in invoice order. */
  readonly pairs: readonly (string | Line)[];
  /** The entry of the invoice before, or null. */
  readonly previous: AddOnLedger | null;
}

/**
 * The add-ons of one subscription and the draft items they collected since the
 * last regular invoice (R14–R16). Made by {@link createAddOnAccount}; every
 * operation returns a new account and leaves the old one as it was.
 */
export interface AddOnAccount {
  /** The subscription's billing cycle. */
  readonly cycle: Cycle;
  /** The add-ons that can be booked. */
  readonly catalog: readonly AddOnDefinition[];
  /** The plan's regular charge, or null. */
  readonly base: BaseCharge | null;
  /** The currency of every price. */
  readonly currency: Currency;
  /** The first day of the billing period the last regular invoice covered (epoch day): the current period's start. */
  readonly paidFromDay: number;
  /** The first day no regular invoice has covered yet (epoch day): the current period's end, the next regular invoice day. */
  readonly paidThroughDay: number;
  /** The day of the latest recorded change (epoch day); changes come in date order. */
  readonly lastChangeDay: number;
  /** Every booking, running and ended, in booking order. */
  readonly bookings: readonly AddOnBooking[];
  /** Draft items for the next regular invoice (the collective invoice, R14), in order. */
  readonly drafts: readonly DraftLine[];
  /** How many bookings were made; numbers the generated booking ids. */
  readonly bookingCount: number;
  /** What the regular invoices issued so far carried for the bookings, newest first; null before the first. */
  readonly ledger: AddOnLedger | null;
}

/** A booking request for {@link bookAddOn}. */
export interface BookAddOnRequest {
  /** The add-on to book, by catalog id. */
  readonly addOnId: string;
  /** Units (users, 10 GB packs): an integer of at least 1 (R14). */
  readonly quantity: number;
  /** The booking day. */
  readonly on: DateInput;
}

/** The outcome of {@link bookAddOn}. */
export interface BookAddOnResult {
  /** The account with the booking and its draft item. */
  readonly account: AddOnAccount;
  /** The new booking's id. */
  readonly bookingId: string;
  /** The draft item: the rest of the current period, pro rata (R14). */
  readonly lines: readonly Line[];
}

/** A quantity change for {@link changeAddOnQuantity}. */
export interface ChangeAddOnQuantityRequest {
  /** The booking to change. */
  readonly bookingId: string;
  /** The new quantity: an integer of at least 1. */
  readonly quantity: number;
  /** The day of the request. */
  readonly on: DateInput;
}

/**
 * What a quantity change did: `increase` at once (with a prorated draft item),
 * `scheduled` for the next period start (a lowering), or `unchanged` (the same
 * quantity as in force; a scheduled lowering, if any, is dropped).
 */
export type QuantityChangeKind = 'increase' | 'scheduled' | 'unchanged';

/** The outcome of {@link changeAddOnQuantity}. */
export interface ChangeAddOnQuantityResult {
  /** The account after the change. */
  readonly account: AddOnAccount;
  /** What happened. */
  readonly kind: QuantityChangeKind;
  /** The day the new quantity applies from (built when read). */
  readonly effectiveFrom: Temporal.PlainDate;
  /** The same day as an epoch day (days since 1970-01-01). */
  readonly effectiveFromDay: number;
  /** The draft item for the extra units (an increase); empty otherwise. */
  readonly lines: readonly Line[];
}

/** A cancellation for {@link cancelAddOn}. */
export interface CancelAddOnRequest {
  /** The booking to cancel. */
  readonly bookingId: string;
  /** The day of the request. */
  readonly on: DateInput;
}

/** The outcome of {@link cancelAddOn}. */
export interface CancelAddOnResult {
  /** The account with the cancellation recorded. */
  readonly account: AddOnAccount;
  /** The last day the add-on is usable: "cancellation effective <date>" (R15); built when read. */
  readonly effective: Temporal.PlainDate;
  /** The first day it is no longer usable, as an epoch day: the end of the paid period. */
  readonly endDay: number;
}

/** A withdrawal for {@link withdrawAddOn}. */
export interface WithdrawAddOnRequest {
  /** The booking to withdraw. */
  readonly bookingId: string;
  /** The day of the withdrawal. */
  readonly on: DateInput;
}

/** Options for {@link withdrawAddOn}. */
export interface WithdrawAddOnOptions {
  /** Public holidays of the customer's state; they move the window's last day (§193 BGB, R13). */
  readonly holidays?: readonly DateInput[];
}

/** A withdrawal refused because the 14-day window has closed (R13): a value, not an error. */
export interface AddOnWithdrawalRefusal {
  readonly ok: false;
  readonly reason: 'WITHDRAWAL_WINDOW_CLOSED';
  /** The last day on which the withdrawal was possible. */
  readonly windowEnd: Temporal.PlainDate;
  /** Always null: the window does not open again. */
  readonly allowedFrom: null;
}

/** A withdrawal that went through (R16). */
export interface AddOnWithdrawal {
  readonly ok: true;
  /** The account: the booking ended at once, its drafts gone, credit notes pending. */
  readonly account: AddOnAccount;
  /** The draft items taken off the pending collective invoice. */
  readonly removed: readonly Line[];
  /** Credit notes that reverse what was already invoiced, exactly; they go on the next invoice. */
  readonly credits: readonly Line[];
  /** The withdrawal window that applied; `window.last` is its last day. */
  readonly window: Period;
}

/** The outcome of {@link withdrawAddOn}. */
export type WithdrawAddOnResult = AddOnWithdrawal | AddOnWithdrawalRefusal;

/**
 * One change in a run of {@link applyAddOnChanges}, told apart by `type`:
 * the request of {@link bookAddOn}, {@link changeAddOnQuantity},
 * {@link cancelAddOn} or {@link withdrawAddOn}.
 */
export type AddOnChange =
  | ({ readonly type: 'book' } & BookAddOnRequest)
  | ({ readonly type: 'changeQuantity' } & ChangeAddOnQuantityRequest)
  | ({ readonly type: 'cancel' } & CancelAddOnRequest)
  | ({ readonly type: 'withdraw' } & WithdrawAddOnRequest);

/** A withdrawal in a run of changes refused after its window: the change's place in the run and the refusal. */
export interface AddOnChangeRefusal {
  /** The change's index in the list handed in. */
  readonly index: number;
  /** Why, and the window's last day. */
  readonly refusal: AddOnWithdrawalRefusal;
}

/** The outcome of {@link applyAddOnChanges}. */
export interface AddOnChangesResult {
  /** The account after every change; its `drafts` are the pending items of the collective invoice. */
  readonly account: AddOnAccount;
  /** The ids of the bookings the run made, in order (`"<addOnId>#<n>"`). */
  readonly bookingIds: readonly string[];
  /** Withdrawals refused after their window (nothing changed for them), in order; usually empty. */
  readonly refusals: readonly AddOnChangeRefusal[];
}

/** The outcome of {@link closeAddOnPeriod}. */
export interface AddOnPeriodClose {
  /** The account after the close: no drafts, the next regular invoice day moved on. */
  readonly account: AddOnAccount;
  /** The lines of the regular invoice: period charges first, then the drafts in order. */
  readonly lines: readonly Line[];
  /** The days the period charges cover (one billing period, or more when a close was late). */
  readonly period: Period;
}

/**
 * The status of an add-on in the list view (R15): running, cancelled to a date,
 * ended, or withdrawn.
 */
export type AddOnStatus =
  | { readonly kind: 'active' }
  | {
    readonly kind: 'cancellationPending';
    /** The last day it is usable ("Kündigung zum 17.04.2026"). */
    readonly effective: Temporal.PlainDate;
  }
  | {
    readonly kind: 'ended';
    /** The last day it was usable. */
    readonly lastDay: Temporal.PlainDate;
  }
  | {
    readonly kind: 'withdrawn';
    /** The day of the withdrawal. */
    readonly withdrawnOn: Temporal.PlainDate;
  };

/** One row of the add-on list view (R15), as seed 004's table shows it. */
export interface AddOnRow {
  /** The booking's id. */
  readonly bookingId: string;
  /** The add-on's catalog id. */
  readonly addOnId: string;
  /** The add-on's name. */
  readonly name: string;
  /** The quantity in force on the day asked about. */
  readonly quantity: number;
  /** The price of one unit for one period. */
  readonly unitPrice: Money;
  /** The same in minor units. */
  readonly unitCents: number;
  /** The day it was booked. */
  readonly bookedOn: Temporal.PlainDate;
  /** The last day paid for ("abgerechnet bis"); null for a withdrawn booking, which is billed nothing. */
  readonly billedUntil: Temporal.PlainDate | null;
  /** A lowering waiting for the next period, if any. */
  readonly nextQuantity: { readonly quantity: number; readonly from: Temporal.PlainDate } | null;
  /** Active, cancellation pending, ended or withdrawn. */
  readonly status: AddOnStatus;
}
