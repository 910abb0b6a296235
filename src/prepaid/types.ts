import type { DateInput, IsoDate, Period } from '../calendar/types.js';
import type { GermanStateInput } from '../holidays/types.js';
import type { PricedItem } from '../items/types.js';
import type { Line } from '../lines/types.js';
import type { Refusal } from '../refusal/types.js';
import type { StoredHeader } from '../storage/types.js';

/** The length of a prepaid period in days: 28 (four weeks) or 30 on legacy tariffs (R7). */
export type PrepaidCycleDays = 28 | 30;

/**
 * What is booked on a prepaid account: the `package` (the tariff's base, at
 * most one active at a time) or an `option` (an option tariff's building block,
 * any number, each on its own cycle, R8).
 */
export type PrepaidItemKind = 'package' | 'option';

/**
 * A package or option as it is offered (R7): a priced item whose `unitCents`
 * is the gross price of one period, with the period's length. Extra fields are
 * kept and travel onto the charge lines.
 */
export interface PrepaidOffer extends PricedItem {
  /** Days per period: 28 (default) or 30 on legacy tariffs (R7). */
  readonly cycleDays?: PrepaidCycleDays;
}

/** Options for {@link openPrepaidAccount}. */
export interface PrepaidAccountOptions {
  /** The currency code of the balance and of every price; default `"EUR"`. */
  readonly currency?: string;
}

/** Options for {@link bookPrepaid}. */
export interface PrepaidBookOptions {
  /** `package` (default: at most one active) or `option` (any number, each on its own cycle). */
  readonly kind?: PrepaidItemKind;
  /**
   * Whether the customer was given a proper withdrawal instruction (§356(3) BGB, R31). Default
   * true: the booking can be withdrawn for 14 days. False: 12 months longer, and a withdrawal
   * refunds everything paid for it, even after an early start. Stored on the item only as false.
   */
  readonly instructed?: boolean;
  /**
   * True when the customer expressly asked for the service to start within the withdrawal
   * period (§357a(2) BGB, R31): a withdrawal then keeps the used days charged pro rata. Stored
   * on the item only as true.
   */
  readonly earlyStart?: boolean;
}

/** Options for {@link withdrawPrepaid}: the holidays the withdrawal window skips (R13, R30). */
export interface PrepaidWithdrawOptions {
  /** The customer's state (`'BY'` or `'DE-BY'`): its own public holidays count too. Default none. */
  readonly state?: GermanStateInput;
  /** More holidays, as ISO dates or PlainDates, added to the built-in ones. Default none. */
  readonly holidays?: readonly DateInput[];
}

/** What every state of a booked prepaid item shares. */
export interface PrepaidItemBase {
  readonly kind: PrepaidItemKind;
  /** The offer's id; one entry per id on an account. */
  readonly id: string;
  /** The offer as booked (checked): name, price of one period, VAT rate, your fields. */
  readonly offer: PrepaidOffer;
  /** Days per period: the offer's `cycleDays`, 28 by default. */
  readonly cycleDays: PrepaidCycleDays;
  /** The day this cycle was booked: its first period starts here. */
  readonly bookedOn: IsoDate;
  /** The current paid period (`active`) or the last one paid (`lapsed`, `ended`), half-open. */
  readonly period: Period;
  /** How many periods of this cycle were paid: 1 after booking, +1 per renewal. */
  readonly periodsPaid: number;
  /** Present only as false: booked without a proper withdrawal instruction (§356(3) BGB, R31). */
  readonly instructed?: false;
  /** Present only as true: booked with an express early start (§357a(2) BGB, R31). */
  readonly earlyStart?: true;
}

/** A paid item; it renews at `period.end` if `renews` and the balance covers the price (R17). */
export interface ActivePrepaidItem extends PrepaidItemBase {
  readonly status: 'active';
  /** False once cancelled: the item then ends at `period.end` instead of renewing. */
  readonly renews: boolean;
}

/** An item whose renewal the balance did not cover (R17). */
export interface LapsedPrepaidItem extends PrepaidItemBase {
  readonly status: 'lapsed';
  /** The first day without the item: the end of the last paid period. */
  readonly lapsedFrom: IsoDate;
  /** What was missing on that day, in minor units. */
  readonly missingCents: number;
}

/** An item that was cancelled and reached the end of its last paid period. */
export interface EndedPrepaidItem extends PrepaidItemBase {
  readonly status: 'ended';
  /**
   * The first day without the item: the end of the last paid period, or for a withdrawn item the
   * withdrawal day when that came first.
   */
  readonly endedFrom: IsoDate;
  /** Present only when the booking was withdrawn (R31): the day of the withdrawal. */
  readonly withdrawnOn?: IsoDate;
}

/** A booked item in one of its states; switch on `status`. */
export type PrepaidItem = ActivePrepaidItem | LapsedPrepaidItem | EndedPrepaidItem;

/** Money put on the account. */
export interface PrepaidTopUpEntry {
  readonly type: 'topUp';
  /** The day the money arrived. */
  readonly on: IsoDate;
  /** The amount added, in minor units (not negative). */
  readonly cents: number;
  /** The balance after this entry, in minor units. */
  readonly balanceAfterCents: number;
}

