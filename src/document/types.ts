import type { DateInput, IsoDate, Period } from '../calendar/types.js';
import type { CustomerKind, Invoice } from '../invoice/types.js';
import type { Line } from '../lines/types.js';
import type { StoredHeader } from '../storage/types.js';

/**
 * The VAT category of a document line (R27), as EN 16931 codes it (UNTDID 5305):
 *
 * - `S`: standard rate (19 % or 7 % in Germany, or a rate from the caller's table for OSS)
 * - `Z`: zero-rated
 * - `E`: exempt, with its reason; the small-business note of §19 UStG is a case of E
 * - `AE`: reverse charge, §13b UStG ("Steuerschuldnerschaft des Leistungsempfängers")
 * - `K`: intra-community supply (§4 Nr. 1b, §6a UStG)
 * - `G`: export outside the EU (§4 Nr. 1a, §6 UStG)
 * - `O`: not subject to VAT
 *
 * Every category but `S` has the rate 0.
 */
export type VatCategory = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O';

/**
 * What a document is (R27), with its UNTDID 1001 code in the e-invoice:
 * an `invoice` (380), a `correction` of an earlier invoice (384, a
 * "Rechnungskorrektur", which refers to the original), or a `creditNote` (381)
 * for a document whose total is in the customer's favour.
 */
export type DocumentType = 'invoice' | 'correction' | 'creditNote';

/** A postal address (BG-5, BG-8). `country` is an ISO 3166-1 alpha-2 code (`"DE"`). */
export interface PostalAddress {
  /** Street and house number (BT-35, BT-50). */
  readonly street?: string;
  /** Post code (BT-38, BT-53). */
  readonly postcode: string;
  /** City (BT-37, BT-52). */
  readonly city: string;
  /** ISO 3166-1 alpha-2 country code (BT-40, BT-55). */
  readonly country: string;
}

/** A contact person or office (BG-6, BG-9). XRechnung needs the seller's name, phone and email. */
export interface Contact {
  /** Name of the person or department (BT-41, BT-56). */
  readonly name: string;
  /** Telephone number (BT-42, BT-57). */
  readonly phone?: string;
  /** Email address (BT-43, BT-58). */
  readonly email?: string;
}

/**
 * An electronic address (BT-34, BT-49) with its scheme from the EAS code list:
 * `EM` for an email address, `0204` for a Leitweg-ID, `9930` for a German VAT ID.
 */
export interface ElectronicAddress {
  /** The EAS scheme code (`"EM"`, `"0204"`, `"9930"`). */
  readonly scheme: string;
  /** The address in that scheme. */
  readonly id: string;
}

/** The seller or the buyer of a document (BG-4, BG-7). */
export interface Party {
  /** The registered name (BT-27, BT-44). */
  readonly name: string;
  /** The postal address. */
  readonly address: PostalAddress;
  /** The VAT identification number with its country prefix (BT-31, BT-48), e.g. `"DE123456789"`. */
  readonly vatId?: string;
  /** The seller's tax number from the tax office (BT-32), e.g. `"201/113/40209"`. */
  readonly taxNumber?: string;
  /** The electronic address documents are delivered to (BT-34, BT-49). */
  readonly electronicAddress?: ElectronicAddress;
  /** A contact (BG-6, BG-9). */
  readonly contact?: Contact;
  /** The seller's or buyer's id in the seller's books, e.g. a customer number (BT-29, BT-46). */
  readonly id?: string;
}

/**
 * How the customer pays (BG-16, R27, R29): a SEPA credit transfer to the
 * seller's IBAN (code 58), or a SEPA direct debit from the buyer's account under
 * a mandate (code 59, with BT-89 mandate reference, BT-90 creditor ID and BT-91
 * debited account).
 */
