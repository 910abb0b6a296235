import type { FinalDocument } from '../document/types.js';
import { ciiOf } from './cii.js';
import { EN16931_SPECIFICATION } from './ids.js';
import { modelOf } from './read.js';

/**
 * TODO
 */
export function toZugferd(document: FinalDocument): string {
  return ciiOf(modelOf(document, 'en16931'), null, EN16931_SPECIFICATION);
}
