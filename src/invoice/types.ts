import type { Temporal } from '@js-temporal/polyfill';
import type { DateInput, Period } from '../calendar/types.js';
import type { Line, VatRate } from '../lines/types.js';
import type { Currency, Money, RoundingMode } from '../money/types.js';

/**
 * Who the invoice is for (R23): a consumer (`b2c`), whose prices include VAT
 * (gross), or a business (`b2b`), whose prices exclude it (net).
 */
export type CustomerType = 'b2c' | 'b2b';

/**
 * How VAT is rounded on an invoice: `perRate` means the lines of one VAT rate
 * are added first and the VAT of that sum is rounded once, half up. Lines carry
 * no VAT of their own. (§14 UStG allows per line or per invoice; per rate on
 * the invoice's sum is the German norm, and it never creates rounding cents.)
 */
export type VatRounding = 'perRate';

/** What {@link createInvoice} needs: lines from any module, and the customer type. */
export interface InvoiceInput {
  /** The lines, in the order they should appear: period charges, drafts, credits, credit notes. */
  readonly lines: readonly Line[];
  /** Consumer (prices are gross) or business (prices are net). */
  readonly customerType: CustomerType;
  /** The invoice day. */
  readonly issuedOn: DateInput;
  /** The regular billing period the invoice is for, if any. */
  readonly period?: Period;
  /** The currency of an invoice without lines. Default: the lines' currency, or `EUR`. */
  readonly currency?: Currency;
}

/** The totals of one VAT rate on an invoice (R23), in minor units. */
export interface VatRateTotal {
  /** The rate in percent. */
  readonly vatRate: VatRate;
  /** How many lines carry this rate. */
  readonly lineCount: number;
  /** Net amount: the lines' sum for a business, gross minus VAT for a consumer. */
  readonly netCents: number;
  /** The VAT of this rate, rounded once, half up, on the rate's sum. */
  readonly vatCents: number;
  /** Gross amount: the lines' sum for a consumer, net plus VAT for a business. */
  readonly grossCents: number;
}

/**
 * A collective invoice (R14, R22, R23): the lines as given, and net, VAT and
 * gross per VAT rate and in total. Built from lines only: it never looks back
 * at contracts or accounts. Amounts are signed minor units; an invoice that
 * credits more than it charges has negative totals.
 */
export interface Invoice {
  /** Consumer or business. */
  readonly customerType: CustomerType;
  /** What the line amounts are: `gross` for consumers, `net` for businesses. */
  readonly pricesAre: 'gross' | 'net';
  /** The invoice day. */
  readonly issuedOn: Temporal.PlainDate;
  /** The invoice day as an epoch day (days since 1970-01-01). */
  readonly issuedDay: number;
  /** The regular billing period, or null. */
  readonly period: Period | null;
  /** The currency of every amount. */
  readonly currency: Currency;
  /** The lines, in order. */
  readonly lines: readonly Line[];
  /** How VAT is rounded: always `perRate` (see {@link VatRounding}). */
  readonly vatRounding: VatRounding;
  /** The rounding of every VAT amount: once, half up (R22). */
  readonly rounding: RoundingMode;
  /** Totals per VAT rate, 19 % first, then 7 %, then 0 %; rates without lines are left out. */
  readonly byRate: readonly VatRateTotal[];
  /** The sum of the lines' cents, as priced (gross for consumers, net for businesses). */
  readonly linesCents: number;
  /** Net total in minor units: the sum of the rates' net. */
  readonly netCents: number;
  /** VAT total in minor units: the sum of the rates' VAT. */
  readonly vatCents: number;
  /** Gross total in minor units: what the customer pays. */
  readonly grossCents: number;
  /** Net total as money. */
  readonly net: Money;
  /** VAT total as money. */
  readonly vat: Money;
  /** Gross total as money. */
  readonly gross: Money;
}
