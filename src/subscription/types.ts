import type { DateInput, IsoDate, Period } from '../calendar/types.js';
import type { Catalog, Configuration } from '../catalog/types.js';
import type { Contract } from '../contract/types.js';
import type { AddOnBooking } from '../addons/types.js';
import type { OptionBooking } from '../options/types.js';
import type { CustomerKind, Invoice } from '../invoice/types.js';
import type { PricedItem } from '../items/types.js';
import type { Line, LineReason } from '../lines/types.js';
import type { ProrationBasis } from '../proration/types.js';
import type { InstantInput } from '../rules/types.js';
import type { Refusal } from '../refusal/types.js';
import type { StoredHeader } from '../storage/types.js';
import type { GermanStateInput, HolidayRegion } from '../holidays/types.js';

/** An add-on booked with the order, before the first invoice. */
export interface InitialAddOn {
  /** The add-on, by catalog id. */
  readonly addOnId: string;
  /** Units: an integer of at least 1. */
  readonly quantity: number;
}

/** What {@link createSubscription} needs: the plan, its configuration and the start day (R1, R26). */
export interface SubscriptionInput {
  /** The plan, by catalog id. */
  readonly planId: string;
  /** The first day of the contract and of its first term. */
  readonly start: DateInput;
  /** Component id → quantity; components left out take the plan's default. */
  readonly configuration?: Configuration;
  /** Add-ons ordered with the plan: they are on the first invoice. Default none. */
  readonly addOns?: readonly InitialAddOn[];
  /** The customer's IANA time zone: option instants are read in it (R10, R12). Default `"Europe/Berlin"`. */
  readonly timeZone?: string;
  /**
   * The customer's state (`'BY'` or `'DE-BY'`): its own public holidays move withdrawal
   * windows too (§193 BGB, R13, R30). The nationwide holidays always do. Default none.
   */
  readonly state?: GermanStateInput;
  /**
   * The region as a stored order records it (`'DE'`, `'DE-BY'`), so that an order can be
   * passed back as input; `state` wins when both are given. Default `'DE'`.
   */
  readonly publicHolidays?: HolidayRegion;
  /** More holidays, added to the built-in ones (a local holiday): they move withdrawal windows too. Default none. */
  readonly holidays?: readonly DateInput[];
  /** How the rest of a period is priced on an upgrade: `day` (default, "tagesgenau") or `month` (W1's round figures). */
  readonly basis?: ProrationBasis;
  /** Your id for the subscription. Default null. */
  readonly id?: string;
  /**
   * False when the consumer was not given a proper withdrawal instruction for the contract: it
   * can then be withdrawn for 12 months and 14 days (§356(3) BGB, R31). Default true.
   */
  readonly instructed?: boolean;
  /**
   * True when the consumer expressly asked for the service to start within the withdrawal window:
   * a withdrawal then keeps the used days' pro-rata value charged (§357a(2) BGB, R31), unless
   * `instructed` is false. Default false.
   */
  readonly earlyStart?: boolean;
}

/** An upgrade (R2): more service, in force at once; the term's end stays. */
export interface UpgradeEvent {
  readonly type: 'upgrade';
  readonly on: DateInput;
  /** The plan to switch to, of the same family; default the plan in force. */
  readonly planId?: string;
  /** The new quantities; components left out keep theirs (or take the new plan's defaults). */
  readonly configuration?: Configuration;
}

/** A downgrade (R3): less service, scheduled for the end of the term it is asked in. */
export interface DowngradeEvent {
  readonly type: 'downgrade';
  readonly on: DateInput;
  readonly planId?: string;
  readonly configuration?: Configuration;
}

/** An ordinary cancellation of the contract (R3): to the term's end when on time, else a later end. */
export interface CancelEvent {
  readonly type: 'cancel';
  readonly on: DateInput;
}

