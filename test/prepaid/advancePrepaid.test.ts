import { describe, expect, it } from 'vitest';
import {
  advancePrepaid,
  bookPrepaidOption,
  bookPrepaidPackage,
  explainLine,
  money,
  openPrepaidAccount,
  topUp,
  type PrepaidAccount,
  type PrepaidBookingResult,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { BASIC_S, DATA_M, LEGACY, SMS_FLAT } from '../arbitraries/prepaid.js';

function ok(result: PrepaidBookingResult): PrepaidAccount {
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

/** 25 € on 2026-01-31 and the 9,99 € package booked the same day: 15,01 € left. */
function basic(): PrepaidAccount {
  const funded = topUp(openPrepaidAccount('2026-01-31'), money(2500), '2026-01-31').account;
  return ok(bookPrepaidPackage(funded, BASIC_S, '2026-01-31'));
}

describe('advancePrepaid (R7, R17)', () => {
  it('renews at each period end while the balance covers the price, then lapses and says from when', () => {
    const step = advancePrepaid(basic(), '2026-04-01');
    expect(step.lines.map((line) => [line.reason, line.range?.toString(), line.cents])).toEqual([
      ['renewal', '[2026-02-28, 2026-03-28)', 999],
    ]);
    expect(step.events).toHaveLength(1);
    const lapse = step.events[0]!;
    expect(lapse.type).toBe('lapsed');
    if (lapse.type !== 'lapsed') return;
    expect(lapse.lapsedFrom.toString()).toBe('2026-03-28');
    expect([lapse.priceCents, lapse.balanceCents, lapse.missingCents]).toEqual([999, 502, 497]);
    const item = step.account.items[0]!;
    expect(item.status).toBe('lapsed');
    if (item.status !== 'lapsed') return;
    expect(item.lapsedFrom.toString()).toBe('2026-03-28');
    expect(item.period.toString()).toBe('[2026-02-28, 2026-03-28)');
    expect(item.periodsPaid).toBe(2);
    expect(step.account.balanceCents).toBe(502);
    expect(step.account.settledTo.toString()).toBe('2026-04-01');
  });

  it('explains its renewal lines in German and English (R24)', () => {
    const line = advancePrepaid(basic(), '2026-03-01').lines[0]!;
    expect(explainLine(line, 'de')).toBe('Verlängerung aus Guthaben Prepaid Basic S, 28.02.2026–27.03.2026, 28/28 Tage: 9,99 €');
    expect(explainLine(line, 'en')).toBe('Renewal from balance Prepaid Basic S, 2026-02-28–2026-03-27, 28/28 days: €9.99');
    expect([line.kind, line.basis, line.fraction, line.exact, line.vatRate]).toEqual(['charge', 'full', { numerator: 1, denominator: 1 }, { numerator: 999, denominator: 1 }, 19]);
  });

  it('leaves a renewal due on `to` itself open (half-open window)', () => {
    const open = advancePrepaid(basic(), '2026-02-28');
    expect(open.lines).toEqual([]);
    expect(open.account.items[0]!.status).toBe('active');
    expect(advancePrepaid(open.account, '2026-03-01').lines).toHaveLength(1);
  });

  it('gives the same result in one step or in many', () => {
    const once = advancePrepaid(basic(), '2026-12-31');
    let account = basic();
    const lines = [];
    for (const to of ['2026-02-01', '2026-02-28', '2026-03-01', '2026-03-28', '2026-12-31']) {
      const step = advancePrepaid(account, to);
      lines.push(...step.lines);
      account = step.account;
    }
    expect(JSON.stringify(account)).toBe(JSON.stringify(once.account));
    expect(lines.map((line) => line.range?.toString())).toEqual(once.lines.map((line) => line.range?.toString()));
  });

  it('renews a legacy package every 30 days', () => {
    const funded = topUp(openPrepaidAccount('2026-01-31'), money(5000), '2026-01-31').account;
    const step = advancePrepaid(ok(bookPrepaidPackage(funded, LEGACY, '2026-01-31')), '2026-05-01');
    expect(step.lines.map((line) => line.range?.toString())).toEqual([
      '[2026-03-02, 2026-04-01)',
      '[2026-04-01, 2026-05-01)',
    ]);
  });

  it('pays the package before options when the balance covers only some renewals due the same day', () => {
    // Package (9,99 €) and both options (3,00 €, 5,00 €) all booked on 2026-03-01: all due on 2026-03-29.
    let account = topUp(openPrepaidAccount('2026-03-01'), money(999 + 300 + 500 + 999 + 500), '2026-03-01').account;
    account = ok(bookPrepaidOption(account, SMS_FLAT, '2026-03-01'));
    account = ok(bookPrepaidOption(account, DATA_M, '2026-03-01'));
    account = ok(bookPrepaidPackage(account, BASIC_S, '2026-03-01'));
    expect(account.balanceCents).toBe(999 + 500);
    const step = advancePrepaid(account, '2026-03-30');
    // Package first, then options by booking day, then id: "data" before "sms".
    expect(step.lines.map((line) => line.item.id)).toEqual(['basic-s', 'data']);
    expect(step.events.map((event) => [event.type, event.itemId])).toEqual([['lapsed', 'sms']]);
    expect(step.account.balanceCents).toBe(0);
  });

  it('orders options due the same day by their booking day before their id', () => {
    // "sms" booked on 2026-03-01 (28 days: due 03-29), "data" with a 30-day cycle on 2026-02-27 (due 03-29 too).
    let account = topUp(openPrepaidAccount('2026-02-27'), money(800 + 500), '2026-02-27').account;
    account = ok(bookPrepaidOption(account, { ...DATA_M, cycleDays: 30 }, '2026-02-27'));
    account = ok(bookPrepaidOption(account, SMS_FLAT, '2026-03-01'));
    const step = advancePrepaid(account, '2026-03-30');
    expect(step.lines.map((line) => `${line.item.id} ${line.range?.start.toString()}`)).toEqual(['data 2026-03-29']);
    expect(step.events.map((event) => event.itemId)).toEqual(['sms']);
  });

  it('settles in date order across items: an earlier renewal takes the money first', () => {
    let account = topUp(openPrepaidAccount('2026-03-01'), money(300 + 500 + 500), '2026-03-01').account;
    account = ok(bookPrepaidOption(account, DATA_M, '2026-03-02')); // due 03-30
    account = ok(bookPrepaidOption(account, SMS_FLAT, '2026-03-03')); // due 03-31
    const step = advancePrepaid(account, '2026-04-01');
    expect(step.lines.map((line) => line.item.id)).toEqual(['data']);
    expect(step.events.map((event) => event.itemId)).toEqual(['sms']);
  });

  it('keeps renewing items with a price of zero', () => {
    const account = ok(bookPrepaidOption(openPrepaidAccount('2026-01-01'), { ...SMS_FLAT, price: money(0) }, '2026-01-01'));
    expect(advancePrepaid(account, '2027-01-01').lines).toHaveLength(13);
  });

  it('refuses a bad day and a day before the settled day, and nothing changes', () => {
    const account = deepFreeze(advancePrepaid(basic(), '2026-03-01').account);
    const before = JSON.stringify(account);
    expectTarifkitError(() => advancePrepaid(account, '2026-02-28'), 'OUT_OF_ORDER', 'to');
    expectTarifkitError(() => advancePrepaid(account, 'next week' as never), 'INVALID_DATE', 'to');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('does not mutate its input account', () => {
    const account = deepFreeze(basic());
    const before = JSON.stringify(account);
    advancePrepaid(account, '2027-01-01');
    expect(JSON.stringify(account)).toBe(before);
    expect(account.settledTo.toString()).toBe('2026-01-31');
  });

  it('keeps the ledger in the order things happened, each entry with the balance after it', () => {
    const account = advancePrepaid(basic(), '2026-04-01').account;
    expect(account.ledger.map((entry) => `${entry.type} ${entry.on.toString()} ${entry.cents} ${entry.balanceAfterCents}`)).toEqual([
      'topUp 2026-01-31 2500 2500',
      'charge 2026-01-31 999 1501',
      'charge 2026-02-28 999 502',
    ]);
    const charge = account.ledger[2]!;
    expect(charge.type === 'charge' && charge.line.reason).toBe('renewal');
  });
});
