import { dayOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { oneOffLine, shareLine } from '../lines/build.js';
import { allocateCents } from '../money/cents.js';
import { vatFromGrossCents } from '../money/vat.js';
import { cartOf, discountCents, subtotalOf, voucherRefusal } from './checks.js';
import type { Cart, CartPrice, PricedCartLine } from './types.js';

/**
 * Prices a cart on a day: what is paid (R20, R22, R23).
 *
 * The voucher is checked again on that day (validity and minimum order: items
 * may have been removed since it was redeemed); a voucher that no longer
 * applies takes nothing off and its refusal is reported. The discount (a fixed
 * amount capped at the subtotal, or a percentage rounded once, half up) is
 * spread over the items in proportion to their gross amounts with the one
 * split rule (largest remainder): each part is its exact share rounded down or
 * up, the parts add up to the discount exactly and no item goes below zero.
 * VAT is then taken per cart line from what is paid for it (B2C gross
 * prices), rounded once, half up.
 *
 * @param cart - the cart
 * @param on - the day of pricing (checkout)
 * @returns the lines (a `oneOff` charge and a `discount` credit per item), subtotal, discount,
 *   total (never negative, equal to the sum of the lines), VAT and net, and the voucher check
 * @throws TarifkitError `INVALID_ARGUMENT` (and the other checks) for a cart that is none,
 *   `INVALID_DATE` (field `on`)
 * @example
 * ```ts
 * import { applyVoucher, createCart, createVoucher, priceCart } from 'tarifkit';
 *
 * const cart = createCart([
 *   { id: 'l-3', name: 'HomeCloud L, 3 Monate', unitCents: 2997, vatRate: 19 },
 *   { id: 'funk', name: 'Funk-Modul', unitCents: 1499, vatRate: 19, quantity: 2 },
 * ]);
 * const ten = createVoucher({ code: 'ZEHN', kind: 'percentage', percent: 10 });
 * const applied = applyVoucher(cart, 'ZEHN', [ten], '2026-03-10');
 * if (applied.ok) {
 *   // 10 % of 59,95 € = 5,995 € → 6,00 € (half up, once), split 3,00 € + 3,00 €.
 *   const price = priceCart(applied.cart, '2026-03-10');
 *   price.discountCents;                             // 600
 *   price.lines.map((line) => line.discountCents);   // [300, 300]
 *   price.totalCents;                                // 5395
 * }
 * ```
 */
export function priceCart(cart: Cart, on: DateInput): CartPrice {
  const checked = cartOf(cart);
  const day = dayOf(on, 'on');
  const items = checked.items;
  const subtotal = subtotalOf(items);
  const voucher = checked.voucher;
  const refusal = voucher === null ? null : voucherRefusal(voucher, subtotal, day);
  const discount = voucher === null || refusal !== null ? 0 : discountCents(voucher, subtotal);
  const grosses = items.map((item) => item.unitCents * item.quantity);
  // The cart's subtotal is at most 90,000,000, so discount × gross stays exact.
  const parts = discount > 0 ? allocateCents(discount, grosses) : grosses.map(() => 0);
  let vat = 0;
  const lines: PricedCartLine[] = items.map((item, i) => {
    const grossCents = grosses[i] as number;
    const share = parts[i] as number;
    const payCents = grossCents - share;
    const vatCents = vatFromGrossCents(payCents, item.vatRate);
    vat += vatCents;
    return {
      itemId: item.id,
      charge: oneOffLine('oneOff', item, item.quantity, null, false),
      // share / gross of the item's amount, as a credit: exactly `share` cents.
      discount: share > 0 ? shareLine('discount', item, item.quantity, null, null, null, 0, 0, 'full', share, grossCents, true) : null,
      grossCents,
      discountCents: share,
      payCents,
      vatRate: item.vatRate,
      vatCents,
      netCents: payCents - vatCents,
    };
  });
  const total = subtotal - discount;
  return {
    currency: checked.currency,
    lines,
    subtotalCents: subtotal,
    discountCents: discount,
    totalCents: total,
    vatCents: vat,
    netCents: total - vat,
    vatRounding: 'perLine',
    voucher: voucher === null ? null : refusal ?? { ok: true, code: voucher.code },
  };
}
