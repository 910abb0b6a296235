import { dayOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { fail } from '../errors/fail.js';
import { refuse } from '../refusal/refuse.js';
import { cartOf, normalCode, sealCart, subtotalOf, voucherOf, voucherRefusal } from './checks.js';
import type { Cart, Voucher, VoucherResult, VoucherSpec } from './types.js';

/**
 * Redeems a voucher code on a cart (R20, the shop's "Gutschein einlösen"). The
 * code is looked up among the known vouchers, ignoring case and surrounding
 * spaces, and checked on the day: its validity, then the minimum order.
 *
 * One voucher per cart: vouchers do not stack, and a second code is refused
 * with `VOUCHER_ALREADY_APPLIED` (use {@link removeVoucher} first).
 *
 * @param cart - the cart
 * @param code - the code as typed
 * @param vouchers - the vouchers that exist (from {@link createVoucher}, or specs)
 * @param on - the day of redemption
 * @returns `{ ok: true, cart }` with the voucher set, or a refusal: `UNKNOWN_VOUCHER`,
 *   `VOUCHER_NOT_YET_VALID` (with `allowedFrom`), `VOUCHER_EXPIRED` (details `lastDay`),
 *   `BELOW_MINIMUM_ORDER` (details `minimumCents`, `missingCents`, `currency`) or
 *   `VOUCHER_ALREADY_APPLIED` (details `appliedCode`); every refusal has `details.code`
 * @throws TarifkitError `INVALID_ARGUMENT` for a cart that is none, a code that is no text or
 *   vouchers that are no array, the voucher checks of {@link createVoucher} (field `vouchers.<i>`),
 *   `DUPLICATE_ID` when two vouchers share a code, `CURRENCY_MISMATCH` for a voucher in another
 *   currency, `INVALID_DATE` (field `on`)
 * @example
 * ```ts
 * import { applyVoucher, createCart, createVoucher } from 'tarifkit';
 *
 * const cart = createCart([{ id: 'l-3', name: 'HomeCloud L', unitCents: 2997, vatRate: 19 }]);
 * const spring = createVoucher({ code: 'FRUEHLING10', kind: 'percentage', percent: 10, validFrom: '2026-03-01' });
 * const early = applyVoucher(cart, ' fruehling10 ', [spring], '2026-02-27');
 * early.ok;                       // false
 * if (!early.ok) early.allowedFrom; // "2026-03-01"
 * applyVoucher(cart, 'fruehling10', [spring], '2026-03-01').ok; // true
 * ```
 */
export function applyVoucher(cart: Cart, code: string, vouchers: readonly (Voucher | VoucherSpec)[], on: DateInput): VoucherResult {
  const checked = cartOf(cart);
  if (typeof code !== 'string') fail('INVALID_ARGUMENT', 'code', code);
  if (!Array.isArray(vouchers)) fail('INVALID_ARGUMENT', 'vouchers', vouchers);
  const day = dayOf(on, 'on');
  const wanted = normalCode(code);
  let found: Voucher | null = null;
  (vouchers as readonly unknown[]).forEach((raw, i) => {
    const voucher = voucherOf(raw, `vouchers.${i}`);
    if (normalCode(voucher.code) !== wanted) return;
    if (found !== null) fail('DUPLICATE_ID', `vouchers.${i}.code`, voucher.code);
    if (voucher.currency !== checked.currency) fail('CURRENCY_MISMATCH', `vouchers.${i}.currency`, `${checked.currency} and ${voucher.currency}`);
    found = voucher;
  });
  const voucher = found as Voucher | null;
  if (voucher === null) return refuse('UNKNOWN_VOUCHER', null, { code: code.trim() });
  if (checked.voucher !== null) return refuse('VOUCHER_ALREADY_APPLIED', null, { code: voucher.code, appliedCode: checked.voucher.code });
  const refusal = voucherRefusal(voucher, subtotalOf(checked.items), day);
  if (refusal !== null) return refusal;
  return { ok: true, cart: sealCart(checked.currency, checked.items, voucher) };
}
