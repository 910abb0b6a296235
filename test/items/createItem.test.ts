/**
 * The one priced-item shape (R14, R21, R23): checked once, frozen, extra fields
 * kept; every bad field refused with its code and the field's path.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createItem, type PricedItem, type TarifkitErrorCode } from '../../src/index.js';
import { checkItem, currencyCodeOf, MAX_UNIT_CENTS } from '../../src/items/checkItem.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

const USERS: PricedItem = { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 };

describe('createItem', () => {
  it('returns the item frozen, every field as given', () => {
    const item = createItem({ id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19, unit: 'Paket', currency: 'EUR' });
    expect(item).toStrictEqual({ id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19, unit: 'Paket', currency: 'EUR' });
    expect(Object.isFrozen(item)).toBe(true);
    expect(createItem({ id: 'journal', name: 'Fachmagazin digital', unitCents: 490, vatRate: 7 }).vatRate).toBe(7);
    expect(createItem({ id: 'free', name: 'Gratis', unitCents: 0, vatRate: 0 }).unitCents).toBe(0);
  });

  it('keeps extra fields: your own data travels along', () => {
    const setup = createItem({ id: 'setup', name: 'Einrichtung', unitCents: 4900, vatRate: 19, sku: 'S-1', meta: { account: 8400 } });
    expect(setup.sku).toBe('S-1');
    expect(setup.meta).toEqual({ account: 8400 });
  });

  it('copies an item that is not frozen, and returns a frozen one as it is', () => {
    const data = { ...USERS };
    const item = createItem(data);
    expect(item).not.toBe(data);
    expect(Object.isFrozen(data)).toBe(false);
    expect(createItem(item)).toBe(item);
    const frozen = Object.freeze({ ...USERS });
    expect(createItem(frozen)).toBe(frozen);
  });

  it('writes -0 cents as 0', () => {
    expect(Object.is(createItem({ ...USERS, unitCents: -0 }).unitCents, 0)).toBe(true);
  });

  it('takes the currency codes tarifkit knows; the default is EUR', () => {
    expect(createItem({ ...USERS, currency: 'USD' }).currency).toBe('USD');
    expect(currencyCodeOf(createItem(USERS))).toBe('EUR');
    expect(currencyCodeOf(createItem({ ...USERS, currency: 'JPY' }))).toBe('JPY');
  });

  it('takes the largest unit price and the longest id, name and unit', () => {
    expect(createItem({ ...USERS, unitCents: MAX_UNIT_CENTS }).unitCents).toBe(MAX_UNIT_CENTS);
    expect(createItem({ ...USERS, id: 'i'.repeat(200), name: 'n'.repeat(500), unit: 'u'.repeat(50) }).id).toHaveLength(200);
  });

  const BAD: readonly [string, Record<string, unknown>, TarifkitErrorCode, string][] = [
    ['a missing id', { id: undefined }, 'INVALID_ITEM', 'item.id'],
    ['a blank id', { id: '  ' }, 'INVALID_ITEM', 'item.id'],
    ['an id that is no text', { id: 42 }, 'INVALID_ITEM', 'item.id'],
    ['an id of 201 characters', { id: 'i'.repeat(201) }, 'INVALID_ITEM', 'item.id'],
    ['a missing name', { name: undefined }, 'INVALID_ITEM', 'item.name'],
    ['an empty name', { name: '' }, 'INVALID_ITEM', 'item.name'],
    ['a name of 501 characters', { name: 'n'.repeat(501) }, 'INVALID_ITEM', 'item.name'],
    ['a label instead of a name', { name: undefined, label: 'Benutzer' }, 'INVALID_ITEM', 'item.name'],
    ['a missing price', { unitCents: undefined }, 'INVALID_AMOUNT', 'item.unitCents'],
    ['a negative price', { unitCents: -1 }, 'INVALID_AMOUNT', 'item.unitCents'],
    ['a fractional price', { unitCents: 5.9 }, 'INVALID_AMOUNT', 'item.unitCents'],
    ['a NaN price', { unitCents: Number.NaN }, 'INVALID_AMOUNT', 'item.unitCents'],
    ['a price as text', { unitCents: '590' }, 'INVALID_AMOUNT', 'item.unitCents'],
    ['a price above 100 million euros', { unitCents: MAX_UNIT_CENTS + 1 }, 'INVALID_AMOUNT', 'item.unitCents'],
    ['a VAT rate of 16', { vatRate: 16 }, 'INVALID_VAT_RATE', 'item.vatRate'],
    ['a VAT rate as text', { vatRate: '19' }, 'INVALID_VAT_RATE', 'item.vatRate'],
    ['no VAT rate', { vatRate: undefined }, 'INVALID_VAT_RATE', 'item.vatRate'],
    ['a unit that is no text', { unit: 10 }, 'INVALID_ITEM', 'item.unit'],
    ['a unit of 51 characters', { unit: 'u'.repeat(51) }, 'INVALID_ITEM', 'item.unit'],
    ['an unknown currency', { currency: 'XYZ' }, 'INVALID_CURRENCY', 'item.currency'],
    ['a currency in lower case', { currency: 'eur' }, 'INVALID_CURRENCY', 'item.currency'],
    ['a currency that is no text', { currency: 978 }, 'INVALID_CURRENCY', 'item.currency'],
  ];

  it.each(BAD)('refuses %s (%s naming %s)', (_name, change, code, field) => {
    expectTarifkitError(() => createItem({ ...USERS, ...change } as unknown as PricedItem), code, field);
  });

  it('refuses something that is no record (INVALID_ITEM naming item)', () => {
    for (const value of [null, undefined, 'users', 590, [USERS]]) {
      expectTarifkitError(() => createItem(value as unknown as PricedItem), 'INVALID_ITEM', 'item');
    }
  });

  it('names the field it was given inside a larger input', () => {
    expectTarifkitError(() => checkItem({ ...USERS, vatRate: 16 }, 'input.lines.3.item'), 'INVALID_VAT_RATE', 'input.lines.3.item.vatRate');
    expectTarifkitError(() => checkItem(null, 'catalog.addOns.0'), 'INVALID_ITEM', 'catalog.addOns.0');
  });

  it('property: any valid item comes back equal and frozen; JSON gives it back equal; the input stays as it was', () => {
    const itemArb = fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
        name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
        unitCents: fc.integer({ min: 0, max: MAX_UNIT_CENTS }),
        vatRate: fc.constantFrom(19 as const, 7 as const, 0 as const),
        unit: fc.string({ maxLength: 10 }),
        currency: fc.constantFrom('EUR', 'USD', 'CHF', 'JPY'),
        sku: fc.string(),
      },
      { requiredKeys: ['id', 'name', 'unitCents', 'vatRate'], noNullPrototype: true },
    );
    fc.assert(
      fc.property(itemArb, (data) => {
        const input = deepFreeze(structuredClone(data));
        const item = createItem(input);
        expect(item).toStrictEqual(data);
        expect(Object.isFrozen(item)).toBe(true);
        expect(createItem(JSON.parse(JSON.stringify(item)) as PricedItem)).toStrictEqual(item);
        expect(input).toStrictEqual(data);
      }),
      RUNS,
    );
  });
});
