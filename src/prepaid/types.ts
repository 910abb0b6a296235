import type { Temporal } from '@js-temporal/polyfill';
import type { Period } from '../calendar/types.js';
import type { Line, VatRate } from '../lines/types.js';
import type { Currency, Money } from '../money/types.js';

/** The length of a prepaid period in days: 28 (four weeks) or 30 on legacy tariffs (R7). */
export type PrepaidCycleDays = 28 | 30;

/**
 * What is booked on a prepaid account: the `package` (the tariff's base, at
 * most one at a time) or an `option` (an option tariff's building block, any
 * number, each on its own cycle, R8).
 */
export type PrepaidItemKind = 'package' | 'option';

/** Options for {@link openPrepaidAccount}. */
export interface PrepaidAccountOptions {
  /** The currency of the balance and of every price; default EUR. */
  readonly currency?: Currency;
}

/** A package or option as it is offered, for {@link bookPrepaidPackage} and {@link bookPrepaidOption}. */
export interface PrepaidOffer {
  /** A stable id ("allnet-s", "sms-flat"); one active item per id. */
  readonly id: string;
  /** The name people see. */
  readonly label: string;
  /** The price of one period, gross, not negative, in the account's currency. */
  readonly price: Money;
  /** Days per period: 28 (default) or 30 on legacy tariffs (R7). */
  readonly cycleDays?: PrepaidCycleDays;
  /** The VAT rate on its lines; default 19 (R23). */
  readonly vatRate?: VatRate;
}

/** What every state of a booked prepaid item shares. */
export interface PrepaidItemBase {
  readonly kind: PrepaidItemKind;
  readonly id: string;
  readonly label: string;
  /** The price of one period in minor units. */
  readonly priceCents: number;
  /** The price of one period. */
  readonly price: Money;
  readonly cycleDays: PrepaidCycleDays;
  readonly vatRate: VatRate;
  /** The day this cycle was booked, as days since 1970-01-01: its first period starts here. */
  readonly bookedDay: number;
  /** The day this cycle was booked. */
  readonly bookedOn: Temporal.PlainDate;
  /** The current paid period (`active`) or the last one paid (`lapsed`, `ended`). */
  readonly period: Period;
  /** How many periods of this cycle were paid: 1 after booking, +1 per renewal. */
  readonly periodsPaid: number;
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
  /** The first day without the item (the end of the last paid period), as days since 1970-01-01. */
  readonly lapsedFromDay: number;
  /** The first day without the item: the end of the last paid period. */
  readonly lapsedFrom: Temporal.PlainDate;
  /** What was missing on that day, in minor units. */
  readonly missingCents: number;
}

/** An item that was cancelled and reached the end of its last paid period. */
export interface EndedPrepaidItem extends PrepaidItemBase {
  readonly status: 'ended';
  /** The first day without the item, as days since 1970-01-01. */
  readonly endedFromDay: number;
  /** The first day without the item. */
  readonly endedFrom: Temporal.PlainDate;
}

/** A booked item in one of its states; switch on `status`. */
export type PrepaidItem = ActivePrepaidItem | LapsedPrepaidItem | EndedPrepaidItem;

/** Money put on the account. */
export interface PrepaidTopUpEntry {
  readonly type: 'topUp';
  /** The day, as days since 1970-01-01. */
  readonly day: number;
  readonly on: Temporal.PlainDate;
  /** The amount added, in minor units (not negative). */
  readonly cents: number;
  /** The balance after this entry, in minor units. */
  readonly balanceAfterCents: number;
}

/** A period paid from the balance: a first booking or a renewal. */
export interface PrepaidChargeEntry {
  readonly type: 'charge';
  /** The day, as days since 1970-01-01: the first day of the period paid for. */
  readonly day: number;
  readonly on: Temporal.PlainDate;
  /** The amount taken, in minor units (not negative). */
  readonly cents: number;
  /** The balance after this entry, in minor units; never negative. */
  readonly balanceAfterCents: number;
  /** The item paid for. */
  readonly itemId: string;
  /** The line that explains the charge. */
  readonly line: Line;
}

/** One entry of an account's ledger, in the order it happened. */
export type PrepaidLedgerEntry = PrepaidTopUpEntry | PrepaidChargeEntry;

