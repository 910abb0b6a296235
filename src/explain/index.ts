// explain: words for lines, invoices, refusals, notices, add-on rows, price changes and cancellation confirmations in de and en; no math (R24, R32).
// explain: words for lines, invoices, refusals, notices, add-on rows and withdrawal confirmations in de and en; no math (R24, R31).
export { explainLine } from './explainLine.js';
export { explainInvoice } from './explainInvoice.js';
export { explainRefusal } from './explainRefusal.js';
export { explainNotice, type Notice } from './explainNotice.js';
export { formatAddOnRow } from './formatAddOnRow.js';
export { explainPriceChange } from './explainPriceChange.js';
export { cancellationConfirmationText, type CancellationConfirmationOptions } from './cancellationConfirmationText.js';
export { withdrawalConfirmationText } from './withdrawalConfirmationText.js';
export type { WithdrawalConfirmationInput } from './withdrawalConfirmationText.js';
