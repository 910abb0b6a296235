import type { Temporal } from '@js-temporal/polyfill';
import type { Line, VatRate } from '../lines/types.js';
import type { Currency, Money } from '../money/types.js';

/** An item to put in a cart, for {@link createCart} and {@link addCartItem}. */
export interface CartItemInput {
  /** A stable id, unique in the cart. */
  readonly id: string;
  /** The name people see. */
  readonly label: string;
  /** The gross price of one unit (B2C prices include VAT, R23), not negative. */
  readonly unitPrice: Money;
  /** How many units; an integer of at least 1; default 1. */
  readonly quantity?: number;
  /** The VAT rate in the price; default 19. */
  readonly vatRate?: VatRate;
}

/** An item in a cart. */
export interface CartItem {
  readonly id: string;
  readonly label: string;
  /** The gross price of one unit in minor units. */
  readonly unitCents: number;
  readonly quantity: number;
  readonly vatRate: VatRate;
}

/** Options for {@link createCart}. */
export interface CartOptions {
  /** The currency of every price; default EUR. */
  readonly currency?: Currency;
}

/**
 * A cart (R20): items with quantities and at most one voucher. One voucher per
 * cart: a second one is refused (`VOUCHER_ALREADY_APPLIED`); remove the first
 * to use another. Vouchers do not stack.
 */
export interface Cart {
  readonly currency: Currency;
  readonly items: readonly CartItem[];
  readonly voucher: Voucher | null;
}

/** A voucher as plain data, for {@link createVoucher}. */
export type VoucherSpec =
  | (VoucherCommon & { readonly kind: 'fixed'; /** The amount taken off, not negative. */ readonly amount: Money })
  | (VoucherCommon & { readonly kind: 'percentage'; /** Whole percent, 0 to 100. */ readonly percent: number });

/** What every voucher spec has. */
export interface VoucherCommon {
  /** The code people type; matched without regard to case or surrounding spaces. */
  readonly code: string;
  /** The least subtotal (gross, before the discount) it applies to; default none. */
  readonly minimumOrder?: Money;
  /** The first day it is valid; default: no start. */
  readonly validFrom?: Temporal.PlainDate | string;
  /** The first day it is no longer valid (half-open window); default: no end. */
  readonly validBefore?: Temporal.PlainDate | string;
}

/** A checked voucher. */
export interface Voucher {
  /** The code as given (trimmed). */
  readonly code: string;
  readonly kind: 'fixed' | 'percentage';
  /** For `fixed`: the amount in minor units; 0 for `percentage`. */
  readonly amountCents: number;
  /** For `percentage`: whole percent; 0 for `fixed`. */
  readonly percent: number;
  /** The least subtotal in minor units; 0 for none. */
  readonly minimumCents: number;
  /** First valid day, as days since 1970-01-01, or null. */
  readonly validFromDay: number | null;
  /** First day no longer valid, as days since 1970-01-01, or null. */
  readonly validBeforeDay: number | null;
  readonly currency: Currency;
}

/** Why a voucher does not apply; each is a value, not an error (R20). */
export type VoucherRefusal =
  | { readonly ok: false; readonly reason: 'UNKNOWN_VOUCHER'; readonly allowedFrom: null; readonly code: string }
  | { readonly ok: false; readonly reason: 'VOUCHER_NOT_YET_VALID'; readonly allowedFrom: Temporal.PlainDate; readonly code: string }
  | {
    readonly ok: false; readonly reason: 'VOUCHER_EXPIRED'; readonly allowedFrom: null; readonly code: string;
    /** The last day it was valid. */
    readonly expiredAfter: Temporal.PlainDate;
  }
  | {
    readonly ok: false; readonly reason: 'BELOW_MINIMUM_ORDER'; readonly allowedFrom: null; readonly code: string;
    readonly minimumCents: number; readonly subtotalCents: number;
    /** How much more the cart must hold. */
    readonly missingCents: number; readonly currency: Currency;
  }
  | {
    readonly ok: false; readonly reason: 'VOUCHER_ALREADY_APPLIED'; readonly allowedFrom: null; readonly code: string;
    /** The code already in the cart. */
    readonly appliedCode: string;
  };

/** The result of {@link applyVoucher}. */
export type VoucherResult = { readonly ok: true; readonly cart: Cart } | VoucherRefusal;

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
  readonly currency: Currency;
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
  readonly total: Money;
  /** How VAT is rounded: once per cart line, on what is paid for it. */
  readonly vatRounding: 'perLine';
  /**
   * The voucher check on the pricing day: null without a voucher, `{ ok: true, code }`
   * when it applied, or the refusal (then no discount is taken).
   */
  readonly voucher: { readonly ok: true; readonly code: string } | VoucherRefusal | null;
}
