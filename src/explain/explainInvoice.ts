import { TarifkitError } from '../errors/TarifkitError.js';
import type { Invoice } from '../invoice/types.js';
import { formatCents } from '../money/formatMoney.js';
import type { Locale } from '../money/types.js';
import { explainLine } from './explainLine.js';
import { formatEpochDay } from './formatDate.js';
import { INVOICE_WORDS } from './invoiceMessages.js';

/**
 * Renders an invoice as text lines (R23, R24): the heading with the invoice
 * day and period, whether prices are gross or net, every line explained by
 * {@link explainLine} and numbered, net, VAT and gross per rate, the totals,
 * and how VAT was rounded.
 *
 * @param invoice - an invoice from {@link createInvoice}
 * @param locale - `"de"` or `"en"`
 * @returns the text, one string per line
 * @throws TarifkitError `INVALID_LOCALE` for another locale
 * @example
 * ```ts
 * explainInvoice(invoice, 'de');
 * // [ "Rechnung vom 18.04.2026, Abrechnungszeitraum 18.04.2026–17.05.2026",
 * //   "Privatkunde: Preise inkl. USt.",
 * //   "1. Grundgebühr Zusätzliche Benutzer, 18.04.2026–17.05.2026, 30/30 Tage: 5,90 €",
 * //   "2. Gutschrift Widerruf Zusätzliche Benutzer, 18.03.2026–17.04.2026, 31/31 Tage: −5,90 €",
 * //   "USt. 19 %: netto 0,00 €, USt. 0,00 €, brutto 0,00 €", … ]
 * ```
 */
export function explainInvoice(invoice: Invoice, locale: Locale): string[] {
  if (locale !== 'de' && locale !== 'en') throw new TarifkitError('INVALID_LOCALE', { field: 'locale', value: locale });
  const words = INVOICE_WORDS[locale];
  const money = (cents: number): string => formatCents(cents, invoice.currency, locale);
  let heading = `${words.invoiceOf} ${formatEpochDay(invoice.issuedDay, locale)}`;
  if (invoice.period !== null) {
    heading += `, ${words.period} ${formatEpochDay(invoice.period.startDay, locale)}\u2013${formatEpochDay(invoice.period.endDay - 1, locale)}`;
  }
  const out = [heading, words.customer[invoice.customerType]];
  if (invoice.lines.length === 0) out.push(words.noLines);
  invoice.lines.forEach((line, i) => out.push(`${i + 1}. ${explainLine(line, locale)}`));
  for (const rate of invoice.byRate) {
    out.push(`${words.rate(rate.vatRate)}: ${words.net} ${money(rate.netCents)}, ${words.vat} ${money(rate.vatCents)}, `
      + `${words.gross} ${money(rate.grossCents)}`);
  }
  out.push(`${words.totalNet}: ${money(invoice.netCents)}`);
  out.push(`${words.totalVat}: ${money(invoice.vatCents)}`);
  out.push(`${words.totalGross}: ${money(invoice.grossCents)}`);
  out.push(words.rounding);
  return out;
}
