import { fail, isRecord } from '../errors/fail.js';
import { checkLine } from '../invoice/checkLine.js';
import type { CustomerKind, Invoice } from '../invoice/types.js';
import { localeOf } from '../money/formatMoney.js';
import type { Locale, LocaleTag } from '../money/types.js';
import { lineSentence } from './explainLine.js';
import { dateText, moneyText } from './words.js';

const WORDS: Readonly<Record<Locale, {
  readonly invoiceOf: string;
  readonly period: string;
  readonly customer: Readonly<Record<CustomerKind, string>>;
  readonly rate: (rate: number) => string;
  readonly net: string;
  readonly vat: string;
  readonly gross: string;
  readonly totalNet: string;
  readonly totalVat: string;
  readonly totalGross: string;
  readonly noLines: string;
  readonly rounding: string;
}>> = {
  de: {
    invoiceOf: 'Rechnung vom',
    period: 'Abrechnungszeitraum',
    customer: { consumer: 'Privatkunde: Preise inkl. USt.', business: 'Geschäftskunde: Preise zzgl. USt.' },
    rate: (rate) => `USt. ${rate} %`,
    net: 'netto',
    vat: 'USt.',
    gross: 'brutto',
    totalNet: 'Summe netto',
    totalVat: 'Summe USt.',
    totalGross: 'Gesamtbetrag',
    noLines: 'Keine Positionen',
    rounding: 'USt. je Steuersatz auf die Summe berechnet, einmal kaufmännisch gerundet',
  },
  en: {
    invoiceOf: 'Invoice of',
    period: 'billing period',
    customer: { consumer: 'Consumer: prices include VAT', business: 'Business: prices exclude VAT' },
    rate: (rate) => `VAT ${rate} %`,
    net: 'net',
    vat: 'VAT',
    gross: 'gross',
    totalNet: 'Total net',
    totalVat: 'Total VAT',
    totalGross: 'Total due',
    noLines: 'No lines',
    rounding: 'VAT per rate on the sum, rounded once, half up',
  },
};

function safe(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** An invoice from outside: INVALID_ARGUMENT naming the field unless it has what the words read. */
function checkInvoice(invoice: unknown): asserts invoice is Invoice {
  if (!isRecord(invoice)) fail('INVALID_ARGUMENT', 'invoice', invoice);
  if (invoice.customer !== 'consumer' && invoice.customer !== 'business') fail('INVALID_ARGUMENT', 'invoice.customer', invoice.customer);
  if (typeof invoice.issuedOn !== 'string') fail('INVALID_ARGUMENT', 'invoice.issuedOn', invoice.issuedOn);
  if (typeof invoice.currency !== 'string') fail('INVALID_ARGUMENT', 'invoice.currency', invoice.currency);
  if (invoice.period !== null && (!isRecord(invoice.period) || typeof invoice.period.start !== 'string' || typeof invoice.period.end !== 'string')) {
    fail('INVALID_ARGUMENT', 'invoice.period', invoice.period);
  }
  if (!Array.isArray(invoice.lines)) fail('INVALID_ARGUMENT', 'invoice.lines', invoice.lines);
  if (!Array.isArray(invoice.byRate)) fail('INVALID_ARGUMENT', 'invoice.byRate', invoice.byRate);
  // Index loops, not forEach: a list with holes is refused at the hole.
  for (let i = 0; i < invoice.byRate.length; i += 1) {
    const rate: unknown = invoice.byRate[i];
    if (!isRecord(rate) || !safe(rate.vatRate) || !safe(rate.netCents) || !safe(rate.vatCents) || !safe(rate.grossCents)) fail('INVALID_ARGUMENT', `invoice.byRate.${i}`, rate);
  }
  for (const key of ['netCents', 'vatCents', 'grossCents'] as const) if (!safe(invoice[key])) fail('INVALID_ARGUMENT', `invoice.${key}`, invoice[key]);
}

/**
 * Renders an invoice as text lines (R23, R24): the heading with the invoice
 * day and period, whether prices are gross or net, every line explained by
 * {@link explainLine} and numbered, net, VAT and gross per rate, the totals,
 * and how VAT was rounded.
 *
 * @param invoice - an invoice from {@link createInvoice} or {@link advance}
 * @param locale - `"de"` or `"en"`
 * @returns the text, one entry per printed line
 * @throws TarifkitError `INVALID_LOCALE`, `INVALID_ARGUMENT` for something that is no invoice
 * @example
 * ```ts
 * import { chargeLine, createInvoice, explainInvoice } from 'tarifkit';
 *
 * const line = chargeLine({ item: { id: 'setup', name: 'Einrichtung', unitCents: 4900, vatRate: 19 } });
 * explainInvoice(createInvoice({ lines: [line], customer: 'business', issuedOn: '2026-04-01' }), 'de');
 * // ["Rechnung vom 01.04.2026", "Geschäftskunde: Preise zzgl. USt.", "1. Einmalig Einrichtung: 49,00 €",
 * //  "USt. 19 %: netto 49,00 €, USt. 9,31 €, brutto 58,31 €", "Summe netto: 49,00 €", "Summe USt.: 9,31 €",
 * //  "Gesamtbetrag: 58,31 €", "USt. je Steuersatz auf die Summe berechnet, einmal kaufmännisch gerundet"]
 * ```
 */
export function explainInvoice(invoice: Invoice, locale: LocaleTag): string[] {
  const language = localeOf(locale);
  checkInvoice(invoice);
  const words = WORDS[language];
  const money = (cents: number): string => moneyText(cents, invoice.currency, language);
  let heading = `${words.invoiceOf} ${dateText(invoice.issuedOn, language)}`;
  if (invoice.period !== null) {
    heading += `, ${words.period} ${dateText(invoice.period.start, language)}\u2013${dateText(invoice.period.end, language, -1)}`;
  }
  const out = [heading, words.customer[invoice.customer]];
  if (invoice.lines.length === 0) out.push(words.noLines);
  for (let i = 0; i < invoice.lines.length; i += 1) out.push(`${i + 1}. ${lineSentence(checkLine(invoice.lines[i], `invoice.lines.${i}`), language)}`);
  for (const rate of invoice.byRate) {
    out.push(`${words.rate(rate.vatRate)}: ${words.net} ${money(rate.netCents)}, ${words.vat} ${money(rate.vatCents)}, ${words.gross} ${money(rate.grossCents)}`);
  }
  out.push(`${words.totalNet}: ${money(invoice.netCents)}`);
  out.push(`${words.totalVat}: ${money(invoice.vatCents)}`);
  out.push(`${words.totalGross}: ${money(invoice.grossCents)}`);
  out.push(words.rounding);
  return out;
}
