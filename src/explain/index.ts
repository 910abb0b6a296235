// explain: renders lines, invoices and refusals in de-DE and en; no math (R24).
export { explainLine } from './explainLine.js';
