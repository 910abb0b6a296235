/**
 * Booking a package or an option on a prepaid account: the shared steps of
 * {@link bookPrepaidPackage} and {@link bookPrepaidOption} (R7, R8, R17).
 *
 * @internal
 * @module
 */
import { TarifkitError } from '../errors/TarifkitError.js';
import { charge, finishBooking, setItem, settle, startBooking } from './settle.js';
import { activeItem } from './state.js';
import type { PrepaidAccount, PrepaidBookingResult, PrepaidItemKind, PrepaidOffer } from './types.js';
import { actionDay, checkOffer, factsOf } from './validate.js';

export function book(kind: PrepaidItemKind, account: PrepaidAccount, offer: PrepaidOffer, on: unknown): PrepaidBookingResult {
  const priceCents = checkOffer(offer, account.currency);
  const day = actionDay(account, on, 'on');
  const id = offer.id;
  const work = startBooking(account);
  settle(work, day);
  let slot = -1;
  for (let i = 0; i < work.items.length; i += 1) {
    const item = work.items[i]!;
    if (item.id === id) {
      if (item.kind !== kind) throw new TarifkitError('DUPLICATE_ID', { field: 'offer.id', value: id, bookedAs: item.kind });
      slot = i;
    }
    if (item.status === 'active' && (item.id === id || (kind === 'package' && item.kind === 'package'))) {
      return {
        ok: false,
        reason: 'ALREADY_ACTIVE',
        allowedFrom: item.renews ? null : item.period.end,
        itemId: id,
        label: offer.label,
        activeId: item.id,
      };
    }
  }
  if (work.balance < priceCents) {
    return {
      ok: false,
      reason: 'INSUFFICIENT_BALANCE',
      allowedFrom: null,
      itemId: id,
      label: offer.label,
      priceCents: priceCents,
      balanceCents: work.balance,
      missingCents: priceCents - work.balance,
      currency: account.currency,
    };
  }
  const facts = factsOf(kind, offer, priceCents, day, account.currency);
  charge(work, facts, day, 'periodCharge');
  const item = activeItem(facts, day, 1, true);
  setItem(work, slot >= 0 ? slot : work.items.length, item);
  return finishBooking(work, item);
}
