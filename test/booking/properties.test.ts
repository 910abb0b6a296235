import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayFromYmd, isoFromEpochDay } from '../../src/calendar/epochDay.js';
import {
  activeBookingOn,
  money,
  openBookingAccount,
  orderPackage,
  recordPayment,
  remindersDue,
  renewSubscriptions,
  type BookingAccount,
  type BookingKind,
  type PaidBooking,
} from '../../src/index.js';
import { RUNS } from '../arbitraries/core.js';

const START = epochDayFromYmd(2026, 1, 31);

interface Plan {
  readonly kind: BookingKind;
  readonly months: number;
  /** Days after the previous event when ordered. */
  readonly orderAfter: number;
  /** Days after ordering when paid, or null: never paid. */
  readonly payAfter: number | null;
}

const planArb: fc.Arbitrary<Plan[]> = fc.array(fc.record({
  kind: fc.constantFrom<BookingKind>('oneOff', 'oneOff', 'subscription'),
  months: fc.constantFrom(1, 3, 12, 2),
  orderAfter: fc.oneof(fc.constantFrom(0, 1, 25, 28, 31), fc.integer({ min: 0, max: 120 })),
  payAfter: fc.oneof(fc.constant(null), fc.constantFrom(0, 1, 3), fc.integer({ min: 0, max: 60 })),
}), { minLength: 1, maxLength: 12 });

/** Orders and pays in date order (a payment waits until the orders before it are placed). */
function run(plans: readonly Plan[]): { account: BookingAccount; end: number; paidEvents: Array<{ id: string; day: number; startDay: number }> } {
  let account = openBookingAccount();
  let day = START;
  const events: Array<{ day: number; kind: 'order' | 'pay'; index: number }> = [];
  plans.forEach((plan, index) => {
    day += plan.orderAfter;
    events.push({ day, kind: 'order', index });
    if (plan.payAfter !== null) events.push({ day: day + plan.payAfter, kind: 'pay', index });
  });
  events.sort((a, b) => a.day - b.day || (a.kind === b.kind ? a.index - b.index : a.kind === 'order' ? -1 : 1));
  const paidEvents: Array<{ id: string; day: number; startDay: number }> = [];
  for (const event of events) {
    const plan = plans[event.index]!;
    const id = `B${event.index}`;
    if (event.kind === 'order') {
      account = orderPackage(account, { id, packageId: 'p', label: 'P', price: money(100 * plan.months), months: plan.months, kind: plan.kind }, isoFromEpochDay(event.day));
    } else {
      const result = recordPayment(account, id, isoFromEpochDay(event.day));
      if (!result.ok) throw new Error(result.reason);
      paidEvents.push({ id, day: event.day, startDay: result.booking.access.startDay });
      account = result.account;
    }
  }
  return { account, end: (events[events.length - 1]?.day ?? START) + 400, paidEvents };
}

describe('booking properties (R18, R19)', () => {
  it('paid accesses follow each other without overlap: each starts on its payment day or at the end of the access before it', () => {
    fc.assert(fc.property(planArb, (plans) => {
      const { account, paidEvents } = run(plans);
      let end = -Infinity;
      for (const event of paidEvents) {
        const booking = account.bookings.find((b) => b.id === event.id) as PaidBooking;
        expect(booking.access.startDay).toBe(Math.max(event.day, end));
        expect(booking.expiryDay).toBe(booking.access.endDay - 1);
        end = booking.access.endDay;
      }
    }), RUNS);
  });

  it('a day has access exactly when a paid booking covers it; an unpaid order never gives access', () => {
    fc.assert(fc.property(planArb, fc.integer({ min: 0, max: 900 }), (plans, offset) => {
      const { account } = run(plans);
      const day = START + offset;
      const active = activeBookingOn(account, isoFromEpochDay(day));
      const covering = account.bookings.filter((b): b is PaidBooking => b.status === 'paid' && b.access.startDay <= day && day < b.access.endDay);
      expect(covering.length).toBeLessThanOrEqual(1);
      expect(active?.id ?? null).toBe(covering[0]?.id ?? null);
      if (active !== null) expect(active.status).toBe('paid');
    }), RUNS);
  });

  it('reminders lie in the window, come only for one-off bookings on the expiry day or 5 days before, and split windows add up', () => {
    fc.assert(fc.property(planArb, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (plans, a, b) => {
      const { account, end: last } = run(plans);
      const from = START + Math.min(a, b);
      const middle = START + Math.max(a, b);
      const end = Math.max(last, middle);
      const all = remindersDue(account.bookings, isoFromEpochDay(from), isoFromEpochDay(end));
      const split = [
        ...remindersDue(account.bookings, isoFromEpochDay(from), isoFromEpochDay(middle)),
        ...remindersDue(account.bookings, isoFromEpochDay(middle), isoFromEpochDay(end)),
      ];
      expect(JSON.stringify(split)).toBe(JSON.stringify(all));
      for (const reminder of all) {
        expect(reminder.dueDay >= from && reminder.dueDay < end).toBe(true);
        const booking = account.bookings.find((x) => x.id === reminder.bookingId) as PaidBooking;
        expect(booking.kind).toBe('oneOff');
        expect(reminder.dueDay).toBe(reminder.when === 'expiryDay' ? booking.expiryDay : booking.expiryDay - 5);
      }
    }), RUNS);
  });

  it('renewing subscriptions twice for the same window creates nothing more, and every follow-up is ordered on an expiry day', () => {
    fc.assert(fc.property(planArb, fc.integer({ min: 0, max: 800 }), (plans, offset) => {
      const { account } = run(plans);
      const to = isoFromEpochDay(START + offset);
      const once = renewSubscriptions(account, to);
      expect(renewSubscriptions(once.account, to).orders).toEqual([]);
      for (const order of once.orders) {
        const previous = once.account.bookings.find((b) => b.seriesId === order.seriesId && b.round === order.round - 1) as PaidBooking;
        expect(previous.kind).toBe('subscription');
        expect(order.orderedDay).toBe(previous.expiryDay);
      }
    }), RUNS);
  });
});
