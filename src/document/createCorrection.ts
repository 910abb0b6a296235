import { dayOf, isoOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { fail, optionsOf } from '../errors/fail.js';
import { germanFromEpochDay } from '../calendar/epochDay.js';
import { reversed } from '../lines/build.js';
import { documentOf, partsOf } from './build.js';
import { dueOf, notesOf } from './createDocument.js';
import { finalFrom } from './readDocument.js';
import type { DraftDocument, FinalDocument, PaymentTermsInput } from './types.js';

/** Options of {@link createCorrection}. */
export interface CorrectionOptions {
  /** The positions (0-based) of the original's lines to take back; default all of them. */
  readonly lines?: readonly number[];
  /** When the correction is due; default 14 days after its invoice date. */
  readonly terms?: PaymentTermsInput;
  /** Notes before the reference to the original. */
  readonly notes?: readonly string[];
}

/**
 * A correction of a finalized invoice (R27): a draft of type `correction`
 * (384, "Rechnungskorrektur") that refers to the original's number and date
 * (BG-3) and takes back the chosen lines with their signs turned, each in the
 * original's VAT category and rate. Taking back every line gives, added to the
 * original, zero per VAT category to the cent.
 *
 * The correction is a draft: {@link finalizeDocument} gives it its own number.
 * Charges that replace the taken-back lines go on a new invoice.
 *
 * @param original - the finalized document to correct
 * @param issuedOn - the correction's invoice date, not before the original's
 * @param options - which lines to take back, terms, notes
 * @returns the correction as a draft
 * @throws TarifkitError `MISSING_ORIGINAL` for an original that is no finalized document,
 *   `INVALID_ARGUMENT` for line positions that are not distinct positions of the original,
 *   `INVALID_DATE`, `END_BEFORE_START` for a correction dated before its original
 * @example
 * ```ts
 * import { chargeLine, createCorrection, createDocument, createInvoice, finalizeDocument } from 'tarifkit';
 *
 * const item = { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 } as const;
 * const lines = [
 *   chargeLine({ item, quantity: 2, range: { start: '2026-04-18', end: '2026-05-18' }, period: { start: '2026-04-18', end: '2026-05-18' } }),
 *   chargeLine({ item, quantity: 2, reason: 'prorataCharge', range: { start: '2026-04-01', end: '2026-04-18' }, period: { start: '2026-03-18', end: '2026-04-18' } }),
 * ];
 * const { document: original } = finalizeDocument(createDocument({
 *   invoice: createInvoice({ lines, customer: 'business', issuedOn: '2026-04-18' }),
 *   seller: { name: 'CloudCRM GmbH', address: { postcode: '20457', city: 'Hamburg', country: 'DE' }, vatId: 'DE123456789' },
 *   buyer: { name: 'Muster AG', address: { postcode: '50667', city: 'Köln', country: 'DE' } },
 *   payment: { kind: 'creditTransfer', iban: 'DE02120300000000202051' },
 * }), { prefix: 'RE-2026-', last: 41 });
 * const correction = createCorrection(original, '2026-04-24', { lines: [1] });
 * [correction.type, correction.netCents, correction.vatCents, correction.grossCents]; // ["correction", -647, -123, -770]
 * correction.precedingInvoice; // { number: "RE-2026-0042", issuedOn: "2026-04-18" }
 * ```
 */
export function createCorrection(original: FinalDocument, issuedOn: DateInput, options?: CorrectionOptions): DraftDocument {
  const document = finalFrom(original, 'original', 'MISSING_ORIGINAL');
  const issuedDay = dayOf(issuedOn, 'issuedOn');
  const originalDay = dayOf(document.issuedOn, 'original.issuedOn');
  if (issuedDay < originalDay) fail('END_BEFORE_START', 'issuedOn', issuedOn, { originalIssuedOn: document.issuedOn });
  const opts = optionsOf(options);
  let picked = document.lines.map((_, i) => i);
  if (opts.lines !== undefined) {
    const positions = opts.lines;
    if (!Array.isArray(positions) || positions.length === 0 || positions.length > document.lines.length) fail('INVALID_ARGUMENT', 'options.lines', positions, { reason: 'positions of the original\'s lines' });
    for (let i = 0; i < positions.length; i += 1) {
      const position: unknown = positions[i];
      if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= document.lines.length || positions.indexOf(position) !== i) {
        fail('INVALID_ARGUMENT', `options.lines.${i}`, position, { reason: `a distinct position from 0 to ${document.lines.length - 1}` });
      }
    }
    picked = [...(positions as number[])].sort((a, b) => a - b);
  }
  const { dueDay, note } = dueOf(opts.terms, issuedDay, 'options.terms');
  const parts = partsOf(document);
  const reference = document.locale === 'de'
    ? `Rechnungskorrektur zur Rechnung ${document.number} vom ${germanFromEpochDay(originalDay)}`
    : `Correction of invoice ${document.number} of ${isoOf(originalDay)}`;
  return documentOf({
    ...parts,
    type: 'correction',
    number: null,
    issuedDay,
    dueDay,
    termsNote: note,
    lines: picked.map((i) => reversed(parts.lines[i]!, parts.lines[i]!.reason, 'reversal')),
    vats: picked.map((i) => parts.vats[i]!),
    notes: [...notesOf(opts.notes, 'options.notes'), reference],
    precedingInvoice: { number: document.number, issuedOn: document.issuedOn },
  }, 'original') as DraftDocument;
}