/**
 * A consumer's withdrawal of the contract (§355, §356 BGB; R13, R31): within 14 days from the
 * start, or 12 months and 14 days when the order says `instructed: false`, the last day moved
 * past weekends and public holidays. The contract ends that day with its add-ons and options,
 * and what was invoiced for them is credited back; after an express early start (`earlyStart`
 * on the order) the days before it stay charged pro rata (§357a(2) BGB). A business contract
 * has no withdrawal right.
 */
export interface WithdrawEvent {
  readonly type: 'withdraw';
  readonly on: DateInput;
}

/** A request to end the contract early. No ground gives that right here; closing the business does not (R5). */
export interface TerminateEarlyEvent {
  readonly type: 'terminateEarly';
  readonly on: DateInput;
  /** The ground the customer gives; `"businessClosure"` is R5's case. Default `"other"`. */
  readonly ground?: string;
}

/** Books an add-on (R14): usable at once; the rest of the period is a draft for the next invoice. */
export interface BookAddOnEvent {
  readonly type: 'bookAddOn';
  readonly on: DateInput;
  readonly addOnId: string;
  /** Units: an integer from 1 to 1,000,000. */
  readonly quantity: number;
  /**
   * False when the customer was not given a proper withdrawal instruction: the booking can then be
   * withdrawn for 12 months and 14 days (§356(3) BGB, R31). Default true.
   */
  readonly instructed?: boolean;
  /**
   * True when the customer expressly asked for the service to start within the withdrawal window:
   * a withdrawal then keeps the used days' pro-rata value charged and credits only the rest
   * (§357a(2) BGB, R31), unless `instructed` is false (no value is owed without a proper
   * instruction). Default false.
   */
  readonly earlyStart?: boolean;
  /** An id for the booking; default `"<addOnId>#<n>"`. */
  readonly bookingId?: string;
}

/** Changes an add-on's quantity (R14, R15): a raise at once and prorated, a lowering from the next period. */
export interface ChangeAddOnQuantityEvent {
  readonly type: 'changeAddOnQuantity';
  readonly on: DateInput;
  readonly bookingId: string;
  readonly quantity: number;
}

/** Cancels an add-on to the end of its paid period (R15). */
export interface CancelAddOnEvent {
  readonly type: 'cancelAddOn';
  readonly on: DateInput;
  readonly bookingId: string;
}

/**
 * Withdraws an add-on within its window (R16, R31): 14 days, or 12 months and 14 days when booked
 * without a proper instruction. It ends at once and is billed nothing; after an express early
 * start, the days used stay charged pro rata.
 */
export interface WithdrawAddOnEvent {
  readonly type: 'withdrawAddOn';
  readonly on: DateInput;
  readonly bookingId: string;
}

/** Books a mobile option (R8–R11). An instant, because activation counts hours (R10). */
export interface BookOptionEvent {
  readonly type: 'bookOption';
  readonly at: InstantInput;
  readonly optionId: string;
  /** When it was activated, within 24 hours of the booking (R10, R11). Default: the booking instant. */
  readonly activatedAt?: InstantInput;
  /** Units; default 1. */
  readonly quantity?: number;
  /**
   * False when the customer was not given a proper withdrawal instruction: the booking can then be
   * withdrawn for 12 months and 14 days (§356(3) BGB, R31). Default true.
   */
  readonly instructed?: boolean;
  /**
   * True when the customer expressly asked for the service to start within the withdrawal window:
   * a withdrawal then keeps the used days' pro-rata value charged and credits only the rest
   * (§357a(2) BGB, R31), unless `instructed` is false (no value is owed without a proper
   * instruction). Default false.
   */
  readonly earlyStart?: boolean;
  /** An id for the booking; default `"<optionId>#<n>"`. */
  readonly bookingId?: string;
}

/** Cancels an option at a period end, 48 hours ahead (R12). */
export interface CancelOptionEvent {
  readonly type: 'cancelOption';
  readonly at: InstantInput;
  readonly bookingId: string;
}

