// booking: one-off bookings vs subscriptions, expiry reminders, activation on payment (R18, R19).
export type {
  AwaitingPaymentBooking,
  Booking,
  BookingAccount,
  BookingAccountOptions,
  BookingBase,
  BookingKind,
  BookingNotice,
  BookingReminderNotice,
  BookingsAdvanced,
  PackageOrder,
  PackageOrdered,
  PaidBooking,
  PaymentRecorded,
  PaymentResult,
  ReminderTiming,
} from './types.js';
export { openBookingAccount } from './openBookingAccount.js';
export { orderPackage } from './orderPackage.js';
export { recordPayment } from './recordPayment.js';
export { advanceBookings } from './advanceBookings.js';
export { activeBookingOn } from './activeBookingOn.js';
