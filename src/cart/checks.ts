/**
 * Carts and vouchers at the boundary, and the voucher rule (R20): the records
 * tarifkit writes (frozen and remembered as trusted) and the check of every
 * other cart or voucher.
 *
 * @internal
 * @module
 */
import { dayOf, isoOf } from '../calendar/days.js';
import { fail, recordOf } from '../errors/fail.js';
import { checkItem, currencyCodeOf } from '../items/checkItem.js';
import { centsAmountOf, isCurrencyCode, MAX_CENTS, quantityOf, roundHalfUp } from '../money/cents.js';
import { refuse } from '../refusal/refuse.js';
import type { Refusal } from '../refusal/types.js';
import type { Cart, CartItem, Voucher } from './types.js';

/**
 * The largest subtotal of a cart, in minor units (900.000,00 €): the discount
 * split multiplies the discount by each line's amount, and that product must
 * stay exact (below 2^53).
 */
export const MAX_CART_CENTS = 90_000_000;

const TRUSTED_CARTS = new WeakSet<object>();
const TRUSTED_VOUCHERS = new WeakSet<object>();

/** A currency code option, default EUR. */
export function currencyOf(value: unknown, field: string): string {
  if (value === undefined) return 'EUR';
  if (!isCurrencyCode(value)) fail('INVALID_CURRENCY', field, value);
  return value;
}

/** A cart item in the cart's currency, frozen, with its quantity (default 1). */
export function cartItemOf(value: unknown, field: string, currency: string): CartItem {
  const item = checkItem(value, field) as CartItem;
  const quantity = item.quantity === undefined ? 1 : quantityOf(item.quantity, `${field}.quantity`);
  const code = currencyCodeOf(item);
  if (code !== currency) fail('CURRENCY_MISMATCH', `${field}.currency`, `${currency} and ${code}`);
  if (item.unitCents * quantity > MAX_CART_CENTS) fail('INVALID_AMOUNT', field, item.unitCents * quantity, { reason: 'a cart holds at most 90,000,000 minor units', max: MAX_CART_CENTS });
  return item.quantity === quantity && Object.isFrozen(item) ? item : Object.freeze({ ...item, quantity });
}

/** The subtotal of items, in minor units. */
export function subtotalOf(items: readonly CartItem[]): number {
  let sum = 0;
  for (const item of items) sum += item.unitCents * item.quantity;
  return sum;
}

/** INVALID_AMOUNT naming `field` when items pass {@link MAX_CART_CENTS}. */
export function checkSubtotal(items: readonly CartItem[], field: string): void {
  const subtotal = subtotalOf(items);
  if (subtotal > MAX_CART_CENTS) fail('INVALID_AMOUNT', field, subtotal, { reason: 'a cart holds at most 90,000,000 minor units', max: MAX_CART_CENTS });
}

/** The code as matched: trimmed, lower case. */
export function normalCode(code: string): string {
  return code.trim().toLowerCase();
}

/** A frozen cart record, remembered as trusted. Its parts must be frozen already. */
export function sealCart(currency: string, items: readonly CartItem[], voucher: Voucher | null): Cart {
  const cart: Cart = Object.freeze({ tarifkit: 1, kind: 'cart', currency, items, voucher });
  TRUSTED_CARTS.add(cart);
  return cart;
}

/**
 * A voucher from a spec or from outside, checked and frozen (trusted ones as
 * they are). INVALID_VOUCHER for a record that is none, a blank code or an
 * unknown kind; INVALID_PERCENTAGE; INVALID_AMOUNT; INVALID_CURRENCY;
 * INVALID_DATE; END_BEFORE_START when the last day lies before the first.
 */
