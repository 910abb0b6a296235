/**
 * Checks of the direct debit fields that have no checksum (R29): the mandate
 * reference and the agreed notice; and the masked IBAN a pre-notification shows.
 *
 * @internal
 * @module
 */
import { fail } from '../errors/fail.js';

/** The SEPA character set of a mandate reference (EPC: Latin letters, digits and `/ - ? : ( ) . , ' +` and space), 1 to 35 characters. */
const REFERENCE = /^[A-Za-z0-9/\-?:().,'+ ]{1,35}$/;

/** The longest notice accepted, in calendar days. */
export const MAX_NOTICE_DAYS = 60;

/** A mandate reference, checked: INVALID_MANDATE naming `field` for anything else, or only spaces. */
export function mandateReferenceOf(value: unknown, field: string): string {
  if (typeof value !== 'string' || !REFERENCE.test(value) || value.trim() === '') {
    fail('INVALID_MANDATE', field, value, { reason: "1 to 35 characters of A-Z a-z 0-9 / - ? : ( ) . , ' + and space" });
  }
  return value;
}

/** The agreed notice in days: a whole number from 1 to {@link MAX_NOTICE_DAYS}, or INVALID_DURATION naming `field`. */
export function noticeDaysOf(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > MAX_NOTICE_DAYS) {
    fail('INVALID_DURATION', field, value, { min: 1, max: MAX_NOTICE_DAYS });
  }
  return value;
}

/**
 * A checked, compact IBAN with all but its last four characters replaced by `*`,
 * in the groups of four of its printed form: `DE02120300000000202051` becomes
 * `**** **** **** **** **20 51`.
 */
export function maskedIban(iban: string): string {
  const masked = '*'.repeat(iban.length - 4) + iban.slice(-4);
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}
