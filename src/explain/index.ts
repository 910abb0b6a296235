// explain: words for lines, invoices, refusals, notices and add-on rows in de and en; no math (R24).
export { explainLine } from './explainLine.js';
export { explainInvoice } from './explainInvoice.js';
export { explainRefusal } from './explainRefusal.js';
export { explainNotice, type Notice } from './explainNotice.js';
export { formatAddOnRow } from './formatAddOnRow.js';
