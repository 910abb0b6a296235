import type { FinalDocument } from '../document/types.js';
import { ciiOf } from './cii.js';
import { XRECHNUNG_PROCESS, XRECHNUNG_SPECIFICATION } from './ids.js';
import { modelOf } from './read.js';

/**
 * Writes a finalized document as an XRechnung 3.0 e-invoice in UN/CEFACT CII
 * D16B (R28): a pure function from the document to the XML text, valid under
 * the CEN EN 16931 and KoSIT XRechnung rules.
 *
 * TODO example
 */
export function toXRechnungCii(document: FinalDocument): string {
  return ciiOf(modelOf(document, 'xrechnung'), XRECHNUNG_PROCESS, XRECHNUNG_SPECIFICATION);
}
