import { ERROR_MESSAGES, type TarifkitErrorCode } from './codes.js';

/**
 * What went wrong, for programs: the field (a dotted path into the input) and
 * the offending value, plus anything the code adds.
 */
export interface TarifkitErrorDetails {
  /** The input field at fault, as a dotted path (`"change.quantity"`). */
  readonly field: string;
  /** The offending value, as given. */
  readonly value?: unknown;
  /** Anything else the code documents. */
  readonly [key: string]: unknown;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  // Rendering the value must never throw: the error is built from bad input.
  if (typeof value === 'object' && typeof (value as { toString?: unknown }).toString === 'function') {
    try {
      const text = String(value);
      if (text !== '[object Object]') return text;
    } catch {
      // a toString that throws or is no function deeper down: try JSON below
    }
  }
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // cyclic or unserialisable: fall back to the type tag
  }
  if (typeof value === 'symbol') return value.toString();
  return typeof value === 'function' ? '[function]' : Object.prototype.toString.call(value);
}

/**
 * The one error type of tarifkit. It is thrown for bad input and programming
 * errors (an end before a start, a fractional quantity, an unknown id). Business
 * refusals (a downgrade mid-term, a withdrawal after day 14) are not errors: they
 * come back as typed rejection values.
 *
 * Temporal's own `RangeError`s for unparsable dates are wrapped: every input
 * error leaves the library as a `TarifkitError` with a stable `code`, and the
 * original error is kept as `cause`.
 *
 * @throws never itself; it is what tarifkit throws
 * @example
 * ```ts
 * try {
 *   createPeriod('2026-03-01', '2026-02-01');
 * } catch (error) {
 *   if (error instanceof TarifkitError && error.code === 'END_BEFORE_START') {
 *     console.log(error.details.field); // "period"
 *   }
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
   * @throws never: building the error only formats its message
   */
  constructor(code: TarifkitErrorCode, details: TarifkitErrorDetails, options?: { cause?: unknown }) {
    const template: string = ERROR_MESSAGES[code];
    const message = template
      .replace('{field}', details.field)
      .replace('{value}', show(details.value));
    super(`${code}: ${message}`, options);
    this.name = 'TarifkitError';
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}