/** Switches an option to another at a period end, 48 hours ahead (R12). */
export interface SwitchOptionEvent {
  readonly type: 'switchOption';
  readonly at: InstantInput;
  readonly bookingId: string;
  readonly toOptionId: string;
  /** Units of the new option; default 1. */
  readonly quantity?: number;
  /**
   * False when the new booking was made without a proper withdrawal instruction: its window is
   * 12 months and 14 days (§356(3) BGB, R31). Default true.
   */
  readonly instructed?: boolean;
  /**
   * True when the customer expressly asked for the new option to start within its withdrawal
   * window: a withdrawal then keeps the used days' pro-rata value (§357a(2) BGB, R31). Default false.
   */
  readonly earlyStart?: boolean;
  /** An id for the new booking; default `"<toOptionId>#<n>"`. */
  readonly newBookingId?: string;
}

/**
 * Withdraws an option within its window (R13, R31): 14 days, or 12 months and 14 days when booked
 * without a proper instruction. It ends at once and is billed nothing; after an express early
 * start, the days used stay charged pro rata.
 */
export interface WithdrawOptionEvent {
  readonly type: 'withdrawOption';
  readonly on: DateInput;
  readonly bookingId: string;
}

/**
 * Your own one-off charge or credit: a setup fee, a one-off item, usage you
 * metered. It goes on the next invoice as given, dated on its day.
 */
export interface ChargeEvent {
  readonly type: 'charge';
  readonly on: DateInput;
  readonly item: PricedItem;
  /** Units; default 1. */
  readonly quantity?: number;
  /** True for a credit. Default false. */
  readonly credit?: boolean;
  /** Default `oneOff`, or `credit` for a credit. */
  readonly reason?: LineReason;
  /** Your reference for the line. */
  readonly ref?: string;
}

/**
 * Everything that can happen to a subscription, as one union of plain JSON
 * records (R26). A day is `on`; an instant `at` appears only where the rules
 * count hours (R10, R12).
 */
export type SubscriptionEvent =
  | UpgradeEvent
  | DowngradeEvent
  | CancelEvent
  | WithdrawEvent
  | TerminateEarlyEvent
  | BookAddOnEvent
  | ChangeAddOnQuantityEvent
  | CancelAddOnEvent
  | WithdrawAddOnEvent
  | BookOptionEvent
  | CancelOptionEvent
  | SwitchOptionEvent
  | WithdrawOptionEvent
  | ChargeEvent;

/** The `type`s of {@link SubscriptionEvent}. */
export type SubscriptionEventType = SubscriptionEvent['type'];

/**
 * One customer's subscription (R26): a contract with its add-ons and options on
 * one event log, the invoices issued so far and the lines waiting for the next
 * one. Plain data: every change returns a new subscription and leaves the old
 * one as it was.
 */
export interface Subscription extends StoredHeader<'subscription'> {
  /** Your id, or null. */
  readonly id: string | null;
  /** The catalog the subscription's plans, add-ons and options come from. */
  readonly catalog: Catalog;
  /** The order it was made from, as checked (dates as ISO text). */
  readonly order: SubscriptionOrder;
  /** Consumer (gross prices) or business (net prices). */
  readonly customer: CustomerKind;
  /** The customer's time zone. */
  readonly timeZone: string;
  /** The plan contract: terms, versions, cancellation. */
  readonly contract: Contract;
  /** Every add-on booking, running and ended, in booking order. */
  readonly addOns: readonly AddOnBooking[];
  /** Every option booking, in booking order. */
  readonly options: readonly OptionBooking[];
  /** Every accepted event, as checked, in date order. */
  readonly events: readonly SubscriptionEvent[];
  /** The invoices issued so far, in date order. */
  readonly invoices: readonly Invoice[];
  /** Lines waiting for the next invoice: drafts, credits and corrections (R14, R16, R26). */
  readonly pending: readonly Line[];
  /** The day of the next invoice, or null when nothing more will be invoiced. */
  readonly nextInvoiceOn: IsoDate | null;
  /** The last day the subscription was advanced to, or null before the first advance. */
  readonly advancedTo: IsoDate | null;
}

