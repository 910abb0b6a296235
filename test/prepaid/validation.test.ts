import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advancePrepaid, bookPrepaid, cancelPrepaid, isTarifkitError, openPrepaidAccount, topUp, type PrepaidAccount } from '../../src/index.js';
import { RUNS, expectTarifkitError } from '../arbitraries/core.js';
import { BASIC_S, DATA_M, SMS_FLAT, corruptedArb } from '../arbitraries/prepaid.js';

/** A funded account with the package (lapsed later) and a cancelled option, as JSON would bring it back. */
function revived(): Record<string, unknown> {
  let account = topUp(openPrepaidAccount('2026-01-31'), 2500, '2026-01-31').account;
  const pkg = bookPrepaid(account, BASIC_S, '2026-01-31');
  if (!pkg.ok) throw new Error(pkg.reason);
  const sms = bookPrepaid(pkg.account, SMS_FLAT, '2026-02-01', { kind: 'option' });
  if (!sms.ok) throw new Error(sms.reason);
  account = cancelPrepaid(sms.account, 'sms', '2026-02-02').account;
  return JSON.parse(JSON.stringify(advancePrepaid(account, '2026-04-01').account)) as Record<string, unknown>;
}

/** The account with one field replaced, at a dotted path. */
function broken(path: string, value: unknown): PrepaidAccount {
  const account = revived();
  const keys = path.split('.');
  let target = account as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys[keys.length - 1]!] = value;
  return account as unknown as PrepaidAccount;
}

