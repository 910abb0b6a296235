import type { Temporal } from '@js-temporal/polyfill';
import type { DateInput, Period } from '../calendar/types.js';
import type { Catalog, Configuration, CustomerKind, NoticePeriod, Plan, RenewalRule } from '../catalog/types.js';
import type { Line } from '../lines/types.js';
import type { Money } from '../money/types.js';
import type { ProrationBasis } from '../proration/types.js';

/* ------------------------------------------------------------------ */
/* Making a contract                                                    */
/* ------------------------------------------------------------------ */

/** What {@link createContract} needs: a plan, its configuration and the start day (R1). */
export interface CreateContractInput {
  /** The plan, by catalog id. */
  readonly planId: string;
  /**
   * Option id → quantity (an integer of 0 or more). Options left out take the
   * plan's default quantity. Default: the plan's defaults.
   */
  readonly configuration?: Configuration;
  /** The first day of the contract and of its first term. */
  readonly start: DateInput;
  /** An id for the contract, for event logs that hold several. Default: null. */
  readonly id?: string;
}

/** Why a contract version exists. */
export type VersionCause = 'start' | 'upgrade' | 'downgrade';

/**
 * Which plan and configuration held from which day (R1–R3). A version with a
 * `from` after the contract's latest event is scheduled: a downgrade waiting for
 * the term's end.
 */
export interface ContractVersion {
  /** The first day the version is in force. */
  readonly from: Temporal.PlainDate;
  /** The same day as days since 1970-01-01. */
  readonly fromDay: number;
  readonly planId: string;
  /** The plan's name, as invoice lines show it. */
  readonly planName: string;
  /** Every option of the plan with its quantity. */
  readonly configuration: Configuration;
  /** The plan's base price plus Σ unit price × quantity, per term or per billing period (`plan.price.per`). */
  readonly priceCents: number;
  /** The same price as an amount. */
  readonly price: Money;
  readonly cause: VersionCause;
}

/** An accepted cancellation: when it came and when the contract ends (R3). */
export interface Cancellation {
  /** The day the cancellation arrived. */
  readonly receivedOn: Temporal.PlainDate;
  /**
   * True when it met the notice deadline of the term it arrived in, so the
   * contract ends with that term; false when it moved on to a later end.
   */
  readonly onTime: boolean;
  /** The last day on which a cancellation still reached `effectiveOn`. */
  readonly noticeDeadline: Temporal.PlainDate;
  /** The first day the contract no longer runs (the end, exclusive). */
  readonly effectiveOn: Temporal.PlainDate;
  /** The last day the contract runs. */
  readonly lastDay: Temporal.PlainDate;
}

/**
 * A plan contract (R1–R5): a frozen value that knows its terms, its versions
 * and its cancellation. Every change returns a new contract; the old one stays
 * as it was. Dates are built from epoch days when read.
 *
 * "Current" means as of the contract's latest event (`asOf`): the start, or the
 * day of the last change applied.
 */
export interface Contract {
  readonly id: string | null;
  /** The catalog the contract's plans come from; plan switches look plans up here. */
  readonly catalog: Catalog;
  /** The first day of the contract. */
  readonly start: Temporal.PlainDate;
  /** The day of the latest event applied (the start for a new contract). Events come in date order. */
  readonly asOf: Temporal.PlainDate;
  /** The plan in force on `asOf`. */
  readonly plan: Plan;
  /** The configuration in force on `asOf`. */
  readonly configuration: Configuration;
  /** The version in force on `asOf`. */
  readonly current: ContractVersion;
  /** A version scheduled after `asOf` (a downgrade at the term's end), or null. */
  readonly scheduled: ContractVersion | null;
  /** Every version, in date order, scheduled ones included. */
  readonly versions: readonly ContractVersion[];
  /** The minimum term in months, as the contract was made (R1). */
  readonly termMonths: number;
  /** What happens at a term's end (R1, R25). */
  readonly renewal: RenewalRule;
  /** Consumer or business (R25). */
  readonly customer: CustomerKind;
  /** The notice period for a cancellation (R3). */
  readonly notice: NoticePeriod;
  /** The term that contains `asOf`, half-open: `term.last` is its last day. */
  readonly term: Period;
  /** The first day after the current term: where a downgrade takes effect (R3); upgrades never move it (R2). */
  readonly termEnd: Temporal.PlainDate;
  /** The term after the current one, or null when the contract ends with the current term. */
  readonly nextTerm: Period | null;
  /**
   * The last day on which a cancellation still ends the contract with the
   * current term; null when there is no such deadline (no renewal, already
   * cancelled, or an open-ended contract past its minimum term, which may be
   * cancelled on any day).
   */
  readonly noticeDeadline: Temporal.PlainDate | null;
  /** The accepted cancellation, or null. */
  readonly cancellation: Cancellation | null;
  /** The first day the contract no longer runs, when known (cancelled, or a plan without renewal); else null. */
  readonly end: Temporal.PlainDate | null;
}

