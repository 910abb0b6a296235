import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeBookingOn,
  advanceBookings,
  openBookingAccount,
  orderPackage,
  recordPayment,
  type BookingAccount,
  type BookingKind,
  type BookingReminderNotice,
  type PaidBooking,
} from '../../src/index.js';
import { RUNS, deepFreeze } from '../arbitraries/core.js';
import { dayOfText, iso } from '../arbitraries/prepaid.js';

const START = dayOfText('2026-01-31');

interface Plan {
  readonly kind: BookingKind;
  readonly months: number;
  /** Days after the previous order when ordered. */
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

/** Days (after START) on which the account is advanced; follow-ups created then are paid on that day when `payFollowUps`. */
const advancesArb = fc.record({ days: fc.uniqueArray(fc.integer({ min: 0, max: 700 }), { maxLength: 8 }), payFollowUps: fc.boolean() });

interface Run {
  readonly account: BookingAccount;
  readonly end: number;
  readonly paidEvents: Array<{ id: string; day: number }>;
  /** Every result, as JSON, in order. */
  readonly results: string[];
  /** The accounts handed in, with their JSON before the call. */
  readonly inputs: Array<{ account: BookingAccount; json: string }>;
}

type Carry = (account: BookingAccount) => BookingAccount;

/** Orders, pays and advances in date order (on one day: orders, then payments, then the advance). */
function run(plans: readonly Plan[], advances: { days: readonly number[]; payFollowUps: boolean } = { days: [], payFollowUps: false }, carry: Carry = (a) => a): Run {
  let account = openBookingAccount();
  let day = START;
  const events: Array<{ day: number; kind: 0 | 1 | 2; index: number }> = [];
  plans.forEach((plan, index) => {
    day += plan.orderAfter;
    events.push({ day, kind: 0, index });
    if (plan.payAfter !== null) events.push({ day: day + plan.payAfter, kind: 1, index });
  });
  advances.days.forEach((offset, index) => events.push({ day: START + offset, kind: 2, index }));
  events.sort((a, b) => a.day - b.day || a.kind - b.kind || a.index - b.index);
  const paidEvents: Array<{ id: string; day: number }> = [];
  const results: string[] = [];
  const inputs: Array<{ account: BookingAccount; json: string }> = [];
  const take = (): BookingAccount => {
    const given = carry(account);
    inputs.push({ account: given, json: JSON.stringify(given) });
    return given;
  };
  for (const event of events) {
    const plan = plans[event.index]!;
    const id = `B${event.index}`;
    if (event.kind === 0) {
      const result = orderPackage(take(), { id, item: { id: 'p', name: 'P', unitCents: 100 * plan.months, vatRate: 19 }, months: plan.months, kind: plan.kind }, iso(event.day));
      results.push(JSON.stringify(result));
      account = result.account;
    } else if (event.kind === 1) {
      const result = recordPayment(take(), id, iso(event.day));
      if (!result.ok) throw new Error(result.reason);
      results.push(JSON.stringify(result));
      paidEvents.push({ id, day: event.day });
      account = result.account;
    } else {
      const result = advanceBookings(take(), iso(event.day));
      results.push(JSON.stringify(result));
      account = result.account;
      if (advances.payFollowUps) {
        for (const order of result.orders) {
          const paid = recordPayment(take(), order.id, iso(event.day));
          if (!paid.ok) throw new Error(paid.reason);
          results.push(JSON.stringify(paid));
          paidEvents.push({ id: order.id, day: event.day });
          account = paid.account;
        }
      }
    }
  }
  return { account, end: (events[events.length - 1]?.day ?? START) + 400, paidEvents, results, inputs };
}

const dayOf = (text: string): number => dayOfText(text);

describe('booking properties (R18, R19)', () => {
  it('paid accesses follow each other without overlap: each starts on its payment day or at the end of the access before it', () => {
    fc.assert(fc.property(planArb, advancesArb, (plans, advances) => {
      const { account, paidEvents } = run(plans, advances);
      let end = Number.NEGATIVE_INFINITY;
      for (const event of paidEvents) {
        const booking = account.bookings.find((b) => b.id === event.id) as PaidBooking;
        expect(dayOf(booking.access.start)).toBe(Math.max(event.day, end));
        expect(dayOf(booking.lastDay)).toBe(dayOf(booking.access.end) - 1);
        end = dayOf(booking.access.end);
      }
    }), RUNS);
  });

  it('a day has access exactly when a paid booking covers it; an unpaid order never gives access', () => {
    fc.assert(fc.property(planArb, fc.integer({ min: 0, max: 900 }), (plans, offset) => {
      const { account } = run(plans);
      const day = START + offset;
      const active = activeBookingOn(account, iso(day));
      const covering = account.bookings.filter((b): b is PaidBooking => b.status === 'paid' && dayOf(b.access.start) <= day && day < dayOf(b.access.end));
      expect(covering.length).toBeLessThanOrEqual(1);
      expect(active?.id ?? null).toBe(covering[0]?.id ?? null);
      if (active !== null) expect(active.status).toBe('paid');
    }), RUNS);
  });

  it('reminders lie in the window after `from` up to and including `to`, come only for one-off bookings on the last day or 5 days before, and split windows add up', () => {
    fc.assert(fc.property(planArb, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (plans, a, b) => {
      const { account, end: last } = run(plans);
      const from = START + Math.min(a, b);
      const middle = START + Math.max(a, b);
      const end = Math.max(last, middle);
      const start = advanceBookings(account, iso(from)).account;
      const all = advanceBookings(start, iso(end));
      const first = advanceBookings(start, iso(middle));
      const second = advanceBookings(first.account, iso(end));
      expect(JSON.stringify([...first.notices, ...second.notices])).toBe(JSON.stringify(all.notices));
      expect(JSON.stringify([...first.orders, ...second.orders])).toBe(JSON.stringify(all.orders));
      expect(JSON.stringify(second.account)).toBe(JSON.stringify(all.account));
      const sorted = [...all.notices].sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0));
      expect(all.notices.map((n) => n.on)).toEqual(sorted.map((n) => n.on));
      for (const reminder of all.notices as readonly BookingReminderNotice[]) {
        expect(dayOf(reminder.on) > from && dayOf(reminder.on) <= end).toBe(true);
        const booking = account.bookings.find((x) => x.id === reminder.bookingId) as PaidBooking;
        expect(booking.kind).toBe('oneOff');
        expect(reminder.lastDay).toBe(booking.lastDay);
        expect(dayOf(reminder.on)).toBe(reminder.when === 'expiryDay' ? dayOf(booking.lastDay) : dayOf(booking.lastDay) - 5);
      }
    }), RUNS);
  });

