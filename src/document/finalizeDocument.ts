import { dayOf } from '../calendar/days.js';
import { fail, optionsOf } from '../errors/fail.js';
import { numberedOf } from './build.js';
import { dueOf } from './createDocument.js';
import { documentFrom } from './readDocument.js';
import { nextNumber, sequenceOf } from './sequence.js';
import type { DraftDocument, FinalDocument, NumberSequence, PaymentTermsInput } from './types.js';
import type { DateInput } from '../calendar/types.js';

/** Options of {@link finalizeDocument}. */
export interface FinalizeOptions {
  /** The invoice date, if it is not the draft's: the day the document is sent. */
  readonly issuedOn?: DateInput;
  /** New payment terms; by default the draft's due date moves with the invoice date. */
  readonly terms?: PaymentTermsInput;
}

/**
 * Finalizes a draft (R27): gives it the next number of the caller's sequence
 * and returns the document with the sequence to store. Only finalized
 * documents have numbers, so drafts that are dropped leave no gap; a run of
 * finalizations numbers its documents uniquely and without gaps.
 *
 * Moving the invoice date (`options.issuedOn`) keeps the draft's payment period:
 * a draft due 14 days after its invoice date is due 14 days after the new one.
 *
 * @param draft - a draft from {@link createDocument} or {@link createCorrection}
 * @param sequence - the caller's number sequence, `{ prefix, last, digits? }`
 * @param options - a new invoice date or new terms
 * @returns the finalized document and the sequence that has issued its number
 * @throws TarifkitError `INVALID_ARGUMENT` for a draft that is none or was already finalized,
 *   `INVALID_SEQUENCE` for a sequence that would repeat a number, `INVALID_DATE`, `END_BEFORE_START`
 * @example
 * ```ts
 * import { chargeLine, createDocument, createInvoice, finalizeDocument } from 'tarifkit';
 *
 * const fee = chargeLine({ item: { id: 'setup', name: 'Einrichtung', unitCents: 4900, vatRate: 19 } });
 * const draft = createDocument({
 *   invoice: createInvoice({ lines: [fee], customer: 'business', issuedOn: '2026-04-18' }),
 *   seller: { name: 'CloudCRM GmbH', address: { postcode: '20457', city: 'Hamburg', country: 'DE' }, vatId: 'DE123456789' },
 *   buyer: { name: 'Muster AG', address: { postcode: '50667', city: 'Köln', country: 'DE' } },
 *   payment: { kind: 'creditTransfer', iban: 'DE02120300000000202051' },
 * });
 * const { document, sequence } = finalizeDocument(draft, { prefix: 'RE-2026-', last: 41 });
 * [document.status, document.number, document.grossCents]; // ["final", "RE-2026-0042", 5831]
 * sequence.last; // 42
 * ```
 */
export function finalizeDocument(draft: DraftDocument, sequence: NumberSequence, options?: FinalizeOptions): { readonly document: FinalDocument; readonly sequence: NumberSequence } {
  const document = documentFrom(draft, 'draft');
  if (document.status !== 'draft') fail('INVALID_ARGUMENT', 'draft.status', document.status, { reason: `already finalized as ${document.number}` });
  const checked = sequenceOf(sequence, 'sequence');
  const opts = optionsOf(options);
  const issuedBefore = dayOf(document.issuedOn, 'draft.issuedOn');
  const issuedDay = opts.issuedOn === undefined ? issuedBefore : dayOf(opts.issuedOn, 'options.issuedOn');
  let dueDay = dayOf(document.dueOn, 'draft.dueOn') - issuedBefore + issuedDay;
  let termsNote = document.termsNote;
  if (opts.terms !== undefined) ({ dueDay, note: termsNote } = dueOf(opts.terms, issuedDay, 'options.terms'));
  const next = nextNumber(checked);
  const final = numberedOf(document, next.number, issuedDay, dueDay, termsNote) as FinalDocument;
  return { document: final, sequence: next.sequence };
}
