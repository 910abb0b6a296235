/**
 * Building booking values from checked integers, and the month arithmetic of
 * access periods (R18, R19).
 *
 * @internal
 * @module
 */
import { epochDayOfClampedMonth, plainDateFromEpochDay, ymdFromEpochDay } from '../calendar/epochDay.js';
import { periodFromEpochDays } from '../calendar/period.js';
import { createLine } from '../lines/createLine.js';
import type { VatRate } from '../lines/types.js';
import { moneyFromCents } from '../money/cents.js';
import type { Currency } from '../money/types.js';
import type { AwaitingPaymentBooking, BookingBase, BookingKind, PaidBooking } from './types.js';

/**
 * The day `months` months after `day`, as Temporal's `add({ months })` gives it:
 * the same day of month, clamped to the last day of a shorter month
 * (2026-01-31 + 1 month = 2026-02-28).
 */
export function addMonthsToDay(day: number, months: number): number {
  const { year, month, day: dayOfMonth } = ymdFromEpochDay(day);
  return epochDayOfClampedMonth(year, month, months, dayOfMonth);
}

/** The integer facts of a booking. */
export interface BookingFacts {
  readonly id: string;
  readonly packageId: string;
  readonly label: string;
  readonly priceCents: number;
  readonly months: number;
  readonly kind: BookingKind;
  readonly vatRate: VatRate;
  readonly orderedDay: number;
  readonly seriesId: string;
  readonly round: number;
}

function base(facts: BookingFacts, currency: Currency): BookingBase {
  return {
    id: facts.id,
    packageId: facts.packageId,
    label: facts.label,
    priceCents: facts.priceCents,
    price: moneyFromCents(facts.priceCents, currency),
    months: facts.months,
    kind: facts.kind,
    vatRate: facts.vatRate,
    orderedDay: facts.orderedDay,
    orderedOn: plainDateFromEpochDay(facts.orderedDay),
    seriesId: facts.seriesId,
    round: facts.round,
  };
}

/** An order awaiting payment. */
export function awaitingBooking(facts: BookingFacts, currency: Currency): AwaitingPaymentBooking {
  return Object.freeze({ status: 'awaitingPayment', ...base(facts, currency) });
}

/** The same booking, paid on `paidDay`, with access from `startDay` for its months. */
export function paidBooking(booking: AwaitingPaymentBooking, paidDay: number, startDay: number, currency: Currency): PaidBooking {
  const endDay = addMonthsToDay(startDay, booking.months);
  const access = periodFromEpochDays(startDay, endDay);
  const line = createLine({
    kind: 'charge',
    reason: booking.kind === 'oneOff' ? 'oneOff' : 'periodCharge',
    item: Object.freeze({ id: booking.packageId, label: booking.label, quantity: 1 }),
    currency,
    unitCents: booking.priceCents,
    range: access,
    period: access,
    basis: 'full',
    fraction: { numerator: 1, denominator: 1 },
    exact: { numerator: booking.priceCents, denominator: 1 },
    cents: booking.priceCents,
    vatRate: booking.vatRate,
  });
  const { status: _status, ...rest } = booking;
  return Object.freeze({
    ...rest,
    status: 'paid',
    paidDay,
    paidOn: plainDateFromEpochDay(paidDay),
    access,
    expiryDay: endDay - 1,
    expiresOn: plainDateFromEpochDay(endDay - 1),
    line,
  });
}
