/**
 * Input checks of the booking module, at the boundary (R18, R19).
 *
 * @internal
 * @module
 */
import { TarifkitError } from '../errors/TarifkitError.js';
import type { VatRate } from '../lines/types.js';
import { centsOfSnapshot, snapshotOf } from '../money/cents.js';
import type { Currency, Money } from '../money/types.js';
import type { BookingKind, PackageOrder } from './types.js';

/** A non-negative amount in `currency`, as cents. */
export function priceCentsOf(price: Money, currency: Currency, field: string): number {
  const snapshot = snapshotOf(price, field);
  const cents = centsOfSnapshot(snapshot, field);
  if (cents < 0) throw new TarifkitError('INVALID_AMOUNT', { field, value: cents });
  const actual = snapshot.currency;
  if (actual.code !== currency.code || actual.exponent !== currency.exponent || actual.base !== currency.base) {
    throw new TarifkitError('CURRENCY_MISMATCH', { field, value: `${currency.code} and ${actual.code}` });
  }
  return cents;
}

/** A duration in whole months, at least 1. */
export function monthsOf(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > 1200) {
    throw new TarifkitError('INVALID_DURATION', { field, value });
  }
  return value;
}

/** The checked parts of an order. */
export interface CheckedOrder {
  readonly id: string;
  readonly packageId: string;
  readonly label: string;
  readonly priceCents: number;
  readonly months: number;
  readonly kind: BookingKind;
  readonly vatRate: VatRate;
}

/** Checks an order against the account's currency. */
export function checkOrder(order: PackageOrder, currency: Currency): CheckedOrder {
  if (typeof order !== 'object' || order === null) throw new TarifkitError('INVALID_CATALOG', { field: 'order', value: order });
  const { id, packageId, label, kind } = order;
  if (typeof id !== 'string' || id.length === 0 || id.includes('#')) {
    throw new TarifkitError('INVALID_CATALOG', { field: 'order.id', value: id });
  }
  if (typeof packageId !== 'string' || packageId.length === 0) {
    throw new TarifkitError('INVALID_CATALOG', { field: 'order.packageId', value: packageId });
  }
  if (typeof label !== 'string') throw new TarifkitError('INVALID_CATALOG', { field: 'order.label', value: label });
  if (kind !== 'oneOff' && kind !== 'subscription') throw new TarifkitError('INVALID_CATALOG', { field: 'order.kind', value: kind });
  const months = monthsOf(order.months, 'order.months');
  if (order.price === undefined) throw new TarifkitError('MISSING_PRICE', { field: 'order.price', value: id });
  const priceCents = priceCentsOf(order.price, currency, 'order.price');
  const vatRate = order.vatRate ?? 19;
  if (vatRate !== 19 && vatRate !== 7 && vatRate !== 0) throw new TarifkitError('INVALID_VAT_RATE', { field: 'order.vatRate', value: vatRate });
  return { id, packageId, label, priceCents, months, kind, vatRate };
}
