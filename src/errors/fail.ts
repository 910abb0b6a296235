/**
 * Throwing out of line: a hot function calls `fail` on its error paths, so its
 * own code stays small enough for the engine to take it into its callers.
 *
 * @internal
 * @module
 */
import type { TarifkitErrorCode } from './codes.js';
import { TarifkitError } from './TarifkitError.js';

/** Throws a TarifkitError with `code`, naming `field` and the bad `value`. */
export function fail(code: TarifkitErrorCode, field: string, value: unknown): never {
  throw new TarifkitError(code, { field, value });
}
