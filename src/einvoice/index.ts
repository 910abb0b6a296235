// einvoice: a finalized document as EN 16931 e-invoice XML: XRechnung 3.0 (CII, UBL) and ZUGFeRD / Factur-X EN16931 (R28).
export { toXRechnungCii } from './toXRechnungCii.js';
export { toXRechnungUbl } from './toXRechnungUbl.js';
export { toZugferd } from './toZugferd.js';
