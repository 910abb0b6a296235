import { dayOf, isoOf } from '../calendar/days.js';
import { fail, isRecord, recordOf } from '../errors/fail.js';
import { isTarifkitError } from '../errors/isTarifkitError.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { Invoice } from '../invoice/types.js';
import { leitwegIdOf } from '../sepa/iban.js';
import { readInvoice } from '../storage/read.js';
import { documentOf } from './build.js';
import { noteOf, partyOf, paymentOf } from './parties.js';
import type { DocumentInput, DraftDocument, VatTreatment } from './types.js';
import { hundredthsOf, lineVatOf, treatmentOf, type LineVat } from './vat.js';

/** An invoice from a caller, read in full as the stored-value reader reads it. @internal */
export function invoiceFrom(value: unknown, field: string): Invoice {
  if (!isRecord(value) || value.kind !== 'invoice') fail('INVALID_ARGUMENT', field, value, { reason: 'expected an invoice from createInvoice or a subscription' });
  try {
    return readInvoice(value, field);
  } catch (error) {
    if (!isTarifkitError(error, 'INVALID_JSON')) throw error;
    const { field: at, value: bad, ...rest } = error.details;
    throw new TarifkitError('INVALID_ARGUMENT', { ...rest, field: at, value: bad }, { cause: error });
  }
}

/** The locale of a document's words: `de` (default) or `en`. @internal */
export function documentLocaleOf(value: unknown, field: string): 'de' | 'en' {
  if (value === undefined) return 'de';
  if (value !== 'de' && value !== 'en') fail('INVALID_LOCALE', field, value);
  return value;
}

/** Caller notes: a list of up to 100 texts. @internal */
export function notesOf(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 100) fail('INVALID_ARGUMENT', field, value, { reason: 'a list of up to 100 texts' });
  const notes: string[] = [];
  for (let i = 0; i < value.length; i += 1) notes.push(noteOf(value[i], `${field}.${i}`));
  return notes;
}

/** The due day from terms: days after the invoice day (default 14), or a day not before it. @internal */
export function dueOf(value: unknown, issuedDay: number, field: string): { dueDay: number; note: string | null } {
  if (value === undefined) return { dueDay: issuedDay + 14, note: null };
  const terms = recordOf(value, field);
  const note = terms.note === undefined ? null : noteOf(terms.note, `${field}.note`);
  if (terms.dueDays !== undefined && terms.dueOn !== undefined) fail('INVALID_ARGUMENT', field, value, { reason: 'dueDays or dueOn, not both' });
  if (terms.dueOn !== undefined) {
    const dueDay = dayOf(terms.dueOn, `${field}.dueOn`);
    if (dueDay < issuedDay) fail('END_BEFORE_START', `${field}.dueOn`, terms.dueOn, { issuedOn: isoOf(issuedDay) });
    return { dueDay, note };
  }
  const days = terms.dueDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 366) fail('INVALID_DURATION', `${field}.dueDays`, days, { reason: 'whole days from 0 to 366' });
  return { dueDay: issuedDay + days, note };
}

/** The VAT of every line from the caller's rules. */
function vatsOf(value: unknown, invoice: Invoice, field: string): LineVat[] {
  const rules = value === undefined ? {} : recordOf(value, field);
  const fallback = rules.default === undefined ? undefined : treatmentOf(rules.default, `${field}.default`);
  const byItem = new Map<string, VatTreatment>();
  if (rules.byItem !== undefined) {
    const entries = recordOf(rules.byItem, `${field}.byItem`);
    for (const id of Object.keys(entries)) byItem.set(id, treatmentOf(entries[id], `${field}.byItem.${id}`));
  }
  const rates: Record<string, number> = {};
  if (rules.rates !== undefined) {
    const table = recordOf(rules.rates, `${field}.rates`);
    for (const key of Object.keys(table)) {
      if (key !== '19' && key !== '7') fail('VAT_CATEGORY_MISMATCH', `${field}.rates.${key}`, key, { reason: 'the table maps the German rates 19 and 7' });
      const rate = hundredthsOf(table[key], `${field}.rates.${key}`);
      if (rate === 0) fail('VAT_CATEGORY_MISMATCH', `${field}.rates.${key}`, table[key], { reason: 'a standard rate above 0; use a category for 0 %' });
      rates[key] = rate;
    }
  }
  return invoice.lines.map((line, i) => lineVatOf(line, byItem.get(line.item.id) ?? fallback, rates, `input.invoice.lines.${i}.item.vatRate`));
}