export type PaymentMeans =
  | {
      readonly kind: 'creditTransfer';
      /** The seller's IBAN (BT-84), checksum checked. Stored without spaces. */
      readonly iban: string;
      /** The BIC (BT-86), optional within SEPA. */
      readonly bic?: string;
      /** The account holder's name (BT-85). */
      readonly accountName?: string;
    }
  | {
      readonly kind: 'directDebit';
      /** The mandate reference (BT-89), up to 35 characters. */
      readonly mandateReference: string;
      /** The seller's SEPA creditor identifier (BT-90), checksum checked, e.g. `"DE98ZZZ09999999999"`. */
      readonly creditorId: string;
      /** The buyer's IBAN to be debited (BT-91), checksum checked. */
      readonly debitedIban: string;
    };

/** When a document is due: a number of days after the invoice date, or a day. An optional text is BT-20. */
export type PaymentTermsInput =
  | { readonly dueDays: number; readonly note?: string }
  | { readonly dueOn: DateInput; readonly note?: string };

/**
 * The VAT treatment of lines: a category, its rate for `S` (default: the line's
 * own rate, mapped through the rate table), and for the other categories the
 * exemption reason (BT-120) and reason code (BT-121). Each category but `S`
 * comes with a default reason in German and English.
 */
export interface VatTreatment {
  /** The category. */
  readonly category: VatCategory;
  /** The rate in percent; only `S` may have one above 0, and `S` must. */
  readonly rate?: number;
  /** The exemption reason as text (BT-120); a default per category. */
  readonly reason?: string;
  /** The exemption reason code (BT-121), such as `"VATEX-EU-AE"`; a default per category. */
  readonly reasonCode?: string;
}

/**
 * How a document assigns VAT categories to its lines (R27). Without it, lines
 * at 19 % and 7 % are `S` at their rate, and a line at 0 % needs a treatment.
 */
export interface VatRules {
  /** The treatment of every line not named in `byItem` (default: `S` at the line's rate). */
  readonly default?: VatTreatment;
  /** Treatments by item id: `{ 'setup-fee': { category: 'E', reason: '…' } }`. */
  readonly byItem?: Readonly<Record<string, VatTreatment>>;
  /**
   * The rate table for `S` lines: the German rate a line carries → the rate to
   * charge, such as `{ 19: 20, 7: 10 }` for a consumer in Austria under the OSS scheme.
   */
  readonly rates?: Readonly<Partial<Record<'19' | '7', number>>>;
}

/** What {@link createDocument} needs: the invoice, the parties, payment and VAT rules. */
export interface DocumentInput {
  /** The invoice whose lines and amounts the document carries. */
  readonly invoice: Invoice;
  /** The seller. */
  readonly seller: Party;
  /** The buyer. */
  readonly buyer: Party;
  /** How the customer pays. */
  readonly payment: PaymentMeans;
  /** The buyer's reference (BT-10), such as a purchase order or customer number. */
  readonly buyerReference?: string;
  /**
   * A public buyer's Leitweg-ID, checked: it becomes the buyer reference (BT-10)
   * and, unless the buyer has one, the buyer's electronic address (scheme `0204`).
   */
  readonly leitwegId?: string;
  /** The invoice date; default the invoice's day. */
  readonly issuedOn?: DateInput;
  /** When it is due; default 14 days after the invoice date. */
  readonly terms?: PaymentTermsInput;
  /** VAT categories; default `S` at each line's rate. */
  readonly vat?: VatRules;
  /** Free notes (BT-22). */
  readonly notes?: readonly string[];
  /** The language of line notes and legal notes: `de` (default) or `en`. */
  readonly locale?: 'de' | 'en';
}

/** A line of a document (BG-25): the invoice line with its VAT category, rate and net amount. */
export interface DocumentLine {
  /** The invoice line as issued: item, quantity, service range, fraction and cents. */
  readonly line: Line;
  /** The VAT category. */
  readonly category: VatCategory;
  /** The rate in percent charged on the line (0 for every category but `S`). */
  readonly vatRate: number;
  /** The net amount (BT-131), signed: the line's cents for net prices, its share of the group's net for gross prices. */
  readonly netCents: number;
  /** The line's explanation (BT-127), in the document's language. */
  readonly note: string;
}

