/**
 * An invoice in words (R23, R24): every line explains itself in de and en, then
 * VAT per rate and the totals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bookAddOn,
  cancelAddOn,
  changeAddOnQuantity,
  closeAddOnPeriod,
  createInvoice,
  explainInvoice,
  explainLine,
  formatMoney,
  withdrawAddOn,
  type AddOnAccount,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { lineArb, seedAccount } from '../arbitraries/addons.js';

function april(): AddOnAccount {
  let account = bookAddOn(seedAccount({ base: true }), { addOnId: 'users', quantity: 1, on: '2026-03-18' }).account;
  account = bookAddOn(account, { addOnId: 'storage', quantity: 2, on: '2026-03-25' }).account;
  account = changeAddOnQuantity(account, { bookingId: 'users#1', quantity: 3, on: '2026-04-01' }).account;
  account = bookAddOn(account, { addOnId: 'journal', quantity: 1, on: '2026-04-02' }).account;
  account = cancelAddOn(account, { bookingId: 'storage#2', on: '2026-04-05' }).account;
  const withdrawn = withdrawAddOn(account, { bookingId: 'journal#3', on: '2026-04-10' });
  if (!withdrawn.ok) throw new Error('expected a withdrawal');
  return changeAddOnQuantity(withdrawn.account, { bookingId: 'users#1', quantity: 2, on: '2026-04-10' }).account;
}

describe('explainInvoice', () => {
  it('renders the collective invoice of 2026-04-18 for a consumer in German', () => {
    const close = closeAddOnPeriod(april(), '2026-04-18');
    const invoice = createInvoice({ lines: close.lines, customerType: 'b2c', issuedOn: '2026-04-18', period: close.period });
    expect(explainInvoice(invoice, 'de')).toEqual([
      'Rechnung vom 18.04.2026, Abrechnungszeitraum 18.04.2026\u201317.05.2026',
      'Privatkunde: Preise inkl. USt.',
      '1. Grundgebühr CloudCRM Team, 18.04.2026\u201317.05.2026, 30/30 Tage: 29,90 €',
      '2. Grundgebühr Zusätzliche Benutzer \u00d72, 18.04.2026\u201317.05.2026, 30/30 Tage: 11,80 €',
      '3. Anteilig Zusätzliche Benutzer, 18.03.2026\u201317.04.2026, 31/31 Tage: 5,90 €',
      '4. Anteilig Speicherpaket 10 GB \u00d72, 25.03.2026\u201317.04.2026, 24/31 Tage: 9,14 €',
      '5. Mengenerhöhung anteilig Zusätzliche Benutzer \u00d72, 01.04.2026\u201317.04.2026, 17/31 Tage: 6,47 €',
      'USt. 19 %: netto 53,12 €, USt. 10,09 €, brutto 63,21 €',
      'Summe netto: 53,12 €',
      'Summe USt.: 10,09 €',
      'Gesamtbetrag: 63,21 €',
      'USt. je Steuersatz auf die Summe berechnet, einmal kaufmännisch gerundet',
    ]);
  });

  it('renders the same invoice for a business in English', () => {
    const close = closeAddOnPeriod(april(), '2026-04-18');
    const invoice = createInvoice({ lines: close.lines, customerType: 'b2b', issuedOn: '2026-04-18', period: close.period });
    expect(explainInvoice(invoice, 'en')).toEqual([
      'Invoice of 2026-04-18, billing period 2026-04-18\u20132026-05-17',
      'Business: prices exclude VAT',
      '1. Period charge CloudCRM Team, 2026-04-18\u20132026-05-17, 30/30 days: €29.90',
      '2. Period charge Zusätzliche Benutzer \u00d72, 2026-04-18\u20132026-05-17, 30/30 days: €11.80',
      '3. Pro rata Zusätzliche Benutzer, 2026-03-18\u20132026-04-17, 31/31 days: €5.90',
      '4. Pro rata Speicherpaket 10 GB \u00d72, 2026-03-25\u20132026-04-17, 24/31 days: €9.14',
      '5. Quantity increase pro rata Zusätzliche Benutzer \u00d72, 2026-04-01\u20132026-04-17, 17/31 days: €6.47',
      'VAT 19 %: net €63.21, VAT €12.01, gross €75.22',
      'Total net: €63.21',
      'Total VAT: €12.01',
      'Total due: €75.22',
      'VAT per rate on the sum, rounded once, half up',
    ]);
  });

  it('shows credit notes and several rates; an invoice without lines says so', () => {
    const withdrawn = withdrawAddOn(closeAddOnPeriod(bookAddOn(seedAccount(), { addOnId: 'journal', quantity: 1, on: '2026-04-10' }).account, '2026-04-18').account,
      { bookingId: 'journal#1', on: '2026-04-20' });
    if (!withdrawn.ok) throw new Error('expected a withdrawal');
    const close = closeAddOnPeriod(withdrawn.account, '2026-05-18');
    const invoice = createInvoice({ lines: close.lines, customerType: 'b2c', issuedOn: '2026-05-18' });
    expect(explainInvoice(invoice, 'de')).toEqual([
      'Rechnung vom 18.05.2026',
      'Privatkunde: Preise inkl. USt.',
      '1. Gutschrift Widerruf Fachmagazin digital, 18.04.2026\u201317.05.2026, 30/30 Tage: \u22124,90 €',
      '2. Gutschrift Widerruf Fachmagazin digital, 10.04.2026\u201317.04.2026, 8/31 Tage: \u22121,26 €',
      'USt. 7 %: netto \u22125,76 €, USt. \u22120,40 €, brutto \u22126,16 €',
      'Summe netto: \u22125,76 €',
      'Summe USt.: \u22120,40 €',
      'Gesamtbetrag: \u22126,16 €',
      'USt. je Steuersatz auf die Summe berechnet, einmal kaufmännisch gerundet',
    ]);
    const empty = createInvoice({ lines: [], customerType: 'b2b', issuedOn: '2026-05-18' });
    expect(explainInvoice(empty, 'en').slice(0, 3)).toEqual(['Invoice of 2026-05-18', 'Business: prices exclude VAT', 'No lines']);
  });

  it('does not mutate the invoice', () => {
    const invoice = createInvoice({ lines: closeAddOnPeriod(april(), '2026-04-18').lines, customerType: 'b2c', issuedOn: '2026-04-18' });
    const before = JSON.stringify(invoice);
    explainInvoice(deepFreeze(invoice), 'en');
    expect(JSON.stringify(invoice)).toBe(before);
  });

  it('refuses another locale (INVALID_LOCALE)', () => {
    const invoice = createInvoice({ lines: [], customerType: 'b2c', issuedOn: '2026-04-18' });
    expectTarifkitError(() => explainInvoice(invoice, 'fr' as 'de'), 'INVALID_LOCALE', 'locale');
  });

  it('property (R24): every line explains itself in de and en, in order, and the text closes with the gross total', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 12 }), fc.constantFrom('b2c' as const, 'b2b' as const), (lines, customerType) => {
        const invoice = createInvoice({ lines, customerType, issuedOn: '2026-04-18' });
        for (const locale of ['de', 'en'] as const) {
          const text = explainInvoice(invoice, locale);
          lines.forEach((line, i) => expect(text[2 + i]).toBe(`${i + 1}. ${explainLine(line, locale)}`));
          expect(text).toHaveLength(2 + Math.max(1, lines.length) + invoice.byRate.length + 4);
          expect(text[text.length - 2]).toBe(`${locale === 'de' ? 'Gesamtbetrag' : 'Total due'}: ${formatMoney(invoice.gross, locale)}`);
        }
      }),
      RUNS,
    );
  });
});
