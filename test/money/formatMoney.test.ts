/**
 * Amounts for people in de-DE ("5,90 €") and en ("€5.90"), rendered from the
 * integers, the same on every machine; negatives carry U+2212.
 */
import { GBP, JPY, USD } from 'dinero.js';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatMoney, money, type Locale, type Money } from '../../src/index.js';
import { expectTarifkitError, RUNS, signedCentsArb } from '../arbitraries/core.js';

// Each property runs 1000 cases; leave room on a busy machine (a limit, not a timed test).
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

  it('writes English amounts with the symbol first', () => {
    expect(formatMoney(money(590), 'en')).toBe('€5.90');
    expect(formatMoney(money(123456), 'en')).toBe('€1,234.56');
    expect(formatMoney(money(590, USD), 'en')).toBe('$5.90');
    expect(formatMoney(money(590, GBP), 'de')).toBe('5,90 £');
    expect(formatMoney(money(500, JPY), 'de')).toBe('500 JPY');
    expect(formatMoney(money(500, JPY), 'en')).toBe('JPY 500');
  });

  it('puts a true minus sign (U+2212) before negative amounts', () => {
    expect(formatMoney(money(-5041), 'de')).toBe(`${MINUS}50,41 €`);
    expect(formatMoney(money(-5041), 'en')).toBe(`${MINUS}€50.41`);
    expect(formatMoney(money(-1), 'de')).toBe(`${MINUS}0,01 €`);
    expect(formatMoney(money(-123456), 'de')).toBe(`${MINUS}1.234,56 €`);
  });

  it('refuses another locale (INVALID_LOCALE)', () => {
    for (const locale of ['de-DE', 'fr', '', undefined]) {
      expectTarifkitError(() => formatMoney(money(590), locale as Locale), 'INVALID_LOCALE', 'locale');
    }
  });

  it('refuses something that is no amount (INVALID_AMOUNT)', () => {
    expectTarifkitError(() => formatMoney(590 as unknown as Money, 'de'), 'INVALID_AMOUNT', 'amount');
  });

  it('German and English text read back to the same cents, for any amount', () => {
    fc.assert(
      fc.property(signedCentsArb, (cents) => {
        const de = formatMoney(money(cents), 'de');
        const en = formatMoney(money(cents), 'en');
        const sign = cents < 0 ? -1 : 1;
        expect(de.endsWith(' €')).toBe(true);
        expect(de.startsWith(MINUS)).toBe(cents < 0);
        expect(en.startsWith(cents < 0 ? `${MINUS}€` : '€')).toBe(true);
        expect(sign * Number(de.replace(MINUS, '').replace(' €', '').replaceAll('.', '').replace(',', ''))).toBe(cents);
        expect(sign * Number(en.replace(MINUS, '').replace('€', '').replaceAll(',', '').replace('.', ''))).toBe(cents);
        expect(de).not.toContain('NaN');
      }),
      RUNS,
    );
  });
});
