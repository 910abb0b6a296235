// booking: one-off bookings vs subscriptions, expiry reminders, activation on payment (R18, R19; seed 002).
export type {
  AlreadyPaidRefusal,
  AwaitingPaymentBooking,
  Booking,
  BookingAccount,
  BookingAccountOptions,
  BookingBase,
  BookingKind,
  BookingReminder,
  PackageOrder,
  PaidBooking,
  PaymentRecorded,
  PaymentResult,
  ReminderTiming,
  SubscriptionRenewal,
} from './types.js';
export { openBookingAccount } from './openBookingAccount.js';
export { orderPackage } from './orderPackage.js';
export { recordPayment } from './recordPayment.js';
export { renewSubscriptions } from './renewSubscriptions.js';
export { remindersDue } from './remindersDue.js';
export { activeBookingOn } from './activeBookingOn.js';
