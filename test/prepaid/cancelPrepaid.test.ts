import { describe, expect, it } from 'vitest';
import { advancePrepaid, bookPrepaid, cancelPrepaid, openPrepaidAccount, topUp, type PrepaidAccount } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { SMS_FLAT } from '../arbitraries/prepaid.js';

function withSms(): PrepaidAccount {
  const funded = topUp(openPrepaidAccount('2026-03-05'), 5000, '2026-03-05').account;
  const result = bookPrepaid(funded, SMS_FLAT, '2026-03-05', { kind: 'option' });
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

describe('cancelPrepaid ("Stop")', () => {
  it('stops the renewal: the option stays active to the end of the paid period, then ends', () => {
    const step = cancelPrepaid(withSms(), 'sms', '2026-03-20');
    expect(step.ok).toBe(true);
    expect(step.account.items[0]).toMatchObject({ status: 'active', renews: false });
    const later = advancePrepaid(step.account, '2026-06-01');
    expect(later.lines).toEqual([]);
    expect(later.notices).toEqual([{ type: 'prepaidEnded', on: '2026-04-02', itemId: 'sms', kind: 'option', name: 'SMS Flat' }]);
    const ended = later.account.items[0]!;
    expect(ended).toMatchObject({ status: 'ended', endedFrom: '2026-04-02', period: { start: '2026-03-05', end: '2026-04-02' } });
    expect('renews' in ended).toBe(false);
    expect(later.account.balanceCents).toBe(4700);
  });

  it('takes effect at the end of the current period even on its last day', () => {
    const cancelled = cancelPrepaid(withSms(), 'sms', '2026-04-01').account;
    expect(advancePrepaid(cancelled, '2026-04-01').notices).toEqual([]);
    expect(advancePrepaid(cancelled, '2026-04-02').notices[0]).toMatchObject({ type: 'prepaidEnded', itemId: 'sms', on: '2026-04-02' });
  });

  it('ends the item on its end day itself, before any renewal of that day, so it can be booked again that day', () => {
    const cancelled = cancelPrepaid(withSms(), 'sms', '2026-03-20').account;
    const onEnd = advancePrepaid(cancelled, '2026-04-02');
    expect(onEnd.account.items[0]!.status).toBe('ended');
    const again = bookPrepaid(onEnd.account, SMS_FLAT, '2026-04-02', { kind: 'option' });
    expect(again.ok && again.item.period).toEqual({ start: '2026-04-02', end: '2026-04-30' });
  });

  it('cancelled on its renewal day, it is not renewed and ends that day: the caller comes first on a day', () => {
    const step = cancelPrepaid(withSms(), 'sms', '2026-04-02');
    expect(step.lines).toEqual([]);
    expect(step.notices).toEqual([{ type: 'prepaidEnded', on: '2026-04-02', itemId: 'sms', kind: 'option', name: 'SMS Flat' }]);
    expect(step.account.items[0]).toMatchObject({ status: 'ended', endedFrom: '2026-04-02' });
    expect(step.account.balanceCents).toBe(4700);
    expect(step.account.advancedTo).toBe('2026-04-01');
    // Ended on 2026-04-02, its period covered 2026-04-01: no booking may go back to that day.
    expectTarifkitError(() => bookPrepaid(step.account, SMS_FLAT, '2026-04-01', { kind: 'option' }), 'OUT_OF_ORDER', 'on');
    const again = bookPrepaid(step.account, SMS_FLAT, '2026-04-02', { kind: 'option' });
    expect(again.ok && [again.item.period, again.account.balanceCents]).toEqual([{ start: '2026-04-02', end: '2026-04-30' }, 4400]);
  });

  it('cancelled on its renewal day after advancing to it, the renewal is paid and it ends a period later', () => {
    const advanced = advancePrepaid(withSms(), '2026-04-02');
    expect(advanced.lines.map((line) => [line.reason, line.range, line.cents])).toEqual([['renewal', { start: '2026-04-02', end: '2026-04-30' }, 300]]);
    const step = cancelPrepaid(advanced.account, 'sms', '2026-04-02');
    expect([step.lines, step.notices]).toEqual([[], []]);
    expect(step.account.items[0]).toMatchObject({ status: 'active', renews: false, period: { start: '2026-04-02', end: '2026-04-30' }, periodsPaid: 2 });
    const later = advancePrepaid(step.account, '2026-06-01');
    expect(later.notices).toEqual([{ type: 'prepaidEnded', on: '2026-04-30', itemId: 'sms', kind: 'option', name: 'SMS Flat' }]);
    expect(later.account.balanceCents).toBe(4400);
  });

  it('is idempotent on an item already cancelled', () => {
    const once = cancelPrepaid(withSms(), 'sms', '2026-03-20').account;
    const twice = cancelPrepaid(once, 'sms', '2026-03-21').account;
    expect(JSON.stringify(twice.items)).toBe(JSON.stringify(once.items));
    expect(twice.advancedTo).toBe('2026-03-20');
  });

  it('refuses an id never booked (with the known ids) and an item that has ended, and nothing changes', () => {
    const account = deepFreeze(withSms());
    const before = JSON.stringify(account);
    expectTarifkitError(() => cancelPrepaid(account, 'data', '2026-03-20'), 'UNKNOWN_ID', 'itemId');
    try {
      cancelPrepaid(account, 'data', '2026-03-20');
    } catch (error) {
      expect(error).toMatchObject({ details: { known: ['sms'] } });
    }
    expectTarifkitError(() => cancelPrepaid(account, 42 as never, '2026-03-20'), 'INVALID_ARGUMENT', 'itemId');
    expect(JSON.stringify(account)).toBe(before);
    const free = bookPrepaid(openPrepaidAccount('2026-03-05'), { ...SMS_FLAT, unitCents: 0 }, '2026-03-05', { kind: 'option' });
    if (!free.ok) throw new Error(free.reason);
    const ended = advancePrepaid(cancelPrepaid(free.account, 'sms', '2026-03-06').account, '2026-04-10').account;
    expectTarifkitError(() => cancelPrepaid(ended, 'sms', '2026-04-10'), 'ALREADY_ENDED', 'itemId');
    expectTarifkitError(() => cancelPrepaid(account, 'sms', '2026-03-04'), 'OUT_OF_ORDER', 'on');
  });

  it('refuses to cancel an item that lapsed by the cancellation day', () => {
    const poor = bookPrepaid(topUp(openPrepaidAccount('2026-03-05'), 300, '2026-03-05').account, SMS_FLAT, '2026-03-05', { kind: 'option' });
    if (!poor.ok) throw new Error(poor.reason);
    expectTarifkitError(() => cancelPrepaid(poor.account, 'sms', '2026-04-03'), 'ALREADY_ENDED', 'itemId');
  });
});
