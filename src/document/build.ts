/**
 * The one builder of documents (R27): createDocument, createCorrection,
 * finalizeDocument and the stored-value reader all end here, so a document is
 * always built the same way from the same parts.
 *
 * @internal
 * @module
 */
import { isoOf, periodOf } from '../calendar/days.js';
import { fail } from '../errors/fail.js';
import { lineSentence } from '../explain/explainLine.js';
import type { CustomerKind } from '../invoice/types.js';
import type { Line } from '../lines/types.js';
import { breakdownOf, percentOf, type LineVat } from './vat.js';
import type { DocumentLine, DocumentType, InvoiceDocument, Party, PaymentMeans, PrecedingInvoice } from './types.js';
import { dayOfIso } from '../calendar/days.js';
import { trustedDocument } from './trusted.js';

/** Everything a document is made of, checked by the caller. */
export interface DocumentParts {
  readonly type: 'invoice' | 'correction';
  readonly number: string | null;
  readonly issuedDay: number;
  readonly dueDay: number;
  readonly termsNote: string | null;
  readonly customer: CustomerKind;
  readonly currency: string;
  readonly seller: Party;
  readonly buyer: Party;
  readonly buyerReference: string | null;
  readonly payment: PaymentMeans;
  readonly lines: readonly Line[];
  readonly vats: readonly LineVat[];
  readonly notes: readonly string[];
  readonly precedingInvoice: PrecedingInvoice | null;
  readonly locale: 'de' | 'en';
}

/**
 * The tax identifiers the categories need (EN 16931 BR-S-02 … BR-G-02, §14 (4)
 * Nr. 2 and §14a UStG): a VAT ID or tax number of the seller for S, Z and E;
 * for AE also the buyer's VAT ID; for K both VAT IDs; for G the seller's VAT ID.
 * O stands alone on its document (BR-O-11).
 */
function checkTaxIds(categories: ReadonlySet<string>, seller: Party, buyer: Party, field: string): void {
  if (categories.has('O') && categories.size > 1) {
    fail('VAT_CATEGORY_MISMATCH', `${field}.vat`, [...categories].join(', '), { reason: 'lines not subject to VAT (O) cannot share a document with other categories (BR-O-11)' });
  }
  const sellerId = seller.vatId !== undefined || seller.taxNumber !== undefined;
  for (const category of ['S', 'Z', 'E', 'AE']) {
    if (categories.has(category) && !sellerId) fail('MISSING_TAX_ID', `${field}.seller.vatId`, undefined, { reason: `category ${category} needs the seller's VAT ID or tax number (§ 14 (4) Nr. 2 UStG, BR-${category}-02)` });
  }
  for (const category of ['K', 'G']) {
    if (categories.has(category) && seller.vatId === undefined) fail('MISSING_TAX_ID', `${field}.seller.vatId`, undefined, { reason: `category ${category} needs the seller's VAT ID (BR-${category}-02)` });
  }
  for (const category of ['AE', 'K']) {
    if (categories.has(category) && buyer.vatId === undefined) fail('MISSING_TAX_ID', `${field}.buyer.vatId`, undefined, { reason: `category ${category} needs the buyer's VAT ID (§ 14a UStG, BR-${category}-02)` });
  }
}

/**
 * The document from its parts: line nets, breakdown, totals, period and legal
 * notes computed here. The result is remembered as one tarifkit made (trusted.ts).
 */
export function documentOf(parts: DocumentParts, field: string): InvoiceDocument {
  const { lines, vats, locale } = parts;
  const categories = new Set(vats.map((vat) => vat.category));
  checkTaxIds(categories, parts.seller, parts.buyer, field);
  const grossPrices = parts.customer === 'consumer';
  const { nets, groups } = breakdownOf(lines, vats, grossPrices, `${field}.lines`);
  const language = locale;
  const documentLines: DocumentLine[] = lines.map((line, i) => ({
    line, category: vats[i]!.category, vatRate: percentOf(vats[i]!.rate), netCents: nets[i]!, note: lineSentence(line, language),
  }));
  let netCents = 0;
  let vatCents = 0;
  for (const group of groups) {
    netCents += group.netCents;
    vatCents += group.vatCents;
  }
  let start = Infinity;
  let end = -Infinity;
  for (const line of lines) {
    if (line.range === null) continue;
    start = Math.min(start, dayOfIso(line.range.start));
    end = Math.max(end, dayOfIso(line.range.end));
  }
  const notes = [...parts.notes];
  for (const group of groups) {
    if (group.reason !== null && !notes.includes(group.reason)) notes.push(group.reason);
  }
  const grossCents = netCents + vatCents;
  const type: DocumentType = parts.type === 'correction' ? 'correction' : grossCents < 0 ? 'creditNote' : 'invoice';
  return trustedDocument({
    tarifkit: 1,
    kind: 'document',
    status: parts.number === null ? 'draft' : 'final',
    number: parts.number,
    type,
    issuedOn: isoOf(parts.issuedDay),
    dueOn: isoOf(parts.dueDay),
    termsNote: parts.termsNote,
    period: start === Infinity ? null : periodOf(start, end),
    currency: parts.currency,
    customer: parts.customer,
    pricesAre: grossPrices ? 'gross' as const : 'net' as const,
    seller: parts.seller,
    buyer: parts.buyer,
    buyerReference: parts.buyerReference,
    payment: parts.payment,
    lines: documentLines,
    breakdown: groups,
    netCents,
    vatCents,
    grossCents,
    notes,
    precedingInvoice: parts.precedingInvoice,
    locale,
  } as InvoiceDocument);
}

/**
 * A checked document with a number, invoice date, due date and terms note:
 * what {@link documentOf} builds from its parts with these changed, as none of
 * the rest depends on them. Lines, breakdown and notes are shared with it.
 */
export function numberedOf(document: InvoiceDocument, number: string, issuedDay: number, dueDay: number, termsNote: string | null): InvoiceDocument {
  return trustedDocument({ ...document, status: 'final', number, issuedOn: isoOf(issuedDay), dueOn: isoOf(dueDay), termsNote } as InvoiceDocument);
}

/** The parts of a checked document, to build it again with some of them changed. */
export function partsOf(document: InvoiceDocument): DocumentParts {
  const vats: LineVat[] = document.lines.map((row) => {
    const group = document.breakdown.find((entry) => entry.category === row.category && entry.vatRate === row.vatRate)!;
    return { category: row.category, rate: Math.round(row.vatRate * 100), reason: group.reason, reasonCode: group.reasonCode };
  });
  return {
    type: document.type === 'correction' ? 'correction' : 'invoice', number: document.number,
    issuedDay: dayOfIso(document.issuedOn), dueDay: dayOfIso(document.dueOn), termsNote: document.termsNote,
    customer: document.customer, currency: document.currency, seller: document.seller, buyer: document.buyer,
    buyerReference: document.buyerReference, payment: document.payment, lines: document.lines.map((row) => row.line), vats,
    notes: document.notes, precedingInvoice: document.precedingInvoice, locale: document.locale,
  };
}