describe('prepaid accounts from outside (hand-made, JSON-revived)', () => {
  it('takes a revived account and continues exactly like the original', () => {
    const account = revived();
    expect(account.items).toHaveLength(2);
    const step = topUp(account as unknown as PrepaidAccount, 1000, '2026-04-01');
    expect(step.account.balanceCents).toBe(2500 - 999 - 300 - 999 + 1000);
    expect(step.account.items.map((item) => item.status)).toEqual(['lapsed', 'ended']);
  });

  it('takes a hand-made account', () => {
    const account: PrepaidAccount = {
      tarifkit: 1, kind: 'prepaidAccount', currency: 'EUR', balanceCents: 1000, topUpsCents: 1000, chargesCents: 0, advancedTo: '2026-05-01', items: [],
      ledger: [{ type: 'topUp', on: '2026-05-01', cents: 1000, balanceAfterCents: 1000 }],
    };
    const result = bookPrepaid(account, BASIC_S, '2026-05-02');
    expect(result.ok && result.account.balanceCents).toBe(1);
    expect(account.items).toEqual([]);
  });

  it('refuses something that is no account in every function, naming the argument', () => {
    for (const value of [null, undefined, 42, 'account', [], new Map()]) {
      const bad = value as never;
      expectTarifkitError(() => topUp(bad, 100, '2026-01-31'), value instanceof Map ? 'INVALID_CURRENCY' : 'INVALID_ARGUMENT', value instanceof Map ? 'account.currency' : 'account');
      expectTarifkitError(() => advancePrepaid(bad, '2026-01-31'), value instanceof Map ? 'INVALID_CURRENCY' : 'INVALID_ARGUMENT');
      expectTarifkitError(() => bookPrepaid(bad, BASIC_S, '2026-01-31'), value instanceof Map ? 'INVALID_CURRENCY' : 'INVALID_ARGUMENT');
      expectTarifkitError(() => cancelPrepaid(bad, 'x', '2026-01-31'), value instanceof Map ? 'INVALID_CURRENCY' : 'INVALID_ARGUMENT');
    }
  });

  it('names the broken field of a revived account', () => {
    const cases: Array<[string, unknown, string]> = [
      ['currency', 'Euro', 'INVALID_CURRENCY'],
      ['advancedTo', '2026-04-31', 'INVALID_DATE'],
      ['advancedTo', undefined, 'INVALID_DATE'],
      ['balanceCents', -1, 'INVALID_AMOUNT'],
      ['balanceCents', 203, 'INVALID_ARGUMENT'],
      ['topUpsCents', '2500', 'INVALID_AMOUNT'],
      ['items', {}, 'INVALID_ARGUMENT'],
      ['ledger', null, 'INVALID_ARGUMENT'],
      ['items.0', null, 'INVALID_ARGUMENT'],
      ['items.0.kind', 'addon', 'INVALID_ARGUMENT'],
      ['items.0.id', 'other', 'INVALID_ARGUMENT'],
      ['items.0.offer', null, 'INVALID_ITEM'],
      ['items.0.offer.unitCents', 9.99, 'INVALID_AMOUNT'],
      ['items.0.offer.currency', 'USD', 'CURRENCY_MISMATCH'],
      ['items.0.cycleDays', 30, 'INVALID_CYCLE'],
      ['items.0.bookedOn', 20260131, 'INVALID_DATE'],
      ['items.0.period', { start: '2026-02-28', end: '2026-03-29' }, 'INVALID_ARGUMENT'],
      ['items.0.period.end', '2026-02-27', 'END_BEFORE_START'],
      ['items.0.periodsPaid', 3, 'INVALID_ARGUMENT'],
      ['items.0.status', 'paused', 'INVALID_ARGUMENT'],
      ['items.0.status', 'active', 'INVALID_ARGUMENT'],
      ['items.0.lapsedFrom', '2026-03-29', 'INVALID_ARGUMENT'],
      ['items.0.missingCents', 0, 'INVALID_ARGUMENT'],
      ['items.1.endedFrom', '2026-02-28', 'INVALID_ARGUMENT'],
      ['items.1.id', 'basic-s', 'INVALID_ARGUMENT'],
      ['ledger.0.type', 'gift', 'INVALID_ARGUMENT'],
      ['ledger.0.cents', 2600, 'INVALID_ARGUMENT'],
      ['ledger.1.balanceAfterCents', 1500, 'INVALID_ARGUMENT'],
      ['ledger.1.on', '2026-01-30', 'INVALID_ARGUMENT'],
      ['ledger.1.reason', 'oneOff', 'INVALID_ARGUMENT'],
      ['ledger.1.itemId', 7, 'INVALID_ARGUMENT'],
      ['ledger.1.period', { start: '2026-01-31', end: '2026-03-31' }, 'INVALID_ARGUMENT'],
    ];
    for (const [path, value, code] of cases) {
      const account = broken(path, value);
      let caught: unknown = null;
      try { advancePrepaid(account, '2026-05-01'); } catch (error) { caught = error; }
      expect(caught, path).toMatchObject({ code });
      try {
        advancePrepaid(account, '2026-05-01');
      } catch (error) {
        expect((error as { details: { field: string } }).details.field.startsWith(`account.${path.split('.').slice(0, 2).join('.')}`), `${path}: ${String(error)}`).toBe(true);
      }
    }
  });

  it('checks the items and the ledger against advancedTo: settled on or before it, an action on the day after', () => {
    // Advanced to 2026-04-01: the package lapsed on 2026-03-28, the option ended on 2026-03-01.
    const cases: Array<[string, unknown, string]> = [
      ['advancedTo', '2026-03-27', 'account.items.0.lapsedFrom'], // a lapse after advancedTo
      ['advancedTo', '2026-02-27', 'account.items.0.period'], // a renewal period from after advancedTo
      ['advancedTo', '2026-01-30', 'account.items.0.period'],
    ];
    for (const [path, value, field] of cases) expectTarifkitError(() => advancePrepaid(broken(path, value), '2026-05-01'), 'INVALID_ARGUMENT', field);
    // An active item whose renewal was due by advancedTo but not settled.
    const active = broken('items.0', { ...(revived().items as Array<Record<string, unknown>>)[0], status: 'active', renews: true });
    expectTarifkitError(() => advancePrepaid(active, '2026-05-01'), 'INVALID_ARGUMENT', 'account.items.0.period');
    // A renewal charged after advancedTo, with nothing else wrong: the package renewed on 2026-02-28.
    const early = revived();
    const renewal = { ...(early.items as Array<Record<string, unknown>>)[0] };
    early.advancedTo = '2026-02-27';
    early.items = [{ ...renewal, status: 'active', renews: true, period: { start: '2026-01-31', end: '2026-02-28' }, periodsPaid: 1, lapsedFrom: undefined, missingCents: undefined }];
    expectTarifkitError(() => advancePrepaid(early as unknown as PrepaidAccount, '2026-05-01'), 'INVALID_ARGUMENT', 'account.ledger.3.on');
  });

  it('takes what an action writes: a top-up, a booking and an end on the day after advancedTo', () => {
    let account = topUp(openPrepaidAccount('2026-03-05'), 1000, '2026-03-05').account;
    const booked = bookPrepaid(account, SMS_FLAT, '2026-03-05', { kind: 'option' });
    if (!booked.ok) throw new Error(booked.reason);
    account = cancelPrepaid(topUp(booked.account, 200, '2026-03-10').account, 'sms', '2026-03-10').account;
    const ended = topUp(account, 0, '2026-04-02').account; // cancelled: it ends before the action of its end day
    const fresh = bookPrepaid(ended, DATA_M, '2026-04-02', { kind: 'option' });
    if (!fresh.ok) throw new Error(fresh.reason);
    const json = JSON.parse(JSON.stringify(fresh.account)) as Record<string, unknown>;
    expect(json.advancedTo).toBe('2026-04-01');
    expect((json.items as Array<{ status: string }>).map((item) => item.status)).toEqual(['ended', 'active']);
    expect((json.items as Array<{ endedFrom?: string }>)[0]!.endedFrom).toBe('2026-04-02');
    const step = topUp(json as unknown as PrepaidAccount, 0, '2026-04-02');
    expect(step.account.balanceCents).toBe(1000 - 300 + 200 - 500);
    // Two days after advancedTo is more than an action can write.
    json.advancedTo = '2026-03-31';
    expectTarifkitError(() => advancePrepaid(json as unknown as PrepaidAccount, '2026-05-01'), 'INVALID_ARGUMENT', 'account.items.0.endedFrom');
    const topUpOnly = JSON.parse(JSON.stringify(topUp(openPrepaidAccount('2026-03-05'), 1000, '2026-03-09').account)) as Record<string, unknown>;
    expect(topUpOnly.advancedTo).toBe('2026-03-08');
    expect(topUp(topUpOnly as unknown as PrepaidAccount, 1, '2026-03-09').account.balanceCents).toBe(1001);
    topUpOnly.advancedTo = '2026-03-07';
    expectTarifkitError(() => advancePrepaid(topUpOnly as unknown as PrepaidAccount, '2026-05-01'), 'INVALID_ARGUMENT', 'account.ledger.0.on');
  });

  it('refuses two items with the same id and two active packages', () => {
    const account = revived();
    const items = account.items as Array<Record<string, unknown>>;
    items.push({ ...items[0] });
    expectTarifkitError(() => advancePrepaid(account as unknown as PrepaidAccount, '2026-05-01'), 'DUPLICATE_ID', 'account.items.2.id');
  });

  it('does not change the revived value it was given', () => {
    const account = revived();
    const before = JSON.stringify(account);
    advancePrepaid(account as unknown as PrepaidAccount, '2026-06-01');
    topUp(account as unknown as PrepaidAccount, 100, '2026-06-01');
    expect(JSON.stringify(account)).toBe(before);
  });
});

describe('prepaid accounts broken anywhere', () => {
  it('any account with one field broken either works or throws a TarifkitError: no TypeError escapes', () => {
    fc.assert(fc.property(corruptedArb(revived()), (account) => {
      for (const call of [
        () => advancePrepaid(account as PrepaidAccount, '2026-05-01'),
        () => topUp(account as PrepaidAccount, 100, '2026-05-01'),
        () => bookPrepaid(account as PrepaidAccount, SMS_FLAT, '2026-05-01', { kind: 'option' }),
        () => cancelPrepaid(account as PrepaidAccount, 'basic-s', '2026-05-01'),
      ]) {
        try {
          call();
        } catch (error) {
          expect(isTarifkitError(error), String(error)).toBe(true);
        }
      }
    }), RUNS);
  });
});