/** The order a subscription was made from, as checked: what a replay starts from. */
export interface SubscriptionOrder {
  readonly planId: string;
  readonly start: IsoDate;
  readonly configuration: Configuration;
  readonly addOns: readonly InitialAddOn[];
  readonly timeZone: string;
  readonly holidays: readonly IsoDate[];
  /**
   * Whose public holidays the withdrawals skip (R30): `'DE'` nationwide, `'DE-BY'` with
   * Bavaria's own. Absent in an order stored before the built-in holidays: it keeps none.
   */
  readonly publicHolidays?: HolidayRegion;
  readonly basis: ProrationBasis;
  /** Present (false) when the contract was made without a proper withdrawal instruction (§356(3) BGB). */
  readonly instructed?: false;
  /** Present (true) when the consumer asked for an early start within the withdrawal window (§357a(2) BGB). */
  readonly earlyStart?: true;
}

/** An accepted event: the new subscription and the lines it adds to the next invoice. */
export interface Applied {
  readonly ok: true;
  /** The subscription after the event; the one passed in is unchanged. */
  readonly subscription: Subscription;
  /**
   * The lines the event adds to the next invoice: an upgrade's charge and credit,
   * an add-on's draft, a withdrawal's credit notes, a backdated event's corrections.
   */
  readonly lines: readonly Line[];
  /** The first day the change is in force (for a cancellation: the first day without). */
  readonly effectiveOn: IsoDate;
  /** The id of the booking the event made or changed, or null. */
  readonly bookingId: string | null;
  /** The event as it was recorded in the log: checked, ids filled in, dates as ISO text. */
  readonly event: SubscriptionEvent;
}

/** What {@link applyEvent} and {@link quoteEvent} return: the accepted event, or a refusal. */
export type ApplyResult = Applied | Refusal;

/**
 * Something that happened while a subscription advanced (R15, R26), other than
 * an invoice: reminders and ends. `on` is the day it happened.
 */
export type SubscriptionNotice =
  | { readonly type: 'termRenewed'; readonly on: IsoDate; /** The new term. */ readonly term: Period }
  | { readonly type: 'cancellationDeadline'; /** The last day to cancel to the term's end. */ readonly on: IsoDate; readonly termEnd: IsoDate }
  | { readonly type: 'downgradeInForce'; readonly on: IsoDate; readonly planId: string; readonly name: string }
  | { readonly type: 'contractEnded'; /** The first day without the contract. */ readonly on: IsoDate }
  | { readonly type: 'addOnQuantityChanged'; readonly on: IsoDate; readonly bookingId: string; readonly quantity: number }
  | { readonly type: 'addOnEnded'; /** The first day without the add-on. */ readonly on: IsoDate; readonly bookingId: string; readonly name: string }
  | { readonly type: 'optionActivated'; readonly on: IsoDate; readonly bookingId: string; readonly name: string }
  | { readonly type: 'optionRenewed'; readonly on: IsoDate; readonly bookingId: string; readonly name: string; readonly period: Period }
  | { readonly type: 'optionEnded'; /** The first day without the option. */ readonly on: IsoDate; readonly bookingId: string; readonly name: string };

/** What {@link advance} returns. */
export interface Advanced {
  /** The subscription advanced to the day. */
  readonly subscription: Subscription;
  /** The invoices issued on the way, in date order. */
  readonly invoices: readonly Invoice[];
  /** The notices on the way, in date order. */
  readonly notices: readonly SubscriptionNotice[];
}

/** An event a replay left out because it was refused, with its place in the log. */
export interface ReplayRefusal {
  /** The event's index in the log handed in. */
  readonly index: number;
  readonly refusal: Refusal;
}

/** What {@link replay} returns. */
export interface Replayed extends Advanced {
  /** Events the log held that were refused when their turn came (nothing changed for them). */
  readonly refusals: readonly ReplayRefusal[];
}
