import type { FinalDocument } from '../document/types.js';
import { ciiOf } from './cii.js';
import { XRECHNUNG_PROCESS, XRECHNUNG_SPECIFICATION } from './ids.js';
import { modelOf } from './read.js';

/**
 * Writes a finalized document as an XRechnung 3.0 e-invoice in UN/CEFACT CII
 * D16B (R28): a pure function from the document to the XML text, valid under
 * the CEN EN 16931 rules and the KoSIT XRechnung rules (BT-24
 * `urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0`).
 *
 * Each line carries its service range as first and last day (BT-134, BT-135:
 * the day before the half-open range's end), its explanation as a line note
 * (BT-127) and its category and rate; whole units at the unit price where they
 * make the line's net, else one unit (−1 for a negative line) at the net, so
 * quantity × price = net and no price is negative. A correction (384) names
 * its original (BG-3); a credit note (381) shows the amounts in the customer's
 * favour as positive ones. Amounts are written from integer cents with two
 * decimals, never through floating point.
 *
 * XRechnung requires more than EN 16931: the buyer reference (BT-10), the
 * seller's contact with phone and email (BG-6), and both electronic addresses
 * (BT-34, BT-49). A document without them is refused, naming the field, rather
 * than written as an invalid file; {@link toZugferd} writes it.
 *
 * @param document - a finalized document from {@link finalizeDocument}
 * @returns the XML text, UTF-8, with its declaration
 * @throws TarifkitError `INVALID_ARGUMENT` for a value that is no document or whose amounts
 *   do not add up, `NOT_FINALIZED` for a draft, `EINVOICE_INCOMPLETE` naming what XRechnung
 *   or EN 16931 requires and the document lacks (such as `document.seller.contact.phone`),
 *   `MISSING_TAX_ID` where its VAT categories need a tax ID it lacks, `VAT_CATEGORY_MISMATCH`
 *   for a category that contradicts its rate, `INVALID_DATE`, `INVALID_IBAN`,
 *   `INVALID_CREDITOR_ID`, `INVALID_MANDATE`, `INVALID_PARTY` for malformed fields
 * @example
 * ```ts
 * import { chargeLine, createDocument, createInvoice, finalizeDocument } from 'tarifkit';
 * import { toXRechnungCii } from 'tarifkit/einvoice';
 *
 * const users = chargeLine({
 *   item: { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }, quantity: 3,
 *   range: { start: '2026-04-18', end: '2026-05-18' },
 * });
 * const { document } = finalizeDocument(createDocument({
 *   invoice: createInvoice({ lines: [users], customer: 'business', issuedOn: '2026-04-18' }),
 *   seller: {
 *     name: 'CloudCRM GmbH', address: { postcode: '20457', city: 'Hamburg', country: 'DE' }, vatId: 'DE123456789',
 *     electronicAddress: { scheme: 'EM', id: 'rechnung@cloudcrm.example' },
 *     contact: { name: 'Buchhaltung', phone: '040 123456', email: 'buchhaltung@cloudcrm.example' },
 *   },
 *   buyer: { name: 'Muster AG', address: { postcode: '50667', city: 'Köln', country: 'DE' }, electronicAddress: { scheme: 'EM', id: 'eingang@muster.example' } },
 *   payment: { kind: 'creditTransfer', iban: 'DE02120300000000202051' },
 *   buyerReference: 'K-10042',
 * }), { prefix: 'RE-2026-', last: 41 });
 *
 * const xml = toXRechnungCii(document);
 * xml.includes('<ram:GrandTotalAmount>21.06</ram:GrandTotalAmount>'); // true
 * // The service range ends on May 18 (half-open); the e-invoice names its last day.
 * /<ram:EndDateTime>\s*<udt:DateTimeString format="102">(\d{8})/.exec(xml)?.[1]; // "20260517"
 * toXRechnungCii({ ...document, buyerReference: null }); // throws EINVOICE_INCOMPLETE
 * ```
 */
export function toXRechnungCii(document: FinalDocument): string {
  return ciiOf(modelOf(document, 'xrechnung'), XRECHNUNG_PROCESS, XRECHNUNG_SPECIFICATION);
}
