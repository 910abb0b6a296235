/**
 * Throwing out of line: hot functions call `fail` on their error paths.
 *
 * @internal
 * @module
 */
import type { TarifkitErrorCode } from './codes.js';
import { TarifkitError } from './TarifkitError.js';

/** Throws a TarifkitError with `code`, naming `field` and the bad `value`. */
export function fail(code: TarifkitErrorCode, field: string, value: unknown, extra?: Readonly<Record<string, unknown>>): never {
  throw new TarifkitError(code, extra === undefined ? { field, value } : { ...extra, field, value });
}

/** Whether a value is a plain record (an object that is no array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a record, or INVALID_ARGUMENT naming `field`. */
export function recordOf(value: unknown, field: string): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) fail('INVALID_ARGUMENT', field, value);
  return value;
}

/** An options argument: undefined gives an empty record; anything else must be a record. */
export function optionsOf(value: unknown, field = 'options'): Readonly<Record<string, unknown>> {
  if (value === undefined) return EMPTY;
  return recordOf(value, field);
}

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

/** A non-empty string, or `code` naming `field`. */
export function textOf(value: unknown, field: string, code: TarifkitErrorCode = 'INVALID_ARGUMENT'): string {
  if (typeof value !== 'string' || value.trim() === '') fail(code, field, value);
  return value;
}
