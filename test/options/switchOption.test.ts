/**
 * Switching one option for another at the same boundary (R12).
 */
import { describe, expect, it } from 'vitest';
import {
  bookOption,
  createOptionAccount,
  createOptionTariff,
  createPeriod,
  listOptions,
  optionLinesFor,
  switchOption,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { OPTIONS } from '../arbitraries/options.js';
import { booked, okOf } from './helpers.js';

const optionTariff = createOptionTariff({ kind: 'optionTariff', options: OPTIONS });
const packageTariff = createOptionTariff({ kind: 'packageTariff', options: OPTIONS, package: { kind: 'days', days: 28, anchor: '2026-02-21' } });
const smsAccount = booked(bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-03-02T09:00+01:00' })).account;
const everything = createPeriod('2026-01-01', '2027-01-01');

describe('switchOption (R12)', () => {
  it('on time: the old option ends with this period and the new one starts the next day, on its own cycle from there', () => {
    const result = okOf(switchOption(smsAccount, { bookingId: 'sms#1', toOptionId: 'legacy', at: '2026-03-27T23:00+01:00' }));
    expect(result.effective?.end.toString()).toBe('2026-03-30');
    expect(result.from.ending).toMatchObject({ kind: 'switched', toBookingId: 'legacy#2', onTime: true });
    expect(result.to).toMatchObject({ id: 'legacy#2', optionId: 'legacy', cycle: { kind: 'days', days: 30, anchor: '2026-03-30' } });
    const lines = optionLinesFor(result.account, createPeriod('2026-03-01', '2026-05-01'));
    expect(lines.map((l) => [l.item.id, String(l.range), l.cents])).toEqual([
      ['sms', '[2026-03-02, 2026-03-30)', 300],
      ['legacy', '[2026-03-30, 2026-04-29)', 995],
      ['legacy', '[2026-04-29, 2026-05-29)', 995],
    ]);
    const [sms] = listOptions(result.account, '2026-03-29');
    expect(sms?.status.kind === 'endingScheduled' && sms.status.toBookingId).toBe('legacy#2');
  });

  it('one minute late: both move a period on, still at the same boundary', () => {
    const result = okOf(switchOption(smsAccount, { bookingId: 'sms#1', toOptionId: 'data', at: '2026-03-27T23:01+01:00' }));
    expect(result.effective?.end.toString()).toBe('2026-04-27');
    expect(result.effective?.onTime).toBe(false);
    const lines = optionLinesFor(result.account, createPeriod('2026-03-01', '2026-06-01'));
    expect(lines.map((l) => [l.item.id, String(l.range)])).toEqual([
      ['sms', '[2026-03-02, 2026-03-30)'],
      ['sms', '[2026-03-30, 2026-04-27)'],
      ['data', '[2026-04-27, 2026-05-25)'],
      ['data', '[2026-05-25, 2026-06-22)'],
    ]);
  });

  it('a pre-booking that has not started is replaced at its start, at no charge for the old option', () => {
    const account = booked(bookOption(createOptionAccount(packageTariff), { optionId: 'sms', at: '2026-03-10T12:00+01:00' })).account;
    const result = okOf(switchOption(account, { bookingId: 'sms#1', toOptionId: 'data', at: '2026-03-15T12:00+01:00' }));
    expect(result.effective).toBeNull();
    expect(result.from.ending?.kind).toBe('dropped');
    expect(optionLinesFor(result.account, everything).slice(0, 2).map((l) => [l.item.id, String(l.range)])).toEqual([
      ['data', '[2026-03-21, 2026-04-18)'],
      ['data', '[2026-04-18, 2026-05-16)'],
    ]);
    expect(optionLinesFor(result.account, everything).every((l) => l.item.id === 'data')).toBe(true);
  });

  it('refuses a switch to an option that is already booked, as a value', () => {
    const both = booked(bookOption(smsAccount, { optionId: 'data', at: '2026-03-05T09:00+01:00' })).account;
    const result = switchOption(both, { bookingId: 'sms#1', toOptionId: 'data', at: '2026-03-20T09:00+01:00' });
    expect(result).toEqual({ ok: false, reason: 'OPTION_ALREADY_BOOKED', optionId: 'data', bookingId: 'data#2', allowedFrom: null });
  });

  it('refuses a switch of an option whose end is already scheduled', () => {
    const first = okOf(switchOption(smsAccount, { bookingId: 'sms#1', toOptionId: 'data', at: '2026-03-20T09:00+01:00' }));
    const again = switchOption(first.account, { bookingId: 'sms#1', toOptionId: 'legacy', at: '2026-03-21T09:00+01:00' });
    expect(again).toMatchObject({ ok: false, reason: 'END_ALREADY_SCHEDULED', bookingId: 'sms#1', allowedFrom: null });
  });

  it('rejects bad input with typed errors; nothing changes', () => {
    const before = JSON.stringify(smsAccount);
    expectTarifkitError(() => switchOption(smsAccount, { bookingId: 'sms#1', toOptionId: 'roaming', at: '2026-03-20T09:00Z' }), 'UNKNOWN_OPTION', 'request.toOptionId');
    expectTarifkitError(() => switchOption(smsAccount, { bookingId: 'nope', toOptionId: 'data', at: '2026-03-20T09:00Z' }), 'NOT_BOOKED', 'request.bookingId');
    expectTarifkitError(() => switchOption(smsAccount, { bookingId: 'sms#1', toOptionId: 'data', at: '2026-03-20T09:00Z', quantity: 0 }), 'INVALID_QUANTITY', 'request.quantity');
    expectTarifkitError(() => switchOption(smsAccount, { bookingId: 'sms#1', toOptionId: 'data', at: '2026-03-20T09:00Z', newBookingId: 'sms#1' }), 'DUPLICATE_ID', 'request.newBookingId');
    expectTarifkitError(() => switchOption(smsAccount, { bookingId: 'sms#1', toOptionId: 'data', at: '2026-03-01T09:00Z' }), 'END_BEFORE_START', 'request.at');
    expect(JSON.stringify(smsAccount)).toBe(before);
  });

  it('does not mutate the account or the request', () => {
    const frozen = deepFreeze(booked(bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-03-02T09:00+01:00' })).account);
    const request = deepFreeze({ bookingId: 'sms#1', toOptionId: 'data', at: '2026-03-20T09:00+01:00' });
    const before = JSON.stringify(frozen);
    okOf(switchOption(frozen, request));
    expect(JSON.stringify(frozen)).toBe(before);
  });
});
