import type { DateInput, IsoDate, Period, PeriodInput } from '../calendar/types.js';
import type { VatRate } from '../items/types.js';
import type { Line } from '../lines/types.js';
import type { RoundingMode } from '../money/types.js';
import type { StoredHeader } from '../storage/types.js';

/**
 * Who a contract or invoice is for (R23, R25): a `consumer`, whose prices
 * include VAT (gross) and whom consumer law protects, or a `business`, whose
 * prices exclude it (net).
 */
export type CustomerKind = 'consumer' | 'business';

/** What {@link createInvoice} needs: lines from any module, the customer and the invoice day. */
export interface InvoiceInput {
  /** The lines, in the order they should appear: period charges, drafts, credits, credit notes. */
  readonly lines: readonly Line[];
  /** Consumer (line amounts are gross) or business (line amounts are net). */
  readonly customer: CustomerKind;
  /** The invoice day. */
  readonly issuedOn: DateInput;
  /** The regular billing period the invoice is for, if any. */
  readonly period?: PeriodInput;
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
 * gross per VAT rate and in total. Built from lines only; plain data. Amounts
 * are signed minor units: an invoice that credits more than it charges has
 * negative totals.
 */
export interface Invoice extends StoredHeader<'invoice'> {
  /** Consumer or business. */
  readonly customer: CustomerKind;
  /** What the line amounts are: `gross` for consumers, `net` for businesses. */
  readonly pricesAre: 'gross' | 'net';
  /** The invoice day. */
  readonly issuedOn: IsoDate;
  /** The regular billing period, or null. */
  readonly period: Period | null;
  /** The currency code of every amount. */
  readonly currency: string;
  /** The lines, in order. */
  readonly lines: readonly Line[];
  /**
   * How VAT is rounded: `perRate`, the lines of one rate are summed and the VAT
   * of that sum is rounded once, half up. Lines carry no VAT of their own.
   */
  readonly vatRounding: 'perRate';
  /** The rounding of every VAT amount: once, half up (R22). */
  readonly rounding: RoundingMode;
  /** Totals per VAT rate, 19 % first, then 7 %, then 0 %; rates without lines are left out. */
  readonly byRate: readonly VatRateTotal[];
  /** Net total in minor units: the sum of the rates' net. */
  readonly netCents: number;
  /** VAT total in minor units: the sum of the rates' VAT. */
  readonly vatCents: number;
  /** Gross total in minor units: what the customer pays. */
  readonly grossCents: number;
}
