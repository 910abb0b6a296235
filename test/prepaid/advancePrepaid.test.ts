import { describe, expect, it } from 'vitest';
import { advancePrepaid, bookPrepaid, explainLine, explainNotice, openPrepaidAccount, topUp, type Line, type PrepaidAccount, type PrepaidBookResult } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { BASIC_S, DATA_M, LEGACY, SMS_FLAT } from '../arbitraries/prepaid.js';

function ok(result: PrepaidBookResult): PrepaidAccount {
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

/** 25 € on 2026-01-31 and the 9,99 € package booked the same day: 15,01 € left. */
function basic(): PrepaidAccount {
  const funded = topUp(openPrepaidAccount('2026-01-31'), 2500, '2026-01-31').account;
  return ok(bookPrepaid(funded, BASIC_S, '2026-01-31'));
}

const range = (line: Line): string => `${line.range?.start}..${line.range?.end}`;

describe('advancePrepaid (R7, R17)', () => {
  it('renews at each period end while the balance covers the price, then lapses and says from when', () => {
    const step = advancePrepaid(basic(), '2026-04-01');
    expect(step.ok).toBe(true);
    expect(step.lines.map((line) => [line.reason, range(line), line.cents])).toEqual([['renewal', '2026-02-28..2026-03-28', 999]]);
    expect(step.notices).toEqual([{
      type: 'prepaidLapsed', on: '2026-03-28', itemId: 'basic-s', kind: 'package', name: 'Prepaid Basic S',
      priceCents: 999, balanceCents: 502, missingCents: 497, currency: 'EUR',
    }]);
    expect(step.account.items[0]).toEqual({
      kind: 'package', id: 'basic-s', offer: BASIC_S, cycleDays: 28, bookedOn: '2026-01-31',
      period: { start: '2026-02-28', end: '2026-03-28' }, periodsPaid: 2, status: 'lapsed', lapsedFrom: '2026-03-28', missingCents: 497,
    });
    expect(step.account.balanceCents).toBe(502);
    expect(step.account.advancedTo).toBe('2026-04-01');
    expect(explainNotice(step.notices[0]!, 'de')).toBe('Prepaid Basic S nicht verlängert: Das Guthaben von 5,02 € deckt den Preis von 9,99 € nicht; ab 28.03.2026 nicht mehr aktiv.');
  });

  it('explains its renewal lines in German and English (R24)', () => {
    const line = advancePrepaid(basic(), '2026-03-01').lines[0]!;
    expect(explainLine(line, 'de')).toBe('Verlängerung aus Guthaben Prepaid Basic S, 28.02.2026–27.03.2026, 28/28 Tage: 9,99 €');
    expect(explainLine(line, 'en')).toBe('Renewal from balance Prepaid Basic S, 2026-02-28–2026-03-27, 28/28 days: €9.99');
    expect([line.basis, line.fraction, line.exact, line.item.vatRate, line.rounding]).toEqual(['full', { numerator: 1, denominator: 1 }, { numerator: 999, denominator: 1 }, 19, 'halfUp']);
  });

  it('settles a renewal due on `to` itself: `to` is inclusive, as for advance', () => {
    const before = advancePrepaid(basic(), '2026-02-27');
    expect(before.lines).toEqual([]);
    expect(before.account.items[0]!.status).toBe('active');
    expect(before.account.balanceCents).toBe(1501);
    const onDay = advancePrepaid(before.account, '2026-02-28');
    expect(onDay.lines.map((line) => [line.reason, range(line), line.cents])).toEqual([['renewal', '2026-02-28..2026-03-28', 999]]);
    expect(onDay.account.items[0]).toMatchObject({ status: 'active', period: { start: '2026-02-28', end: '2026-03-28' }, periodsPaid: 2 });
    expect(onDay.account.balanceCents).toBe(502);
    expect(onDay.account.advancedTo).toBe('2026-02-28');
  });

  it('lapses an item on the renewal day itself when the balance does not cover it', () => {
    const step = advancePrepaid(advancePrepaid(basic(), '2026-03-27').account, '2026-03-28');
    expect(step.notices).toEqual([{
      type: 'prepaidLapsed', on: '2026-03-28', itemId: 'basic-s', kind: 'package', name: 'Prepaid Basic S',
      priceCents: 999, balanceCents: 502, missingCents: 497, currency: 'EUR',
    }]);
    expect(step.account.items[0]).toMatchObject({ status: 'lapsed', lapsedFrom: '2026-03-28', missingCents: 497 });
  });

  it('changes nothing when advanced twice to the same day', () => {
    const once = advancePrepaid(basic(), '2026-02-28');
    const twice = advancePrepaid(once.account, '2026-02-28');
    expect(twice.lines).toEqual([]);
    expect(twice.notices).toEqual([]);
    expect(JSON.stringify(twice.account)).toBe(JSON.stringify(once.account));
    expect(twice.account.balanceCents).toBe(502);
    // On the opening day nothing can be due: advancing to it changes nothing either.
    const opened = openPrepaidAccount('2026-01-31');
    expect(JSON.stringify(advancePrepaid(opened, '2026-01-31').account)).toBe(JSON.stringify(opened));
  });

  it('gives the same result in one step or in many', () => {
    const once = advancePrepaid(basic(), '2026-12-31');
    let account = basic();
    const lines: Line[] = [];
    for (const to of ['2026-01-31', '2026-02-01', '2026-02-27', '2026-02-28', '2026-02-28', '2026-03-01', '2026-03-28', '2026-12-31']) {
      const step = advancePrepaid(account, to);
      lines.push(...step.lines);
      account = step.account;
    }
    expect(JSON.stringify(account)).toBe(JSON.stringify(once.account));
    expect(lines).toEqual(once.lines);
  });

  it('renews a legacy package every 30 days', () => {
    const funded = topUp(openPrepaidAccount('2026-01-31'), 5000, '2026-01-31').account;
    const step = advancePrepaid(ok(bookPrepaid(funded, LEGACY, '2026-01-31')), '2026-04-30');
    expect(step.lines.map(range)).toEqual(['2026-03-02..2026-04-01', '2026-04-01..2026-05-01']);
    expect(step.account.balanceCents).toBe(5000 - 3 * 900);
    // The next renewal falls due on 2026-05-01 and is paid when the account is advanced to that day.
    expect(advancePrepaid(step.account, '2026-05-01').lines.map(range)).toEqual(['2026-05-01..2026-05-31']);
  });

  it('pays the package before options when the balance covers only some renewals due the same day', () => {
    // Package (9,99 €) and both options (3,00 €, 5,00 €) all booked on 2026-03-01: all due on 2026-03-29.
    let account = topUp(openPrepaidAccount('2026-03-01'), 999 + 300 + 500 + 999 + 500, '2026-03-01').account;
    account = ok(bookPrepaid(account, SMS_FLAT, '2026-03-01', { kind: 'option' }));
    account = ok(bookPrepaid(account, DATA_M, '2026-03-01', { kind: 'option' }));
    account = ok(bookPrepaid(account, BASIC_S, '2026-03-01'));
    expect(account.balanceCents).toBe(999 + 500);
    const step = advancePrepaid(account, '2026-03-29');
    // Package first, then options by booking day, then id: "data" before "sms".
    expect(step.lines.map((line) => line.item.id)).toEqual(['basic-s', 'data']);
    expect(step.notices.map((notice) => [notice.type, notice.itemId])).toEqual([['prepaidLapsed', 'sms']]);
    expect(step.account.balanceCents).toBe(0);
  });

  it('orders options due the same day by their booking day before their id', () => {
    // "sms" booked on 2026-03-01 (28 days: due 03-29), "data" with a 30-day cycle on 2026-02-27 (due 03-29 too).
    let account = topUp(openPrepaidAccount('2026-02-27'), 800 + 500, '2026-02-27').account;
    account = ok(bookPrepaid(account, { ...DATA_M, cycleDays: 30 }, '2026-02-27', { kind: 'option' }));
    account = ok(bookPrepaid(account, SMS_FLAT, '2026-03-01', { kind: 'option' }));
    const step = advancePrepaid(account, '2026-03-30');
    expect(step.lines.map((line) => `${line.item.id} ${line.range?.start}`)).toEqual(['data 2026-03-29']);
    expect(step.notices.map((notice) => notice.itemId)).toEqual(['sms']);
  });

  it('settles in date order across items: an earlier renewal takes the money first', () => {
    let account = topUp(openPrepaidAccount('2026-03-01'), 300 + 500 + 500, '2026-03-01').account;
    account = ok(bookPrepaid(account, DATA_M, '2026-03-02', { kind: 'option' })); // due 03-30
    account = ok(bookPrepaid(account, SMS_FLAT, '2026-03-03', { kind: 'option' })); // due 03-31
    const step = advancePrepaid(account, '2026-04-01');
    expect(step.lines.map((line) => line.item.id)).toEqual(['data']);
    expect(step.notices.map((notice) => notice.itemId)).toEqual(['sms']);
  });

  it('keeps renewing items with a price of zero', () => {
    const account = ok(bookPrepaid(openPrepaidAccount('2026-01-01'), { ...SMS_FLAT, unitCents: 0 }, '2026-01-01', { kind: 'option' }));
    const step = advancePrepaid(account, '2027-01-01');
    expect(step.lines).toHaveLength(13);
    expect(step.lines.every((line) => line.cents === 0)).toBe(true);
  });

  it('refuses more than 100,000 renewals in one call', () => {
    const account = ok(bookPrepaid(openPrepaidAccount('1000-01-01'), { ...SMS_FLAT, unitCents: 0 }, '1000-01-01', { kind: 'option' }));
    expectTarifkitError(() => advancePrepaid(account, '9999-01-01'), 'NOT_WITHIN', 'to');
  });

  it('refuses a bad day and a day before the day it was advanced to, and nothing changes', () => {
    const account = deepFreeze(advancePrepaid(basic(), '2026-03-01').account);
    const before = JSON.stringify(account);
    expectTarifkitError(() => advancePrepaid(account, '2026-02-28'), 'OUT_OF_ORDER', 'to');
    let caught: unknown = null;
    try { advancePrepaid(account, '2026-02-28'); } catch (error) { caught = error; }
    expect(caught).toMatchObject({ details: { value: '2026-02-28', advancedTo: '2026-03-01' } });
    expectTarifkitError(() => advancePrepaid(account, 'next week'), 'INVALID_DATE', 'to');
    expectTarifkitError(() => advancePrepaid(account, null as never), 'INVALID_DATE', 'to');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('does not mutate its input account', () => {
    const account = deepFreeze(basic());
    const before = JSON.stringify(account);
    advancePrepaid(account, '2027-01-01');
    expect(JSON.stringify(account)).toBe(before);
    expect(account.advancedTo).toBe('2026-01-31');
  });

  it('keeps the ledger in the order things happened, each entry with the balance after it', () => {
    const account = advancePrepaid(basic(), '2026-04-01').account;
    expect(account.ledger.map((entry) => `${entry.type} ${entry.on} ${entry.cents} ${entry.balanceAfterCents}`)).toEqual([
      'topUp 2026-01-31 2500 2500',
      'charge 2026-01-31 999 1501',
      'charge 2026-02-28 999 502',
    ]);
    expect(account.ledger[2]).toMatchObject({ type: 'charge', reason: 'renewal', itemId: 'basic-s' });
  });
});
