import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { openPrepaidAccount } from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';

describe('openPrepaidAccount (R17)', () => {
  it('opens an empty account advanced to its opening day, as plain JSON-safe data', () => {
    const account = openPrepaidAccount('2026-02-28');
    expect(account).toEqual({ tarifkit: 1, kind: 'prepaidAccount', currency: 'EUR', balanceCents: 0, topUpsCents: 0, chargesCents: 0, advancedTo: '2026-02-28', items: [], ledger: [] });
    expect(JSON.parse(JSON.stringify(account))).toEqual(account);
    expect(structuredClone(account)).toEqual(account);
  });

  it('takes a Temporal.PlainDate and writes ISO text', () => {
    expect(openPrepaidAccount(Temporal.PlainDate.from('2028-02-29')).advancedTo).toBe('2028-02-29');
  });

  it('takes another currency by its code', () => {
    expect(openPrepaidAccount('2026-02-28', { currency: 'CHF' }).currency).toBe('CHF');
  });

  it('refuses a day that does not exist, naming the field', () => {
    expectTarifkitError(() => openPrepaidAccount('2026-02-29'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => openPrepaidAccount('2026-02-28T10:00'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => openPrepaidAccount(null as never), 'INVALID_DATE', 'on');
    expectTarifkitError(() => openPrepaidAccount(undefined as never), 'INVALID_DATE', 'on');
  });

  it('refuses options that are no record and a currency it does not know', () => {
    expectTarifkitError(() => openPrepaidAccount('2026-02-28', null as never), 'INVALID_ARGUMENT', 'options');
    expectTarifkitError(() => openPrepaidAccount('2026-02-28', 'EUR' as never), 'INVALID_ARGUMENT', 'options');
    for (const currency of ['eur', 'XYZ', 978, null, { code: 'EUR', base: 10, exponent: 2 }]) {
      expectTarifkitError(() => openPrepaidAccount('2026-02-28', { currency: currency as never }), 'INVALID_CURRENCY', 'options.currency');
    }
  });

  it('does not depend on the machine time zone: the day is a calendar day', () => {
    expect(openPrepaidAccount('2026-12-31').advancedTo).toBe('2026-12-31');
    expect(openPrepaidAccount('2026-01-01').advancedTo).toBe('2026-01-01');
  });
});
