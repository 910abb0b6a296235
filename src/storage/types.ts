import type { BookingAccount } from '../booking/types.js';
import type { Cart } from '../cart/types.js';
import type { Catalog } from '../catalog/types.js';
import type { Contract } from '../contract/types.js';
import type { InvoiceDocument } from '../document/types.js';
import type { Invoice } from '../invoice/types.js';
import type { Line } from '../lines/types.js';
import type { Money } from '../money/types.js';
import type { PrepaidAccount } from '../prepaid/types.js';
import type { Subscription } from '../subscription/types.js';

/**
 * The version of the stored form that this release writes. Every stored value
 * carries it as its `tarifkit` field; {@link revive} reads this version and
 * every earlier one (older records are migrated step by step), and refuses a
 * record from a newer release.
 */
export type StoredVersion = 1;

/**
 * What each stored value is, as its `kind` field says. `money` is the one value
 * without a header: its JSON is dinero.js's own snapshot.
 */
export type StoredKind =
  | 'subscription'
  | 'contract'
  | 'catalog'
  | 'prepaidAccount'
  | 'bookingAccount'
  | 'cart'
  | 'invoice'
  | 'line'
  | 'document'
  | 'money';

/**
 * The first two fields of every value tarifkit keeps: the version of its
 * stored form and its kind. `JSON.stringify(value)` is the stored form as it
 * is; {@link revive} reads it back.
 */
export interface StoredHeader<K extends StoredKind> {
  /** The version of the stored form; 1 in this release. */
  readonly tarifkit: StoredVersion;
  /** What the value is. */
  readonly kind: K;
}

/** The value type of each kind, as {@link revive} returns it. */
export interface StoredValues {
  readonly subscription: Subscription;
  readonly contract: Contract;
  readonly catalog: Catalog;
  readonly prepaidAccount: PrepaidAccount;
  readonly bookingAccount: BookingAccount;
  readonly cart: Cart;
  readonly invoice: Invoice;
  readonly line: Line;
  readonly document: InvoiceDocument;
  readonly money: Money;
}

/** Any value {@link revive} reads. */
export type StoredValue = StoredValues[StoredKind];
