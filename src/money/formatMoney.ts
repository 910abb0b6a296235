import { TarifkitError } from '../errors/TarifkitError.js';
import { centsOf, currencyOf } from './cents.js';
import type { Currency, Locale, Money } from './types.js';

const SYMBOLS: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£', CHF: 'CHF' };

function group(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/**
 * Renders integer minor units; shared with the explanation module.
 * @internal
 */
export function formatCents(cents: number, currency: Currency, locale: Locale): string {
  const exponent = currency.exponent;
  const negative = cents < 0;
  const digits = String(Math.abs(cents)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  const symbol = SYMBOLS[currency.code] ?? currency.code;
  const sign = negative ? '\u2212' : '';
  if (locale === 'de') {
    const number = group(whole, '.') + (exponent > 0 ? `,${fraction}` : '');
    return `${sign}${number} ${symbol}`;
  }
  if (locale === 'en') {
    const number = group(whole, ',') + (exponent > 0 ? `.${fraction}` : '');
    return symbol.length === 1 ? `${sign}${symbol}${number}` : `${sign}${symbol} ${number}`;
  }
  throw new TarifkitError('INVALID_LOCALE', { field: 'locale', value: locale });
}

/**
 * Formats an amount for people, in German (`de`, as on German invoices) or English.
 *
 * The output is the same on every machine: digits are rendered from the
 * integers, not through the platform's ICU data. German puts a plain space
 * before the symbol; negative amounts carry a true minus sign (U+2212).
 *
 * @param amount - the amount
 * @param locale - `"de"` or `"en"`
 * @returns `"1.234,56 €"` (de) or `"€1,234.56"` (en)
 * @throws TarifkitError `INVALID_LOCALE` for any other locale, `INVALID_AMOUNT` for something
 *   that is no whole-cent amount
 * @example
 * ```ts
 * formatMoney(money(590), 'de');   // "5,90 €"
 * formatMoney(money(-5041), 'de'); // "−50,41 €"
 * formatMoney(money(123456), 'en'); // "€1,234.56"
 * ```
 */
export function formatMoney(amount: Money, locale: Locale): string {
  return formatCents(centsOf(amount, 'amount'), currencyOf(amount), locale);
}
