import type { GermanStateInput } from '../holidays/types.js';
import type { DateInput, IsoDate, Period } from '../calendar/types.js';
import type { BillingTiming, Configuration, NoticePeriod, PlanCycle, PricePer, RenewalRule } from '../catalog/types.js';
import type { CustomerKind } from '../invoice/types.js';
import type { PricedItem } from '../items/types.js';
import type { StoredHeader } from '../storage/types.js';

/** Why a contract version exists. */
export type VersionCause = 'start' | 'upgrade' | 'downgrade';

/**
 * Which plan and configuration held from which day (R1–R3). A version whose
 * `from` lies ahead is scheduled: a downgrade waiting for the term's end.
 */
export interface ContractVersion {
  /** The first day the version is in force. */
  readonly from: IsoDate;
  /** The plan. */
  readonly planId: string;
  /** Every component of the plan with its quantity. */
  readonly configuration: Configuration;
  /**
   * The version as a priced item: the plan's id, its name with the components in
   * use (`"Cloud Server (RAM 4 GB, vCPU 2, SSD 100 GB)"`), the price (base plus
   * Σ unit price × quantity, per term or per billing period as the plan says) and
   * the plan's VAT rate. The contract's lines carry it.
   */
  readonly item: PricedItem;
  /** Why it exists. */
  readonly cause: VersionCause;
}

/** An accepted cancellation: when it came and when the contract ends (R3). */
export interface Cancellation {
  /** The day the cancellation arrived. */
  readonly receivedOn: IsoDate;
  /**
   * True when it met the notice deadline of the term it arrived in, so the
   * contract ends with that term; false when it moved on to a later end.
   */
  readonly onTime: boolean;
  /** The last day on which a cancellation still reached `effectiveOn`. */
  readonly noticeDeadline: IsoDate;
  /** The first day the contract no longer runs. */
  readonly effectiveOn: IsoDate;
  /** The last day the contract runs: the day before `effectiveOn`. */
  readonly lastDay: IsoDate;
}

/**
 * A plan contract (R1–R5): plain data that knows its terms, its versions and its
 * cancellation. It lives inside a {@link Subscription}, which changes it through
 * events; {@link contractLines} prices any of its days.
 */
export interface Contract extends StoredHeader<'contract'> {
  /** The first day of the contract and of its first term. */
  readonly start: IsoDate;
  /** The minimum term in months (R1). */
  readonly termMonths: number;
  /** What happens at a term's end (R1, R25). */
  readonly renewal: RenewalRule;
  /** The notice period for a cancellation (R3). */
  readonly notice: NoticePeriod;
  /** Consumer or business (R23, R25). */
  readonly customer: CustomerKind;
  /** Present (true) for a contract of a telecom plan (R32, TKG §56); absent otherwise. */
  readonly telecom?: true;
  /** Present (true) for a telecom contract of a business end user TKG §71 (3) protects; absent otherwise. */
  readonly smallBusiness?: true;
  /** The billing cycle, anchored on `start` (R6–R8). */
  readonly billingCycle: PlanCycle;
  /** When a period is invoiced: in advance or in arrears. */
  readonly billing: BillingTiming;
  /** Whether the versions' prices are for a whole term or one billing period. */
  readonly pricePer: PricePer;
  /** Every version in date order, scheduled ones included. */
  readonly versions: readonly ContractVersion[];
  /** The accepted cancellation, or null. */
  readonly cancellation: Cancellation | null;
  /** The first day the contract no longer runs, when known (cancelled, or a plan without renewal); else null. */
  readonly end: IsoDate | null;
}

/** A contract's term on a day, from {@link termAt}. */
export interface TermStatus {
  /** The term that contains the day, cut at the contract's end; its `end` is where a downgrade takes effect (R3). */
  readonly term: Period;
  /** 0 for the first term, 1 for the first renewal, and so on. */
  readonly index: number;
  /** The version in force on the day. */
  readonly version: ContractVersion;
  /**
   * The last day on which a cancellation still ends the contract with this
   * term; null when there is none (no renewal, already cancelled, or an
   * open-ended contract past its minimum term, which may end on any day).
   */
  readonly noticeDeadline: IsoDate | null;
}

/** Options for {@link contractLines}. */
export interface ContractLinesOptions {
  /**
   * How a part of a pricing period is priced: `day` (default, "tagesgenau") or
   * `month` (whole months as 1/N of an N-month term).
   */
  readonly basis?: 'day' | 'month';
}

/** A telecom price change as {@link checkPriceChange} takes it (R32, TKG §57). */
export interface PriceChangeInput {
  /** The day the notification reached the customer. */
  readonly notifiedOn: DateInput;
  /** The first day the new price is in force. */
  readonly effectiveOn: DateInput;
}

/** Options for {@link checkPriceChange}. */
export interface PriceChangeOptions {
  /** The customer's state (`'BY'` or `'DE-BY'`): its own public holidays move the window's last day too. */
  readonly state?: GermanStateInput;
  /**
   * More holidays, as ISO dates or PlainDates: when the last day of the termination window
   * is a Saturday, Sunday, a German nationwide holiday, one of the state's or one of these, the
   * window runs on to the end of the next working day (§193 BGB).
   */
  readonly holidays?: readonly DateInput[];
}

/** A price change notified in time (TKG §57 (2)), and the customer's special termination right. */
export interface PriceChangeAccepted {
  readonly ok: true;
  /** The day the notification reached the customer. */
  readonly notifiedOn: IsoDate;
  /** The first day the new price is in force. */
  readonly effectiveOn: IsoDate;
  /**
   * The last day on which the customer may terminate because of the change: three months
   * from the notification (§188 (2) BGB), moved to the next working day past a weekend or holiday (§193 BGB).
   */
  readonly lastTerminationDay: IsoDate;
  /**
   * The earliest end of a contract terminated for the change: the first day without it,
   * which is the day the change would take effect (`effectiveOn`), so the new price is never owed.
   */
  readonly earliestEnd: IsoDate;
}