/** One VAT group of the breakdown (BG-23): a category and a rate, rounded once (R22, R23). */
export interface VatGroup {
  /** The category (BT-118). */
  readonly category: VatCategory;
  /** The rate in percent (BT-119). */
  readonly vatRate: number;
  /** The taxable amount (BT-116): the sum of its lines' net amounts. */
  readonly netCents: number;
  /** The VAT (BT-117), rounded once, half up. */
  readonly vatCents: number;
  /** Net plus VAT. */
  readonly grossCents: number;
  /** The exemption reason (BT-120); null for `S`. */
  readonly reason: string | null;
  /** The exemption reason code (BT-121); null for `S` and where none applies. */
  readonly reasonCode: string | null;
}

/** The invoice a correction refers to (BG-3). */
export interface PrecedingInvoice {
  /** Its number (BT-25). */
  readonly number: string;
  /** Its invoice date (BT-26). */
  readonly issuedOn: IsoDate;
}

/** What drafts and finalized documents share. */
export interface DocumentFields extends StoredHeader<'document'> {
  /** Invoice, correction or credit note. */
  readonly type: DocumentType;
  /** The invoice date (BT-2). */
  readonly issuedOn: IsoDate;
  /** The due date (BT-9). */
  readonly dueOn: IsoDate;
  /** The payment terms as text (BT-20), or null. */
  readonly termsNote: string | null;
  /** The invoice period (BG-14): the span of the lines' service ranges, half-open; null without dated lines. */
  readonly period: Period | null;
  /** The currency of every amount (BT-5). */
  readonly currency: string;
  /** Consumer or business, as the invoice says. */
  readonly customer: CustomerKind;
  /** What the invoice's line amounts are: `gross` (consumer prices) or `net`. */
  readonly pricesAre: 'gross' | 'net';
  /** The seller. */
  readonly seller: Party;
  /** The buyer. */
  readonly buyer: Party;
  /** The buyer reference (BT-10), or null. */
  readonly buyerReference: string | null;
  /** How the customer pays. */
  readonly payment: PaymentMeans;
  /** The lines, in the invoice's order. */
  readonly lines: readonly DocumentLine[];
  /** One group per category and rate, in order of first appearance. */
  readonly breakdown: readonly VatGroup[];
  /** The sum of the lines' net amounts (BT-106, BT-109), signed. */
  readonly netCents: number;
  /** The VAT total (BT-110), signed. */
  readonly vatCents: number;
  /** Net plus VAT (BT-112, BT-115), signed: what the customer pays, negative when the seller pays. */
  readonly grossCents: number;
  /** Notes (BT-22): the caller's, then the legal notes the categories need (§13b, §19 UStG). */
  readonly notes: readonly string[];
  /** The original of a correction (BG-3); null otherwise. */
  readonly precedingInvoice: PrecedingInvoice | null;
  /** The language of the notes. */
  readonly locale: 'de' | 'en';
}

/** A document before it has a number: it can still be changed or dropped. */
export interface DraftDocument extends DocumentFields {
  /** Not yet finalized. */
  readonly status: 'draft';
  /** Drafts take no number. */
  readonly number: null;
}

/** A finalized document with its number from the sequence (BT-1). Only these become e-invoices. */
export interface FinalDocument extends DocumentFields {
  /** Finalized. */
  readonly status: 'final';
  /** The invoice number (BT-1). */
  readonly number: string;
}

/** A draft or a finalized document (R27). */
export type InvoiceDocument = DraftDocument | FinalDocument;

/**
 * A caller-owned invoice number sequence: the numbers are `prefix` followed by
 * the counter, zero-padded to `digits` (default 4). `last` is the counter of the
 * last number issued (0 before the first).
 */
export interface NumberSequence {
  /** The text before the counter, such as `"RE-2026-"`. */
  readonly prefix: string;
  /** The counter of the last number issued. */
  readonly last: number;
  /** The counter's width; a counter that would outgrow it is refused. Default 4. */
  readonly digits?: number;
}
