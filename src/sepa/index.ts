// sepa: SEPA direct debit dates, TARGET business days and pre-notification (R29).
export type { DirectDebitDates, DirectDebitInput, MandateInput, PreNotificationInput, SequenceType } from './types.js';
export { isTargetBusinessDay } from './isTargetBusinessDay.js';
export { directDebitDates } from './directDebitDates.js';
export { preNotificationText } from './preNotificationText.js';
