import { fail } from '../errors/fail.js';
import { currencyOfCode, MAX_CENTS, readMoney } from './cents.js';
import type { Locale, LocaleTag, Money } from './types.js';

const SYMBOLS: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£' };

function group(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** Full BCP 47 tags (`de-DE`, `en-GB`) name their language; tags are case-insensitive (`DE`, `EN-us`). @internal */
export function localeOf(locale: unknown, field = 'locale'): Locale {
  if (locale === 'de' || locale === 'en') return locale;
  if (typeof locale === 'string') {
    const language = locale.slice(0, 2).toLowerCase();
    const next = locale.charAt(2);
    const tagged = locale.length === 2 || ((next === '-' || next === '_') && locale.length > 3);
    if (tagged && language === 'de') return 'de';
    if (tagged && language === 'en') return 'en';
  }
  return fail('INVALID_LOCALE', field, locale);
}

/**
 * Renders integer minor units in a currency of `exponent` decimals; shared with the explanation module.
 * @internal
 */
export function formatCents(cents: number, code: string, exponent: number, locale: Locale): string {
  const negative = cents < 0;
  const digits = String(Math.abs(cents)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  const symbol = SYMBOLS[code] ?? code;
  const sign = negative ? '\u2212' : '';
  if (locale === 'de') return `${sign}${group(whole, '.')}${exponent > 0 ? `,${fraction}` : ''} ${symbol}`;
  const number = group(whole, ',') + (exponent > 0 ? `.${fraction}` : '');
  return symbol.length === 1 ? `${sign}${symbol}${number}` : `${sign}${symbol} ${number}`;
}

/**
 * Formats an amount for people, in German (`de`, as on German invoices) or English.
 *
 * The output is the same on every machine: digits are rendered from the
 * integers, not through the platform's ICU data. German puts a plain space
 * before the symbol; negative amounts carry a true minus sign (U+2212).
 *
 * @param amount - a Dinero object, or integer minor units (cents) of `currency`
 * @param locale - `"de"` or `"en"`, or a full tag that names one of them (`"de-DE"`, `"en-GB"`)
 * @param currency - the currency code when `amount` is cents; default `"EUR"`
 * @returns `"1.234,56 €"` (de) or `"€1,234.56"` (en)
 * @throws TarifkitError `INVALID_LOCALE` for another language, `INVALID_AMOUNT` for something
 *   that is no whole-cent amount, `INVALID_CURRENCY` for an unknown code
 * @example
 * ```ts
 * import { formatMoney, money } from 'tarifkit';
 *
 * formatMoney(money(590), 'de');    // "5,90 €"
 * formatMoney(-5041, 'de');         // "−50,41 €": cents work too
 * formatMoney(money(123456), 'en'); // "€1,234.56"
 * ```
 */
export function formatMoney(amount: Money | number, locale: LocaleTag, currency?: string): string {
  const language = localeOf(locale);
  if (typeof amount === 'number') {
    if (!Number.isSafeInteger(amount) || Math.abs(amount) > MAX_CENTS) fail('INVALID_AMOUNT', 'amount', amount);
    const found = currencyOfCode(currency, 'currency');
    return formatCents(amount, found.code, found.exponent, language);
  }
  const { cents, currency: found } = readMoney(amount, 'amount');
  if (currency !== undefined && typeof currency !== 'string') fail('INVALID_CURRENCY', 'currency', currency);
  if (currency !== undefined && currency !== found.code) fail('CURRENCY_MISMATCH', 'currency', `${found.code} and ${currency}`);
  return formatCents(cents, found.code, found.exponent, language);
}
