import { fail } from '../errors/fail.js';
import type { InvoiceDocument } from './types.js';

/** Reads a stored document back. @internal */
export function readDocument(value: unknown, path: string): InvoiceDocument {
  return fail('INVALID_JSON', path, value, { reason: 'documents cannot be read back yet' });
}
