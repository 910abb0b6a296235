import { TarifkitError } from '../errors/TarifkitError.js';
import type { Line } from '../lines/types.js';
import { formatCents } from '../money/formatMoney.js';
import type { Locale } from '../money/types.js';
import { formatEpochDay } from './formatDate.js';
import { DAYS_WORD, LINE_REASON_WORDS, MONTH_BASIS_WORD } from './lineMessages.js';

function isRange(value: unknown): boolean {
  const range = value as { startDay?: unknown; endDay?: unknown } | null;
  return typeof range === 'object' && range !== null && Number.isSafeInteger(range.startDay)
    && Number.isSafeInteger(range.endDay) && (range.endDay as number) >= (range.startDay as number);
}

/** A line from outside (parsed, hand-made) must have what the sentence reads; INVALID_LINE otherwise. */
function assertLine(line: Line): void {
  const l = line as Partial<Line> | null;
  const ok = typeof l === 'object' && l !== null
    && typeof l.reason === 'string' && Object.hasOwn(LINE_REASON_WORDS, l.reason)
    && typeof l.item === 'object' && l.item !== null && typeof l.item.label === 'string'
    && Number.isSafeInteger(l.item.quantity)
    && Number.isSafeInteger(l.cents)
    && typeof l.currency === 'object' && l.currency !== null && Number.isSafeInteger(l.currency.exponent)
    && (l.range === null || isRange(l.range)) && (l.period === null || isRange(l.period))
    && (l.basis !== 'month' || (typeof l.fraction === 'object' && l.fraction !== null
      && Number.isSafeInteger(l.fraction.numerator) && Number.isSafeInteger(l.fraction.denominator)));
  if (!ok) throw new TarifkitError('INVALID_LINE', { field: 'line', value: line });
}

/**
 * Words one invoice line for a support agent or the invoice itself (R24): why
 * it exists, what it is for, the days (first and last day, inclusive) and the
 * share of the period, and the signed amount.
 *
 * @param line - any line from tarifkit
 * @param locale - `"de"` (German dates and amounts) or `"en"`
 * @returns one sentence
 * @throws TarifkitError `INVALID_LOCALE` for another locale, `INVALID_LINE` for something
 *   that is not a line (a hand-made object missing the reason, item, cents, currency or days)
 * @example
 * ```ts
 * // W1's credit on the day basis:
 * explainLine(credit, 'de');
 * // "Gutschrift nicht genutzte Laufzeit Basic, 01.07.2026–31.12.2026, 184/365 Tage: −50,41 €"
 * explainLine(credit, 'en');
 * // "Credit for unused term Basic, 2026-07-01–2026-12-31, 184/365 days: −€50.41"
 * ```
 */
export function explainLine(line: Line, locale: Locale): string {
  if (locale !== 'de' && locale !== 'en') throw new TarifkitError('INVALID_LOCALE', { field: 'locale', value: locale });
  assertLine(line);
  const words = LINE_REASON_WORDS[line.reason][locale];
  const quantity = line.item.quantity > 1 ? ` \u00d7${line.item.quantity}` : '';
  const parts = [`${words} ${line.item.label}${quantity}`];
  if (line.range !== null && line.period !== null) {
    const from = formatEpochDay(line.range.startDay, locale);
    const to = formatEpochDay(line.range.endDay - 1, locale);
    parts.push(`${from}\u2013${to}`);
    let share = `${line.daysUsed}/${line.daysInPeriod} ${DAYS_WORD[locale]}`;
    if (line.basis === 'month') {
      share += ` (${MONTH_BASIS_WORD[locale]} ${line.fraction.numerator}/${line.fraction.denominator})`;
    }
    parts.push(share);
  }
  return `${parts.join(', ')}: ${formatCents(line.cents, line.currency, locale)}`;
}
