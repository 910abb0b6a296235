/**
 * The words for prepaid, booking and cart notices, in German and English
 * (R17–R20, R24). No math here: dates and amounts come in already formatted.
 *
 * @internal
 * @module
 */
import type { Locale } from '../money/types.js';

export interface BookingWords {
  /** A reminder 5 days before the expiry day; `lastDay` is the expiry day. */
  readonly reminderBefore: (label: string, lastDay: string) => string;
  /** A reminder on the expiry day. */
  readonly reminderToday: (label: string, lastDay: string) => string;
  readonly lapsed: (label: string, from: string, price: string, balance: string) => string;
  readonly ended: (label: string, from: string) => string;
  readonly insufficientBalance: (label: string, price: string, balance: string, missing: string) => string;
  readonly alreadyActive: (label: string, activeId: string, from: string | null) => string;
  readonly alreadyPaid: (bookingId: string, paidOn: string) => string;
  readonly unknownVoucher: (code: string) => string;
  readonly voucherNotYetValid: (code: string, from: string) => string;
  readonly voucherExpired: (code: string, lastDay: string) => string;
  readonly belowMinimum: (code: string, minimum: string, missing: string) => string;
  readonly voucherAlreadyApplied: (code: string, applied: string) => string;
}

export const BOOKING_WORDS: Readonly<Record<Locale, BookingWords>> = {
  de: {
    reminderBefore: (label, lastDay) => `Erinnerung: Ihr Paket ${label} läuft in 5 Tagen ab (letzter Tag ${lastDay}). Jetzt verlängern, damit der Zugang nicht endet.`,
    reminderToday: (label, lastDay) => `Erinnerung: Ihr Paket ${label} läuft heute ab (letzter Tag ${lastDay}). Jetzt verlängern, damit der Zugang nicht endet.`,
    lapsed: (label, from, price, balance) => `${label} nicht verlängert: Das Guthaben von ${balance} deckt den Preis von ${price} nicht; ab ${from} nicht mehr aktiv.`,
    ended: (label, from) => `${label} gekündigt: ab ${from} nicht mehr aktiv.`,
    insufficientBalance: (label, price, balance, missing) => `${label} nicht gebucht: Das Guthaben von ${balance} deckt den Preis von ${price} nicht; es fehlen ${missing}.`,
    alreadyActive: (label, activeId, from) => from === null
      ? `${label} nicht gebucht: ${activeId} ist noch aktiv.`
      : `${label} nicht gebucht: ${activeId} ist noch aktiv; buchbar ab ${from}.`,
    alreadyPaid: (bookingId, paidOn) => `Die Buchung ${bookingId} ist bereits bezahlt (am ${paidOn}).`,
    unknownVoucher: (code) => `Der Gutscheincode ${code} ist unbekannt.`,
    voucherNotYetValid: (code, from) => `Der Gutschein ${code} gilt erst ab ${from}.`,
    voucherExpired: (code, lastDay) => `Der Gutschein ${code} ist abgelaufen (gültig bis ${lastDay}).`,
    belowMinimum: (code, minimum, missing) => `Der Gutschein ${code} gilt ab einem Bestellwert von ${minimum}; es fehlen ${missing}.`,
    voucherAlreadyApplied: (code, applied) => `Der Gutschein ${code} kann nicht zusätzlich eingelöst werden: Pro Bestellung gilt ein Gutschein, ${applied} ist bereits eingelöst.`,
  },
  en: {
    reminderBefore: (label, lastDay) => `Reminder: your package ${label} expires in 5 days (last day ${lastDay}). Extend it now to keep your access.`,
    reminderToday: (label, lastDay) => `Reminder: your package ${label} expires today (last day ${lastDay}). Extend it now to keep your access.`,
    lapsed: (label, from, price, balance) => `${label} not renewed: the balance of ${balance} does not cover the price of ${price}; inactive from ${from}.`,
    ended: (label, from) => `${label} cancelled: inactive from ${from}.`,
    insufficientBalance: (label, price, balance, missing) => `${label} not booked: the balance of ${balance} does not cover the price of ${price}; ${missing} missing.`,
    alreadyActive: (label, activeId, from) => from === null
      ? `${label} not booked: ${activeId} is still active.`
      : `${label} not booked: ${activeId} is still active; it can be booked from ${from}.`,
    alreadyPaid: (bookingId, paidOn) => `The booking ${bookingId} is already paid (on ${paidOn}).`,
    unknownVoucher: (code) => `The voucher code ${code} is unknown.`,
    voucherNotYetValid: (code, from) => `The voucher ${code} is valid from ${from}.`,
    voucherExpired: (code, lastDay) => `The voucher ${code} has expired (valid until ${lastDay}).`,
    belowMinimum: (code, minimum, missing) => `The voucher ${code} needs an order of at least ${minimum}; ${missing} missing.`,
    voucherAlreadyApplied: (code, applied) => `The voucher ${code} cannot be added: one voucher per order, and ${applied} is already redeemed.`,
  },
};
