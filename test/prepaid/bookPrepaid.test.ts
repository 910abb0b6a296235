import { describe, expect, it } from 'vitest';
import { USD } from 'dinero.js';
import {
  advancePrepaid,
  bookPrepaidOption,
  bookPrepaidPackage,
  cancelPrepaid,
  explainLine,
  money,
  openPrepaidAccount,
  topUp,
  type PrepaidAccount,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { BASIC_S, DATA_M, LEGACY, SMS_FLAT } from '../arbitraries/prepaid.js';

function funded(cents: number, on = '2026-01-31'): PrepaidAccount {
  return topUp(openPrepaidAccount(on), money(cents), on).account;
}

describe('bookPrepaidPackage (R7, R17)', () => {
  it('pays the first four-week period from the balance at once', () => {
    const result = bookPrepaidPackage(funded(2500), BASIC_S, '2026-01-31');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.item.status).toBe('active');
    expect(result.item.period.toString()).toBe('[2026-01-31, 2026-02-28)');
    expect(result.item.periodsPaid).toBe(1);
    expect(result.item.renews).toBe(true);
    expect(result.account.balanceCents).toBe(1501);
    expect(result.account.chargesCents).toBe(999);
    expect(result.lines).toHaveLength(1);
    const line = result.lines[0]!;
    expect([line.kind, line.reason, line.cents, line.daysUsed, line.daysInPeriod, line.vatRate]).toEqual(['charge', 'periodCharge', 999, 28, 28, 19]);
    expect(explainLine(line, 'de')).toBe('Grundgebühr Prepaid Basic S, 31.01.2026–27.02.2026, 28/28 Tage: 9,99 €');
    expect(result.account.ledger[1]).toMatchObject({ type: 'charge', itemId: 'basic-s', cents: 999, balanceAfterCents: 1501 });
  });

  it('runs 30 days on a legacy tariff', () => {
    const result = bookPrepaidPackage(funded(2500), LEGACY, '2026-01-31');
    expect(result.ok && result.item.period.toString()).toBe('[2026-01-31, 2026-03-02)');
  });

  it('is refused with the missing amount when the balance does not cover the price', () => {
    const account = funded(500);
    const result = bookPrepaidPackage(account, BASIC_S, '2026-01-31');
    expect(result).toMatchObject({ ok: false, reason: 'INSUFFICIENT_BALANCE', allowedFrom: null, balanceCents: 500, missingCents: 499, priceCents: 999 });
    expect(account.items).toEqual([]);
  });

  it('is refused while a package is active, with the day it becomes possible once cancelled', () => {
    const first = bookPrepaidPackage(funded(5000), BASIC_S, '2026-01-31');
    if (!first.ok) throw new Error(first.reason);
    const other = { ...LEGACY, id: 'other' };
    expect(bookPrepaidPackage(first.account, other, '2026-02-10')).toMatchObject({ ok: false, reason: 'ALREADY_ACTIVE', allowedFrom: null, activeId: 'basic-s' });
    const cancelled = cancelPrepaid(first.account, 'basic-s', '2026-02-10').account;
    const refusal = bookPrepaidPackage(cancelled, other, '2026-02-10');
    expect(refusal.ok).toBe(false);
    if (refusal.ok || refusal.reason !== 'ALREADY_ACTIVE') throw new Error('expected ALREADY_ACTIVE');
    expect(refusal.allowedFrom?.toString()).toBe('2026-02-28');
    expect(bookPrepaidPackage(cancelled, other, '2026-02-28').ok).toBe(true);
  });

  it('starts a new cycle from the booking day when booked again after a lapse', () => {
    const first = bookPrepaidPackage(funded(1000), BASIC_S, '2026-01-31');
    if (!first.ok) throw new Error(first.reason);
    const lapsed = topUp(first.account, money(2000), '2026-03-05').account; // lapsed on 2026-02-28
    expect(lapsed.items[0]).toMatchObject({ status: 'lapsed', lapsedFromDay: first.item.period.endDay });
    const again = bookPrepaidPackage(lapsed, BASIC_S, '2026-03-05');
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.item.period.toString()).toBe('[2026-03-05, 2026-04-02)');
    expect(again.item.bookedOn.toString()).toBe('2026-03-05');
    expect(again.account.items).toHaveLength(1);
    // The lapsed days 2026-02-28 to 2026-03-04 are never charged.
    expect(again.account.ledger.filter((entry) => entry.type === 'charge').map((entry) => entry.on.toString())).toEqual(['2026-01-31', '2026-03-05']);
  });

  it('refuses bad offers with typed errors, and nothing changes', () => {
    const account = deepFreeze(funded(5000));
    const before = JSON.stringify(account);
    expectTarifkitError(() => bookPrepaidPackage(account, { ...BASIC_S, price: money(-1) }, '2026-01-31'), 'INVALID_AMOUNT', 'offer.price');
    expectTarifkitError(() => bookPrepaidPackage(account, { ...BASIC_S, price: money(999, USD) }, '2026-01-31'), 'CURRENCY_MISMATCH', 'offer.price');
    expectTarifkitError(() => bookPrepaidPackage(account, { ...BASIC_S, cycleDays: 31 as never }, '2026-01-31'), 'INVALID_CYCLE', 'offer.cycleDays');
    expectTarifkitError(() => bookPrepaidPackage(account, { ...BASIC_S, vatRate: 16 as never }, '2026-01-31'), 'INVALID_VAT_RATE', 'offer.vatRate');
    expectTarifkitError(() => bookPrepaidPackage(account, { ...BASIC_S, id: '' }, '2026-01-31'), 'INVALID_CATALOG', 'offer.id');
    expectTarifkitError(() => bookPrepaidPackage(account, { id: 'x', label: 'X' } as never, '2026-01-31'), 'MISSING_PRICE', 'offer.price');
    expectTarifkitError(() => bookPrepaidPackage(account, BASIC_S, '2026-01-30'), 'OUT_OF_ORDER', 'on');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses an id already booked as the other kind', () => {
    const result = bookPrepaidOption(funded(5000), SMS_FLAT, '2026-01-31');
    if (!result.ok) throw new Error(result.reason);
    expectTarifkitError(() => bookPrepaidPackage(result.account, { ...BASIC_S, id: 'sms' }, '2026-02-01'), 'DUPLICATE_ID', 'offer.id');
  });
});

