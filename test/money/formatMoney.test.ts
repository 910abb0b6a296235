/**
 * Amounts for people in German ("5,90 €") and English ("€5.90"), from a Dinero
 * object or integer cents, rendered from the integers, the same on every machine;
 * negatives carry U+2212. Full locale tags name their language.
 */
import { GBP, JPY, USD } from 'dinero.js';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatMoney, money, type Locale, type LocaleTag, type Money } from '../../src/index.js';
import { MAX_CENTS } from '../../src/money/cents.js';
import { expectTarifkitError, RUNS, signedCentsArb } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

const MINUS = '\u2212';

describe('formatMoney', () => {
  it('writes German amounts as on German invoices', () => {
    expect(formatMoney(money(590), 'de')).toBe('5,90 €');
    expect(formatMoney(money(5), 'de')).toBe('0,05 €');
    expect(formatMoney(money(0), 'de')).toBe('0,00 €');
    expect(formatMoney(money(10082), 'de')).toBe('100,82 €');
    expect(formatMoney(money(123456), 'de')).toBe('1.234,56 €');
    expect(formatMoney(money(123456789), 'de')).toBe('1.234.567,89 €');
  });

  it('writes English amounts with the symbol first, and codes without a symbol apart', () => {
    expect(formatMoney(money(590), 'en')).toBe('€5.90');
    expect(formatMoney(money(123456), 'en')).toBe('€1,234.56');
    expect(formatMoney(money(590, USD), 'en')).toBe('$5.90');
    expect(formatMoney(money(590, GBP), 'de')).toBe('5,90 £');
    expect(formatMoney(money(500, JPY), 'de')).toBe('500 JPY');
    expect(formatMoney(money(123456, JPY), 'en')).toBe('JPY 123,456');
  });

  it('puts a true minus sign (U+2212) before negative amounts', () => {
    expect(formatMoney(money(-5041), 'de')).toBe(`${MINUS}50,41 €`);
    expect(formatMoney(money(-5041), 'en')).toBe(`${MINUS}€50.41`);
    expect(formatMoney(money(-1), 'de')).toBe(`${MINUS}0,01 €`);
    expect(formatMoney(money(-123456), 'de')).toBe(`${MINUS}1.234,56 €`);
  });

  it('takes integer cents too, EUR unless a currency code is given', () => {
    expect(formatMoney(590, 'de')).toBe('5,90 €');
    expect(formatMoney(-5041, 'de')).toBe(`${MINUS}50,41 €`);
    expect(formatMoney(10082, 'en')).toBe('€100.82');
    expect(formatMoney(-0, 'de')).toBe('0,00 €');
    expect(formatMoney(590, 'en', 'USD')).toBe('$5.90');
    expect(formatMoney(500, 'de', 'JPY')).toBe('500 JPY');
    expect(formatMoney(590, 'de', 'CHF')).toBe('5,90 CHF');
    expect(formatMoney(MAX_CENTS, 'de')).toBe('10.000.000.000.000,00 €');
  });

  it('reads full locale tags by their language, in any case', () => {
    expect(formatMoney(590, 'de-DE')).toBe('5,90 €');
    expect(formatMoney(590, 'de-AT')).toBe('5,90 €');
    expect(formatMoney(590, 'de_CH')).toBe('5,90 €');
    expect(formatMoney(590, 'en-GB')).toBe('€5.90');
    expect(formatMoney(590, 'en-US')).toBe('€5.90');
    // Tags are case-insensitive; the type takes the usual spelling only.
    expect(formatMoney(590, 'DE' as LocaleTag)).toBe('5,90 €');
    expect(formatMoney(money(590), 'EN-gb' as LocaleTag)).toBe('€5.90');
  });

  it('refuses another language (INVALID_LOCALE naming locale), at run time and in the type', () => {
    // @ts-expect-error: French is no language tarifkit writes amounts in
    expectTarifkitError(() => formatMoney(590, 'fr-FR'), 'INVALID_LOCALE', 'locale');
    for (const locale of ['fr', 'fr-FR', 'deu', 'english', 'de-', '', 'd', undefined, null, 42]) {
      expectTarifkitError(() => formatMoney(money(590), locale as Locale), 'INVALID_LOCALE', 'locale');
      expectTarifkitError(() => formatMoney(590, locale as Locale), 'INVALID_LOCALE', 'locale');
    }
  });

  it('refuses something that is no whole-cent amount (INVALID_AMOUNT naming amount) and an unknown code (INVALID_CURRENCY)', () => {
    for (const amount of [5.9, Number.NaN, Number.POSITIVE_INFINITY, MAX_CENTS + 1, '590', null, {}]) {
      expectTarifkitError(() => formatMoney(amount as unknown as Money, 'de'), 'INVALID_AMOUNT', 'amount');
    }
    expectTarifkitError(() => formatMoney(590, 'de', 'XYZ'), 'INVALID_CURRENCY', 'currency');
  });

  it('property: German and English text read back to the same cents, from a Dinero object or the cents alike', () => {
    fc.assert(
      fc.property(signedCentsArb, (cents) => {
        const de = formatMoney(money(cents), 'de');
        const en = formatMoney(money(cents), 'en');
        expect(formatMoney(cents, 'de')).toBe(de);
        expect(formatMoney(cents, 'en-GB')).toBe(en);
        const sign = cents < 0 ? -1 : 1;
        expect(de.endsWith(' €')).toBe(true);
        expect(de.startsWith(MINUS)).toBe(cents < 0);
        expect(en.startsWith(cents < 0 ? `${MINUS}€` : '€')).toBe(true);
        expect(sign * Number(de.replace(MINUS, '').replace(' €', '').replaceAll('.', '').replace(',', ''))).toBe(cents);
        expect(sign * Number(en.replace(MINUS, '').replace('€', '').replaceAll(',', '').replace('.', ''))).toBe(cents);
      }),
      RUNS,
    );
  });
});
