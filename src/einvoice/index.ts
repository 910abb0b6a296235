// einvoice: the entry point tarifkit/einvoice, which the main entry does not load: a finalized document as EN 16931 e-invoice XML, XRechnung 3.0 in CII and UBL and ZUGFeRD / Factur-X EN16931 (R28).
export { toXRechnungCii } from './toXRechnungCii.js';
export { toXRechnungUbl } from './toXRechnungUbl.js';
export { toZugferd } from './toZugferd.js';
