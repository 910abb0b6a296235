import type { AddOnRow } from '../addons/types.js';
import { fail, isRecord } from '../errors/fail.js';
import { isQuantity } from '../money/cents.js';
import { localeOf } from '../money/formatMoney.js';
import type { Locale, LocaleTag } from '../money/types.js';
import { dateText, moneyText } from './words.js';

const ROW_WORDS: Readonly<Record<Locale, Readonly<Record<'billedUntil' | 'notBilled' | 'active' | 'cancellationPending' | 'ended' | 'withdrawn' | 'nextQuantity', string>>>> = {
  de: {
    billedUntil: 'abgerechnet bis',
    notBilled: 'nicht berechnet',
    active: 'aktiv',
    cancellationPending: 'Kündigung zum',
    ended: 'beendet zum',
    withdrawn: 'widerrufen am',
    nextQuantity: 'Menge ab',
  },
  en: {
    billedUntil: 'billed until',
    notBilled: 'not charged',
    active: 'active',
    cancellationPending: 'cancellation effective',
    ended: 'ended',
    withdrawn: 'withdrawn',
    nextQuantity: 'quantity from',
  },
};

/**
 * Words one row of the add-on list (R15) as the customer page shows it: name and
 * quantity, unit price, "abgerechnet bis" and status ("Kündigung zum 17.05.2026").
 *
 * @param row - a row from {@link listAddOns}
 * @param locale - `"de"` or `"en"`
 * @returns the row as one line of text
 * @throws TarifkitError `INVALID_LOCALE`, `INVALID_ARGUMENT` for something that is no row
 * @example
 * ```ts
 * import { formatAddOnRow } from 'tarifkit';
 *
 * const row = {
 *   bookingId: 'users#1', addOnId: 'users', name: 'Zusätzliche Benutzer', quantity: 1, unitCents: 590, currency: 'EUR',
 *   bookedOn: '2026-03-18', billedUntil: '2026-04-17', nextQuantity: null, status: { kind: 'active' },
 * } as const;
 * formatAddOnRow(row, 'de'); // "Zusätzliche Benutzer (+1) · 5,90 € · abgerechnet bis 17.04.2026 · aktiv"
 * ```
 */
export function formatAddOnRow(row: AddOnRow, locale: LocaleTag): string {
  const language = localeOf(locale);
  if (!isRecord(row) || !isRecord(row.status) || typeof row.name !== 'string') fail('INVALID_ARGUMENT', 'row', row);
  if (!isQuantity(row.quantity)) fail('INVALID_QUANTITY', 'row.quantity', row.quantity);
  if (typeof row.unitCents !== 'number' || !Number.isSafeInteger(row.unitCents)) fail('INVALID_AMOUNT', 'row.unitCents', row.unitCents);
  const next: unknown = row.nextQuantity;
  if (next !== null && (!isRecord(next) || !isQuantity(next.quantity))) fail('INVALID_ARGUMENT', 'row.nextQuantity', next);
  const words = ROW_WORDS[language];
  const billed = row.billedUntil === null ? words.notBilled : `${words.billedUntil} ${dateText(row.billedUntil, language)}`;
  const status = row.status;
  let state: string;
  switch (status.kind) {
    case 'active': state = words.active; break;
    case 'cancellationPending': state = `${words.cancellationPending} ${dateText(status.lastDay, language)}`; break;
    case 'ended': state = `${words.ended} ${dateText(status.lastDay, language)}`; break;
    case 'withdrawn': state = `${words.withdrawn} ${dateText(status.on, language)}`; break;
    default: return fail('INVALID_ARGUMENT', 'row.status', status);
  }
  const parts = [`${row.name} (+${row.quantity})`, moneyText(row.unitCents, row.currency, language), billed, state];
  if (row.nextQuantity !== null) parts.push(`${words.nextQuantity} ${dateText(row.nextQuantity.from, language)}: +${row.nextQuantity.quantity}`);
  return parts.join(' \u00b7 ');
}
