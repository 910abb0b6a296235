import { epochDayFromPlainDate } from '../calendar/epochDay.js';
import type { Temporal } from '@js-temporal/polyfill';
import { TarifkitError } from '../errors/TarifkitError.js';
import { formatEpochDay } from '../explain/formatDate.js';
import { centsOf, currencyOf } from '../money/cents.js';
import { formatCents } from '../money/formatMoney.js';
import type { Locale } from '../money/types.js';
import { ROW_WORDS } from './rowMessages.js';
import type { AddOnRow } from './types.js';

function date(value: Temporal.PlainDate, locale: Locale): string {
  return formatEpochDay(epochDayFromPlainDate(value), locale);
}

/**
 * Renders one row of the add-on list view (R15) as seed 004's table shows it:
 * name and quantity, unit price, "billed until" and status, joined by " · ".
 * A lowering waiting for the next period is added at the end.
 *
 * @param row - a row from {@link listAddOns}
 * @param locale - `"de"` or `"en"`
 * @returns one line of text
 * @throws TarifkitError `INVALID_LOCALE` for another locale
 * @example
 * ```ts
 * // Seed 004's row, and the same in English:
 * formatAddOnRow(row, 'de'); // "Zusätzliche Benutzer (+1) · 5,90 € · abgerechnet bis 17.04.2026 · aktiv"
 * formatAddOnRow(row, 'en'); // "Zusätzliche Benutzer (+1) · €5.90 · billed until 2026-04-17 · active"
 * // A withdrawn booking was never billed:
 * // "Zusätzliche Benutzer (+1) · 5,90 € · nicht berechnet · widerrufen am 23.03.2026"
 * ```
 */
export function formatAddOnRow(row: AddOnRow, locale: Locale): string {
  if (locale !== 'de' && locale !== 'en') throw new TarifkitError('INVALID_LOCALE', { field: 'locale', value: locale });
  const words = ROW_WORDS[locale];
  const price = formatCents(centsOf(row.unitPrice, 'row.unitPrice'), currencyOf(row.unitPrice), locale);
  const billed = row.billedUntil === null ? words.notBilled : `${words.billedUntil} ${date(row.billedUntil, locale)}`;
  const status = row.status;
  let state: string;
  switch (status.kind) {
    case 'active': state = words.active; break;
    case 'cancellationPending': state = `${words.cancellationPending} ${date(status.effective, locale)}`; break;
    case 'ended': state = `${words.ended} ${date(status.lastDay, locale)}`; break;
    case 'withdrawn': state = `${words.withdrawn} ${date(status.withdrawnOn, locale)}`; break;
  }
  const parts = [`${row.name} (+${row.quantity})`, price, billed, state];
  if (row.nextQuantity !== null) {
    parts.push(`${words.nextQuantity} ${date(row.nextQuantity.from, locale)}: +${row.nextQuantity.quantity}`);
  }
  return parts.join(' \u00b7 ');
}
