/**
 * Reading a document back (R27): from storage (`revive`) and from callers.
 *
 * @internal
 * @module
 */
import { dayOf } from '../calendar/days.js';
import { fail, isRecord } from '../errors/fail.js';
import { isTarifkitError } from '../errors/isTarifkitError.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { customerOf } from '../invoice/createInvoice.js';
import { MAX_CENTS } from '../money/cents.js';
import { firstDifference, valueAt } from '../storage/difference.js';
import { checkHeader, readLine } from '../storage/read.js';
import { documentOf } from './build.js';
import { documentLocaleOf, notesOf } from './createDocument.js';
import { noteOf, partyOf, paymentOf } from './parties.js';
import type { FinalDocument, InvoiceDocument, PrecedingInvoice } from './types.js';
import { isTrustedDocument } from './trusted.js';
import { hundredthsOf, type LineVat } from './vat.js';

type Data = Readonly<Record<string, unknown>>;

function record(value: unknown, path: string): Data {
  if (!isRecord(value)) fail('INVALID_JSON', path, value, { reason: 'expected an object' });
  return value;
}

function textOrNull(value: unknown, path: string): string | null {
  return value === null ? null : noteOf(value, path);
}

function precedingOf(value: unknown, path: string): PrecedingInvoice | null {
  if (value === null) return null;
  const data = record(value, path);
  return { number: noteOf(data.number, `${path}.number`, 200), issuedOn: isoText(data.issuedOn, `${path}.issuedOn`) };
}

function isoText(value: unknown, path: string): string {
  dayOf(value, path);
  if (typeof value !== 'string') fail('INVALID_JSON', path, value, { reason: 'expected an ISO date' });
  return value;
}

/** A stored document: its parts read and checked, the document built again from them. */
export function readDocument(value: unknown, path: string): InvoiceDocument {
  const data = record(value, path);
  checkHeader(data, 'document', path);
  const status = data.status;
  if (status !== 'draft' && status !== 'final') fail('INVALID_JSON', `${path}.status`, status, { allowed: ['draft', 'final'] });
  const number = status === 'draft' ? null : noteOf(data.number, `${path}.number`, 200);
  if (data.type !== 'invoice' && data.type !== 'correction' && data.type !== 'creditNote') fail('INVALID_JSON', `${path}.type`, data.type, { allowed: ['invoice', 'correction', 'creditNote'] });
  const preceding = precedingOf(data.precedingInvoice, `${path}.precedingInvoice`);
  if ((data.type === 'correction') !== (preceding !== null)) fail('INVALID_JSON', `${path}.precedingInvoice`, data.precedingInvoice, { reason: 'a correction, and only a correction, refers to its original' });
  const breakdown = data.breakdown;
  if (!Array.isArray(breakdown) || breakdown.length > 100) fail('INVALID_JSON', `${path}.breakdown`, breakdown, { reason: 'expected a list' });
  const rows = data.lines;
  if (!Array.isArray(rows) || rows.length > 100_000) fail('INVALID_JSON', `${path}.lines`, rows, { reason: 'expected a list' });
  const lines = Array.from(rows, (row, i) => readLine(record(row, `${path}.lines.${i}`).line, `${path}.lines.${i}.line`));
  let sum = 0;
  for (const line of lines) sum += Math.abs(line.cents);
  if (!(sum <= MAX_CENTS)) fail('INVALID_JSON', `${path}.lines`, sum, { reason: 'the total is too large' });
  const vats: LineVat[] = Array.from(rows as Data[], (row, i) => {
    const at = `${path}.lines.${i}`;
    const rate = hundredthsOf(row.vatRate, `${at}.vatRate`);
    const group = breakdown.find((entry: unknown) => isRecord(entry) && entry.category === row.category && entry.vatRate === row.vatRate) as Data | undefined;
    if (group === undefined) fail('INVALID_JSON', `${at}.category`, row.category, { reason: 'no VAT group of this category and rate' });
    const reason = textOrNull(group.reason, `${path}.breakdown.${breakdown.indexOf(group)}.reason`);
    const reasonCode = textOrNull(group.reasonCode, `${path}.breakdown.${breakdown.indexOf(group)}.reasonCode`);
    return { category: row.category as LineVat['category'], rate, reason, reasonCode };
  });
  return documentOf({
    type: data.type === 'correction' ? 'correction' : 'invoice',
    number,
    issuedDay: dayOf(data.issuedOn, `${path}.issuedOn`),
    dueDay: dayOf(data.dueOn, `${path}.dueOn`),
    termsNote: textOrNull(data.termsNote, `${path}.termsNote`),
    customer: customerOf(data.customer, `${path}.customer`),
    currency: noteOf(data.currency, `${path}.currency`, 3),
    seller: partyOf(data.seller, `${path}.seller`),
    buyer: partyOf(data.buyer, `${path}.buyer`),
    buyerReference: textOrNull(data.buyerReference, `${path}.buyerReference`),
    payment: paymentOf(data.payment, `${path}.payment`),
    lines,
    vats,
    notes: notesOf(data.notes, `${path}.notes`),
    precedingInvoice: preceding,
    locale: documentLocaleOf(data.locale, `${path}.locale`),
  }, path);
}

/**
 * A document from a caller: one tarifkit built passes at once (trusted.ts);
 * any other is read in full as `revive` reads it, and anything that is not
 * what tarifkit builds is `INVALID_ARGUMENT` naming the field.
 */
export function documentFrom(value: unknown, field: string): InvoiceDocument {
  if (isTrustedDocument(value)) return value as InvoiceDocument;
  if (!isRecord(value) || value.kind !== 'document') fail('INVALID_ARGUMENT', field, value, { reason: 'expected a document from createDocument' });
  try {
    const rebuilt = readDocument(value, field);
    const at = firstDifference(rebuilt, value, field);
    if (at !== null) fail('INVALID_ARGUMENT', at, valueAt(value, at), { reason: 'not what tarifkit builds: unknown, missing or inconsistent' });
    return rebuilt;
  } catch (error) {
    if (!isTarifkitError(error, 'INVALID_JSON')) throw error;
    const { field: at, value: bad, ...rest } = error.details;
    throw new TarifkitError('INVALID_ARGUMENT', { ...rest, field: at, value: bad }, { cause: error });
  }
}

/** A finalized document from a caller; `code` naming `field` for a draft or anything else. */
export function finalFrom(value: unknown, field: string, code: 'MISSING_ORIGINAL' | 'NOT_FINALIZED'): FinalDocument {
  if (!isRecord(value) || value.kind !== 'document' || value.status !== 'final') fail(code, field, isRecord(value) ? value.status ?? value.kind : value);
  return documentFrom(value, field) as FinalDocument;
}
