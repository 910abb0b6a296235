/**
 * ISO 7064 MOD 97-10 checks for IBANs, SEPA creditor identifiers and
 * Leitweg-IDs (R27, R29): the one place that computes these checksums.
 *
 * @internal
 * @module
 */
import { fail } from '../errors/fail.js';
import type { TarifkitErrorCode } from '../errors/codes.js';

/** The remainder mod 97 of the number that `text` spells, letters read as A=10 … Z=35. */
export function mod97(text: string): number {
  let rest = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) rest = (rest * 10 + (code - 48)) % 97;
    else rest = (rest * 100 + (code - 55)) % 97;
  }
  return rest;
}

/** Text without spaces, upper case; `code` naming `field` for anything but a string. */
function compact(value: unknown, field: string, code: TarifkitErrorCode): string {
  if (typeof value !== 'string' || value.length > 64) fail(code, field, value);
  return value.replace(/ /g, '').toUpperCase();
}

/**
 * An IBAN, checked (ISO 13616: two letters, two check digits, up to 30
 * letters and digits, MOD 97-10 = 1) and returned without spaces, upper case.
 */
export function ibanOf(value: unknown, field: string): string {
  const iban = compact(value, field, 'INVALID_IBAN');
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) fail('INVALID_IBAN', field, value);
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) fail('INVALID_IBAN', field, value, { reason: 'the check digits do not match' });
  return iban;
}

/**
 * A SEPA creditor identifier, checked (EPC262-08: country, two check digits,
 * a three-character business code that the check skips, and the national id;
 * MOD 97-10 = 1 over national id + country + check digits) and returned without
 * spaces, upper case. `DE98ZZZ09999999999` is valid.
 */
export function creditorIdOf(value: unknown, field: string): string {
  const id = compact(value, field, 'INVALID_CREDITOR_ID');
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/.test(id)) fail('INVALID_CREDITOR_ID', field, value);
  if (mod97(id.slice(7) + id.slice(0, 4)) !== 1) fail('INVALID_CREDITOR_ID', field, value, { reason: 'the check digits do not match' });
  return id;
}

/**
 * A Leitweg-ID, checked: the coarse address (2 to 12 digits), an optional fine
 * address (up to 30 letters and digits), and two check digits, joined by
 * hyphens; MOD 97-10 = 1 over the characters without hyphens. Returned upper case.
 */
export function leitwegIdOf(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length > 46) fail('INVALID_LEITWEG_ID', field, value);
  const id = value.toUpperCase();
  if (!/^[0-9]{2,12}(-[A-Z0-9]{1,30})?-[0-9]{2}$/.test(id)) fail('INVALID_LEITWEG_ID', field, value);
  if (mod97(id.replace(/-/g, '')) !== 1) fail('INVALID_LEITWEG_ID', field, value, { reason: 'the check digits do not match' });
  return id;
}
