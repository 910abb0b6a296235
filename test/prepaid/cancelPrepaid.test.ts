import { describe, expect, it } from 'vitest';
import { advancePrepaid, bookPrepaidOption, cancelPrepaid, money, openPrepaidAccount, topUp, type PrepaidAccount } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { SMS_FLAT } from '../arbitraries/prepaid.js';

function withSms(): PrepaidAccount {
  const funded = topUp(openPrepaidAccount('2026-03-05'), money(5000), '2026-03-05').account;
  const result = bookPrepaidOption(funded, SMS_FLAT, '2026-03-05');
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

describe('cancelPrepaid (seed 003 "Stop")', () => {
  it('stops the renewal: the option stays active to the end of the paid period, then ends', () => {
    const cancelled = cancelPrepaid(withSms(), 'sms', '2026-03-20').account;
    const item = cancelled.items[0]!;
    expect(item.status === 'active' && item.renews).toBe(false);
    const later = advancePrepaid(cancelled, '2026-06-01');
    expect(later.lines).toEqual([]);
    expect(later.events.map((event) => [event.type, event.type === 'ended' ? event.endedFrom.toString() : ''])).toEqual([['ended', '2026-04-02']]);
    const ended = later.account.items[0]!;
    expect(ended.status === 'ended' && ended.endedFrom.toString()).toBe('2026-04-02');
    expect(later.account.balanceCents).toBe(4700);
  });

  it('takes effect at the end of the current period even on its last day', () => {
    const cancelled = cancelPrepaid(withSms(), 'sms', '2026-04-01').account;
    expect(advancePrepaid(cancelled, '2026-04-03').events[0]).toMatchObject({ type: 'ended', itemId: 'sms' });
  });

  it('is idempotent on an item already cancelled', () => {
    const once = cancelPrepaid(withSms(), 'sms', '2026-03-20').account;
    const twice = cancelPrepaid(once, 'sms', '2026-03-21').account;
    expect(JSON.stringify(twice.items)).toBe(JSON.stringify(once.items));
  });

  it('refuses an id never booked and an item that has ended, and nothing changes', () => {
    const account = deepFreeze(withSms());
    const before = JSON.stringify(account);
    expectTarifkitError(() => cancelPrepaid(account, 'data', '2026-03-20'), 'NOT_BOOKED', 'itemId');
    expect(JSON.stringify(account)).toBe(before);
    const poor = bookPrepaidOption(openPrepaidAccount('2026-03-05'), { ...SMS_FLAT, price: money(0) }, '2026-03-05');
    if (!poor.ok) throw new Error(poor.reason);
    const ended = advancePrepaid(cancelPrepaid(poor.account, 'sms', '2026-03-06').account, '2026-04-10').account;
    expectTarifkitError(() => cancelPrepaid(ended, 'sms', '2026-04-10'), 'ALREADY_ENDED', 'itemId');
    expectTarifkitError(() => cancelPrepaid(account, 'sms', '2026-03-04'), 'OUT_OF_ORDER', 'on');
  });
});
