/**
 * An invoice in words (R23, R24): the heading, gross or net, every line
 * explained and numbered, then VAT per rate, the totals and how VAT was rounded.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { chargeLine, createInvoice, explainInvoice, explainLine, formatMoney, type Invoice, type Line, type Locale, type PricedItem } from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { chargeInputArb } from '../lines/arbitraries.js';

vi.setConfig({ testTimeout: 60_000 });

const CRM: PricedItem = { id: 'crm-team', name: 'CloudCRM Team', unitCents: 2990, vatRate: 19 };
const USERS: PricedItem = { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 };
const STORAGE: PricedItem = { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 };
const JOURNAL: PricedItem = { id: 'journal', name: 'Fachmagazin digital', unitCents: 490, vatRate: 7 };
const APRIL = { start: '2026-04-18', end: '2026-05-18' };
const MARCH = { start: '2026-03-18', end: '2026-04-18' };

/** The collective invoice of 2026-04-18: the new period in advance, and last period's add-on drafts (R14). */
function aprilLines(): Line[] {
  return [
    chargeLine({ item: CRM, range: APRIL, ref: 'contract' }),
    chargeLine({ item: USERS, quantity: 2, range: APRIL, ref: 'users#1' }),
    chargeLine({ item: USERS, range: MARCH, reason: 'prorataCharge', ref: 'users#1' }),
    chargeLine({ item: STORAGE, quantity: 2, range: { start: '2026-03-25', end: '2026-04-18' }, period: MARCH, ref: 'storage#2' }),
    chargeLine({ item: USERS, quantity: 2, reason: 'quantityIncrease', range: { start: '2026-04-01', end: '2026-04-18' }, period: MARCH, ref: 'users#1' }),
  ];
}

describe('explainInvoice', () => {
  it('renders the collective invoice of 2026-04-18 for a consumer in German', () => {
    const invoice = createInvoice({ lines: aprilLines(), customer: 'consumer', issuedOn: '2026-04-18', period: APRIL });
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
    const invoice = createInvoice({ lines: aprilLines(), customer: 'business', issuedOn: '2026-04-18', period: APRIL });
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

  it('shows credit notes at 7 % (R13, R16); an invoice without lines says so', () => {
    const lines = [
      chargeLine({ item: JOURNAL, range: APRIL, reason: 'withdrawalCredit', credit: true, ref: 'journal#1' }),
      chargeLine({ item: JOURNAL, range: { start: '2026-04-10', end: '2026-04-18' }, period: MARCH, reason: 'withdrawalCredit', credit: true, ref: 'journal#1' }),
    ];
    const invoice = createInvoice({ lines, customer: 'consumer', issuedOn: '2026-05-18' });
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
    const empty = createInvoice({ lines: [], customer: 'business', issuedOn: '2026-05-18' });
    expect(explainInvoice(empty, 'en')).toEqual([
      'Invoice of 2026-05-18', 'Business: prices exclude VAT', 'No lines', 'Total net: €0.00', 'Total VAT: €0.00', 'Total due: €0.00',
      'VAT per rate on the sum, rounded once, half up',
    ]);
  });

  it('several rates appear in the order 19, 7, 0', () => {
    const lines = [chargeLine({ item: JOURNAL }), chargeLine({ item: { ...CRM, vatRate: 0 } }), chargeLine({ item: CRM })];
    const text = explainInvoice(createInvoice({ lines, customer: 'business', issuedOn: '2026-05-18' }), 'de');
    expect(text.filter((row) => row.startsWith('USt. ') && row.includes('%'))).toEqual([
      'USt. 19 %: netto 29,90 €, USt. 5,68 €, brutto 35,58 €',
      'USt. 7 %: netto 4,90 €, USt. 0,34 €, brutto 5,24 €',
      'USt. 0 %: netto 29,90 €, USt. 0,00 €, brutto 29,90 €',
    ]);
  });

  it('takes an invoice read back from JSON and writes the same text', () => {
    const invoice = createInvoice({ lines: aprilLines(), customer: 'consumer', issuedOn: '2026-04-18', period: APRIL });
    expect(explainInvoice(JSON.parse(JSON.stringify(invoice)) as Invoice, 'de')).toEqual(explainInvoice(invoice, 'de'));
  });

  it('does not mutate the invoice', () => {
    const invoice = deepFreeze(createInvoice({ lines: aprilLines(), customer: 'consumer', issuedOn: '2026-04-18' }));
    const before = JSON.stringify(invoice);
    explainInvoice(invoice, 'en');
    expect(JSON.stringify(invoice)).toBe(before);
  });

  it('refuses another locale (INVALID_LOCALE) and something that is no invoice (INVALID_ARGUMENT naming invoice)', () => {
    const invoice = createInvoice({ lines: [], customer: 'consumer', issuedOn: '2026-04-18' });
    expectTarifkitError(() => explainInvoice(invoice, 'fr' as Locale), 'INVALID_LOCALE', 'locale');
    const cases: [unknown, string][] = [
      [null, 'invoice'], [[], 'invoice'], [{}, 'invoice.customer'], [{ ...invoice, lines: null }, 'invoice.lines'],
      [{ ...invoice, byRate: 'x' }, 'invoice.byRate'], [{ ...invoice, customer: 'b2c' }, 'invoice.customer'],
      [{ ...invoice, period: { start: 1 } }, 'invoice.period'], [{ ...invoice, byRate: [null] }, 'invoice.byRate.0'],
      [{ ...invoice, grossCents: Number.NaN }, 'invoice.grossCents'],
    ];
    for (const [bad, field] of cases) {
      expectTarifkitError(() => explainInvoice(bad as unknown as Invoice, 'de'), 'INVALID_ARGUMENT', field);
    }
    expectTarifkitError(() => explainInvoice({ ...invoice, lines: [{ reason: 'bonus' }] } as unknown as Invoice, 'de'), 'INVALID_LINE', 'invoice.lines.0.reason');
  });

  it('property (R24): every line explains itself in de and en, in order, and the text closes with the gross total', () => {
    const lineArb = chargeInputArb.map((input) => chargeLine({ ...input, item: { ...input.item, currency: 'EUR' } }));
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 12 }), fc.constantFrom('consumer' as const, 'business' as const), (lines, customer) => {
        const invoice = createInvoice({ lines, customer, issuedOn: '2026-04-18' });
        for (const locale of ['de', 'en'] as const) {
          const text = explainInvoice(invoice, locale);
          lines.forEach((line, i) => expect(text[2 + i]).toBe(`${i + 1}. ${explainLine(line, locale)}`));
          expect(text).toHaveLength(2 + Math.max(1, lines.length) + invoice.byRate.length + 4);
          expect(text[text.length - 2]).toBe(`${locale === 'de' ? 'Gesamtbetrag' : 'Total due'}: ${formatMoney(invoice.grossCents, locale)}`);
        }
      }),
      RUNS,
    );
  });
});