  it('advanced day by day, every reminder and follow-up order comes on the day of the call, and the days add up to one step', () => {
    fc.assert(fc.property(planArb, fc.integer({ min: 0, max: 500 }), (plans, offset) => {
      const { account } = run(plans);
      const first = START + offset;
      const last = first + 60;
      const start = advanceBookings(account, iso(first - 1)).account;
      const whole = advanceBookings(start, iso(last));
      const notices: BookingReminderNotice[] = [];
      const orders: string[] = [];
      let current = start;
      for (let day = first; day <= last; day += 1) {
        const step = advanceBookings(current, iso(day));
        for (const notice of step.notices) expect(notice.on).toBe(iso(day));
        for (const order of step.orders) expect(order.orderedOn).toBe(iso(day));
        notices.push(...step.notices);
        orders.push(...step.orders.map((order) => JSON.stringify(order)));
        expect(step.account.advancedTo).toBe(iso(day));
        current = step.account;
      }
      expect(JSON.stringify(notices)).toBe(JSON.stringify(whole.notices));
      expect(orders).toEqual(whole.orders.map((order) => JSON.stringify(order)));
      expect(JSON.stringify(current)).toBe(JSON.stringify(whole.account));
    }), RUNS);
  });

  it('advancing twice to the same day creates nothing more, and every follow-up is ordered on the last day of the booking before it', () => {
    fc.assert(fc.property(planArb, advancesArb, fc.integer({ min: 0, max: 800 }), (plans, advances, offset) => {
      const { account } = run(plans, advances);
      const to = iso(Math.max(START + offset, account.advancedTo === null ? 0 : dayOf(account.advancedTo)));
      const once = advanceBookings(account, to);
      const twice = advanceBookings(once.account, to);
      expect([twice.orders, twice.notices]).toEqual([[], []]);
      expect(twice.account).toBe(once.account);
      for (const booking of once.account.bookings) {
        if (booking.round === 1) continue;
        const previous = once.account.bookings.find((b) => b.seriesId === booking.seriesId && b.round === booking.round - 1) as PaidBooking;
        expect(previous.kind).toBe('subscription');
        expect(previous.status).toBe('paid');
        expect(booking.orderedOn).toBe(previous.lastDay);
        expect(booking.id).toBe(`${booking.seriesId}#${booking.round}`);
      }
    }), RUNS);
  });

  it('no input is mutated: every account handed in is unchanged after the call', () => {
    fc.assert(fc.property(planArb, advancesArb, (plans, advances) => {
      const { inputs } = run(plans, advances, (account) => deepFreeze(structuredClone(account)));
      for (const { account, json } of inputs) expect(JSON.stringify(account)).toBe(json);
    }), RUNS);
  });

  it('a JSON round trip of the account gives the same results when continued', () => {
    fc.assert(fc.property(planArb, advancesArb, (plans, advances) => {
      const direct = run(plans, advances);
      const revived = run(plans, advances, (account) => JSON.parse(JSON.stringify(account)) as BookingAccount);
      expect(revived.results).toEqual(direct.results);
    }), RUNS);
  });
});
