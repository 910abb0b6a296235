/** The VAT rates of Germany in percent (R23); 0 for lines without VAT. */
export type VatRate = 19 | 7 | 0;

/**
 * The one shape of everything with a price (R14, R21): a plan's component, an
 * add-on, a mobile option, a prepaid offer, a package, a cart item or a user's
 * own charge. Extra fields are allowed and kept as they are: lines carry the
 * item they were made from.
 */
export interface PricedItem {
  /** A stable id (`"users"`, `"setup-fee"`). */
  readonly id: string;
  /** The name people see; invoice lines show it (`"Zusätzliche Benutzer"`). */
  readonly name: string;
  /**
   * The price of one unit in minor units, not negative: per billing period for
   * recurring items, or once for one-off items. Gross for consumers, net for
   * businesses: the invoice reads it as its customer says (R23).
   */
  readonly unitCents: number;
  /** The VAT rate of its lines (R23). */
  readonly vatRate: VatRate;
  /** The unit people see after the quantity (`"GB"`); default none. */
  readonly unit?: string;
  /** The currency's ISO code; default `"EUR"`. */
  readonly currency?: string;
  /** Your own fields (a SKU, an account number): kept as they are, on the item and on its lines. */
  readonly [key: string]: unknown;
}
