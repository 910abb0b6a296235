import type { Temporal } from '@js-temporal/polyfill';
import type { Period } from '../calendar/types.js';
import type { Line, VatRate } from '../lines/types.js';
import type { Currency, Money } from '../money/types.js';

/**
 * How a package is booked (R18): `oneOff` runs for its duration and expires
 * (with reminders); `subscription` orders itself again at each expiry (no reminders).
 */
export type BookingKind = 'oneOff' | 'subscription';

/** Options for {@link openBookingAccount}. */
export interface BookingAccountOptions {
  /** The currency of every price; default EUR. */
  readonly currency?: Currency;
}

/** What a customer orders, for {@link orderPackage}. */
export interface PackageOrder {
  /** The order's id, unique in the account; `#` is reserved for follow-up orders. */
  readonly id: string;
  /** The package booked ("cloudmatic-l"). */
  readonly packageId: string;
  /** The name people see. */
  readonly label: string;
  /** The gross price of the whole duration (B2C), not negative. */
  readonly price: Money;
  /** The duration in whole months, at least 1 (1, 3 or 12 in seed 002). */
  readonly months: number;
  readonly kind: BookingKind;
  /** The VAT rate of its line; default 19 (R23). */
  readonly vatRate?: VatRate;
}

/** What every booking shares. */
export interface BookingBase {
  readonly id: string;
  readonly packageId: string;
  readonly label: string;
  readonly priceCents: number;
  readonly price: Money;
  readonly months: number;
  readonly kind: BookingKind;
  readonly vatRate: VatRate;
  /** The day of the order, as days since 1970-01-01. */
  readonly orderedDay: number;
  readonly orderedOn: Temporal.PlainDate;
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
  /** The day the payment arrived, as days since 1970-01-01. */
  readonly paidDay: number;
  readonly paidOn: Temporal.PlainDate;
  /**
   * The access, half-open: from the payment day, or from the end of the access
   * already paid for when that runs past the payment day; `months` months long.
   */
  readonly access: Period;
  /** The last day of access (`access.last`), as days since 1970-01-01. */
  readonly expiryDay: number;
  /** The expiry day: the last day of access. The day after it has no access. */
  readonly expiresOn: Temporal.PlainDate;
  /** The charge line of the booking: `oneOff` or, for a subscription, `periodCharge`. */
  readonly line: Line;
}

/** A booking in one of its states; switch on `status`. */
export type Booking = AwaitingPaymentBooking | PaidBooking;

/** The bookings of one customer account, oldest first (R18, R19). */
export interface BookingAccount {
  readonly currency: Currency;
  readonly bookings: readonly Booking[];
  /** The day of the latest payment, as days since 1970-01-01, or null; payments come in date order. */
  readonly lastPaymentDay: number | null;
}

/** A payment was recorded: the booking is paid and its access fixed. */
export interface PaymentRecorded {
  readonly ok: true;
  readonly account: BookingAccount;
  readonly booking: PaidBooking;
  /** The booking's charge line. */
  readonly line: Line;
  /** True when the access runs on from an access still running on the payment day (R19). */
  readonly extended: boolean;
}

/** A payment refused because the booking is paid already. */
export interface AlreadyPaidRefusal {
  readonly ok: false;
  readonly reason: 'ALREADY_PAID';
  /** Null: a booking is paid once. */
  readonly allowedFrom: null;
  readonly bookingId: string;
  /** The day it was paid. */
  readonly paidOn: Temporal.PlainDate;
}

/** The result of {@link recordPayment}. */
export type PaymentResult = PaymentRecorded | AlreadyPaidRefusal;

/** The result of {@link renewSubscriptions}. */
export interface SubscriptionRenewal {
  readonly account: BookingAccount;
  /** The follow-up orders created, awaiting payment, by expiry day. */
  readonly orders: readonly AwaitingPaymentBooking[];
}

/** When a reminder is due: 5 days before the expiry day, or on it (R18). */
export type ReminderTiming = 'fiveDaysBefore' | 'expiryDay';

/** A reminder that a one-off booking expires (R18). */
export interface BookingReminder {
  readonly type: 'reminder';
  readonly when: ReminderTiming;
  readonly bookingId: string;
  readonly packageId: string;
  readonly label: string;
  /** The day to send it, as days since 1970-01-01. */
  readonly dueDay: number;
  readonly dueOn: Temporal.PlainDate;
  /** The last day of access. */
  readonly expiresOn: Temporal.PlainDate;
}
