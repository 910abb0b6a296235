import { coreOf } from '../calendar/createCycle.js';
import { indexContaining, startOfIndex } from '../calendar/cycleMath.js';
import { dayOf, dayOfIso, isoOf, periodOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { subscriptionOf } from '../subscription/check.js';
import { contextOf } from '../subscription/engine.js';
import type { Subscription } from '../subscription/types.js';
import { endDayOf } from './engine.js';
import type { OptionBooking, OptionRow, OptionStatus } from './types.js';

function statusOn(booking: OptionBooking, day: number, contractEnd: number | null): OptionStatus {
  const ending = booking.ending;
  if (ending !== null && ending.kind === 'withdrawn') return { kind: 'withdrawn', on: ending.on };
  if (ending !== null && ending.kind === 'dropped') return { kind: 'dropped' };
  let end = endDayOf(booking) ?? Number.POSITIVE_INFINITY;
  if (contractEnd !== null && contractEnd < end) end = contractEnd;
  if (end <= day) return { kind: 'ended', lastDay: isoOf(end - 1) };
  const activeFrom = dayOfIso(booking.activeFrom);
  if (day < activeFrom) return { kind: 'prebooked', activeFrom: booking.activeFrom };
  const core = coreOf(booking.cycle);
  const index = indexContaining(core, day);
  const start = startOfIndex(core, index);
  const periodEnd = startOfIndex(core, index + 1);
  const period = periodOf(start > activeFrom ? start : activeFrom, periodEnd < end ? periodEnd : end);
  if (end === Number.POSITIVE_INFINITY) return { kind: 'active', period };
  return { kind: 'endingScheduled', period, lastDay: isoOf(end - 1), toBookingId: ending !== null && ending.kind === 'switched' ? ending.toBookingId : null };
}

/**
 * The option overview of a subscription on a day (R8–R13): every booking,
 * running and ended, with its status (pre-booked, active with its current
 * period, ending scheduled, ended, withdrawn, dropped).
 *
 * @param subscription - the subscription
 * @param on - the day to look at
 * @returns one row per booking, in booking order
 * @throws TarifkitError `INVALID_ARGUMENT` for something that is no subscription, `INVALID_DATE`
 * @example
 * ```ts
 * import { advance, applyEvent, createCatalog, createSubscription, listOptions } from 'tarifkit';
 *
 * const catalog = createCatalog({ plans: [{
 *   id: 'mobil', name: 'Mobil M', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
 *   billing: 'inArrears', termMonths: 1, renewal: { kind: 'openEnded' },
 *   policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
 *   optionTariff: { kind: 'postpaidMonth', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }] },
 * }] });
 * const sub = createSubscription(catalog, { planId: 'mobil', start: '2026-03-01' });
 * const booked = applyEvent(sub, { type: 'bookOption', at: '2026-03-19T09:00+01:00', optionId: 'lte50' });
 * if (booked.ok) listOptions(booked.subscription, '2026-03-20')[0]!.status;
 * // { kind: 'active', period: { start: '2026-03-19', end: '2026-04-01' } }
 * ```
 */
export function listOptions(subscription: Subscription, on: DateInput): OptionRow[] {
  const sub = subscriptionOf(subscription, 'subscription');
  const day = dayOf(on, 'on');
  const context = contextOf(sub);
  return sub.options.map((booking) => {
    const item = context.options?.items.get(booking.optionId);
    return {
      bookingId: booking.id,
      optionId: booking.optionId,
      name: item?.name ?? booking.optionId,
      quantity: booking.quantity,
      unitCents: item?.unitCents ?? 0,
      bookedOn: booking.bookedOn,
      status: statusOn(booking, day, context.facts.endDay),
    };
  });
}
