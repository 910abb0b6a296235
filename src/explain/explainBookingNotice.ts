import { epochDayFromPlainDate } from '../calendar/epochDay.js';
import type { AlreadyPaidRefusal, BookingReminder } from '../booking/types.js';
import type { VoucherRefusal } from '../cart/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { formatCents } from '../money/formatMoney.js';
import type { Locale } from '../money/types.js';
import type { PrepaidEvent, PrepaidRefusal } from '../prepaid/types.js';
import { BOOKING_WORDS } from './bookingMessages.js';
import { formatEpochDay } from './formatDate.js';

/**
 * Anything the prepaid, booking and cart modules tell a customer or a support
 * agent: an expiry reminder, a lapse or end of a prepaid item, or a refusal.
 */
export type BookingNotice = BookingReminder | PrepaidEvent | PrepaidRefusal | AlreadyPaidRefusal | VoucherRefusal;

/**
 * Words a reminder, a prepaid lapse or end, or a refusal of the prepaid,
 * booking and cart modules, in German or English (R17–R20, R24).
 *
 * @param notice - a reminder from {@link remindersDue}, an event from a {@link PrepaidStep},
 *   or an `ok: false` value from the prepaid, payment or voucher functions
 * @param locale - `"de"` (German dates and amounts) or `"en"`
 * @returns one or two sentences
 * @throws TarifkitError `INVALID_LOCALE` for another locale
 * @example
 * ```ts
 * // The renewal on 2026-03-28 found 5,02 € for a 9,99 € package:
 * explainBookingNotice(step.events[0], 'de');
 * // "Prepaid Basic S nicht verlängert: Das Guthaben von 5,02 € deckt den Preis von 9,99 € nicht; ab 28.03.2026 nicht mehr aktiv."
 * ```
 */
export function explainBookingNotice(notice: BookingNotice, locale: Locale): string {
  if (locale !== 'de' && locale !== 'en') throw new TarifkitError('INVALID_LOCALE', { field: 'locale', value: locale });
  const words = BOOKING_WORDS[locale];
  const day = (epochDay: number): string => formatEpochDay(epochDay, locale);
  const date = (d: { year: number; month: number; day: number }): string => day(epochDayFromPlainDate(d));
  if ('type' in notice) {
    switch (notice.type) {
      case 'reminder':
        return notice.when === 'fiveDaysBefore'
          ? words.reminderBefore(notice.label, date(notice.expiresOn))
          : words.reminderToday(notice.label, date(notice.expiresOn));
      case 'lapsed':
        return words.lapsed(notice.label, day(notice.day),
          formatCents(notice.priceCents, notice.currency, locale), formatCents(notice.balanceCents, notice.currency, locale));
      case 'ended':
        return words.ended(notice.label, day(notice.day));
    }
  }
  switch (notice.reason) {
    case 'INSUFFICIENT_BALANCE': {
      const money = (cents: number): string => formatCents(cents, notice.currency, locale);
      return words.insufficientBalance(notice.label, money(notice.priceCents), money(notice.balanceCents), money(notice.missingCents));
    }
    case 'ALREADY_ACTIVE':
      return words.alreadyActive(notice.label, notice.activeId, notice.allowedFrom === null ? null : date(notice.allowedFrom));
    case 'ALREADY_PAID':
      return words.alreadyPaid(notice.bookingId, date(notice.paidOn));
    case 'UNKNOWN_VOUCHER':
      return words.unknownVoucher(notice.code);
    case 'VOUCHER_NOT_YET_VALID':
      return words.voucherNotYetValid(notice.code, date(notice.allowedFrom));
    case 'VOUCHER_EXPIRED':
      return words.voucherExpired(notice.code, date(notice.expiredAfter));
    case 'BELOW_MINIMUM_ORDER': {
      const currency = notice.currency;
      return words.belowMinimum(notice.code, formatCents(notice.minimumCents, currency, locale), formatCents(notice.missingCents, currency, locale));
    }
    case 'VOUCHER_ALREADY_APPLIED':
      return words.voucherAlreadyApplied(notice.code, notice.appliedCode);
  }
}
