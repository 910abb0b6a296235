import type { DateInput, IsoDate } from '../calendar/types.js';
import type { PricedItem, VatRate } from '../items/types.js';
import type { Line } from '../lines/types.js';
import type { Refusal } from '../refusal/types.js';
import type { StoredHeader } from '../storage/types.js';

/**
 * An item to put in a cart, for {@link createCart} and {@link addCartItem}: a
 * priced item whose `unitCents` is the gross price of one unit (B2C prices
 * include VAT, R23), and a quantity.
 */
export interface CartItemInput extends PricedItem {
  /** How many units; an integer from 1 to 1,000,000; default 1. */
  readonly quantity?: number;
}

/** An item in a cart: the priced item as checked, with its quantity. */
export interface CartItem extends PricedItem {
  readonly quantity: number;
}

/** Options for {@link createCart}. */
export interface CartOptions {
  /** The currency code of every price; default `"EUR"`. */
  readonly currency?: string;
}

/** What every voucher has. */
export interface VoucherCommon {
  /** The code people type; matched without regard to case or surrounding spaces. */
  readonly code: string;
  /** The least subtotal (gross, before the discount) it applies to, in minor units; default 0. */
  readonly minimumCents?: number;
  /** The first day it is valid; default: no start. */
  readonly validFrom?: DateInput | null;
  /** The last day it is valid; default: no end. */
  readonly lastDay?: DateInput | null;
  /** The currency code of its amounts; default `"EUR"`. */
  readonly currency?: string;
}

/** A voucher as plain data, for {@link createVoucher}: a fixed amount or a whole percentage (R20). */
export type VoucherSpec =
  | (VoucherCommon & { readonly kind: 'fixed'; /** The amount taken off, in minor units, not negative. */ readonly amountCents: number })
  | (VoucherCommon & { readonly kind: 'percentage'; /** Whole percent, 0 to 100. */ readonly percent: number });

/** What every checked voucher has. */
export interface VoucherBase {
  /** The code as given, trimmed. */
  readonly code: string;
  /** The least subtotal in minor units; 0 for none. */
  readonly minimumCents: number;
  /** The first day it is valid, or null. */
  readonly validFrom: IsoDate | null;
  /** The last day it is valid, or null. */
  readonly lastDay: IsoDate | null;
  readonly currency: string;
}

/** A checked voucher, from {@link createVoucher}: plain data, itself a valid {@link VoucherSpec}. */
export type Voucher =
  | (VoucherBase & { readonly kind: 'fixed'; readonly amountCents: number })
  | (VoucherBase & { readonly kind: 'percentage'; readonly percent: number });

/**
 * A cart (R20): items with quantities and at most one voucher, as plain data.
 * One voucher per cart: a second one is refused (`VOUCHER_ALREADY_APPLIED`);
 * remove the first to use another. Vouchers do not stack.
 */
export interface Cart extends StoredHeader<'cart'> {
  readonly currency: string;
  readonly items: readonly CartItem[];
  readonly voucher: Voucher | null;
}

/** A changed cart. */
export interface CartChanged {
  readonly ok: true;
  /** The new cart; the one passed in is unchanged. */
  readonly cart: Cart;
}

/**
 * The result of {@link applyVoucher}: the cart with the voucher, or a refusal:
 * `UNKNOWN_VOUCHER`, `VOUCHER_NOT_YET_VALID` (with `allowedFrom`),
 * `VOUCHER_EXPIRED` (details `lastDay`), `BELOW_MINIMUM_ORDER` (details
 * `minimumCents`, `subtotalCents`, `missingCents`, `currency`) or
 * `VOUCHER_ALREADY_APPLIED` (details `appliedCode`); every one has `details.code`.
 */
export type VoucherResult = CartChanged | Refusal;

/**
 * One item of a priced cart: its charge line, its share of the discount and
 * the VAT inside what is paid for it (R20, R22, R23).
 */
export interface PricedCartLine {
  readonly itemId: string;
  /** The item's charge: `oneOff`, unit price × quantity, gross. */
  readonly charge: Line;
  /** The item's share of the voucher as a credit line (`discount`), or null when the share is 0. */
  readonly discount: Line | null;
  /** Gross before the discount, in minor units. */
  readonly grossCents: number;
  /** The item's share of the discount, in minor units (not negative). */
  readonly discountCents: number;
  /** `grossCents - discountCents`: what is paid for the item. */
  readonly payCents: number;
  readonly vatRate: VatRate;
  /** The VAT inside `payCents`, rounded once, half up. */
  readonly vatCents: number;
  /** `payCents - vatCents`. */
  readonly netCents: number;
}

/** A priced cart: what is paid (R20). */
export interface CartPrice {
  readonly currency: string;
  readonly lines: readonly PricedCartLine[];
  /** Sum of the items' gross amounts before the discount. */
  readonly subtotalCents: number;
  /** The discount taken off; never more than the subtotal. */
  readonly discountCents: number;
  /** `subtotalCents - discountCents`; never negative; equals the sum of the lines' `payCents`. */
  readonly totalCents: number;
  /** The sum of the lines' VAT. */
  readonly vatCents: number;
  /** `totalCents - vatCents`. */
  readonly netCents: number;
  /** How VAT is rounded: once per cart line, on what is paid for it. */
  readonly vatRounding: 'perLine';
  /**
   * The voucher check on the pricing day: null without a voucher, `{ ok: true, code }`
   * when it applied, or the refusal (then no discount is taken).
   */
  readonly voucher: { readonly ok: true; readonly code: string } | Refusal | null;
}
