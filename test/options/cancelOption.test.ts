/**
 * Cancelling options at the 48-hour boundary (R12) and dropping pre-bookings (R9).
 */
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import {
  bookOption,
  cancelOption,
  createOptionAccount,
  createOptionTariff,
  createPeriod,
  listOptions,
  optionLinesFor,
  withdrawOption,
  type OptionAccount,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { OPTIONS } from '../arbitraries/options.js';
import { booked, okOf } from './helpers.js';

const optionTariff = createOptionTariff({ kind: 'optionTariff', options: OPTIONS });
const packageTariff = createOptionTariff({ kind: 'packageTariff', options: OPTIONS, package: { kind: 'days', days: 28, anchor: '2026-02-21' } });
const postpaid = createOptionTariff({ kind: 'postpaidMonth', options: OPTIONS });

/** SMS on its own four-week cycle from 2026-03-02: the first period ends 2026-03-30 00:00 Berlin, after the DST night. */
const smsAccount: OptionAccount = booked(bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-03-02T09:00+01:00' })).account;
const everything = createPeriod('2026-01-01', '2027-01-01');

describe('cancelOption at the 48-hour deadline (R12)', () => {
  it('a request exactly at the DST-shortened deadline (Friday 23:00) ends the option with this period', () => {
    const result = okOf(cancelOption(smsAccount, { bookingId: 'sms#1', at: '2026-03-27T23:00+01:00' }));
    expect(result.outcome).toBe('scheduled');
    if (result.outcome !== 'scheduled') return;
    expect(result.effective.end.toString()).toBe('2026-03-30');
    expect(result.effective.last.toString()).toBe('2026-03-29');
    expect(result.effective.onTime).toBe(true);
    expect(result.effective.deadline.toString()).toBe('2026-03-27T23:00:00+01:00[Europe/Berlin]');
    expect(optionLinesFor(result.account, everything).map((l) => String(l.range))).toEqual(['[2026-03-02, 2026-03-30)']);
  });

  it('one minute before: this period; one minute after: a period later', () => {
    const before = okOf(cancelOption(smsAccount, { bookingId: 'sms#1', at: '2026-03-27T22:59+01:00' }));
    const after = okOf(cancelOption(smsAccount, { bookingId: 'sms#1', at: '2026-03-27T23:01+01:00' }));
    expect(before.outcome === 'scheduled' && before.effective.end.toString()).toBe('2026-03-30');
    expect(after.outcome === 'scheduled' && after.effective.end.toString()).toBe('2026-04-27');
    expect(after.outcome === 'scheduled' && after.effective.onTime).toBe(false);
    expect(optionLinesFor(after.account, everything).map((l) => [String(l.range), l.cents])).toEqual([
      ['[2026-03-02, 2026-03-30)', 300],
      ['[2026-03-30, 2026-04-27)', 300],
    ]);
  });

  it('over the fall-back night: the deadline of a period ending 2026-10-26 is Saturday 01:00 CEST', () => {
    // Booked 2026-09-28: the first period is [2026-09-28, 2026-10-26).
    const autumn = booked(bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-09-28T09:00+02:00' })).account;
    const before = okOf(cancelOption(autumn, { bookingId: 'sms#1', at: '2026-10-24T00:59+02:00' }));
    const at = okOf(cancelOption(autumn, { bookingId: 'sms#1', at: '2026-10-24T01:00+02:00' }));
    const after = okOf(cancelOption(autumn, { bookingId: 'sms#1', at: '2026-10-24T01:01+02:00' }));
    expect([before, at, after].map((r) => r.outcome === 'scheduled' && r.effective.end.toString()))
      .toEqual(['2026-10-26', '2026-10-26', '2026-11-23']);
  });

  it('postpaid: cancelled by 2026-03-30 00:00 CEST, the option ends with March', () => {
    const account = booked(bookOption(createOptionAccount(postpaid), { optionId: 'data', at: '2026-03-10T12:00+01:00' })).account;
    const onTime = okOf(cancelOption(account, { bookingId: 'data#1', at: '2026-03-30T00:00+02:00' }));
    const late = okOf(cancelOption(account, { bookingId: 'data#1', at: '2026-03-30T00:01+02:00' }));
    expect(optionLinesFor(onTime.account, everything).map((l) => [l.reason, String(l.range), l.cents])).toEqual([
      ['prorataCharge', '[2026-03-10, 2026-04-01)', 567], // 799 × 22/31 = 567.03
    ]);
    expect(optionLinesFor(late.account, everything).map((l) => String(l.range))).toEqual(['[2026-03-10, 2026-04-01)', '[2026-04-01, 2026-05-01)']);
  });

  it('shows the scheduled end in the overview, then "ended"', () => {
    const result = okOf(cancelOption(smsAccount, { bookingId: 'sms#1', at: '2026-03-20T10:00+01:00' }));
    const [row] = listOptions(result.account, '2026-03-25');
    expect(row?.status.kind).toBe('endingScheduled');
    if (row?.status.kind === 'endingScheduled') {
      expect(row.status.lastDay.toString()).toBe('2026-03-29');
      expect(row.status.toBookingId).toBeNull();
    }
    expect(listOptions(result.account, '2026-03-30')[0]?.status).toEqual({ kind: 'ended', lastDay: Temporal.PlainDate.from('2026-03-29') });
  });

  it('refuses a second cancellation with END_ALREADY_SCHEDULED and the end, as a value', () => {
    const first = okOf(cancelOption(smsAccount, { bookingId: 'sms#1', at: '2026-03-20T10:00+01:00' }));
    const second = cancelOption(first.account, { bookingId: 'sms#1', at: '2026-03-21T10:00+01:00' });
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.reason).toBe('END_ALREADY_SCHEDULED');
      expect(second).toMatchObject({ bookingId: 'sms#1', allowedFrom: null });
      expect('endsOn' in second && second.endsOn.toString()).toBe('2026-03-30');
    }
  });
});

describe('cancelOption of a pre-booking (R9)', () => {
  it('drops it before it starts: no charge, no line, and the option can be booked again', () => {
    const account = booked(bookOption(createOptionAccount(packageTariff), { optionId: 'sms', at: '2026-03-10T12:00+01:00' })).account;
    // Even on the evening before the start, well inside 48 hours: it has not started.
    const dropped = okOf(cancelOption(account, { bookingId: 'sms#1', at: '2026-03-20T23:59+01:00' }));
    expect(dropped.outcome).toBe('dropped');
    expect(dropped.booking.ending?.kind).toBe('dropped');
    expect(optionLinesFor(dropped.account, everything)).toEqual([]);
    expect(listOptions(dropped.account, '2026-03-25')[0]?.status).toEqual({ kind: 'dropped' });
    expect(bookOption(dropped.account, { optionId: 'sms', at: '2026-03-22T12:00+01:00' }).ok).toBe(true);
  });

  it('once it has started, a cancellation goes to a period end like any other', () => {
    const account = booked(bookOption(createOptionAccount(packageTariff), { optionId: 'sms', at: '2026-03-10T12:00+01:00' })).account;
    const result = okOf(cancelOption(account, { bookingId: 'sms#1', at: '2026-03-21T00:00+01:00' }));
    expect(result.outcome === 'scheduled' && result.effective.end.toString()).toBe('2026-04-18');
    expect(optionLinesFor(result.account, everything).map((l) => String(l.range))).toEqual(['[2026-03-21, 2026-04-18)']);
  });
});

describe('cancelOption: bad input and purity', () => {
  it('rejects unknown bookings, bad instants and requests before the booking; nothing changes', () => {
    const before = JSON.stringify(smsAccount);
    expectTarifkitError(() => cancelOption(smsAccount, { bookingId: 'sms#9', at: '2026-03-20T10:00Z' }), 'NOT_BOOKED', 'request.bookingId');
    expectTarifkitError(() => cancelOption(smsAccount, { bookingId: 'sms#1', at: 'tomorrow' }), 'INVALID_INSTANT', 'request.at');
    expectTarifkitError(() => cancelOption(smsAccount, { bookingId: 'sms#1', at: '2026-03-02T07:59Z' }), 'END_BEFORE_START', 'request.at');
    expect(JSON.stringify(smsAccount)).toBe(before);
  });

  it('rejects the cancellation of an option that has ended, was withdrawn or dropped with ALREADY_ENDED', () => {
    const cancelled = okOf(cancelOption(smsAccount, { bookingId: 'sms#1', at: '2026-03-20T10:00+01:00' })).account;
    expectTarifkitError(() => cancelOption(cancelled, { bookingId: 'sms#1', at: '2026-03-30T10:00+02:00' }), 'ALREADY_ENDED', 'request.bookingId');
    const withdrawn = okOf(withdrawOption(smsAccount, { bookingId: 'sms#1', at: '2026-03-05T10:00+01:00' })).account;
    expectTarifkitError(() => cancelOption(withdrawn, { bookingId: 'sms#1', at: '2026-03-06T10:00+01:00' }), 'ALREADY_ENDED', 'request.bookingId');
  });

  it('does not mutate the account', () => {
    const frozen = deepFreeze(booked(bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-03-02T09:00+01:00' })).account);
    const before = JSON.stringify(frozen);
    const result = okOf(cancelOption(frozen, { bookingId: 'sms#1', at: '2026-03-20T10:00+01:00' }));
    expect(JSON.stringify(frozen)).toBe(before);
    expect(frozen.bookings[0]?.ending).toBeNull();
    expect(result.account.bookings[0]?.ending?.kind).toBe('cancelled');
  });
});