export function voucherOf(value: unknown, field: string): Voucher {
  if (typeof value === 'object' && value !== null && TRUSTED_VOUCHERS.has(value)) return value as Voucher;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('INVALID_VOUCHER', field, value);
  const data = value as Readonly<Record<string, unknown>>;
  const code = data.code;
  if (typeof code !== 'string' || code.trim() === '' || code.length > 100) fail('INVALID_VOUCHER', `${field}.code`, code);
  const minimumCents = data.minimumCents === undefined ? 0 : centsAmountOf(data.minimumCents, `${field}.minimumCents`, MAX_CENTS);
  const fromDay = data.validFrom === undefined || data.validFrom === null ? null : dayOf(data.validFrom, `${field}.validFrom`);
  const lastDay = data.lastDay === undefined || data.lastDay === null ? null : dayOf(data.lastDay, `${field}.lastDay`);
  if (fromDay !== null && lastDay !== null && lastDay < fromDay) fail('END_BEFORE_START', `${field}.lastDay`, `${isoOf(fromDay)}..${isoOf(lastDay)}`);
  const currency = currencyOf(data.currency, `${field}.currency`);
  const base = { code: code.trim(), minimumCents, validFrom: fromDay === null ? null : isoOf(fromDay), lastDay: lastDay === null ? null : isoOf(lastDay), currency };
  let voucher: Voucher;
  if (data.kind === 'fixed') {
    voucher = Object.freeze({ ...base, kind: 'fixed', amountCents: centsAmountOf(data.amountCents, `${field}.amountCents`, MAX_CENTS) });
  } else if (data.kind === 'percentage') {
    const percent = data.percent;
    if (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 0 || percent > 100) fail('INVALID_PERCENTAGE', `${field}.percent`, percent);
    voucher = Object.freeze({ ...base, kind: 'percentage', percent: percent + 0 });
  } else {
    return fail('INVALID_VOUCHER', `${field}.kind`, data.kind, { allowed: ['fixed', 'percentage'] });
  }
  TRUSTED_VOUCHERS.add(voucher);
  return voucher;
}

/**
 * A cart from a caller: a trusted one as it is, anything else checked field
 * by field and rebuilt as a trusted copy (the value passed in is never changed).
 */
export function cartOf(value: unknown, field = 'cart'): Cart {
  if (typeof value === 'object' && value !== null && TRUSTED_CARTS.has(value)) return value as Cart;
  const data = recordOf(value, field);
  if (!isCurrencyCode(data.currency)) fail('INVALID_CURRENCY', `${field}.currency`, data.currency);
  const currency = data.currency;
  if (!Array.isArray(data.items)) fail('INVALID_ARGUMENT', `${field}.items`, data.items);
  const items: CartItem[] = [];
  const ids = new Set<string>();
  (data.items as readonly unknown[]).forEach((raw, i) => {
    const item = cartItemOf(raw, `${field}.items.${i}`, currency);
    if (ids.has(item.id)) fail('DUPLICATE_ID', `${field}.items.${i}.id`, item.id);
    ids.add(item.id);
    items.push(item);
  });
  checkSubtotal(items, `${field}.items`);
  let voucher: Voucher | null = null;
  if (data.voucher !== null) {
    voucher = voucherOf(data.voucher, `${field}.voucher`);
    if (voucher.currency !== currency) fail('CURRENCY_MISMATCH', `${field}.voucher.currency`, `${currency} and ${voucher.currency}`);
  }
  return sealCart(currency, Object.freeze(items), voucher);
}

/**
 * Whether a voucher applies to a subtotal on a day: the window first, then the
 * minimum order. Returns null when it applies.
 */
export function voucherRefusal(voucher: Voucher, subtotalCents: number, day: number): Refusal | null {
  if (voucher.validFrom !== null) {
    const from = dayOf(voucher.validFrom, 'validFrom');
    if (day < from) return refuse('VOUCHER_NOT_YET_VALID', from, { code: voucher.code });
  }
  if (voucher.lastDay !== null && day > dayOf(voucher.lastDay, 'lastDay')) {
    return refuse('VOUCHER_EXPIRED', null, { code: voucher.code, lastDay: voucher.lastDay });
  }
  if (subtotalCents < voucher.minimumCents) {
    return refuse('BELOW_MINIMUM_ORDER', null, {
      code: voucher.code, minimumCents: voucher.minimumCents, subtotalCents, missingCents: voucher.minimumCents - subtotalCents, currency: voucher.currency,
    });
  }
  return null;
}

/** The discount of a voucher on a subtotal: never more than the subtotal (R20). */
export function discountCents(voucher: Voucher, subtotalCents: number): number {
  if (voucher.kind === 'fixed') return voucher.amountCents < subtotalCents ? voucher.amountCents : subtotalCents;
  // percent ≤ 100, so the share rounded half up, once (R22), never exceeds the subtotal.
  return roundHalfUp(subtotalCents * voucher.percent, 100);
}
