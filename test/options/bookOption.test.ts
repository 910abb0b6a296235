/**
 * Booking options: own cycles from activation (R8, R10), package pre-booking (R9),
 * postpaid pro rata (R11).
 */
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import {
  bookOption,
  createOptionAccount,
  createOptionTariff,
  createPeriod,
  listOptions,
  optionLinesFor,
  type BookOptionResult,
  type OptionAccount,
  type OptionBooked,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { OPTIONS } from '../arbitraries/options.js';

function booked(result: BookOptionResult): OptionBooked {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

const optionTariff = createOptionTariff({ kind: 'optionTariff', options: OPTIONS });
const packageTariff = createOptionTariff({ kind: 'packageTariff', options: OPTIONS, package: { kind: 'days', days: 28, anchor: '2026-02-21' } });
const postpaid = createOptionTariff({ kind: 'postpaidMonth', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }] });

describe('bookOption on an option tariff (R8, R10)', () => {
  it('seed 003: an SMS option booked on the 5th and a data option on the 10th keep separate periods', () => {
    const sms = booked(bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-03-05T10:00+01:00' }));
    const data = booked(bookOption(sms.account, { optionId: 'data', at: '2026-03-10T18:30+01:00' }));
    expect(sms.booking.id).toBe('sms#1');
    expect(data.booking.id).toBe('data#2');
    expect(data.account.bookings.map((b) => b.cycle)).toEqual([
      { kind: 'days', days: 28, anchor: '2026-03-05' },
      { kind: 'days', days: 28, anchor: '2026-03-10' },
    ]);
    const lines = optionLinesFor(data.account, createPeriod('2026-03-01', '2026-05-01'));
    expect(lines.map((l) => [l.item.id, String(l.range), l.reason, l.cents])).toEqual([
      ['sms', '[2026-03-05, 2026-04-02)', 'periodCharge', 300],
      ['sms', '[2026-04-02, 2026-04-30)', 'periodCharge', 300],
      ['sms', '[2026-04-30, 2026-05-28)', 'periodCharge', 300],
      ['data', '[2026-03-10, 2026-04-07)', 'periodCharge', 799],
      ['data', '[2026-04-07, 2026-05-05)', 'periodCharge', 799],
    ]);
  });

  it('runs a legacy option on 30 days', () => {
    const legacy = booked(bookOption(createOptionAccount(optionTariff), { optionId: 'legacy', at: '2026-01-31T12:00Z' }));
    const lines = optionLinesFor(legacy.account, createPeriod('2026-01-01', '2026-04-01'));
    expect(lines.map((l) => String(l.range))).toEqual(['[2026-01-31, 2026-03-02)', '[2026-03-02, 2026-04-01)']);
    expect(lines.map((l) => [l.cents, l.vatRate])).toEqual([[995, 7], [995, 7]]);
  });

  it('activates at the booking instant by default, or at the activation instant within 24 hours', () => {
    const now = bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-03-05T23:30+01:00' });
    expect(booked(now).activeFrom.toString()).toBe('2026-03-05');
    const nextDay = booked(bookOption(createOptionAccount(optionTariff), {
      optionId: 'sms',
      at: '2026-03-05T23:30+01:00',
      activatedAt: '2026-03-06T23:30+01:00', // exactly 24 hours: still allowed
    }));
    expect(nextDay.activeFrom.toString()).toBe('2026-03-06');
    expect(nextDay.booking.bookedDay).toBe(nextDay.booking.activeFromDay - 1);
    expect(optionLinesFor(nextDay.account, createPeriod('2026-03-01', '2026-04-01')).map((l) => String(l.range)))
      .toEqual(['[2026-03-06, 2026-04-03)']);
  });

  it('reads the booking day in the tariff\'s zone, not UTC and not the machine\'s', () => {
    // 23:30 UTC on the 4th is 00:30 on the 5th in Berlin.
    const result = booked(bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-03-04T23:30Z' }));
    expect(result.activeFrom.toString()).toBe('2026-03-05');
    expect(result.booking.bookedAt.toString()).toBe('2026-03-04T23:30:00Z');
  });

  it('rejects an activation before the booking (ACTIVATION_BEFORE_BOOKING) or more than 24 hours after (ACTIVATION_TOO_LATE)', () => {
    const account = createOptionAccount(optionTariff);
    expectTarifkitError(() => bookOption(account, { optionId: 'sms', at: '2026-03-05T10:00+01:00', activatedAt: '2026-03-05T09:59+01:00' }),
      'ACTIVATION_BEFORE_BOOKING', 'request.activatedAt');
    expectTarifkitError(() => bookOption(account, { optionId: 'sms', at: '2026-03-05T10:00+01:00', activatedAt: '2026-03-06T10:01+01:00' }),
      'ACTIVATION_TOO_LATE', 'request.activatedAt');
    expectTarifkitError(() => bookOption(account, { optionId: 'sms', at: '2026-03-05T10:00+01:00', activatedAt: 'later' }),
      'INVALID_INSTANT', 'request.activatedAt');
  });

  it('refuses a second booking of an option that still runs, as a value', () => {
    const first = booked(bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-03-05T10:00+01:00' }));
    const again = bookOption(first.account, { optionId: 'sms', at: '2026-03-20T10:00+01:00' });
    expect(again).toEqual({ ok: false, reason: 'OPTION_ALREADY_BOOKED', optionId: 'sms', bookingId: 'sms#1', allowedFrom: null });
  });

  it('takes a quantity and a booking id of the caller', () => {
    const result = booked(bookOption(createOptionAccount(optionTariff), { optionId: 'data', at: '2026-03-05T10:00+01:00', quantity: 2, bookingId: 'line-1-data' }));
    expect(result.booking.id).toBe('line-1-data');
    const [line] = optionLinesFor(result.account, createPeriod('2026-03-01', '2026-04-01'));
    expect(line?.item).toEqual({ id: 'data', label: 'Daten 3 GB', quantity: 2 });
    expect(line?.cents).toBe(1598);
  });
});

describe('bookOption on a package tariff (R9)', () => {
  it('seed 003: the period ends on the 20th, booked on the 10th: pre-booked, active from the 21st', () => {
    const result = booked(bookOption(createOptionAccount(packageTariff), { optionId: 'sms', at: '2026-03-10T12:00+01:00' }));
    expect(result.activeFrom.toString()).toBe('2026-03-21');
    expect(result.booking.cycle).toEqual(packageTariff.kind === 'packageTariff' ? packageTariff.package : null);
    expect(listOptions(result.account, '2026-03-15')[0]?.status).toEqual({ kind: 'prebooked', activeFrom: Temporal.PlainDate.from('2026-03-21') });
    // Nothing is charged for the current package period; the first charge is the period from the 21st.
    expect(optionLinesFor(result.account, createPeriod('2026-03-01', '2026-03-21'))).toEqual([]);
    const lines = optionLinesFor(result.account, createPeriod('2026-03-21', '2026-05-01'));
    expect(lines.map((l) => [String(l.range), l.cents])).toEqual([['[2026-03-21, 2026-04-18)', 300], ['[2026-04-18, 2026-05-16)', 300]]);
  });

  it('a booking on the first day of a period is pre-booked for the next one too', () => {
    const result = booked(bookOption(createOptionAccount(packageTariff), { optionId: 'sms', at: '2026-03-21T00:05+01:00' }));
    expect(result.activeFrom.toString()).toBe('2026-04-18');
  });

  it('does not read an activation instant: packages activate at the period start', () => {
    const result = booked(bookOption(createOptionAccount(packageTariff), { optionId: 'sms', at: '2026-03-10T12:00+01:00', activatedAt: '2026-03-10T12:00+01:00' }));
    expect(result.activeFrom.toString()).toBe('2026-03-21');
  });
});

describe('bookOption on a postpaid calendar month (R11)', () => {
  it('charges the rest of the month day-exact and renews on the 1st', () => {
    const result = booked(bookOption(createOptionAccount(postpaid), { optionId: 'lte50', at: '2026-03-19T09:00+01:00' }));
    expect(result.activeFrom.toString()).toBe('2026-03-19');
    const lines = optionLinesFor(result.account, createPeriod('2026-03-01', '2026-06-01'));
    expect(lines.map((l) => [l.reason, String(l.range), l.daysUsed, l.daysInPeriod, l.fraction, l.cents])).toEqual([
      ['prorataCharge', '[2026-03-19, 2026-04-01)', 13, 31, { numerator: 13, denominator: 31 }, 210], // 500 × 13/31 = 209.68
      ['periodCharge', '[2026-04-01, 2026-05-01)', 30, 30, { numerator: 1, denominator: 1 }, 500],
      ['periodCharge', '[2026-05-01, 2026-06-01)', 31, 31, { numerator: 1, denominator: 1 }, 500],
    ]);
    expect(lines[0]?.exact).toEqual({ numerator: 6500, denominator: 31 });
    expect(lines[0]?.rounding).toBe('halfUp');
  });

  it('an activation past midnight into the 1st charges the whole new month', () => {
    const result = booked(bookOption(createOptionAccount(postpaid), { optionId: 'lte50', at: '2026-03-31T22:00+02:00', activatedAt: '2026-04-01T08:00+02:00' }));
    const lines = optionLinesFor(result.account, createPeriod('2026-03-01', '2026-05-01'));
    expect(lines.map((l) => [l.reason, String(l.range), l.cents])).toEqual([['periodCharge', '[2026-04-01, 2026-05-01)', 500]]);
  });

  it('rounds once, half up: 1 of 30 April days at 45 cents is exactly 1.5 → 2 cents; at 44 cents 1.47 → 1', () => {
    const tariff = createOptionTariff({ kind: 'postpaidMonth', options: [{ id: 'h', name: 'H', unitCents: 45, vatRate: 19 }, { id: 'l', name: 'L', unitCents: 44, vatRate: 19 }] });
    let account = booked(bookOption(createOptionAccount(tariff), { optionId: 'h', at: '2026-04-30T12:00+02:00' })).account;
    account = booked(bookOption(account, { optionId: 'l', at: '2026-04-30T12:00+02:00' })).account;
    const lines = optionLinesFor(account, createPeriod('2026-04-01', '2026-05-01'));
    expect(lines.map((l) => [l.exact, l.cents])).toEqual([
      [{ numerator: 3, denominator: 2 }, 2],
      [{ numerator: 22, denominator: 15 }, 1],
    ]);
  });

  it('rounds the whole quantity once, not each unit: 3 × 45 cents for 1/30 is 4.5 → 5 (not 3 × 2 = 6)', () => {
    const tariff = createOptionTariff({ kind: 'postpaidMonth', options: [{ id: 'h', name: 'H', unitCents: 45, vatRate: 19 }] });
    const account = booked(bookOption(createOptionAccount(tariff), { optionId: 'h', at: '2026-04-30T12:00+02:00', quantity: 3 })).account;
    expect(optionLinesFor(account, createPeriod('2026-04-01', '2026-05-01')).map((l) => l.cents)).toEqual([5]);
  });
});

describe('bookOption: bad input and purity', () => {
  const account = createOptionAccount(optionTariff);

  it('rejects each bad input with a typed error naming the field, and nothing changes', () => {
    const before = JSON.stringify(account);
    expectTarifkitError(() => bookOption(account, { optionId: 'mms', at: '2026-03-05T10:00Z' }), 'UNKNOWN_OPTION', 'request.optionId');
    for (const quantity of [0, -1, 1.5, Number.NaN, '2' as never]) {
      expectTarifkitError(() => bookOption(account, { optionId: 'sms', at: '2026-03-05T10:00Z', quantity }), 'INVALID_QUANTITY', 'request.quantity');
    }
    expectTarifkitError(() => bookOption(account, { optionId: 'sms', at: '2026-03-05' }), 'INVALID_INSTANT', 'request.at');
    expectTarifkitError(() => bookOption(account, { optionId: 'sms', at: '2026-03-05T10:00' }), 'INVALID_INSTANT', 'request.at');
    const once = booked(bookOption(account, { optionId: 'sms', at: '2026-03-05T10:00Z', bookingId: 'b' }));
    expectTarifkitError(() => bookOption(once.account, { optionId: 'data', at: '2026-03-05T10:00Z', bookingId: 'b' }), 'DUPLICATE_ID', 'request.bookingId');
    expect(JSON.stringify(account)).toBe(before);
    expect(account.bookings).toHaveLength(0);
  });

  it('does not mutate the account or the request', () => {
    const first = booked(bookOption(account, { optionId: 'sms', at: '2026-03-05T10:00Z' })).account;
    const frozen: OptionAccount = deepFreeze(first);
    const request = deepFreeze({ optionId: 'data', at: '2026-03-10T10:00Z', quantity: 2 });
    const before = JSON.stringify(frozen);
    const next = booked(bookOption(frozen, request));
    expect(JSON.stringify(frozen)).toBe(before);
    expect(frozen.bookings).toHaveLength(1);
    expect(next.account.bookings).toHaveLength(2);
    expect(request).toEqual({ optionId: 'data', at: '2026-03-10T10:00Z', quantity: 2 });
  });
});
