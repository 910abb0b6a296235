import type { FinalDocument } from '../document/types.js';
import { XRECHNUNG_PROCESS, XRECHNUNG_SPECIFICATION } from './ids.js';
import { modelOf } from './read.js';
import { ublOf } from './ubl.js';

/**
 * TODO
 */
export function toXRechnungUbl(document: FinalDocument): string {
  return ublOf(modelOf(document, 'xrechnung'), XRECHNUNG_PROCESS, XRECHNUNG_SPECIFICATION);
}
