import { isRecord, fail } from '../errors/fail.js';
import type { PriceChangeAccepted } from '../contract/types.js';
import { localeOf } from '../money/formatMoney.js';
import type { Locale, LocaleTag } from '../money/types.js';
import { dateText } from './words.js';

const WORDS: Readonly<Record<Locale, (effective: string, notified: string, until: string, lastDay: string) => string>> = {
  de: (effective, notified, until, lastDay) =>
    `Preisänderung ab ${effective}, mitgeteilt am ${notified}: Sie können den Vertrag bis zum ${until} ohne Kosten kündigen (§ 57 Abs. 2 TKG), frühestens zum Wirksamwerden der Änderung am ${effective} (letzter Vertragstag ${lastDay}).`,
  en: (effective, notified, until, lastDay) =>
    `Price change from ${effective}, notified on ${notified}: you may terminate the contract free of charge until ${until} (TKG §57 (2)), at the earliest when the change takes effect on ${effective} (last day of the contract ${lastDay}).`,
};

/**
 * Words a price change that {@link checkPriceChange} accepted (R24, R32), in German or
 * English: the customer's special termination right under TKG §57 (2), until when it
 * can be used and the earliest end. A refused change is worded by {@link explainRefusal}.
 *
 * @param change - an accepted price change, from {@link checkPriceChange}
 * @param locale - `"de"` or `"en"`
 * @returns one sentence
 * @throws TarifkitError `INVALID_ARGUMENT` for something that is no accepted price change,
 *   `INVALID_DATE` for a day in it that is no date, `INVALID_LOCALE`
 * @example
 * ```ts
 * import { checkPriceChange, explainPriceChange } from 'tarifkit';
 *
 * const change = checkPriceChange({ notifiedOn: '2026-09-15', effectiveOn: '2026-11-01' });
 * if (change.ok) explainPriceChange(change, 'en'); // "Price change from 2026-11-01, notified on 2026-09-15: you may terminate the contract free of charge until 2026-12-15 (TKG §57 (2)), at the earliest when the change takes effect on 2026-11-01 (last day of the contract 2026-10-31)."
 * ```
 */
export function explainPriceChange(change: PriceChangeAccepted, locale: LocaleTag): string {
  const language = localeOf(locale);
  if (!isRecord(change) || change.ok !== true) fail('INVALID_ARGUMENT', 'change', change, { reason: 'expected an accepted price change' });
  return WORDS[language](
    dateText(change.effectiveOn, language),
    dateText(change.notifiedOn, language),
    dateText(change.lastTerminationDay, language),
    dateText(change.earliestEnd, language, -1),
  );
}
