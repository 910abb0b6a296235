import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput } from '../calendar/types.js';
import { createLine } from '../lines/createLine.js';
import type { Line } from '../lines/types.js';
import { allocateCents, moneyFromCents } from '../money/cents.js';
import { vatFromGrossCents } from '../money/vat.js';
import { discountCents, subtotalOf, voucherRefusal } from './checks.js';
import type { Cart, CartItem, CartPrice, PricedCartLine } from './types.js';

const ONE = Object.freeze({ numerator: 1, denominator: 1 });

function itemLine(cart: Cart, item: CartItem, kind: 'charge' | 'credit', cents: number): Line {
  return createLine({
    kind,
    reason: kind === 'charge' ? 'oneOff' : 'discount',
    item: Object.freeze({ id: item.id, label: item.label, quantity: item.quantity }),
    currency: cart.currency,
    unitCents: item.unitCents,
    range: null,
    period: null,
    basis: 'full',
    fraction: ONE,
    exact: { numerator: cents, denominator: 1 },
    cents,
    vatRate: item.vatRate,
  });
}

/**
 * Prices a cart on a day: what is paid (R20, R22, R23).
 *
 * The voucher is checked again on that day (window and minimum order: items
 * may have been removed since it was redeemed); a voucher that no longer
 * applies takes nothing off and its refusal is reported. The discount (a fixed
 * amount capped at the subtotal, or a percentage rounded once, half up) is
 * spread over the items in proportion to their gross amounts with the one
 * split rule (largest remainder): the parts add up to the discount exactly and
 * no item goes below zero. VAT is then taken per cart line from what is paid
 * for it (B2C gross prices), rounded once, half up.
 *
 * @param cart - the cart
 * @param on - the day of pricing (checkout)
 * @returns the lines, subtotal, discount, total (never negative, equal to the sum of the lines), VAT and net
 * @throws TarifkitError `INVALID_DATE` for a bad day (field `on`)
 * @example
 * ```ts
 * // 10 % off 29,97 € + 2 × 14,99 € = 59,95 €: 6,00 € (5,995 rounded half up), split 3,00 € + 3,00 €.
 * const price = priceCart(cartWithVoucher, '2026-03-10');
 * price.discountCents;                          // 600
 * price.lines.map((line) => line.discountCents); // [300, 300]
 * price.totalCents;                             // 5395
 * ```
 */
export function priceCart(cart: Cart, on: DateInput): CartPrice {
  const day = epochDayFromInput(on, 'on');
  const subtotal = subtotalOf(cart.items);
  const refusal = cart.voucher === null ? null : voucherRefusal(cart.voucher, subtotal, day);
  const discount = cart.voucher === null || refusal !== null ? 0 : discountCents(cart.voucher, subtotal);
  const grosses = cart.items.map((item) => item.unitCents * item.quantity);
  const parts = discount > 0 ? allocateCents(discount, grosses) : grosses.map(() => 0);
  let vat = 0;
  const lines: PricedCartLine[] = cart.items.map((item, i) => {
    const grossCents = grosses[i]!;
    const share = parts[i]!;
    const payCents = grossCents - share;
    const vatCents = vatFromGrossCents(payCents, item.vatRate);
    vat += vatCents;
    return Object.freeze({
      itemId: item.id,
      charge: itemLine(cart, item, 'charge', grossCents),
      discount: share > 0 ? itemLine(cart, item, 'credit', -share) : null,
      grossCents,
      discountCents: share,
      payCents,
      vatRate: item.vatRate,
      vatCents,
      netCents: payCents - vatCents,
    });
  });
  const total = subtotal - discount;
  return Object.freeze({
    currency: cart.currency,
    lines: Object.freeze(lines),
    subtotalCents: subtotal,
    discountCents: discount,
    totalCents: total,
    vatCents: vat,
    netCents: total - vat,
    total: moneyFromCents(total, cart.currency),
    vatRounding: 'perLine',
    voucher: cart.voucher === null ? null : refusal ?? Object.freeze({ ok: true as const, code: cart.voucher.code }),
  });
}
