import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { normalCode, subtotalOf, voucherRefusal } from './checks.js';
import type { Cart, Voucher, VoucherResult } from './types.js';

/**
 * Redeems a voucher code on a cart (R20, seed 002's "Gutschein einlösen"). The
 * code is looked up among the known vouchers, ignoring case and surrounding
 * spaces, and checked on the day: its window, then the minimum order.
 *
 * One voucher per cart: vouchers do not stack, and a second code is refused
 * with `VOUCHER_ALREADY_APPLIED` (use {@link removeVoucher} first).
 *
 * @param cart - the cart
 * @param code - the code as typed
 * @param vouchers - the vouchers that exist
 * @param on - the day of redemption
 * @returns `{ ok: true, cart }` with the voucher set, or a refusal value: `UNKNOWN_VOUCHER`,
 *   `VOUCHER_NOT_YET_VALID` (with `allowedFrom`), `VOUCHER_EXPIRED`, `BELOW_MINIMUM_ORDER`
 *   (with `missingCents`) or `VOUCHER_ALREADY_APPLIED`
 * @throws TarifkitError `INVALID_DATE` for a bad day, `CURRENCY_MISMATCH` for a voucher in
 *   another currency, `DUPLICATE_ID` when two known vouchers share a code
 * @example
 * ```ts
 * const result = applyVoucher(cart, ' fruehling10 ', [spring], '2026-02-27');
 * result.ok; // false
 * if (!result.ok && result.reason === 'VOUCHER_NOT_YET_VALID') result.allowedFrom.toString(); // "2026-03-01"
 * ```
 */
export function applyVoucher(cart: Cart, code: string, vouchers: readonly Voucher[], on: DateInput): VoucherResult {
  const day = epochDayFromInput(on, 'on');
  const wanted = normalCode(String(code));
  let found: Voucher | null = null;
  for (const voucher of vouchers) {
    if (normalCode(voucher.code) !== wanted) continue;
    if (found !== null) throw new TarifkitError('DUPLICATE_ID', { field: 'vouchers', value: voucher.code });
    found = voucher;
  }
  if (found === null) return { ok: false, reason: 'UNKNOWN_VOUCHER', allowedFrom: null, code: String(code) };
  if (found.currency.code !== cart.currency.code) {
    throw new TarifkitError('CURRENCY_MISMATCH', { field: 'vouchers', value: `${cart.currency.code} and ${found.currency.code}` });
  }
  if (cart.voucher !== null) {
    return { ok: false, reason: 'VOUCHER_ALREADY_APPLIED', allowedFrom: null, code: found.code, appliedCode: cart.voucher.code };
  }
  const refusal = voucherRefusal(found, subtotalOf(cart.items), day);
  if (refusal !== null) return refusal;
  return { ok: true, cart: Object.freeze({ currency: cart.currency, items: cart.items, voucher: found }) };
}
