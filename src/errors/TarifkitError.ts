import { ERROR_MESSAGES, type TarifkitErrorCode } from './codes.js';

/**
 * What went wrong, for programs: the field (a dotted path into the input) and
 * the offending value, plus anything the code adds.
 */
export interface TarifkitErrorDetails {
  /** The input field at fault, as a dotted path (`"event.quantity"`). */
  readonly field: string;
  /** The offending value, as given. */
  readonly value?: unknown;
  /** Anything else the code documents. */
  readonly [key: string]: unknown;
}

/** The brand every tarifkit error carries, shared by every copy of the library (ESM and CJS). */
export const ERROR_BRAND: unique symbol = Symbol.for('tarifkit.error') as never;

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return '[function]';
  // Rendering the value must never throw: the error is built from bad input.
  try {
    const text = String(value);
    if (text !== '[object Object]') return text;
  } catch {
    // a toString that throws: try JSON below
  }
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 200 ? `${json.slice(0, 200)}…` : json;
  } catch {
    // cyclic or unserialisable: fall back to the type tag
  }
  return Object.prototype.toString.call(value);
}

/**
 * The one error type of tarifkit. It is thrown for bad input and programming
 * errors (an end before a start, a fractional quantity, an unknown id). Business
 * refusals (a downgrade mid-term, a withdrawal after day 14) are not errors: they
 * come back as values with `ok: false`.
 *
 * Temporal's own errors never leave the library: tarifkit reads dates itself,
 * and where it calls Temporal with user input (time zones) it wraps the error
 * and keeps it as `cause`.
 *
 * @example
 * ```ts
 * import { createPeriod, isTarifkitError } from 'tarifkit';
 *
 * try {
 *   createPeriod('2026-03-01', '2026-02-01');
 * } catch (error) {
 *   if (isTarifkitError(error, 'END_BEFORE_START')) console.log(error.details.field); // "period"
 * }
 * ```
 */
export class TarifkitError extends Error {
  /** The stable code; switch on it, never on the message. */
  readonly code: TarifkitErrorCode;
  /** The field at fault and the offending value. */
  readonly details: TarifkitErrorDetails;

  /**
   * @param code - the stable code
   * @param details - the field at fault and the offending value
   * @param options - the `cause`, when wrapping another error
   * @throws TarifkitError `INVALID_ARGUMENT` (field `code`, with the `known` codes) for a code
   *   outside the catalogue
   */
  constructor(code: TarifkitErrorCode, details: TarifkitErrorDetails, options?: { cause?: unknown }) {
    // A code outside the catalogue is a programming error of its own: it is thrown as one.
    const known = typeof code === 'string' && Object.hasOwn(ERROR_MESSAGES, code);
    const used: TarifkitErrorCode = known ? code : 'INVALID_ARGUMENT';
    const given: Partial<TarifkitErrorDetails> = typeof details === 'object' && details !== null ? details : {};
    const usedDetails: Partial<TarifkitErrorDetails> = known ? given : { field: 'code', value: code, known: Object.keys(ERROR_MESSAGES) };
    const field = typeof usedDetails.field === 'string' && usedDetails.field !== '' ? usedDetails.field : 'value';
    const message = ERROR_MESSAGES[used].replace('{field}', field).replace('{value}', show(usedDetails.value));
    super(`${used}: ${message}`, options);
    this.name = 'TarifkitError';
    this.code = used;
    this.details = Object.freeze({ ...usedDetails, field });
    Object.defineProperty(this, ERROR_BRAND, { value: true });
    if (!known) throw this;
  }
}
