import { checkLine } from '../invoice/checkLine.js';
import type { Line } from '../lines/types.js';
import { localeOf } from '../money/formatMoney.js';
import type { Locale, LocaleTag } from '../money/types.js';
import { CORRECTION_WORDS, DAYS_WORD, LINE_REASON_WORDS, MONTH_BASIS_WORD } from './lineWords.js';
import { dateText, moneyText } from './words.js';

/** {@link explainLine} for a line already checked. @internal */
export function lineSentence(line: Line, locale: Locale): string {
  const words = LINE_REASON_WORDS[line.reason][locale];
  const quantity = line.quantity > 1 ? ` \u00d7${line.quantity}` : '';
  const lead = line.correction === null ? words : `${CORRECTION_WORDS[line.correction][locale]}: ${words}`;
  const parts = [`${lead} ${line.item.name}${quantity}`];
  const range = line.range;
  if (range !== null) {
    if (line.basis === 'full' && line.periodDays === 1) {
      parts.push(dateText(range.start, locale));
    } else {
      parts.push(`${dateText(range.start, locale)}\u2013${dateText(range.end, locale, -1)}`);
      let share = `${line.days}/${line.periodDays} ${DAYS_WORD[locale]}`;
      if (line.basis === 'month') share += ` (${MONTH_BASIS_WORD[locale]} ${line.fraction.numerator}/${line.fraction.denominator})`;
      parts.push(share);
    }
  }
  return `${parts.join(', ')}: ${moneyText(line.cents, line.item.currency ?? 'EUR', locale)}`;
}

/**
 * Words one invoice line for a support agent or the invoice itself (R24): why
 * it exists, what it is for, the days (first and last day, inclusive) and the
 * share of the period, and the signed amount. Corrections say so first
 * ("Nachberechnung", "Storno").
 *
 * @param line - any line from tarifkit or {@link chargeLine}
 * @param locale - `"de"` (German dates and amounts) or `"en"`
 * @returns one sentence
 * @throws TarifkitError `INVALID_LOCALE` for another language, `INVALID_LINE` for something that is no line
 * @example
 * ```ts
 * import { chargeLine, explainLine } from 'tarifkit';
 *
 * // W1's credit on the day basis: 184 of 365 days of a 100 € term.
 * const credit = chargeLine({
 *   item: { id: 'basic', name: 'Basic', unitCents: 10000, vatRate: 19 }, reason: 'upgradeCredit', credit: true,
 *   range: { start: '2026-07-01', end: '2027-01-01' }, period: { start: '2026-01-01', end: '2027-01-01' },
 * });
 * explainLine(credit, 'de'); // "Gutschrift nicht genutzte Laufzeit Basic, 01.07.2026–31.12.2026, 184/365 Tage: −50,41 €"
 * explainLine(credit, 'en'); // "Credit for the unused period Basic, 2026-07-01–2026-12-31, 184/365 days: −€50.41"
 * ```
 */
export function explainLine(line: Line, locale: LocaleTag): string {
  const language = localeOf(locale);
  return lineSentence(checkLine(line, 'line'), language);
}
