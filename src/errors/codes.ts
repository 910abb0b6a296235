/**
 * The stable error codes of tarifkit and their messages, in one catalogue.
 *
 * A code never changes its meaning once released; new codes are only added.
 * Messages are English and name the field; the `details` of the error carry
 * the field and the offending value for programs.
 *
 * @module
 */

/**
 * Every code a {@link TarifkitError} can carry, with its message template.
 * `{field}` and `{value}` are filled from the error's details.
 *
 * @example
 * ```ts
 * ERROR_MESSAGES.END_BEFORE_START; // "{field} ends before it starts: {value}"
 * new TarifkitError('INVALID_QUANTITY', { field: 'quantity', value: 1.5 }).message;
 * // "INVALID_QUANTITY: quantity must be a whole number in its allowed range (at least 1 for a booked quantity, at least 0 in a configuration): 1.5"
 * ```
 */
export const ERROR_MESSAGES = {
  // calendar
  INVALID_DATE: '{field} is not a valid ISO date: {value}',
  INVALID_INSTANT: '{field} is not a valid instant or zoned date-time: {value}',
  INVALID_TIME_ZONE: '{field} is not a known IANA time zone: {value}',
  END_BEFORE_START: '{field} ends before it starts: {value}',
  EMPTY_PERIOD: '{field} is empty, but an empty range is not allowed here: {value}',
  UNKNOWN_CYCLE_KIND: '{field} is not a known billing cycle kind: {value}',
  INVALID_CYCLE: '{field} is not a valid billing cycle: {value}',
  DATE_OUT_OF_RANGE: '{field} lies outside the supported years 0001 to 9999: {value}',
  // money
  INVALID_AMOUNT: '{field} must be a non-negative integer amount in minor units: {value}',
  INVALID_QUANTITY: '{field} must be a whole number in its allowed range (at least 1 for a booked quantity, at least 0 in a configuration): {value}',
  INVALID_RATIO: '{field} must be non-negative safe integers with a positive sum: {value}',
  CURRENCY_MISMATCH: '{field} mixes currencies: {value}',
  UNSUPPORTED_CURRENCY: '{field} is not a supported currency: {value}',
  INVALID_VAT_RATE: '{field} is not a supported VAT rate: {value}',
  INVALID_BASIS: '{field} is not a proration basis (day or month): {value}',
  INVALID_LOCALE: '{field} is not a supported locale (de or en): {value}',
  INVALID_LINE: '{field} is not an invoice line made by tarifkit: {value}',
  // catalog
  INVALID_CATALOG: '{field} is not valid catalog data: {value}',
  MISSING_PRICE: '{field} has no price: {value}',
  DUPLICATE_ID: '{field} repeats an id: {value}',
  INVALID_TERM: '{field} must be a positive whole number of months: {value}',
  UNKNOWN_PLAN: '{field} names no plan in the catalog: {value}',
  UNKNOWN_OPTION: '{field} names no option in the catalog or plan: {value}',
  UNKNOWN_ADDON: '{field} names no add-on in the catalog: {value}',
  INVALID_JSON: '{field} is not valid JSON for this value: {value}',
  // contract
  CHANGE_OUTSIDE_CONTRACT: '{field} lies outside the contract: {value}',
  CONFIGURATION_MISMATCH: '{field} is not a configuration of this plan: {value}',
  UNKNOWN_EVENT: '{field} is not a known event type: {value}',
  EVENT_OUT_OF_ORDER: '{field} lies before the latest event applied; events apply in date order: {value}',
  INVALID_CONTRACT: '{field} is not a contract made by createContract: {value}',
  // options, add-ons and rules
  ACTIVATION_BEFORE_BOOKING: '{field} lies before the booking: {value}',
  ACTIVATION_TOO_LATE: '{field} lies more than 24 hours after the booking: {value}',
  NOT_BOOKED: '{field} names nothing that was booked: {value}',
  ALREADY_ENDED: '{field} has already ended: {value}',
  INVALID_HOLIDAYS: '{field} is not a list of ISO dates: {value}',
  OUT_OF_SEQUENCE: '{field} is out of sequence: changes come in date order, inside the period already invoiced: {value}',
  // prepaid, booking, cart
  INVALID_DURATION: '{field} must be a whole number of at least 1: {value}',
  UNKNOWN_BOOKING: '{field} names no booking: {value}',
  INVALID_PERCENTAGE: '{field} must be a percentage from 0 to 100: {value}',
  INVALID_VOUCHER: '{field} is not a valid voucher: {value}',
  UNKNOWN_ITEM: '{field} names no item in the cart: {value}',
  UNKNOWN_COMMAND: '{field} is not a known command: {value}',
  OUT_OF_ORDER: '{field} lies before a day already settled: {value}',
  // invoice
  INVALID_CUSTOMER_TYPE: '{field} is not a customer type (b2c or b2b): {value}',
} as const;

/** A stable error code; see {@link ERROR_MESSAGES} for the catalogue. */
export type TarifkitErrorCode = keyof typeof ERROR_MESSAGES;
