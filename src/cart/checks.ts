/**
 * Input checks and the voucher rule of the cart module (R20).
 *
 * @internal
 * @module
 */
import { plainDateFromEpochDay } from '../calendar/epochDay.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { VatRate } from '../lines/types.js';
import { assertQuantity, centsOfSnapshot, roundHalfUp, snapshotOf } from '../money/cents.js';
import type { Currency, Money } from '../money/types.js';
import type { CartItem, CartItemInput, Voucher, VoucherRefusal } from './types.js';

/** A non-negative amount in `currency`, as cents. */
export function centsIn(amount: Money, currency: Currency, field: string): number {
  const snapshot = snapshotOf(amount, field);
  const cents = centsOfSnapshot(snapshot, field);
  if (cents < 0) throw new TarifkitError('INVALID_AMOUNT', { field, value: cents });
  const actual = snapshot.currency;
  if (actual.code !== currency.code || actual.exponent !== currency.exponent || actual.base !== currency.base) {
    throw new TarifkitError('CURRENCY_MISMATCH', { field, value: `${currency.code} and ${actual.code}` });
  }
  return cents;
}

/** Checks one item input. */
export function checkItem(input: CartItemInput, currency: Currency, field: string): CartItem {
  if (typeof input !== 'object' || input === null) throw new TarifkitError('INVALID_CATALOG', { field, value: input });
  const { id, label } = input;
  if (typeof id !== 'string' || id.length === 0) throw new TarifkitError('INVALID_CATALOG', { field: `${field}.id`, value: id });
  if (typeof label !== 'string') throw new TarifkitError('INVALID_CATALOG', { field: `${field}.label`, value: label });
  if (input.unitPrice === undefined) throw new TarifkitError('MISSING_PRICE', { field: `${field}.unitPrice`, value: id });
  const unitCents = centsIn(input.unitPrice, currency, `${field}.unitPrice`);
  const quantity = assertQuantity(input.quantity ?? 1, `${field}.quantity`);
  if (!Number.isSafeInteger(unitCents * quantity)) {
    throw new TarifkitError('INVALID_AMOUNT', { field: `${field}.quantity`, value: quantity });
  }
  const vatRate: VatRate = input.vatRate ?? 19;
  if (vatRate !== 19 && vatRate !== 7 && vatRate !== 0) throw new TarifkitError('INVALID_VAT_RATE', { field: `${field}.vatRate`, value: vatRate });
  return Object.freeze({ id, label, unitCents, quantity, vatRate });
}

/** The code as matched: trimmed, lower case. */
export function normalCode(code: string): string {
  return code.trim().toLowerCase();
}

/**
 * Whether a voucher applies to a subtotal on a day: the window first, then the
 * minimum order. Returns null when it applies.
 */
export function voucherRefusal(voucher: Voucher, subtotalCents: number, day: number): VoucherRefusal | null {
  if (voucher.validFromDay !== null && day < voucher.validFromDay) {
    return { ok: false, reason: 'VOUCHER_NOT_YET_VALID', allowedFrom: plainDateFromEpochDay(voucher.validFromDay), code: voucher.code };
  }
  if (voucher.validBeforeDay !== null && day >= voucher.validBeforeDay) {
    return { ok: false, reason: 'VOUCHER_EXPIRED', allowedFrom: null, code: voucher.code, expiredAfter: plainDateFromEpochDay(voucher.validBeforeDay - 1) };
  }
  if (subtotalCents < voucher.minimumCents) {
    return {
      ok: false,
      reason: 'BELOW_MINIMUM_ORDER',
      allowedFrom: null,
      code: voucher.code,
      minimumCents: voucher.minimumCents,
      subtotalCents,
      missingCents: voucher.minimumCents - subtotalCents,
      currency: voucher.currency,
    };
  }
  return null;
}

/** The discount of a voucher on a subtotal: never more than the subtotal (R20). */
export function discountCents(voucher: Voucher, subtotalCents: number): number {
  if (voucher.kind === 'fixed') return voucher.amountCents < subtotalCents ? voucher.amountCents : subtotalCents;
  // percent ≤ 100, so the share rounded half up, once (R22), never exceeds the subtotal.
  return roundHalfUp(subtotalCents * voucher.percent, 100);
}

/** The subtotal of items, in minor units. */
export function subtotalOf(items: readonly CartItem[]): number {
  let sum = 0;
  for (const item of items) sum += item.unitCents * item.quantity;
  return sum;
}
