/**
 * Every invoice line explains itself (R24): why it exists, what for, the days
 * and the share of the period, and the signed amount, in German and English.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { chargeLine, explainLine, formatMoney, type Line, type LineReason, type Locale, type PricedItem } from '../../src/index.js';
import { LINE_REASON_WORDS } from '../../src/explain/lineWords.js';
import { late, reversed } from '../../src/lines/build.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { chargeInputArb, REASONS } from '../lines/arbitraries.js';

vi.setConfig({ testTimeout: 60_000 });

const BASIC: PricedItem = { id: 'basic', name: 'Basic', unitCents: 10000, vatRate: 19 };
const TERM = { start: '2026-01-01', end: '2027-01-01' };
const REST = { start: '2026-07-01', end: '2027-01-01' };
const w1Credit = (): Line => chargeLine({ item: BASIC, reason: 'upgradeCredit', credit: true, range: REST, period: TERM });

describe('explainLine', () => {
  it('words W1\'s credit in German and English exactly', () => {
    expect(explainLine(w1Credit(), 'de')).toBe('Gutschrift nicht genutzte Laufzeit Basic, 01.07.2026\u201331.12.2026, 184/365 Tage: \u221250,41 €');
    expect(explainLine(w1Credit(), 'en')).toBe('Credit for the unused period Basic, 2026-07-01\u20132026-12-31, 184/365 days: \u2212€50.41');
  });

  it('shows the month-basis share next to the days', () => {
    const line = chargeLine({ item: { id: 'pro', name: 'Pro', unitCents: 20000, vatRate: 19 }, reason: 'upgradeCharge', range: REST, period: TERM, basis: 'month' });
    expect(explainLine(line, 'de')).toBe('Aufpreis Restlaufzeit Pro, 01.07.2026\u201331.12.2026, 184/365 Tage (Monatsbasis 1/2): 100,00 €');
    expect(explainLine(line, 'en')).toBe('Charge for the rest of the period Pro, 2026-07-01\u20132026-12-31, 184/365 days (month basis 1/2): €100.00');
  });

  it('shows a quantity above one: three extra users for the rest of March (R14)', () => {
    const users: PricedItem = { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 };
    const line = chargeLine({ item: users, quantity: 3, reason: 'quantityIncrease', range: { start: '2026-03-19', end: '2026-04-01' }, period: { start: '2026-03-01', end: '2026-04-01' } });
    expect(line.cents).toBe(742); // 1770 × 13/31 = 742.26
    expect(explainLine(line, 'de')).toBe('Mengenerhöhung anteilig Zusätzliche Benutzer \u00d73, 19.03.2026\u201331.03.2026, 13/31 Tage: 7,42 €');
    expect(explainLine(line, 'en')).toBe('Quantity increase pro rata Zusätzliche Benutzer \u00d73, 2026-03-19\u20132026-03-31, 13/31 days: €7.42');
  });

  it('words a whole period, a one-off item without days, and a single day', () => {
    const crm: PricedItem = { id: 'crm', name: 'CloudCRM Team', unitCents: 2990, vatRate: 19 };
    expect(explainLine(chargeLine({ item: crm, range: { start: '2026-04-18', end: '2026-05-18' } }), 'de'))
      .toBe('Grundgebühr CloudCRM Team, 18.04.2026\u201317.05.2026, 30/30 Tage: 29,90 €');
    const setup: PricedItem = { id: 'setup', name: 'Einrichtung', unitCents: 4900, vatRate: 19 };
    expect(explainLine(chargeLine({ item: setup }), 'de')).toBe('Einmalig Einrichtung: 49,00 €');
    expect(explainLine(chargeLine({ item: setup }), 'en')).toBe('One-off Einrichtung: €49.00');
    const day = chargeLine({ item: { id: 'pass', name: 'Tagespass', unitCents: 199, vatRate: 19 }, reason: 'usage', range: { start: '2026-03-19', end: '2026-03-20' } });
    expect(explainLine(day, 'de')).toBe('Verbrauch Tagespass, 19.03.2026: 1,99 €');
    expect(explainLine(day, 'en')).toBe('Usage Tagespass, 2026-03-19: €1.99');
  });

  it('words a credit note for a withdrawal (R13) and the corrections of a backdated event (R26)', () => {
    const charge = chargeLine({ item: BASIC, range: REST, period: TERM });
    expect(explainLine(charge, 'de')).toBe('Anteilig Basic, 01.07.2026\u201331.12.2026, 184/365 Tage: 50,41 €');
    expect(explainLine(reversed(charge, 'withdrawalCredit', null), 'de')).toBe('Gutschrift Widerruf Basic, 01.07.2026\u201331.12.2026, 184/365 Tage: \u221250,41 €');
    expect(explainLine(reversed(charge, 'prorataCharge', 'reversal'), 'de')).toBe('Storno: Anteilig Basic, 01.07.2026\u201331.12.2026, 184/365 Tage: \u221250,41 €');
    expect(explainLine(late(charge), 'en')).toBe('Late charge: Pro rata Basic, 2026-07-01\u20132026-12-31, 184/365 days: €50.41');
  });

  it('writes amounts in the item\'s currency', () => {
    expect(explainLine(chargeLine({ item: { ...BASIC, currency: 'USD' } }), 'en')).toBe('One-off Basic: $100.00');
  });

  it('has German and English words for every line reason, and each reason words its line', () => {
    expect(Object.keys(LINE_REASON_WORDS).sort()).toEqual([...REASONS].sort());
    const setup: PricedItem = { id: 'setup', name: 'Einrichtung', unitCents: 4900, vatRate: 19 };
    for (const reason of REASONS as readonly LineReason[]) {
      for (const locale of ['de', 'en'] as const) {
        const words = LINE_REASON_WORDS[reason][locale];
        expect(words.length).toBeGreaterThan(0);
        expect(explainLine(chargeLine({ item: setup, reason }), locale)).toBe(`${words} Einrichtung: ${formatMoney(4900, locale)}`);
      }
    }
  });

  it('takes a line read back from JSON, and a full locale tag', () => {
    const revived = JSON.parse(JSON.stringify(w1Credit())) as Line;
    expect(explainLine(revived, 'de')).toBe(explainLine(w1Credit(), 'de'));
    expect(explainLine(w1Credit(), 'en-GB' as Locale)).toBe(explainLine(w1Credit(), 'en'));
  });

  it('property: every line reads in both languages, with its name, its signed amount and no placeholder', () => {
    fc.assert(fc.property(chargeInputArb, (input) => {
      const line = chargeLine(input);
      for (const locale of ['de', 'en'] as const) {
        const text = explainLine(line, locale);
        expect(text.startsWith(`${LINE_REASON_WORDS[line.reason][locale]} ${line.item.name}`)).toBe(true);
        expect(text.endsWith(`: ${formatMoney(line.cents, locale, line.item.currency ?? 'EUR')}`)).toBe(true);
        expect(text).not.toMatch(/undefined|NaN|null/);
        if (line.range !== null && line.periodDays > 1) expect(text).toContain(`${line.days}/${line.periodDays}`);
      }
    }), RUNS);
  });

  it('refuses another locale (INVALID_LOCALE) and something that is no line (INVALID_LINE)', () => {
    const line = w1Credit();
    for (const locale of ['fr', 'deu', '', undefined]) {
      expectTarifkitError(() => explainLine(line, locale as Locale), 'INVALID_LOCALE', 'locale');
    }
    expectTarifkitError(() => explainLine(null as unknown as Line, 'de'), 'INVALID_LINE', 'line');
    expectTarifkitError(() => explainLine({} as Line, 'de'), 'INVALID_LINE', 'line.reason');
    expectTarifkitError(() => explainLine({ ...line, reason: 'bonus' } as unknown as Line, 'de'), 'INVALID_LINE', 'line.reason');
    expectTarifkitError(() => explainLine({ ...line, cents: '5041' } as unknown as Line, 'de'), 'INVALID_LINE', 'line.cents');
    expectTarifkitError(() => explainLine({ ...line, item: { id: 'basic', label: 'Basic' } } as unknown as Line, 'de'), 'INVALID_ITEM', 'line.item.name');
  });

  it('does not mutate the line', () => {
    const line = deepFreeze(w1Credit());
    const before = JSON.stringify(line);
    explainLine(line, 'de');
    explainLine(line, 'en');
    expect(JSON.stringify(line)).toBe(before);
  });
});
