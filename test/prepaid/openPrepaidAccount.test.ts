import { describe, expect, it } from 'vitest';
import { USD } from 'dinero.js';
import { openPrepaidAccount, toCents } from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';

describe('openPrepaidAccount (R17)', () => {
  it('opens an empty account settled to its opening day', () => {
    const account = openPrepaidAccount('2026-02-28');
    expect(account.balanceCents).toBe(0);
    expect(toCents(account.balance)).toBe(0);
    expect(account.topUpsCents).toBe(0);
    expect(account.chargesCents).toBe(0);
    expect(account.items).toEqual([]);
    expect(account.ledger).toEqual([]);
    expect(account.settledTo.toString()).toBe('2026-02-28');
    expect(account.currency.code).toBe('EUR');
  });

  it('takes another currency', () => {
    expect(openPrepaidAccount('2026-02-28', { currency: USD }).currency.code).toBe('USD');
  });

  it('refuses a day that does not exist, naming the field', () => {
    expectTarifkitError(() => openPrepaidAccount('2026-02-29'), 'INVALID_DATE', 'on');
  });

  it('refuses a currency that is not a currency object', () => {
    expectTarifkitError(() => openPrepaidAccount('2026-02-28', { currency: 'EUR' as never }), 'UNSUPPORTED_CURRENCY', 'options.currency');
    // A currency needs its code, base and exponent, each of its type.
    for (const currency of [{ base: 10, exponent: 2 }, { code: 978, base: 10, exponent: 2 }, { code: 'EUR', base: 10 },
      { code: 'EUR', base: 10, exponent: '2' }, { code: 'EUR', exponent: 2 }, { code: 'EUR', base: '10', exponent: 2 }]) {
      expectTarifkitError(() => openPrepaidAccount('2026-02-28', { currency: currency as never }), 'UNSUPPORTED_CURRENCY', 'options.currency');
    }
  });

  it('does not depend on the machine time zone: the day is a calendar day', () => {
    expect(openPrepaidAccount('2026-12-31').settledDay - openPrepaidAccount('2026-01-01').settledDay).toBe(364);
  });
});
