import type { FinalDocument } from '../document/types.js';
import { ciiOf } from './cii.js';
import { EN16931_SPECIFICATION } from './ids.js';
import { modelOf } from './read.js';

/**
 * Writes a finalized document as the XML of a ZUGFeRD 2.x / Factur-X invoice
 * in the EN16931 profile (R28): UN/CEFACT CII D16B with the specification
 * identifier `urn:cen.eu:en16931:2017`, valid under the CEN EN 16931 rules.
 * It is the CII of {@link toXRechnungCii} without the XRechnung identifiers,
 * and it needs only what EN 16931 needs: no buyer reference, seller contact
 * or electronic addresses. Embedding it into a PDF/A-3 (as `factur-x.xml`)
 * is left to a PDF tool.
 *
 * @param document - a finalized document from {@link finalizeDocument}
 * @returns the XML text, UTF-8, with its declaration
 * @throws TarifkitError `INVALID_ARGUMENT` for a value that is no document or whose amounts
 *   do not add up, `NOT_FINALIZED` for a draft, `EINVOICE_INCOMPLETE` naming what EN 16931
 *   requires and the document lacks (such as `document.seller.id` for a seller without VAT ID),
 *   `MISSING_TAX_ID` where its VAT categories need a tax ID it lacks, `VAT_CATEGORY_MISMATCH`
 *   for a category that contradicts its rate, `INVALID_DATE`, `INVALID_IBAN`,
 *   `INVALID_CREDITOR_ID`, `INVALID_MANDATE`, `INVALID_PARTY` for malformed fields
 * @example
 * ```ts
 * import { chargeLine, createDocument, createInvoice, finalizeDocument } from 'tarifkit';
 * import { toZugferd } from 'tarifkit/einvoice';
 *
 * const setup = chargeLine({ item: { id: 'setup', name: 'Einrichtung', unitCents: 4900, vatRate: 19 } });
 * const { document } = finalizeDocument(createDocument({
 *   invoice: createInvoice({ lines: [setup], customer: 'business', issuedOn: '2026-04-18' }),
 *   seller: { name: 'CloudCRM GmbH', address: { postcode: '20457', city: 'Hamburg', country: 'DE' }, vatId: 'DE123456789' },
 *   buyer: { name: 'Müller & Söhne KG', address: { postcode: '50667', city: 'Köln', country: 'DE' } },
 *   payment: { kind: 'creditTransfer', iban: 'DE02120300000000202051' },
 * }), { prefix: 'RE-2026-', last: 41 });
 *
 * const xml = toZugferd(document);
 * xml.includes('<ram:ID>urn:cen.eu:en16931:2017</ram:ID>'); // true
 * xml.includes('<ram:Name>Müller &amp; Söhne KG</ram:Name>'); // true
 * xml.includes('<ram:DuePayableAmount>58.31</ram:DuePayableAmount>'); // true
 * ```
 */
export function toZugferd(document: FinalDocument): string {
  return ciiOf(modelOf(document, 'en16931'), null, EN16931_SPECIFICATION);
}