describe('bookPrepaidOption (R8, R17)', () => {
  it('runs each option on its own cycle from its own booking day (seed 003: the 5th and the 10th)', () => {
    const sms = bookPrepaidOption(funded(5000, '2026-03-01'), SMS_FLAT, '2026-03-05');
    if (!sms.ok) throw new Error(sms.reason);
    const data = bookPrepaidOption(sms.account, DATA_M, '2026-03-10');
    if (!data.ok) throw new Error(data.reason);
    expect(sms.item.period.toString()).toBe('[2026-03-05, 2026-04-02)');
    expect(data.item.period.toString()).toBe('[2026-03-10, 2026-04-07)');
    const later = advancePrepaid(data.account, '2026-05-01');
    expect(later.lines.map((line) => `${line.item.id} ${line.range?.toString()}`)).toEqual([
      'sms [2026-04-02, 2026-04-30)',
      'data [2026-04-07, 2026-05-05)',
      'sms [2026-04-30, 2026-05-28)',
    ]);
    expect(later.account.balanceCents).toBe(5000 - 300 - 500 - 300 - 500 - 300);
  });

  it('is refused while the same option is active', () => {
    const sms = bookPrepaidOption(funded(5000), SMS_FLAT, '2026-01-31');
    if (!sms.ok) throw new Error(sms.reason);
    expect(bookPrepaidOption(sms.account, SMS_FLAT, '2026-02-01')).toMatchObject({ ok: false, reason: 'ALREADY_ACTIVE', activeId: 'sms' });
  });

  it('does not mutate its input account', () => {
    const account = deepFreeze(funded(5000));
    const before = JSON.stringify(account);
    const result = bookPrepaidOption(account, SMS_FLAT, '2026-02-01');
    expect(result.ok).toBe(true);
    expect(JSON.stringify(account)).toBe(before);
    expect(account.items).toHaveLength(0);
  });
});
