import { localeOf } from '../money/formatMoney.js';
import type { LocaleTag } from '../money/types.js';
import { documentFrom } from './readDocument.js';
import type { InvoiceDocument } from './types.js';

/** One mandatory content a document lacks: where, which paragraph asks for it, and what to add. */
export interface ContentGap {
  /** The document field to fill (`"number"`, `"buyer.address.street"`, `"lines.2.line.range"`). */
  readonly field: string;
  /** The provision that asks for it (`"§ 14 Abs. 4 Nr. 4 UStG"`). */
  readonly paragraph: string;
  /** What is missing, in the locale asked for. */
  readonly text: string;
}

/** What {@link checkInvoiceContents} finds. */
export interface ContentCheck {
  /** True when nothing is missing. */
  readonly complete: boolean;
  /**
   * True when the document is a small-amount invoice of § 33 UStDV: up to
   * 250 € gross, and neither reverse charge, an intra-community supply nor a
   * distance sale at a foreign rate. Such a document needs less.
   */
  readonly smallInvoice: boolean;
  /** What is missing, in the order of § 14 (4) UStG. */
  readonly missing: readonly ContentGap[];
}

const WORDS = {
  sellerAddress: ['Vollständige Anschrift des leistenden Unternehmers (Straße und Hausnummer oder Postfach)', 'The seller\'s full address (street and number, or a PO box)'],
  buyerAddress: ['Vollständige Anschrift des Leistungsempfängers (Straße und Hausnummer oder Postfach)', 'The buyer\'s full address (street and number, or a PO box)'],
  taxId: ['Steuernummer oder USt-IdNr. des leistenden Unternehmers', 'The seller\'s tax number or VAT ID'],
  number: ['Fortlaufende Rechnungsnummer (wird beim Abschluss vergeben)', 'A sequential invoice number (allocated when the document is finalized)'],
  lines: ['Menge und Art der gelieferten Gegenstände oder Umfang und Art der Leistung', 'The quantity and kind of goods or the scope and kind of the service'],
  period: ['Zeitpunkt der Lieferung oder Leistung (Leistungszeitraum)', 'The date or period of the supply'],
  lineRange: ['Leistungszeitraum dieser Position', 'The service period of this line'],
  reverseCharge: ['Angabe „Steuerschuldnerschaft des Leistungsempfängers“', 'The words "Steuerschuldnerschaft des Leistungsempfängers" (reverse charge)'],
} as const;

/**
 * Lists what a document still lacks of the mandatory contents of § 14 (4) UStG
 * (R27), with § 14a UStG for reverse charge, and the relaxations of § 33 UStDV
 * for invoices up to 250 € gross: such a small-amount invoice needs no buyer,
 * no tax number, no invoice number and no service period. It reports, it
 * does not throw: a draft lacks its number until it is finalized.
 *
 * The checks that {@link createDocument} makes at once (names, post codes,
 * cities, VAT IDs where categories need them, exemption reasons, the net, VAT
 * and rate per group) are not repeated here; what is left is what a caller
 * may still add: street addresses, the number, service periods, tax numbers of
 * documents not subject to VAT, and reverse-charge wording of their own.
 *
 * @param document - a draft or finalized document
 * @param locale - `"de"` or `"en"` for the texts
 * @returns `{ complete, smallInvoice, missing }`
 * @throws TarifkitError `INVALID_ARGUMENT` for a value that is no document, `INVALID_LOCALE`
 * @example
 * ```ts
 * import { chargeLine, checkInvoiceContents, createDocument, createInvoice } from 'tarifkit';
 *
 * const users = chargeLine({
 *   item: { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }, quantity: 50,
 *   range: { start: '2026-04-18', end: '2026-05-18' }, period: { start: '2026-04-18', end: '2026-05-18' },
 * });
 * const draft = createDocument({
 *   invoice: createInvoice({ lines: [users], customer: 'business', issuedOn: '2026-04-18' }),
 *   seller: { name: 'CloudCRM GmbH', address: { street: 'Hafenstraße 1', postcode: '20457', city: 'Hamburg', country: 'DE' }, vatId: 'DE123456789' },
 *   buyer: { name: 'Muster AG', address: { postcode: '50667', city: 'Köln', country: 'DE' } },
 *   payment: { kind: 'creditTransfer', iban: 'DE02120300000000202051' },
 * });
 * const check = checkInvoiceContents(draft, 'en');
 * check.smallInvoice; // false: 295,00 € net, 351,05 € gross
 * check.missing.map((gap) => gap.field); // ["buyer.address.street", "number"]
 * check.missing[1]!.text; // "A sequential invoice number (allocated when the document is finalized)"
 * ```
 */
export function checkInvoiceContents(document: InvoiceDocument, locale: LocaleTag): ContentCheck {
  const language = localeOf(locale) === 'de' ? 0 : 1;
  const doc = documentFrom(document, 'document');
  const categories = new Set(doc.lines.map((row) => row.category));
  const foreignRate = doc.lines.some((row) => row.category === 'S' && row.vatRate !== 19 && row.vatRate !== 7);
  const smallInvoice = Math.abs(doc.grossCents) <= 25_000 && !categories.has('AE') && !categories.has('K') && !foreignRate;
  const missing: ContentGap[] = [];
  const gap = (field: string, paragraph: string, words: readonly [string, string]): void => {
    missing.push({ field, paragraph, text: words[language] });
  };
  if (doc.seller.address.street === undefined) gap('seller.address.street', '§ 14 Abs. 4 Nr. 1 UStG', WORDS.sellerAddress);
  if (!smallInvoice && doc.buyer.address.street === undefined) gap('buyer.address.street', '§ 14 Abs. 4 Nr. 1 UStG', WORDS.buyerAddress);
  if (!smallInvoice && doc.seller.vatId === undefined && doc.seller.taxNumber === undefined) gap('seller.taxNumber', '§ 14 Abs. 4 Nr. 2 UStG', WORDS.taxId);
  if (!smallInvoice && doc.number === null) gap('number', '§ 14 Abs. 4 Nr. 4 UStG', WORDS.number);
  if (doc.lines.length === 0) gap('lines', '§ 14 Abs. 4 Nr. 5 UStG', WORDS.lines);
  if (!smallInvoice) {
    if (doc.lines.length > 0 && doc.period === null) gap('period', '§ 14 Abs. 4 Nr. 6 UStG', WORDS.period);
    else doc.lines.forEach((row, i) => { if (row.line.range === null) gap(`lines.${i}.line.range`, '§ 14 Abs. 4 Nr. 6 UStG', WORDS.lineRange); });
  }
  if (categories.has('AE') && !doc.notes.some((note) => note.includes('Steuerschuldnerschaft des Leistungsempfängers'))) {
    gap('notes', '§ 14a Abs. 5 UStG', WORDS.reverseCharge);
  }
  return { complete: missing.length === 0, smallInvoice, missing };
}
