import { indexContaining, startOfIndex } from '../calendar/cycleMath.js';
import { dayOf, dayOfIso, isoOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { subscriptionOf } from '../subscription/check.js';
import { contextOf } from '../subscription/engine.js';
import type { Subscription } from '../subscription/types.js';
import { endDayOf, quantityAt } from './engine.js';
import type { AddOnQuantity, AddOnRow, AddOnStatus } from './types.js';

/**
 * The add-on list of a subscription on a day (R15), as a CRM provider's customer
 * page shows it: every booking, running and ended, with its quantity, unit price,
 * the last day paid for ("abgerechnet bis") and its status (active, cancellation
 * pending with its last day, ended, withdrawn). {@link formatAddOnRow} words a row.
 *
 * @param subscription - the subscription
 * @param on - the day to look at
 * @returns one row per booking, in booking order
 * @throws TarifkitError `INVALID_ARGUMENT` for something that is no subscription, `INVALID_DATE`
 * @example
 * ```ts
 * import { advance, applyEvent, createCatalog, createSubscription, formatAddOnRow, listAddOns } from 'tarifkit';
 *
 * const catalog = createCatalog({
 *   plans: [{
 *     id: 'crm', name: 'CloudCRM', price: { cents: 4900, per: 'billingPeriod' }, billingCycle: { kind: 'monthly' },
 *     termMonths: 1, renewal: { kind: 'openEnded' },
 *     policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
 *   }],
 *   addOns: [{ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }],
 * });
 * const sub = createSubscription(catalog, { planId: 'crm', start: '2026-03-18', addOns: [{ addOnId: 'users', quantity: 1 }] });
 * formatAddOnRow(listAddOns(sub, '2026-03-18')[0]!, 'de');
 * // "Zusätzliche Benutzer (+1) · 5,90 € · abgerechnet bis 17.04.2026 · aktiv"
 * ```
 */
export function listAddOns(subscription: Subscription, on: DateInput): AddOnRow[] {
  const sub = subscriptionOf(subscription, 'subscription');
  const day = dayOf(on, 'on');
  const context = contextOf(sub);
  const billing = context.facts.billing;
  const contractEnd = context.facts.endDay;
  const inAdvance = context.addOns.inAdvance;
  const lastClose = sub.invoices.length === 0 ? null : dayOfIso((sub.invoices[sub.invoices.length - 1] as { issuedOn: string }).issuedOn);
  return sub.addOns.map((booking): AddOnRow => {
    const item = context.addOns.items.get(booking.addOnId);
    const ending = booking.ending;
    const endDay = endDayOf(booking);
    let stop = endDay;
    if (contractEnd !== null && contractEnd < stop) stop = contractEnd;
    let status: AddOnStatus;
    if (ending !== null && ending.kind === 'withdrawn') status = { kind: 'withdrawn', on: ending.on };
    else if (stop <= day) status = { kind: 'ended', lastDay: isoOf(stop - 1) };
    else if (stop !== Number.POSITIVE_INFINITY) status = { kind: 'cancellationPending', lastDay: isoOf(stop - 1) };
    else status = { kind: 'active' };
    const bookedDay = dayOfIso(booking.bookedOn);
    let billedUntil: string | null = null;
    if (status.kind !== 'withdrawn') {
      const ref = day > bookedDay ? day : bookedDay;
      let paidTo = inAdvance ? startOfIndex(billing, indexContaining(billing, ref < stop ? ref : stop - 1) + 1) : (lastClose ?? bookedDay);
      if (paidTo > stop) paidTo = stop;
      if (paidTo > bookedDay) billedUntil = isoOf(paidTo - 1);
    }
    const later = booking.quantities.find((entry: AddOnQuantity) => dayOfIso(entry.from) > day && dayOfIso(entry.from) < stop);
    return {
      bookingId: booking.id,
      addOnId: booking.addOnId,
      name: item?.name ?? booking.addOnId,
      quantity: quantityAt(booking, day < bookedDay ? bookedDay : day),
      unitCents: item?.unitCents ?? 0,
      currency: item?.currency ?? 'EUR',
      bookedOn: booking.bookedOn,
      billedUntil,
      nextQuantity: later ?? null,
      status,
    };
  });
}
