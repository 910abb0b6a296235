import { describe, expect, it } from 'vitest';
import { advancePrepaid, bookPrepaid, cancelPrepaid, explainLine, explainRefusal, openPrepaidAccount, topUp, type PrepaidAccount } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { BASIC_S, DATA_M, LEGACY, SMS_FLAT } from '../arbitraries/prepaid.js';

function funded(cents: number, on = '2026-01-31'): PrepaidAccount {
  return topUp(openPrepaidAccount(on), cents, on).account;
}

describe('bookPrepaid, a package (R7, R17)', () => {
  it('pays the first four-week period from the balance at once', () => {
    const result = bookPrepaid(funded(2500), BASIC_S, '2026-01-31');
    if (!result.ok) throw new Error(result.reason);
    expect(result.item).toEqual({
      kind: 'package', id: 'basic-s', offer: BASIC_S, cycleDays: 28, bookedOn: '2026-01-31',
      period: { start: '2026-01-31', end: '2026-02-28' }, periodsPaid: 1, status: 'active', renews: true,
    });
    expect(result.account.items).toEqual([result.item]);
    expect(result.account.balanceCents).toBe(1501);
    expect(result.account.chargesCents).toBe(999);
    expect(result.notices).toEqual([]);
    expect(result.lines).toHaveLength(1);
    const line = result.lines[0]!;
    expect([line.reason, line.cents, line.days, line.periodDays, line.basis, line.item.vatRate, line.ref]).toEqual(['periodCharge', 999, 28, 28, 'full', 19, 'basic-s']);
    expect(explainLine(line, 'de')).toBe('Grundgebühr Prepaid Basic S, 31.01.2026–27.02.2026, 28/28 Tage: 9,99 €');
    expect(result.account.ledger[1]).toEqual({
      type: 'charge', on: '2026-01-31', cents: 999, balanceAfterCents: 1501, itemId: 'basic-s', reason: 'periodCharge',
      period: { start: '2026-01-31', end: '2026-02-28' },
    });
  });

  it('keeps the offer\'s own fields on the item and its lines', () => {
    const offer = { ...BASIC_S, sku: 'P-S-01' };
    const result = bookPrepaid(funded(2500), offer, '2026-01-31');
    if (!result.ok) throw new Error(result.reason);
    expect(result.item.offer).toEqual(offer);
    expect(result.lines[0]!.item).toMatchObject({ sku: 'P-S-01' });
  });

  it('runs 30 days on a legacy tariff', () => {
    const result = bookPrepaid(funded(2500), LEGACY, '2026-01-31');
    expect(result.ok && result.item.period).toEqual({ start: '2026-01-31', end: '2026-03-02' });
    expect(result.ok && result.item.cycleDays).toBe(30);
  });

  it('is refused with the missing amount when the balance does not cover the price', () => {
    const account = funded(500);
    const result = bookPrepaid(account, BASIC_S, '2026-01-31');
    expect(result).toEqual({
      ok: false, reason: 'INSUFFICIENT_BALANCE', allowedFrom: null,
      details: { itemId: 'basic-s', name: 'Prepaid Basic S', priceCents: 999, balanceCents: 500, missingCents: 499, currency: 'EUR' },
    });
    expect(account.items).toEqual([]);
    if (!result.ok) expect(explainRefusal(result, 'de')).toBe('Prepaid Basic S nicht gebucht: Das Guthaben von 5,00 € deckt den Preis von 9,99 € nicht; es fehlen 4,99 €.');
  });

  it('is refused while a package is active, with the day it becomes possible once cancelled', () => {
    const first = bookPrepaid(funded(5000), BASIC_S, '2026-01-31');
    if (!first.ok) throw new Error(first.reason);
    const other = { ...LEGACY, id: 'other' };
    expect(bookPrepaid(first.account, other, '2026-02-10')).toEqual({
      ok: false, reason: 'ALREADY_ACTIVE', allowedFrom: null, details: { itemId: 'other', name: 'Prepaid Classic', activeId: 'basic-s' },
    });
    const cancelled = cancelPrepaid(first.account, 'basic-s', '2026-02-10').account;
    const refusal = bookPrepaid(cancelled, other, '2026-02-10');
    expect(refusal).toMatchObject({ ok: false, reason: 'ALREADY_ACTIVE', allowedFrom: '2026-02-28' });
    if (!refusal.ok) expect(explainRefusal(refusal, 'en')).toBe('Prepaid Classic not booked: basic-s is still active. Possible from 2026-02-28.');
    expect(bookPrepaid(cancelled, other, '2026-02-28').ok).toBe(true);
  });

  it('starts a new cycle from the booking day when booked again after a lapse', () => {
    const first = bookPrepaid(funded(1000), BASIC_S, '2026-01-31');
    if (!first.ok) throw new Error(first.reason);
    const lapsed = topUp(first.account, 2000, '2026-03-05').account; // lapsed on 2026-02-28
    expect(lapsed.items[0]).toMatchObject({ status: 'lapsed', lapsedFrom: '2026-02-28', missingCents: 998 });
    const again = bookPrepaid(lapsed, BASIC_S, '2026-03-05');
    if (!again.ok) throw new Error(again.reason);
    expect(again.item.period).toEqual({ start: '2026-03-05', end: '2026-04-02' });
    expect(again.item.bookedOn).toBe('2026-03-05');
    expect(again.item.periodsPaid).toBe(1);
    expect(again.account.items).toHaveLength(1);
    // The lapsed days 2026-02-28 to 2026-03-04 are never charged.
    expect(again.account.ledger.filter((entry) => entry.type === 'charge').map((entry) => entry.on)).toEqual(['2026-01-31', '2026-03-05']);
    expect(again.account.balanceCents).toBe(1000 - 999 + 2000 - 999);
  });

  it('refuses bad offers with typed errors naming the field, and nothing changes', () => {
    const account = deepFreeze(funded(5000));
    const before = JSON.stringify(account);
    const on = '2026-01-31';
    expectTarifkitError(() => bookPrepaid(account, { ...BASIC_S, unitCents: -1 }, on), 'INVALID_AMOUNT', 'offer.unitCents');
    expectTarifkitError(() => bookPrepaid(account, { ...BASIC_S, unitCents: 9.99 }, on), 'INVALID_AMOUNT', 'offer.unitCents');
    expectTarifkitError(() => bookPrepaid(account, { ...BASIC_S, currency: 'USD' }, on), 'CURRENCY_MISMATCH', 'offer.currency');
    expectTarifkitError(() => bookPrepaid(account, { ...BASIC_S, cycleDays: 31 as never }, on), 'INVALID_CYCLE', 'offer.cycleDays');
    expectTarifkitError(() => bookPrepaid(account, { ...BASIC_S, cycleDays: '28' as never }, on), 'INVALID_CYCLE', 'offer.cycleDays');
    expectTarifkitError(() => bookPrepaid(account, { ...BASIC_S, vatRate: 16 as never }, on), 'INVALID_VAT_RATE', 'offer.vatRate');
    expectTarifkitError(() => bookPrepaid(account, { ...BASIC_S, id: '' }, on), 'INVALID_ITEM', 'offer.id');
    expectTarifkitError(() => bookPrepaid(account, { ...BASIC_S, name: undefined as never }, on), 'INVALID_ITEM', 'offer.name');
    expectTarifkitError(() => bookPrepaid(account, { id: 'x', name: 'X', vatRate: 19 } as never, on), 'INVALID_AMOUNT', 'offer.unitCents');
    expectTarifkitError(() => bookPrepaid(account, null as never, on), 'INVALID_ITEM', 'offer');
    expectTarifkitError(() => bookPrepaid(account, BASIC_S, '2026-01-30'), 'OUT_OF_ORDER', 'on');
    expectTarifkitError(() => bookPrepaid(account, BASIC_S, 'tomorrow'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => bookPrepaid(account, BASIC_S, on, { kind: 'addon' as never }), 'INVALID_ARGUMENT', 'options.kind');
    expectTarifkitError(() => bookPrepaid(account, BASIC_S, on, null as never), 'INVALID_ARGUMENT', 'options');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses an id already booked as the other kind', () => {
    const result = bookPrepaid(funded(5000), SMS_FLAT, '2026-01-31', { kind: 'option' });
    if (!result.ok) throw new Error(result.reason);
    expectTarifkitError(() => bookPrepaid(result.account, { ...BASIC_S, id: 'sms' }, '2026-02-01'), 'DUPLICATE_ID', 'offer.id');
  });

  it('refuses a period that would end after 9999-12-31', () => {
    expectTarifkitError(() => bookPrepaid(funded(5000, '9999-12-20'), BASIC_S, '9999-12-20'), 'DATE_OUT_OF_RANGE', 'on');
  });
});

describe('bookPrepaid, an option (R8, R17)', () => {
  it('runs each option on its own cycle from its own booking day (the 5th and the 10th)', () => {
    const sms = bookPrepaid(funded(5000, '2026-03-01'), SMS_FLAT, '2026-03-05', { kind: 'option' });
    if (!sms.ok) throw new Error(sms.reason);
    const data = bookPrepaid(sms.account, DATA_M, '2026-03-10', { kind: 'option' });
    if (!data.ok) throw new Error(data.reason);
    expect(sms.item.period).toEqual({ start: '2026-03-05', end: '2026-04-02' });
    expect(data.item.period).toEqual({ start: '2026-03-10', end: '2026-04-07' });
    const later = advancePrepaid(data.account, '2026-05-01');
    expect(later.lines.map((line) => `${line.item.id} ${line.range?.start}..${line.range?.end} ${line.cents}`)).toEqual([
      'sms 2026-04-02..2026-04-30 300',
      'data 2026-04-07..2026-05-05 500',
      'sms 2026-04-30..2026-05-28 300',
    ]);
    expect(later.account.balanceCents).toBe(5000 - 300 - 500 - 300 - 500 - 300);
  });

  it('lets options run next to the package', () => {
    const pkg = bookPrepaid(funded(5000), BASIC_S, '2026-01-31');
    if (!pkg.ok) throw new Error(pkg.reason);
    const sms = bookPrepaid(pkg.account, SMS_FLAT, '2026-02-01', { kind: 'option' });
    expect(sms.ok && sms.account.items.map((item) => `${item.kind} ${item.id}`)).toEqual(['package basic-s', 'option sms']);
  });

  it('is refused while the same option is active', () => {
    const sms = bookPrepaid(funded(5000), SMS_FLAT, '2026-01-31', { kind: 'option' });
    if (!sms.ok) throw new Error(sms.reason);
    expect(bookPrepaid(sms.account, SMS_FLAT, '2026-02-01', { kind: 'option' })).toMatchObject({ ok: false, reason: 'ALREADY_ACTIVE', details: { activeId: 'sms' } });
  });

  it('does not mutate its input account or offer', () => {
    const account = deepFreeze(funded(5000));
    const offer = deepFreeze({ ...SMS_FLAT });
    const before = JSON.stringify(account);
    const result = bookPrepaid(account, offer, '2026-02-01', { kind: 'option' });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(account)).toBe(before);
    expect(offer).toEqual(SMS_FLAT);
    expect(account.items).toHaveLength(0);
  });
});
