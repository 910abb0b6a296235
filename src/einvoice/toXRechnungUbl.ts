import type { FinalDocument } from '../document/types.js';
import { XRECHNUNG_PROCESS, XRECHNUNG_SPECIFICATION } from './ids.js';
import { modelOf } from './read.js';
import { ublOf } from './ubl.js';

/**
 * Writes a finalized document as an XRechnung 3.0 e-invoice in OASIS UBL 2.1
 * (R28): an `Invoice` for an invoice (380) or a correction (384), a
 * `CreditNote` for a credit note (381), valid under the CEN EN 16931 rules and
 * the KoSIT XRechnung rules. The same content as {@link toXRechnungCii}, with
 * the same requirements; a SEPA direct debit names the mandate (BT-89) and the
 * debited IBAN (BT-91) on the payment means and the creditor ID (BT-90) as the
 * seller's identification with scheme `SEPA`.
 *
 * @param document - a finalized document from {@link finalizeDocument}
 * @returns the XML text, UTF-8, with its declaration
 * @throws TarifkitError `INVALID_ARGUMENT` for a value that is no document or whose amounts
 *   do not add up, `NOT_FINALIZED` for a draft, `EINVOICE_INCOMPLETE` naming what XRechnung
 *   or EN 16931 requires and the document lacks (such as `document.buyer.electronicAddress`),
 *   `MISSING_TAX_ID` where its VAT categories need a tax ID it lacks, `VAT_CATEGORY_MISMATCH`
 *   for a category that contradicts its rate, `INVALID_DATE`, `INVALID_IBAN`,
 *   `INVALID_CREDITOR_ID`, `INVALID_MANDATE`, `INVALID_PARTY` for malformed fields
 * @example
 * ```ts
 * import { chargeLine, createDocument, createInvoice, finalizeDocument } from 'tarifkit';
 * import { toXRechnungUbl } from 'tarifkit/einvoice';
 *
 * // A withdrawn storage pack is credited: the document is in the customer's favour.
 * const refund = chargeLine({
 *   item: { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 }, credit: true,
 *   range: { start: '2026-04-18', end: '2026-05-18' },
 * });
 * const { document } = finalizeDocument(createDocument({
 *   invoice: createInvoice({ lines: [refund], customer: 'business', issuedOn: '2026-04-18' }),
 *   seller: {
 *     name: 'CloudCRM GmbH', address: { postcode: '20457', city: 'Hamburg', country: 'DE' }, vatId: 'DE123456789',
 *     electronicAddress: { scheme: 'EM', id: 'rechnung@cloudcrm.example' },
 *     contact: { name: 'Buchhaltung', phone: '040 123456', email: 'buchhaltung@cloudcrm.example' },
 *   },
 *   buyer: { name: 'Muster AG', address: { postcode: '50667', city: 'Köln', country: 'DE' }, electronicAddress: { scheme: 'EM', id: 'eingang@muster.example' } },
 *   payment: { kind: 'directDebit', mandateReference: 'CRM-000123', creditorId: 'DE98ZZZ09999999999', debitedIban: 'DE02500105170137075030' },
 *   buyerReference: 'K-10042',
 * }), { prefix: 'RE-2026-', last: 41 });
 *
 * [document.type, document.grossCents]; // ["creditNote", -702]
 * const xml = toXRechnungUbl(document);
 * xml.includes('<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"'); // true
 * // A credit note shows what the customer gets back as a positive amount.
 * /<cbc:PayableAmount currencyID="EUR">([^<]*)</.exec(xml)?.[1]; // "7.02"
 * ```
 */
export function toXRechnungUbl(document: FinalDocument): string {
  return ublOf(modelOf(document, 'xrechnung'), XRECHNUNG_PROCESS, XRECHNUNG_SPECIFICATION);
}
