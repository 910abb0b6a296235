/**
 * Input checks of the prepaid module, at the boundary (R7, R17).
 *
 * @internal
 * @module
 */
import { isoFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { centsOfSnapshot, snapshotOf } from '../money/cents.js';
import type { Currency, Money } from '../money/types.js';
import { ItemFacts } from './state.js';
import type { PrepaidAccount, PrepaidItemKind, PrepaidOffer } from './types.js';

/**
 * The last date text read and its epoch day. A batch that settles many accounts
 * to the same day passes the same text again and again; strings are immutable,
 * so the day read once stays right.
 */
let lastText: string | undefined;
let lastDay = 0;

/** The epoch day of a date input, reading a repeated ISO text only once. */
export function dayOf(on: unknown, field: string): number {
  if (typeof on === 'string' && on === lastText) return lastDay;
  const day = epochDayFromInput(on, field);
  if (typeof on === 'string') {
    lastText = on;
    lastDay = day;
  }
  return day;
}

/** The epoch day of a dated action; not before the account's settled day. */
export function actionDay(account: PrepaidAccount, on: unknown, field: string): number {
  const day = dayOf(on, field);
  if (day < account.settledDay) {
    throw new TarifkitError('OUT_OF_ORDER', {
      field,
      value: isoFromEpochDay(day),
      settledTo: isoFromEpochDay(account.settledDay),
    });
  }
  return day;
}

/** Checks that `currency` is the account's. */
export function assertCurrency(expected: Currency, actual: Currency, field: string): void {
  if (actual.code !== expected.code || actual.exponent !== expected.exponent || actual.base !== expected.base) {
    throw new TarifkitError('CURRENCY_MISMATCH', { field, value: `${expected.code} and ${actual.code}` });
  }
}

/** A non-negative amount in the account's currency, as cents. */
export function amountCents(amount: Money, currency: Currency, field: string): number {
  const snapshot = snapshotOf(amount, field);
  const cents = centsOfSnapshot(snapshot, field);
  if (cents < 0) throw new TarifkitError('INVALID_AMOUNT', { field, value: cents });
  assertCurrency(currency, snapshot.currency, field);
  return cents;
}

/** Checks an offer against the account's currency; returns its price in minor units. */
export function checkOffer(offer: PrepaidOffer, currency: Currency): number {
  if (typeof offer !== 'object' || offer === null) throw new TarifkitError('INVALID_CATALOG', { field: 'offer', value: offer });
  const { id, label } = offer;
  if (typeof id !== 'string' || id.length === 0) throw new TarifkitError('INVALID_CATALOG', { field: 'offer.id', value: id });
  if (typeof label !== 'string') throw new TarifkitError('INVALID_CATALOG', { field: 'offer.label', value: label });
  if (offer.price === undefined) throw new TarifkitError('MISSING_PRICE', { field: 'offer.price', value: id });
  const priceCents = amountCents(offer.price, currency, 'offer.price');
  const cycleDays = offer.cycleDays ?? 28;
  if (cycleDays !== 28 && cycleDays !== 30) throw new TarifkitError('INVALID_CYCLE', { field: 'offer.cycleDays', value: cycleDays });
  const vatRate = offer.vatRate ?? 19;
  if (vatRate !== 19 && vatRate !== 7 && vatRate !== 0) throw new TarifkitError('INVALID_VAT_RATE', { field: 'offer.vatRate', value: vatRate });
  return priceCents;
}

/** The facts of a cycle of a checked offer, booked on `day`. */
export function factsOf(kind: PrepaidItemKind, offer: PrepaidOffer, priceCents: number, day: number, currency: Currency): ItemFacts {
  return new ItemFacts(kind, offer.id, offer.label, priceCents, offer.cycleDays ?? 28, offer.vatRate ?? 19, day, currency);
}