/* ------------------------------------------------------------------ */
/* Events                                                               */
/* ------------------------------------------------------------------ */

/**
 * What every event of an event log has: a `type` that says which module applies
 * it, the day it happens, and an optional id. Contract events are one family;
 * bookings, add-ons, payments and withdrawals add their own `type`s, and a replay
 * folds the whole log in date order, handing each event to its module.
 */
export interface EventBase {
  readonly type: string;
  /** The day of the event: the day a change is asked for, or a cancellation arrives. */
  readonly on: DateInput;
  /** An id for the event within its log. */
  readonly id?: string;
}

/**
 * An upgrade (R2): more service, in force at once; the term's end stays.
 * `planId` switches to another plan of the same family (same term, cycle,
 * renewal, notice and customer kind); `configuration` gives the new quantities.
 * Options left out keep their quantity (or take the new plan's defaults on a switch).
 */
export interface UpgradeEvent extends EventBase {
  readonly type: 'upgrade';
  /** The plan to switch to; default: the plan in force. */
  readonly planId?: string;
  /** The new quantities; default: none changed. */
  readonly configuration?: Configuration;
}

/** A downgrade (R3): less service, scheduled for the end of the term it is asked in. */
export interface DowngradeEvent extends EventBase {
  readonly type: 'downgrade';
  /** The plan to switch to; default: the plan in force. */
  readonly planId?: string;
  /** The new quantities; default: none changed. */
  readonly configuration?: Configuration;
}

/** An ordinary cancellation (R3): to the term's end when on time, else a later end. */
export interface CancelEvent extends EventBase {
  readonly type: 'cancel';
}

/**
 * A request to end the contract before its term ends. No ground gives such a
 * right here: closing the customer's business in particular does not (R5).
 */
export interface TerminateEarlyEvent extends EventBase {
  readonly type: 'terminateEarly';
  /** The ground the customer gives, as free text; `"businessClosure"` is R5's case. Default `"other"`. */
  readonly ground?: string;
}

/** An upgrade or a downgrade: a change of plan or configuration. */
export type ConfigurationChange = UpgradeEvent | DowngradeEvent;

/** Every event the contract module applies. The `type` is the discriminant. */
export type ContractEvent = UpgradeEvent | DowngradeEvent | CancelEvent | TerminateEarlyEvent;

/** The `type`s of {@link ContractEvent}. */
export type ContractEventType = ContractEvent['type'];

/** Options for {@link quoteChange} and {@link applyEvent}. */
export interface ChangeOptions {
  /**
   * How the rest of the term is priced: `day` (default, "tagesgenau": days left /
   * days of the term) or `month` (whole months as 1/N of an N-month term, the
   * rest by days of its month; W1's round figures). A replay passes the same
   * options to every event.
   */
  readonly basis?: ProrationBasis;
}

/* ------------------------------------------------------------------ */
/* Results                                                              */
/* ------------------------------------------------------------------ */

