/**
 * Rendering a row of the add-on list view (R15) in German and English.
 */
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { bookAddOn, formatAddOnRow, listAddOns, money, type AddOnRow } from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { seedAccount } from '../arbitraries/addons.js';

const base: AddOnRow = {
  bookingId: 'storage#2',
  addOnId: 'storage',
  name: 'Speicherpaket 10 GB',
  quantity: 12,
  unitPrice: money(123456),
  unitCents: 123456,
  bookedOn: Temporal.PlainDate.from('2026-03-25'),
  billedUntil: Temporal.PlainDate.from('2026-12-31'),
  nextQuantity: null,
  status: { kind: 'active' },
};

describe('formatAddOnRow', () => {
  it('renders seed 004\'s row from listAddOns', () => {
    const row = listAddOns(bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-18' }).account, '2026-03-18')[0]!;
    expect(formatAddOnRow(row, 'de')).toBe('Zusätzliche Benutzer (+1) \u00b7 5,90 € \u00b7 abgerechnet bis 17.04.2026 \u00b7 aktiv');
  });

  it('groups thousands and uses each locale\'s date', () => {
    expect(formatAddOnRow(base, 'de')).toBe('Speicherpaket 10 GB (+12) \u00b7 1.234,56 € \u00b7 abgerechnet bis 31.12.2026 \u00b7 aktiv');
    expect(formatAddOnRow(base, 'en')).toBe('Speicherpaket 10 GB (+12) \u00b7 €1,234.56 \u00b7 billed until 2026-12-31 \u00b7 active');
  });

  it('words every status', () => {
    const pending: AddOnRow = { ...base, status: { kind: 'cancellationPending', effective: Temporal.PlainDate.from('2026-12-31') } };
    const ended: AddOnRow = { ...base, status: { kind: 'ended', lastDay: Temporal.PlainDate.from('2026-12-31') } };
    const withdrawn: AddOnRow = { ...base, billedUntil: null, status: { kind: 'withdrawn', withdrawnOn: Temporal.PlainDate.from('2026-03-30') } };
    expect(formatAddOnRow(pending, 'de').endsWith('Kündigung zum 31.12.2026')).toBe(true);
    expect(formatAddOnRow(pending, 'en').endsWith('cancellation effective 2026-12-31')).toBe(true);
    expect(formatAddOnRow(ended, 'de').endsWith('beendet zum 31.12.2026')).toBe(true);
    expect(formatAddOnRow(ended, 'en').endsWith('ended 2026-12-31')).toBe(true);
    expect(formatAddOnRow(withdrawn, 'de')).toBe('Speicherpaket 10 GB (+12) \u00b7 1.234,56 € \u00b7 nicht berechnet \u00b7 widerrufen am 30.03.2026');
    expect(formatAddOnRow(withdrawn, 'en')).toBe('Speicherpaket 10 GB (+12) \u00b7 €1,234.56 \u00b7 not charged \u00b7 withdrawn 2026-03-30');
  });

  it('adds a waiting lowering at the end', () => {
    const lowering: AddOnRow = { ...base, nextQuantity: { quantity: 3, from: Temporal.PlainDate.from('2027-01-01') } };
    expect(formatAddOnRow(lowering, 'de').endsWith(' \u00b7 aktiv \u00b7 Menge ab 01.01.2027: +3')).toBe(true);
    expect(formatAddOnRow(lowering, 'en').endsWith(' \u00b7 active \u00b7 quantity from 2027-01-01: +3')).toBe(true);
  });

  it('refuses another locale (INVALID_LOCALE)', () => {
    expectTarifkitError(() => formatAddOnRow(base, 'fr' as 'de'), 'INVALID_LOCALE', 'locale');
  });
});