/** A period paid from the balance: a first booking or a renewal. */
export interface PrepaidChargeEntry {
  readonly type: 'charge';
  /** The first day of the period paid for. */
  readonly on: IsoDate;
  /** The amount taken, in minor units (not negative). */
  readonly cents: number;
  /** The balance after this entry, in minor units; never negative. */
  readonly balanceAfterCents: number;
  /** The item paid for. */
  readonly itemId: string;
  /** `periodCharge` for a first period, `renewal` for a renewal; the reason of its line. */
  readonly reason: 'periodCharge' | 'renewal';
  /** The period paid for. */
  readonly period: Period;
}

/** What a withdrawal gave back to the balance (R31): a `withdrawalCredit` line's amount. */
export interface PrepaidWithdrawalCreditEntry {
  readonly type: 'withdrawalCredit';
  /** The day of the withdrawal. */
  readonly on: IsoDate;
  /** The amount given back, in minor units (not negative). */
  readonly cents: number;
  /** The balance after this entry, in minor units. */
  readonly balanceAfterCents: number;
  /** The item withdrawn. */
  readonly itemId: string;
}

/** One entry of an account's ledger, in the order it happened. */
export type PrepaidLedgerEntry = PrepaidTopUpEntry | PrepaidChargeEntry | PrepaidWithdrawalCreditEntry;

/**
 * A prepaid account (R7, R17): plain data. A balance in integer minor units,
 * its ledger of top-ups and charges, and the booked package and options. Every
 * operation returns a new account; it survives `JSON.stringify` and
 * `structuredClone`, and a revived copy is checked when it comes back.
 *
 * Invariants: `balanceCents === topUpsCents - chargesCents >= 0`, and the
 * ledger adds up to the same numbers.
 */
export interface PrepaidAccount extends StoredHeader<'prepaidAccount'> {
  /** The currency code of the balance and every price. */
  readonly currency: string;
  /** The balance in minor units; never negative. */
  readonly balanceCents: number;
  /** All top-ups so far, in minor units. */
  readonly topUpsCents: number;
  /** All charges so far, less what withdrawals gave back, in minor units. */
  readonly chargesCents: number;
  /**
   * The last day the account was advanced to: every renewal due on or before it
   * is settled. {@link advancePrepaid} sets it to its `to`; an action on a later
   * day sets it to the day before that day (the action comes before that day's
   * renewals). Nothing may happen before it.
   */
  readonly advancedTo: IsoDate;
  /** Every item ever booked, in the order first booked; one entry per id, in its latest state. */
  readonly items: readonly PrepaidItem[];
  /** Every top-up, charge and withdrawal credit, oldest first. */
  readonly ledger: readonly PrepaidLedgerEntry[];
}

/** An item was due for renewal and the balance did not cover it (R17). */
export interface PrepaidLapsedNotice {
  readonly type: 'prepaidLapsed';
  /** The first day without the item (the end of its last paid period). */
  readonly on: IsoDate;
  readonly itemId: string;
  readonly kind: PrepaidItemKind;
  /** The item's name. */
  readonly name: string;
  /** The price that was due, in minor units. */
  readonly priceCents: number;
  /** The balance on that day, in minor units. */
  readonly balanceCents: number;
  /** `priceCents - balanceCents`. */
  readonly missingCents: number;
  /** The currency code of the amounts. */
  readonly currency: string;
}

/** A cancelled item reached the end of its last paid period. */
export interface PrepaidEndedNotice {
  readonly type: 'prepaidEnded';
  /** The first day without the item. */
  readonly on: IsoDate;
  readonly itemId: string;
  readonly kind: PrepaidItemKind;
  /** The item's name. */
  readonly name: string;
}

/** What happened to an item while the account was settled, other than a paid renewal. */
export type PrepaidNotice = PrepaidLapsedNotice | PrepaidEndedNotice;

/**
 * The result of an operation on a prepaid account: the new account, the lines
 * it charged (first periods and renewals, in date order) and the lapses and
 * ends it met, in date order.
 */
export interface PrepaidStep {
  readonly ok: true;
  /** The account after the operation; the one passed in is unchanged. */
  readonly account: PrepaidAccount;
  /** Charge lines: `periodCharge` for a first period, `renewal` for a renewal (R7, R17). */
  readonly lines: readonly Line[];
  /** Lapses and ends, in date order. */
  readonly notices: readonly PrepaidNotice[];
}

/** A successful booking: the step, with the booked item. */
export interface PrepaidBooked extends PrepaidStep {
  /** The booked item, active. */
  readonly item: ActivePrepaidItem;
}

/**
 * The result of {@link bookPrepaid}: the booking, or a refusal:
 * `INSUFFICIENT_BALANCE` (details `itemId`, `name`, `priceCents`, `balanceCents`,
 * `missingCents`, `currency`) or `ALREADY_ACTIVE` (details `itemId`, `name`,
 * `activeId`; `allowedFrom` is the end of the active item's period when it is
 * cancelled, else null).
 */
export type PrepaidBookResult = PrepaidBooked | Refusal;

/**
 * The result of {@link withdrawPrepaid}: the step (its lines end with the
 * `withdrawalCredit` lines), or the refusal `WITHDRAWAL_WINDOW_CLOSED` (details
 * `bookingId`, `bookedOn`, `lastDay`).
 */
export type PrepaidWithdrawResult = PrepaidStep | Refusal;
