import { epochDayFromPlainDate } from '../calendar/epochDay.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { Locale } from '../money/types.js';
import type { OptionRefusal } from '../options/types.js';
import { formatEpochDay } from './formatDate.js';
import { OPTION_REFUSAL_WORDS } from './optionMessages.js';

/**
 * Words a refusal of the options module (or of {@link checkWithdrawal}) for the customer
 * or a support agent (R12, R13, R24).
 *
 * @param refusal - an `ok: false` value from {@link bookOption}, {@link cancelOption},
 *   {@link switchOption}, {@link withdrawOption} or {@link checkWithdrawal}
 * @param locale - `"de"` (German dates) or `"en"`
 * @returns one sentence
 * @throws TarifkitError `INVALID_LOCALE` for another locale
 * @example
 * ```ts
 * // Booked 2026-03-07: the 14th day is a Saturday, so the window ran to Monday 2026-03-23.
 * explainOptionRefusal(checkWithdrawal('2026-03-07', '2026-03-24') as WithdrawalRefusal, 'de');
 * // "Widerruf nicht mehr möglich: Die Widerrufsfrist endete am 23.03.2026."
 * ```
 */
export function explainOptionRefusal(refusal: OptionRefusal, locale: Locale): string {
  if (locale !== 'de' && locale !== 'en') throw new TarifkitError('INVALID_LOCALE', { field: 'locale', value: locale });
  const words = OPTION_REFUSAL_WORDS[locale];
  const date = (d: { year: number; month: number; day: number }): string => formatEpochDay(epochDayFromPlainDate(d), locale);
  switch (refusal.reason) {
    case 'WITHDRAWAL_WINDOW_CLOSED':
      return words.windowClosed(date(refusal.windowEnd));
    case 'OPTION_ALREADY_BOOKED':
      return words.alreadyBooked(refusal.optionId, refusal.bookingId, refusal.allowedFrom === null ? null : date(refusal.allowedFrom));
    case 'END_ALREADY_SCHEDULED':
      return words.endScheduled(refusal.bookingId, formatEpochDay(epochDayFromPlainDate(refusal.endsOn) - 1, locale));
  }
}