/** What every accepted change says. */
export interface ChangeQuoteBase {
  readonly ok: true;
  /** The day the change was asked for. */
  readonly on: Temporal.PlainDate;
  /** The first day the change is in force. */
  readonly effectiveOn: Temporal.PlainDate;
  /** True when the change waits for a later day (a downgrade, a cancellation). */
  readonly scheduled: boolean;
  /** The invoice lines the change produces now (none for scheduled changes). */
  readonly lines: readonly Line[];
  /** The sum of the lines in minor units: what the customer pays now (negative: is paid back). */
  readonly netCents: number;
  /** The same sum as an amount. */
  readonly net: Money;
  /** A scheduled version this change replaces (a pending downgrade), or null. */
  readonly dropped: ContractVersion | null;
}

/**
 * An upgrade (R2, W1): the new configuration charged for the rest of the term,
 * the unused part of the configuration in force credited, day-exact by default.
 * With a price per billing period, both cover the rest of the current billing
 * period (never past the term's end); later periods are billed at the new price.
 */
export interface UpgradeQuote extends ChangeQuoteBase {
  readonly type: 'upgrade';
  readonly scheduled: false;
  readonly basis: ProrationBasis;
  /** The version in force before the change: the credit is priced from it, never from an earlier charge. */
  readonly from: ContractVersion;
  /** The version the change makes, in force from `on`. */
  readonly to: ContractVersion;
  /** The new configuration for the rest of the term (`upgradeCharge`). */
  readonly charge: Line;
  /** The unused rest of the configuration in force (`upgradeCredit`, negative). */
  readonly credit: Line;
  /** The term the change falls in; its end does not move (R2). */
  readonly term: Period;
}

/** A downgrade (R3): accepted, and scheduled for the end of the term. No lines now. */
export interface DowngradeQuote extends ChangeQuoteBase {
  readonly type: 'downgrade';
  readonly scheduled: true;
  readonly from: ContractVersion;
  /** The version that takes over at the term's end (`to.from` is `effectiveOn`). */
  readonly to: ContractVersion;
  readonly term: Period;
}

/** A cancellation (R3): when the contract ends. No lines now. */
export interface CancelQuote extends ChangeQuoteBase {
  readonly type: 'cancel';
  readonly scheduled: true;
  /** True when the cancellation met the deadline of the term it arrived in. */
  readonly onTime: boolean;
  /** The last day on which a cancellation still reached `effectiveOn`. */
  readonly noticeDeadline: Temporal.PlainDate;
  /** The last day the contract runs (`effectiveOn` is the first day it does not). */
  readonly lastDay: Temporal.PlainDate;
}

/** An accepted change, as {@link quoteChange} shows it. */
export type ChangeQuote = UpgradeQuote | DowngradeQuote | CancelQuote;

/** Why the contract module refused a change. */
export type ContractRefusalReason = ContractRefusal['reason'];

/** What every refusal of a contract change says. */
export interface ContractRefusalBase {
  /** The kind of change refused. */
  readonly change: ContractEventType;
  /** The day it was asked for. */
  readonly on: Temporal.PlainDate;
  /** The plan in force on that day. */
  readonly planId: string;
  /** Its name, for the words of the refusal. */
  readonly planName: string;
}

/** The plan does not let single options change (R4): "contact sales". */
export interface OptionsNotChangeableRefusal extends ContractRefusalBase {
  readonly reason: 'OPTIONS_NOT_CHANGEABLE';
  /** Never: no date makes it possible. */
  readonly allowedFrom: null;
  readonly contact: 'sales';
}

/** The target plan differs in term, cycle, renewal, notice or customer kind: it needs a new contract. */
export interface IncompatiblePlanRefusal extends ContractRefusalBase {
  readonly reason: 'INCOMPATIBLE_PLAN';
  readonly allowedFrom: null;
  readonly contact: 'sales';
  /** The plan asked for. */
  readonly targetPlanId: string;
  /** Its name. */
  readonly targetPlanName: string;
}

/** An "upgrade" to something cheaper: as a downgrade it is accepted for the term's end (R3). */
export interface NotAnUpgradeRefusal extends ContractRefusalBase {
  readonly reason: 'NOT_AN_UPGRADE';
  /** The term's end, where a downgrade would take effect; null when the contract ends there. */
  readonly allowedFrom: Temporal.PlainDate | null;
}

