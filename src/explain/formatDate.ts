/**
 * Dates for people: `31.12.2026` in German, `2026-12-31` in English.
 *
 * @internal
 * @module
 */
import { germanFromEpochDay, isoFromEpochDay } from '../calendar/epochDay.js';
import type { Locale } from '../money/types.js';

export function formatEpochDay(epochDay: number, locale: Locale): string {
  return locale === 'de' ? germanFromEpochDay(epochDay) : isoFromEpochDay(epochDay);
}
