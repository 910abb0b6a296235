/**
 * Option tariffs as plain data, validated once (R8–R11).
 */
import { EUR, USD } from 'dinero.js';
import { describe, expect, it } from 'vitest';
import { createOptionAccount, createOptionTariff, type OptionTariffSpec } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { OPTIONS } from '../arbitraries/options.js';

describe('createOptionTariff', () => {
  it('fills in four-week periods, Europe/Berlin and EUR by default (R7, R8, R12)', () => {
    const tariff = createOptionTariff({ kind: 'optionTariff', options: [{ id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 }] });
    expect(tariff.kind).toBe('optionTariff');
    if (tariff.kind === 'optionTariff') expect(tariff.cycleDays).toBe(28);
    expect(tariff.options[0]).toEqual({ id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19, cycleDays: 28 });
    expect(tariff.timeZone).toBe('Europe/Berlin');
    expect(tariff.currency.code).toBe('EUR');
    expect(Object.isFrozen(tariff)).toBe(true);
    expect(Object.isFrozen(tariff.options[0])).toBe(true);
  });

  it('keeps a legacy option on 30 days and takes a tariff-wide default', () => {
    const tariff = createOptionTariff({ kind: 'optionTariff', options: OPTIONS, cycleDays: 30 });
    expect(tariff.options.map((o) => o.cycleDays)).toEqual([30, 30, 30]);
    const mixed = createOptionTariff({ kind: 'optionTariff', options: OPTIONS });
    expect(mixed.options.map((o) => o.cycleDays)).toEqual([28, 28, 30]);
  });

  it('package and postpaid options follow the tariff: their own period length is 0', () => {
    const pkg = createOptionTariff({ kind: 'packageTariff', options: OPTIONS, package: { kind: 'days', days: 28, anchor: '2026-02-21' } });
    expect(pkg.options.map((o) => o.cycleDays)).toEqual([0, 0, 0]);
    if (pkg.kind === 'packageTariff') expect(pkg.package).toEqual({ kind: 'days', days: 28, anchor: '2026-02-21' });
    const postpaid = createOptionTariff({ kind: 'postpaidMonth', options: OPTIONS, timeZone: 'Europe/Vienna', currency: USD });
    expect(postpaid.timeZone).toBe('Europe/Vienna');
    expect(postpaid.currency.code).toBe('USD');
  });

  it('does not mutate the spec', () => {
    const spec = deepFreeze<OptionTariffSpec>({ kind: 'optionTariff', options: [{ id: 'sms', name: 'SMS', unitCents: 300, vatRate: 19 }] });
    const before = JSON.stringify(spec);
    createOptionTariff(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('rejects malformed tariffs and options with typed errors naming the field', () => {
    const sms = { id: 'sms', name: 'SMS', unitCents: 300, vatRate: 19 } as const;
    expectTarifkitError(() => createOptionTariff(null as never), 'INVALID_CATALOG', 'tariff');
    expectTarifkitError(() => createOptionTariff({ kind: 'prepaid', options: [] } as never), 'INVALID_CATALOG', 'tariff.kind');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: 'sms' } as never), 'INVALID_CATALOG', 'tariff.options');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [null as never] }), 'INVALID_CATALOG', 'tariff.options[0]');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [{ ...sms, id: '' }] }), 'INVALID_CATALOG', 'tariff.options[0].id');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [{ ...sms, name: 3 as never }] }), 'INVALID_CATALOG', 'tariff.options[0].name');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [sms, sms] }), 'DUPLICATE_ID', 'tariff.options[1].id');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [{ ...sms, unitCents: -1 }] }), 'INVALID_AMOUNT', 'tariff.options[0].unitCents');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [{ ...sms, unitCents: 2.5 }] }), 'INVALID_AMOUNT', 'tariff.options[0].unitCents');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [{ ...sms, vatRate: 16 as never }] }), 'INVALID_VAT_RATE', 'tariff.options[0].vatRate');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [{ ...sms, cycleDays: 0 }] }), 'INVALID_CYCLE', 'tariff.options[0].cycleDays');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [sms], cycleDays: 27.5 }), 'INVALID_CYCLE', 'tariff.cycleDays');
    expectTarifkitError(() => createOptionTariff({ kind: 'packageTariff', options: [sms], package: { kind: 'days', days: -28, anchor: '2026-01-01' } }), 'INVALID_CYCLE', 'tariff.package.days');
    expectTarifkitError(() => createOptionTariff({ kind: 'postpaidMonth', options: [sms], timeZone: 'Europe/Berlim' }), 'INVALID_TIME_ZONE', 'tariff.timeZone');
    expectTarifkitError(() => createOptionTariff({ kind: 'postpaidMonth', options: [sms], currency: 'EUR' as never }), 'UNSUPPORTED_CURRENCY', 'tariff.currency');
    // A currency must have its code, base and exponent.
    for (const currency of [null, { base: 10, exponent: 2 }, { code: 'EUR', exponent: 2 }, { code: 'EUR', base: 10 }, { ...EUR, code: 978 }]) {
      expectTarifkitError(() => createOptionTariff({ kind: 'postpaidMonth', options: [sms], currency: currency as never }), 'UNSUPPORTED_CURRENCY', 'tariff.currency');
    }
    // A period of options must be whole days, from 1 to 3,660.
    expect(createOptionTariff({ kind: 'optionTariff', options: [sms], cycleDays: 3660 }).options[0]?.cycleDays).toBe(3660);
    expect(createOptionTariff({ kind: 'optionTariff', options: [sms], cycleDays: 1 }).options[0]?.cycleDays).toBe(1);
    for (const cycleDays of [3661, 0, '28', Number.NaN]) {
      expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [sms], cycleDays: cycleDays as never }), 'INVALID_CYCLE', 'tariff.cycleDays');
    }
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [{ ...sms, name: '' }] }), 'INVALID_CATALOG', 'tariff.options[0].name');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [{ ...sms, id: 7 as never }] }), 'INVALID_CATALOG', 'tariff.options[0].id');
    expectTarifkitError(() => createOptionTariff({ kind: 'optionTariff', options: [{ ...sms, vatRate: undefined as never }] }), 'INVALID_VAT_RATE', 'tariff.options[0].vatRate');
    expect(createOptionTariff({ kind: 'optionTariff', options: [{ ...sms, vatRate: 7 }, { ...sms, id: 'free', vatRate: 0 }] }).options.map((o) => o.vatRate)).toEqual([7, 0]);
  });

  it('accepts EUR given explicitly', () => {
    expect(createOptionTariff({ kind: 'postpaidMonth', options: [], currency: EUR }).currency).toBe(EUR);
  });
});

describe('createOptionAccount', () => {
  it('opens an empty account on a tariff', () => {
    const tariff = createOptionTariff({ kind: 'postpaidMonth', options: OPTIONS });
    const account = createOptionAccount(tariff);
    expect(account).toEqual({ tariff, bookings: [], bookingCount: 0 });
  });

  it('rejects a tariff that was not validated with INVALID_CATALOG', () => {
    expectTarifkitError(() => createOptionAccount({ kind: 'postpaidMonth', options: [], timeZone: 'Europe/Berlin' } as never), 'INVALID_CATALOG', 'tariff');
    expectTarifkitError(() => createOptionAccount(undefined as never), 'INVALID_CATALOG', 'tariff');
  });
});
