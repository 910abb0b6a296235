// explain: renders lines, invoices and refusals in de-DE and en; no math (R24).
export { explainLine } from './explainLine.js';
export { explainInvoice } from './explainInvoice.js';
export { explainOptionRefusal } from './explainOptionRefusal.js';
export { explainRefusal, type RefusalLike } from './explainRefusal.js';
export { explainBookingNotice, type BookingNotice } from './explainBookingNotice.js';
