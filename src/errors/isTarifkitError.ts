import type { TarifkitErrorCode } from './codes.js';
import { TarifkitError } from './TarifkitError.js';

/**
 * Tells whether a value is a {@link TarifkitError}, optionally with a given code.
 *
 * @param error - anything caught
 * @param code - the code to match, if any
 * @returns true when `error` is a tarifkit error (with that code)
 * @throws never: it only looks
 * @example
 * ```ts
 * try {
 *   createPeriod('2026-02-30', '2026-03-01');
 * } catch (error) {
 *   isTarifkitError(error, 'INVALID_DATE'); // true: February has no 30th
 * }
 * ```
 */
export function isTarifkitError(error: unknown, code?: TarifkitErrorCode): error is TarifkitError {
  return error instanceof TarifkitError && (code === undefined || error.code === code);
}
