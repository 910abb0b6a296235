/**
 * Shared helpers of the explanation module: dates and amounts for people.
 *
 * @internal
 * @module
 */
import { dayOf } from '../calendar/days.js';
import { germanFromEpochDay, isoFromEpochDay } from '../calendar/epochDay.js';
import { currencyOfCode } from '../money/cents.js';
import { formatCents } from '../money/formatMoney.js';
import type { Locale } from '../money/types.js';

/** `31.12.2026` in German, `2026-12-31` in English, for an epoch day. */
export function dateOfDay(day: number, locale: Locale): string {
  return locale === 'de' ? germanFromEpochDay(day) : isoFromEpochDay(day);
}

/** A date for people from ISO text; `shift` days later (−1 turns an exclusive end into a last day). */
export function dateText(iso: unknown, locale: Locale, shift = 0): string {
  return dateOfDay(dayOf(iso, 'date') + shift, locale);
}

/** An amount for people from cents and a currency code. */
export function moneyText(cents: number, code: string, locale: Locale): string {
  const currency = currencyOfCode(code, 'currency');
  return formatCents(cents, currency.code, currency.exponent, locale);
}