/**
 * A prepaid account (R7, R17): a balance in integer minor units, its ledger of
 * top-ups and charges, and the booked package and options. An immutable value:
 * every operation returns a new account.
 *
 * Invariants: `balanceCents === topUpsCents - chargesCents >= 0`, and the
 * ledger adds up to the same numbers.
 */
export interface PrepaidAccount {
  readonly currency: Currency;
  /** The balance in minor units; never negative. */
  readonly balanceCents: number;
  /** The balance. */
  readonly balance: Money;
  /** All top-ups so far, in minor units. */
  readonly topUpsCents: number;
  /** All charges so far, in minor units. */
  readonly chargesCents: number;
  /** Renewals due before this day are settled, as days since 1970-01-01. */
  readonly settledDay: number;
  /** Renewals due before this day are settled; nothing may happen before it. */
  readonly settledTo: Temporal.PlainDate;
  /** Every item ever booked, in the order first booked; one entry per id, in its latest state. */
  readonly items: readonly PrepaidItem[];
  /** Every top-up and charge, oldest first. */
  readonly ledger: readonly PrepaidLedgerEntry[];
}

/** An item was due for renewal and the balance did not cover it (R17). */
export interface PrepaidLapse {
  readonly type: 'lapsed';
  readonly itemId: string;
  readonly kind: PrepaidItemKind;
  readonly label: string;
  /** The first day without the item, as days since 1970-01-01. */
  readonly day: number;
  /** The first day without the item. */
  readonly lapsedFrom: Temporal.PlainDate;
  /** The price that was due, in minor units. */
  readonly priceCents: number;
  /** The balance on that day, in minor units. */
  readonly balanceCents: number;
  /** `priceCents - balanceCents`. */
  readonly missingCents: number;
  readonly currency: Currency;
}

/** A cancelled item reached the end of its last paid period. */
export interface PrepaidEnd {
  readonly type: 'ended';
  readonly itemId: string;
  readonly kind: PrepaidItemKind;
  readonly label: string;
  /** The first day without the item, as days since 1970-01-01. */
  readonly day: number;
  /** The first day without the item. */
  readonly endedFrom: Temporal.PlainDate;
}

/** Something that happened to an item while the account was settled, other than a paid renewal. */
export type PrepaidEvent = PrepaidLapse | PrepaidEnd;

/**
 * The result of an operation on a prepaid account: the new account, the lines
 * it charged (first periods and renewals, in date order) and the lapses and
 * ends it met.
 */
export interface PrepaidStep {
  readonly account: PrepaidAccount;
  /** Charge lines: `periodCharge` for a first period, `renewal` for a renewal (R7, R17). */
  readonly lines: readonly Line[];
  readonly events: readonly PrepaidEvent[];
}

/** A booking refused because the balance does not cover the first period (R17). */
export interface InsufficientBalanceRefusal {
  readonly ok: false;
  readonly reason: 'INSUFFICIENT_BALANCE';
  /** Null: no day makes it possible; a top-up does. */
  readonly allowedFrom: null;
  readonly itemId: string;
  readonly label: string;
  readonly priceCents: number;
  /** The balance on the booking day, after the renewals due before it. */
  readonly balanceCents: number;
  /** `priceCents - balanceCents`: the least top-up that makes the booking possible. */
  readonly missingCents: number;
  readonly currency: Currency;
}

/** A booking refused because the item (or, for a package, another package) is still active. */
export interface AlreadyActiveRefusal {
  readonly ok: false;
  readonly reason: 'ALREADY_ACTIVE';
  /** The end of the active item's period when it is cancelled, else null (it renews). */
  readonly allowedFrom: Temporal.PlainDate | null;
  readonly itemId: string;
  readonly label: string;
  /** The id of the active item in the way. */
  readonly activeId: string;
}

/** Why a prepaid booking was refused; switch on `reason`. */
export type PrepaidRefusal = InsufficientBalanceRefusal | AlreadyActiveRefusal;

/** A successful prepaid booking: the step, with `ok: true`. */
export interface PrepaidBooked extends PrepaidStep {
  readonly ok: true;
  /** The booked item, active. */
  readonly item: ActivePrepaidItem;
}

/** The result of {@link bookPrepaidPackage} and {@link bookPrepaidOption}. */
export type PrepaidBookingResult = PrepaidBooked | PrepaidRefusal;
