/**
 * The stable error codes of tarifkit and their messages, in one catalogue.
 *
 * One code per kind of failure; a code never changes its meaning once released,
 * and new codes are only added. Messages are English and name the field; the
 * `details` of the error carry the field and the offending value for programs.
 *
 * @module
 */

/**
 * Every code a {@link TarifkitError} can carry, with its message template.
 * `{field}` and `{value}` are filled from the error's details.
 *
 * @example
 * ```ts
 * import { ERROR_MESSAGES } from 'tarifkit';
 *
 * ERROR_MESSAGES.END_BEFORE_START; // "{field} ends before it starts: {value}"
 * ```
 */
export const ERROR_MESSAGES = {
  // arguments and records
  INVALID_ARGUMENT: '{field} is not what this function takes: {value}',
  INVALID_EVENT: '{field} is not a valid event record: {value}',
  UNKNOWN_ID: '{field} names nothing known here: {value}',
  DUPLICATE_ID: '{field} repeats an id: {value}',
  INVALID_JSON: '{field} cannot be read back as a stored tarifkit value: {value}',
  // calendar
  INVALID_DATE: '{field} is not a valid ISO date (YYYY-MM-DD): {value}',
  DATE_OUT_OF_RANGE: '{field} lies outside the supported years 0001 to 9999: {value}',
  INVALID_INSTANT: '{field} is not an instant with an offset or a time zone: {value}',
  INVALID_TIME_ZONE: '{field} is not a known IANA time zone: {value}',
  END_BEFORE_START: '{field} ends before it starts: {value}',
  EMPTY_PERIOD: '{field} is empty, but an empty range is not allowed here: {value}',
  NOT_WITHIN: '{field} does not lie within the span it belongs to: {value}',
  INVALID_CYCLE: '{field} is not a valid billing cycle: {value}',
  // money
  INVALID_AMOUNT: '{field} must be a whole number of minor units (cents) in its allowed range: {value}',
  INVALID_QUANTITY: '{field} must be a whole number in its allowed range: {value}',
  INVALID_RATIO: '{field} must be non-negative safe integers with a positive sum: {value}',
  INVALID_CURRENCY: '{field} is not a supported currency: {value}',
  CURRENCY_MISMATCH: '{field} mixes currencies: {value}',
  INVALID_VAT_RATE: '{field} is not a supported VAT rate (19, 7 or 0): {value}',
  INVALID_BASIS: '{field} is not a proration basis that fits here (day or month): {value}',
  INVALID_LOCALE: '{field} is not a supported locale (de or en): {value}',
  // items, lines, invoices
  INVALID_ITEM: '{field} is not a valid priced item: {value}',
  INVALID_LINE: '{field} is not a valid invoice line: {value}',
  INVALID_CUSTOMER: '{field} is not a customer kind (consumer or business): {value}',
  // catalog and contracts
  INVALID_CATALOG: '{field} is not valid catalog data: {value}',
  // the order of changes
  OUT_OF_ORDER: '{field} lies before a day already settled: {value}',
  INVOICE_DUE_FIRST: '{field} lies on or after the next invoice day; advance the subscription to that day first: {value}',
  // options, add-ons and rules
  INVALID_ACTIVATION: '{field} must lie within 24 hours after the booking: {value}',
  ALREADY_ENDED: '{field} has already ended: {value}',
  INVALID_HOLIDAYS: '{field} is not a list of ISO dates: {value}',
  // prepaid, bookings, carts
  INVALID_DURATION: '{field} must be a whole number of at least 1: {value}',
  INVALID_PERCENTAGE: '{field} must be a whole percentage from 0 to 100: {value}',
  INVALID_VOUCHER: '{field} is not a valid voucher: {value}',
  UNKNOWN_COMMAND: '{field} is not a known command: {value}',
  // invoice documents, e-invoices and direct debit
  INVALID_PARTY: '{field} is not a valid party: {value}',
  MISSING_TAX_ID: '{field} is required by the VAT categories: {value}',
  VAT_CATEGORY_MISMATCH: '{field} contradicts its VAT rate or document: {value}',
  INVALID_IBAN: '{field} is not a valid IBAN: {value}',
  INVALID_CREDITOR_ID: '{field} is not a valid creditor ID: {value}',
  INVALID_MANDATE: '{field} is not a valid mandate reference: {value}',
  INVALID_LEITWEG_ID: '{field} is not a valid Leitweg-ID: {value}',
  INVALID_SEQUENCE: '{field} would repeat an invoice number: {value}',
  MISSING_ORIGINAL: '{field} is not a finalized original: {value}',
  NOT_FINALIZED: '{field} is not a finalized document: {value}',
  EINVOICE_INCOMPLETE: '{field} is required by the e-invoice format: {value}',
  // public holidays
  INVALID_STATE: '{field} is not a valid German state: {value}',
} as const;

/** A stable error code; see {@link ERROR_MESSAGES} for the catalogue. */
export type TarifkitErrorCode = keyof typeof ERROR_MESSAGES;
