import type { TarifkitErrorCode } from './codes.js';
import { ERROR_BRAND, type TarifkitError } from './TarifkitError.js';

/**
 * Whether a value is an error thrown by tarifkit, optionally with a given code.
 * It checks a brand that every copy of the library shares, so an error thrown by
 * the CommonJS build is recognised by the ES module build and the other way round.
 *
 * @param error - anything caught
 * @param code - the code to match; default any code
 * @returns true for a tarifkit error (with that code)
 * @example
 * ```ts
 * import { createPeriod, isTarifkitError } from 'tarifkit';
 *
 * try {
 *   createPeriod('2026-02-30', '2026-03-01');
 * } catch (error) {
 *   isTarifkitError(error, 'INVALID_DATE'); // true: 2026 has no February 30
 * }
 * ```
 */
export function isTarifkitError(error: unknown, code?: TarifkitErrorCode): error is TarifkitError {
  if (typeof error !== 'object' || error === null || (error as Record<symbol, unknown>)[ERROR_BRAND] !== true) return false;
  return code === undefined || (error as TarifkitError).code === code;
}