/** A "downgrade" to something dearer: as an upgrade it is accepted at once (R2). */
export interface NotADowngradeRefusal extends ContractRefusalBase {
  readonly reason: 'NOT_A_DOWNGRADE';
  /** The day asked for: as an upgrade it would be accepted then. */
  readonly allowedFrom: Temporal.PlainDate;
}

/** No special right to end the contract early; closing the business is none (R5). */
export interface NoSpecialTerminationRightRefusal extends ContractRefusalBase {
  readonly reason: 'NO_SPECIAL_TERMINATION_RIGHT';
  /** The earliest end an ordinary cancellation asked for the same day reaches. */
  readonly allowedFrom: Temporal.PlainDate;
  /** The ground given (`"businessClosure"` for R5). */
  readonly ground: string;
}

/** The contract is already cancelled. */
export interface AlreadyCancelledRefusal extends ContractRefusalBase {
  readonly reason: 'ALREADY_CANCELLED';
  readonly allowedFrom: null;
  /** The first day the contract no longer runs. */
  readonly contractEnd: Temporal.PlainDate;
}

/** A downgrade would take effect only when the contract has already ended. */
export interface ContractEndsFirstRefusal extends ContractRefusalBase {
  readonly reason: 'CONTRACT_ENDS_FIRST';
  readonly allowedFrom: null;
  /** The first day the contract no longer runs. */
  readonly contractEnd: Temporal.PlainDate;
}

/**
 * A business refusal: a typed value, not an error. `reason` says why and
 * `allowedFrom` the earliest day from which the change would be accepted (null: never).
 */
export type ContractRefusal =
  | OptionsNotChangeableRefusal
  | IncompatiblePlanRefusal
  | NotAnUpgradeRefusal
  | NotADowngradeRefusal
  | NoSpecialTerminationRightRefusal
  | AlreadyCancelledRefusal
  | ContractEndsFirstRefusal;

/** A refused change: `reason` and `allowedFrom` at hand, the whole refusal in `refusal`. */
export interface ChangeRefused {
  readonly ok: false;
  readonly reason: ContractRefusalReason;
  readonly allowedFrom: Temporal.PlainDate | null;
  readonly refusal: ContractRefusal;
}

/** What {@link quoteChange} returns: the accepted change, or a refusal. */
export type QuoteResult = ChangeQuote | ChangeRefused;

/** An accepted change with the contract it makes. */
export type AppliedChange = ChangeQuote & {
  /** The new contract; the one passed in is unchanged. */
  readonly contract: Contract;
};

/** What {@link applyEvent} returns: the accepted change with the new contract, or a refusal. */
export type ApplyResult = AppliedChange | ChangeRefused;

/* ------------------------------------------------------------------ */
/* Consumer law (R25)                                                   */
/* ------------------------------------------------------------------ */

/** Why {@link checkConsumerTerms} flags a consumer contract (§309 Nr. 9 BGB). */
export type ConsumerTermsFinding =
  | {
    /** The first term is longer than 24 months. */
    readonly reason: 'FIRST_TERM_OVER_24_MONTHS';
    readonly termMonths: number;
  }
  | {
    /** It renews tacitly for a fixed term instead of running on open-ended. */
    readonly reason: 'RENEWAL_NOT_OPEN_ENDED';
    readonly renewal: RenewalRule;
  }
  | {
    /** The notice period may be longer than one month. */
    readonly reason: 'NOTICE_OVER_ONE_MONTH';
    readonly notice: NoticePeriod;
  };

/** The answer of {@link checkConsumerTerms}. */
export interface ConsumerTermsCheck {
  /** True when at least one finding was made. Business contracts are never flagged. */
  readonly flagged: boolean;
  readonly customer: CustomerKind;
  /** Every finding, in the order above; empty when not flagged. */
  readonly findings: readonly ConsumerTermsFinding[];
}
