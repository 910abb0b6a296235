/**
 * Option bookings as values (R8–R13): the booking instant kept to the nanosecond, the
 * JSON form, and accounts whose bookings are plain records (read back from storage).
 */
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import {
  bookOption,
  cancelOption,
  createOptionAccount,
  createOptionTariff,
  createPeriod,
  optionLinesFor,
  withdrawOption,
  type OptionAccount,
  type OptionBooking,
} from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { OPTIONS } from '../arbitraries/options.js';
import { booked, okOf } from './helpers.js';

const tariff = createOptionTariff({ kind: 'optionTariff', options: OPTIONS });

/** The account with its bookings as plain records, as a store would hand them back. */
function asRecords(account: OptionAccount): OptionAccount {
  const bookings: OptionBooking[] = account.bookings.map((booking) => ({
    id: booking.id,
    optionId: booking.optionId,
    quantity: booking.quantity,
    bookedAt: booking.bookedAt,
    bookedDay: booking.bookedDay,
    activeFromDay: booking.activeFromDay,
    cycle: booking.cycle,
    ending: booking.ending,
  }));
  return { tariff: account.tariff, bookings, bookingCount: account.bookingCount };
}

describe('option bookings as values', () => {
  it('keeps an instant given to the nanosecond, and writes bookedAt in UTC', () => {
    const result = booked(bookOption(createOptionAccount(tariff), { optionId: 'sms', at: '2026-03-05T10:00:00.123456789+01:00' }));
    expect(result.booking.bookedAt).toBe('2026-03-05T09:00:00.123456789Z');
    const whole = booked(bookOption(createOptionAccount(tariff), { optionId: 'sms', at: '2026-03-05T10:00+01:00' }));
    expect(whole.booking.bookedAt).toBe('2026-03-05T09:00:00Z');
    // A cancellation one nanosecond before the booking is refused; at the booking instant it goes through.
    expectTarifkitError(() => cancelOption(result.account, { bookingId: 'sms#1', at: '2026-03-05T09:00:00.123456788Z' }), 'END_BEFORE_START', 'request.at');
    expect(cancelOption(result.account, { bookingId: 'sms#1', at: '2026-03-05T09:00:00.123456789Z' }).ok).toBe(true);
  });

  it('takes a ZonedDateTime or an Instant as the booking instant', () => {
    const zoned = Temporal.ZonedDateTime.from('2026-03-05T23:30[Europe/Berlin]');
    const fromZoned = booked(bookOption(createOptionAccount(tariff), { optionId: 'sms', at: zoned }));
    const fromInstant = booked(bookOption(createOptionAccount(tariff), { optionId: 'sms', at: zoned.toInstant() }));
    expect(fromZoned.activeFrom.toString()).toBe('2026-03-05'); // 22:30 UTC, but the 5th in Berlin
    expect(fromInstant.booking.bookedAt).toBe('2026-03-05T22:30:00Z');
    expect(fromZoned.booking.bookedAt).toBe(fromInstant.booking.bookedAt);
  });

  it('writes a booking and a booking result as JSON with the public fields', () => {
    const result = booked(bookOption(createOptionAccount(tariff), { optionId: 'sms', at: '2026-03-05T10:00+01:00' }));
    expect(JSON.parse(JSON.stringify(result.booking))).toEqual({
      id: 'sms#1',
      optionId: 'sms',
      quantity: 1,
      bookedAt: '2026-03-05T09:00:00Z',
      bookedDay: result.booking.bookedDay,
      activeFromDay: result.booking.bookedDay,
      cycle: JSON.parse(JSON.stringify(result.booking.cycle)),
      ending: null,
    });
    const json = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
    expect(json['ok']).toBe(true);
    expect(json['activeFrom']).toBe('2026-03-05');
    expect((json['booking'] as { id: string }).id).toBe('sms#1');
  });

  it('works on an account whose bookings are plain records: cancel and withdraw read the instant from bookedAt', () => {
    const account = asRecords(booked(bookOption(createOptionAccount(tariff), { optionId: 'data', at: '2026-03-07T15:00:00.5+01:00' })).account);
    expectTarifkitError(() => withdrawOption(account, { bookingId: 'data#1', at: '2026-03-07T14:00:00.4Z' }), 'END_BEFORE_START', 'request.at');
    const withdrawn = okOf(withdrawOption(account, { bookingId: 'data#1', at: '2026-03-10T09:00+01:00' }));
    expect(withdrawn.booking.bookedAt).toBe('2026-03-07T14:00:00.5Z');
    expect(withdrawn.booking.ending).toMatchObject({ kind: 'withdrawn' });
    expect(optionLinesFor(withdrawn.account, createPeriod('2026-03-01', '2026-06-01'))).toEqual([]);
    const cancelled = okOf(cancelOption(account, { bookingId: 'data#1', at: '2026-03-08T10:00+01:00' }));
    expect(cancelled.booking.bookedAt).toBe('2026-03-07T14:00:00.5Z');
    expect(cancelled.booking.ending).toMatchObject({ kind: 'cancelled' });
  });
});
