import type { IsoDate, Period } from '../calendar/types.js';
import type { PricedItem } from '../items/types.js';
import type { Line } from '../lines/types.js';
import type { Refusal } from '../refusal/types.js';
import type { StoredHeader } from '../storage/types.js';

/**
 * How a package is booked (R18): `oneOff` runs for its duration and expires
 * (with reminders); `subscription` orders itself again at each expiry (no reminders).
 */
export type BookingKind = 'oneOff' | 'subscription';

/** Options for {@link openBookingAccount}. */
export interface BookingAccountOptions {
  /** The currency code of every price; default `"EUR"`. */
  readonly currency?: string;
}

/** What a customer orders, for {@link orderPackage}. */
export interface PackageOrder {
  /** The order's id, unique in the account; `#` is reserved for a subscription's follow-up orders. */
  readonly id: string;
  /** The package: its `unitCents` is the gross price of the whole duration (B2C). */
  readonly item: PricedItem;
  /** The duration in whole months, from 1 to 1200 (1, 3 or 12 in a smart-home cloud's packages). */
  readonly months: number;
  readonly kind: BookingKind;
}

/** What every booking shares. */
export interface BookingBase {
  /** The booking's id: the order's, or `<seriesId>#<round>` for a follow-up. */
  readonly id: string;
  /** The package as ordered (checked): its price is for the whole duration. */
  readonly item: PricedItem;
  readonly months: number;
  readonly kind: BookingKind;
  /** The day of the order (for a follow-up: the last day of the booking before it). */
  readonly orderedOn: IsoDate;
  /** The id of the first booking of its series: its own id, unless it is a subscription's follow-up. */
  readonly seriesId: string;
  /** 1 for a customer's order; 2, 3, … for a subscription's follow-up orders. */
  readonly round: number;
}

/** An order whose payment has not arrived: no access (R19). */
export interface AwaitingPaymentBooking extends BookingBase {
  readonly status: 'awaitingPayment';
}

/** A paid booking: access for `months` months from its start (R19). */
export interface PaidBooking extends BookingBase {
  readonly status: 'paid';
  /** The day the payment arrived. */
  readonly paidOn: IsoDate;
  /**
   * The access, half-open: from the payment day, or from the end of the access
   * already paid for when that runs past the payment day; `months` months long.
   */
  readonly access: Period;
  /** The last day of access (the expiry day): the day before `access.end`. */
  readonly lastDay: IsoDate;
}

/** A booking in one of its states; switch on `status`. */
export type Booking = AwaitingPaymentBooking | PaidBooking;

/**
 * The bookings of one customer account (R18, R19): plain data, oldest first.
 * Every change returns a new account; a revived copy is checked when it comes back.
 */
export interface BookingAccount extends StoredHeader<'bookingAccount'> {
  /** The currency code of every price. */
  readonly currency: string;
  readonly bookings: readonly Booking[];
  /** The day of the latest payment, or null; payments come in date order. */
  readonly lastPaidOn: IsoDate | null;
  /**
   * The last day {@link advanceBookings} moved the account to (inclusive: the reminders and
   * follow-up orders due on it are given), or null before the first call.
   */
  readonly advancedTo: IsoDate | null;
}

/** An order was placed: it waits for its payment. */
export interface PackageOrdered {
  readonly ok: true;
  readonly account: BookingAccount;
  /** The new booking, awaiting payment. */
  readonly booking: AwaitingPaymentBooking;
}

/** A payment was recorded: the booking is paid and its access fixed. */
export interface PaymentRecorded {
  readonly ok: true;
  readonly account: BookingAccount;
  readonly booking: PaidBooking;
  /** The booking's charge line: `oneOff`, or `periodCharge` for a subscription, over its access. */
  readonly lines: readonly Line[];
  /** True when the access runs on from an access still running on the payment day (R19). */
  readonly extended: boolean;
}

/** The result of {@link recordPayment}: the payment, or the refusal `ALREADY_PAID` (details `bookingId`, `paidOn`). */
export type PaymentResult = PaymentRecorded | Refusal;

/** When a reminder is due: 5 days before the last day of access, or on it (R18). */
export type ReminderTiming = 'fiveDaysBefore' | 'expiryDay';

/** A reminder that a one-off booking expires (R18). */
export interface BookingReminderNotice {
  readonly type: 'bookingReminder';
  /** The day to send it. */
  readonly on: IsoDate;
  readonly when: ReminderTiming;
  readonly bookingId: string;
  /** The package's id. */
  readonly packageId: string;
  /** The package's name. */
  readonly name: string;
  /** The last day of access. */
  readonly lastDay: IsoDate;
}

/** Everything the booking module tells a customer: expiry reminders. */
export type BookingNotice = BookingReminderNotice;

/** What {@link advanceBookings} returns. */
export interface BookingsAdvanced {
  readonly ok: true;
  /** The account with the follow-up orders at the end, advanced to the day. */
  readonly account: BookingAccount;
  /** The subscription follow-up orders created, awaiting payment, by order day. */
  readonly orders: readonly AwaitingPaymentBooking[];
  /** The reminders due after the old `advancedTo`, up to and including the new one: by day, then booking id, the earlier reminder first. */
  readonly notices: readonly BookingReminderNotice[];
}