/**
 * Makes an invoice document from an invoice (R27): seller and buyer, payment
 * means, invoice and due date, the invoice period (the span of the lines' service
 * ranges, BG-14), and a VAT category per line with one breakdown group per
 * category and rate, each rounded once. The result is a draft: it has no
 * number until {@link finalizeDocument} gives it one.
 *
 * Line amounts are read as the invoice says. Net prices (a business): VAT is
 * the group's net times the rate, rounded once. Gross prices (a consumer): VAT
 * is taken out of the group's gross sum and rounded once, the net is gross
 * minus VAT, so net + VAT = gross exactly, and that net is split over the lines
 * by their exact shares, so the lines add up to it to the cent.
 *
 * A document whose total is in the customer's favour is a credit note (381);
 * any other is an invoice (380). Corrections come from {@link createCorrection}.
 *
 * @param input - the invoice, the parties, payment, and optionally the reference, dates, VAT rules, notes and locale
 * @returns the draft document
 * @throws TarifkitError `INVALID_ARGUMENT` for an input or invoice that is none, `INVALID_PARTY` for a
 *   seller or buyer without name, post code, city or two-letter country, `MISSING_TAX_ID` where the
 *   categories need a VAT ID or tax number (field `input.seller.vatId` or `input.buyer.vatId`),
 *   `VAT_CATEGORY_MISMATCH` for a category that contradicts its rate (S at 0 %, AE with VAT),
 *   `INVALID_IBAN`, `INVALID_CREDITOR_ID`, `INVALID_MANDATE`, `INVALID_LEITWEG_ID`, `INVALID_DATE`,
 *   `END_BEFORE_START` for a due date before `issuedOn`, `INVALID_LOCALE`
 * @example
 * ```ts
 * import { chargeLine, createDocument, createInvoice } from 'tarifkit';
 *
 * const users = chargeLine({
 *   item: { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }, quantity: 3,
 *   range: { start: '2026-04-18', end: '2026-05-18' }, period: { start: '2026-04-18', end: '2026-05-18' },
 * });
 * const invoice = createInvoice({ lines: [users], customer: 'business', issuedOn: '2026-04-18' });
 * const draft = createDocument({
 *   invoice,
 *   seller: { name: 'CloudCRM GmbH', address: { street: 'Hafenstraße 1', postcode: '20457', city: 'Hamburg', country: 'DE' }, vatId: 'DE123456789' },
 *   buyer: { name: 'Muster AG', address: { street: 'Ring 5', postcode: '50667', city: 'Köln', country: 'DE' } },
 *   payment: { kind: 'creditTransfer', iban: 'DE02120300000000202051' },
 * });
 * [draft.status, draft.number, draft.dueOn]; // ["draft", null, "2026-05-02"]
 * draft.breakdown; // [{ category: "S", vatRate: 19, netCents: 1770, vatCents: 336, grossCents: 2106, reason: null, reasonCode: null }]
 * draft.period; // { start: "2026-04-18", end: "2026-05-18" }
 * ```
 */
export function createDocument(input: DocumentInput): DraftDocument {
  const data = recordOf(input, 'input');
  const invoice = invoiceFrom(data.invoice, 'input.invoice');
  const seller = partyOf(data.seller, 'input.seller');
  let buyer = partyOf(data.buyer, 'input.buyer');
  const payment = paymentOf(data.payment, 'input.payment');
  let buyerReference = data.buyerReference === undefined ? null : noteOf(data.buyerReference, 'input.buyerReference', 200);
  if (data.leitwegId !== undefined) {
    const leitwegId = leitwegIdOf(data.leitwegId, 'input.leitwegId');
    if (buyerReference !== null && buyerReference !== leitwegId) fail('INVALID_ARGUMENT', 'input.buyerReference', buyerReference, { reason: 'a public buyer\'s reference is its Leitweg-ID' });
    buyerReference = leitwegId;
    if (buyer.electronicAddress === undefined) buyer = { ...buyer, electronicAddress: { scheme: '0204', id: leitwegId } };
  }
  const issuedDay = data.issuedOn === undefined ? dayOf(invoice.issuedOn, 'input.invoice.issuedOn') : dayOf(data.issuedOn, 'input.issuedOn');
  const { dueDay, note } = dueOf(data.terms, issuedDay, 'input.terms');
  const vats = vatsOf(data.vat, invoice, 'input.vat');
  return documentOf({
    type: 'invoice', number: null, issuedDay, dueDay, termsNote: note, customer: invoice.customer, currency: invoice.currency,
    seller, buyer, buyerReference, payment, lines: invoice.lines, vats, notes: notesOf(data.notes, 'input.notes'),
    precedingInvoice: null, locale: documentLocaleOf(data.locale, 'input.locale'),
  }, 'input') as DraftDocument;
}
