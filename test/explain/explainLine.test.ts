/**
 * Every invoice line explains itself (R24): why it exists, what for, the days
 * and the share of the period, and the signed amount, in German and English.
 */
import { describe, expect, it } from 'vitest';
import { createCycle, createPeriod, explainLine, money, prorate, type Line, type Locale } from '../../src/index.js';
import { createLine, reverseLine } from '../../src/lines/createLine.js';
import { LINE_REASON_WORDS } from '../../src/explain/lineMessages.js';
import { deepFreeze, expectTarifkitError, w1CreditParts } from '../arbitraries/core.js';

describe('explainLine', () => {
  it('words W1\'s credit in German exactly', () => {
    expect(explainLine(createLine(w1CreditParts()), 'de')).toBe(
      'Gutschrift nicht genutzte Laufzeit Basic, 01.07.2026\u201331.12.2026, 184/365 Tage: \u221250,41 €',
    );
  });

  it('words W1\'s credit in English exactly', () => {
    expect(explainLine(createLine(w1CreditParts()), 'en')).toBe(
      'Credit for unused term Basic, 2026-07-01\u20132026-12-31, 184/365 days: \u2212€50.41',
    );
  });

  it('shows the month-basis share next to the days', () => {
    const term = createCycle({ kind: 'term', months: 12, anchor: '2026-01-01' });
    const result = prorate(money(20000), term, createPeriod('2026-07-01', '2027-01-01'), { basis: 'month' });
    const line = createLine({
      ...w1CreditParts(),
      kind: 'charge',
      reason: 'upgradeCharge',
      item: { id: 'pro', label: 'Pro', quantity: 1 },
      unitCents: 20000,
      basis: 'month',
      fraction: result.fraction,
      exact: result.exact,
      cents: result.cents,
    });
    expect(explainLine(line, 'de')).toBe('Aufpreis Restlaufzeit Pro, 01.07.2026\u201331.12.2026, 184/365 Tage (Monatsbasis 1/2): 100,00 €');
    expect(explainLine(line, 'en')).toBe('Charge for remaining term Pro, 2026-07-01\u20132026-12-31, 184/365 days (month basis 1/2): €100.00');
  });

  it('shows a quantity above one, and a pro-rata add-on for the rest of March (R14, R24)', () => {
    const months = createCycle({ kind: 'calendarMonth' });
    const range = createPeriod('2026-03-19', '2026-04-01');
    const result = prorate(money(590 * 3), months, range);
    const line = createLine({
      kind: 'charge',
      reason: 'quantityIncrease',
      item: { id: 'users', label: 'Zusätzliche Benutzer', quantity: 3 },
      currency: w1CreditParts().currency,
      unitCents: 590,
      range: result.pieces[0]?.range ?? null,
      period: result.pieces[0]?.period ?? null,
      basis: 'day',
      fraction: result.fraction,
      exact: result.exact,
      cents: result.cents,
      vatRate: 19,
    });
    expect(explainLine(line, 'de')).toBe('Mengenerhöhung anteilig Zusätzliche Benutzer \u00d73, 19.03.2026\u201331.03.2026, 13/31 Tage: 7,42 €');
    expect(explainLine(line, 'en')).toBe('Quantity increase pro rata Zusätzliche Benutzer \u00d73, 2026-03-19\u20132026-03-31, 13/31 days: €7.42');
  });

  it('words a one-off line without days', () => {
    const line = createLine({
      ...w1CreditParts(),
      kind: 'charge',
      reason: 'oneOff',
      item: { id: 'setup', label: 'Einrichtung', quantity: 1 },
      range: null,
      period: null,
      basis: 'full',
      fraction: { numerator: 1, denominator: 1 },
      exact: { numerator: 4900, denominator: 1 },
      cents: 4900,
    });
    expect(explainLine(line, 'de')).toBe('Einzelbuchung Einrichtung: 49,00 €');
    expect(explainLine(line, 'en')).toBe('One-off booking Einrichtung: €49.00');
  });

  it('words a credit note for a withdrawal (R13)', () => {
    const charge = createLine({ ...w1CreditParts(), kind: 'charge', reason: 'prorataCharge', cents: 5041, exact: { numerator: 368000, denominator: 73 } });
    expect(explainLine(charge, 'de')).toBe('Anteilig Basic, 01.07.2026\u201331.12.2026, 184/365 Tage: 50,41 €');
    expect(explainLine(reverseLine(charge, 'withdrawalCredit'), 'de')).toBe(
      'Gutschrift Widerruf Basic, 01.07.2026\u201331.12.2026, 184/365 Tage: \u221250,41 €',
    );
  });

  it('has German and English words for every line reason', () => {
    for (const words of Object.values(LINE_REASON_WORDS)) {
      expect(words.de.length).toBeGreaterThan(0);
      expect(words.en.length).toBeGreaterThan(0);
    }
  });

  it('refuses another locale (INVALID_LOCALE) and something that is no line (INVALID_LINE)', () => {
    const line = createLine(w1CreditParts());
    for (const locale of ['fr', 'de-DE', '', undefined]) {
      expectTarifkitError(() => explainLine(line, locale as Locale), 'INVALID_LOCALE', 'locale');
    }
    const notLines: unknown[] = [
      null,
      {},
      { ...JSON.parse(JSON.stringify(line)) as object },
      { ...line, reason: 'bonus' },
      Object.assign(Object.create(Object.getPrototypeOf(line) as object) as object, { reason: 'upgradeCredit' }),
    ];
    for (const value of notLines) {
      expectTarifkitError(() => explainLine(value as Line, 'de'), 'INVALID_LINE', 'line');
    }
  });

  it('does not mutate the line', () => {
    const line = deepFreeze(createLine(w1CreditParts()));
    const before = JSON.stringify(line);
    explainLine(line, 'de');
    explainLine(line, 'en');
    expect(JSON.stringify(line)).toBe(before);
  });
});
