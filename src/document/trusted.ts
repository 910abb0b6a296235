/**
 * The documents tarifkit made: every draft and finalized document that
 * {@link documentOf} builds (from createDocument, finalizeDocument,
 * createCorrection or `revive`) is remembered by identity and passes at once
 * where a document is taken back (finalizeDocument, createCorrection,
 * checkInvoiceContents), and the e-invoice writers skip the checks that such a
 * document passes by construction; any other (made by hand, read from JSON,
 * cloned or spread into a new object) is read in full first. A document is
 * read-only data, as a subscription is: one changed in place after tarifkit
 * made it is not read again.
 *
 * The e-invoice entry point imports this module too. Where both entry points
 * share it (the ES modules, and any bundle made from them), a document from
 * `tarifkit` is known to the writers; where each carries its own copy (the
 * CommonJS files), the writers' copy has seen no document and they read every
 * one in full.
 *
 * @internal
 * @module
 */

const DOCUMENTS = new WeakSet<object>();

/** Marks a document tarifkit built. */
export function trustedDocument<T extends object>(document: T): T {
  DOCUMENTS.add(document);
  return document;
}

/** Whether a value is a document tarifkit built (and this copy of the module saw). */
export function isTrustedDocument(value: unknown): boolean {
  return typeof value === 'object' && value !== null && DOCUMENTS.has(value);
}
