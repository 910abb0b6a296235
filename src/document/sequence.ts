/**
 * Invoice number sequences (R27): checked, and the next number from one.
 *
 * @internal
 * @module
 */
import { fail, isRecord } from '../errors/fail.js';
import type { NumberSequence } from './types.js';

/** A checked sequence with its width filled in. */
export interface CheckedSequence {
  readonly prefix: string;
  readonly last: number;
  readonly digits: number;
}

/**
 * A sequence, checked: a prefix of up to 40 printable characters that does
 * not end in a digit (so `RE-1` + `0042` cannot read as another prefix's
 * number), a counter from 0, a width from 1 to 12, and room for one more
 * number within the width.
 */
export function sequenceOf(value: unknown, field: string): CheckedSequence {
  if (!isRecord(value)) fail('INVALID_SEQUENCE', field, value);
  const { prefix, last } = value;
  const digits = value.digits ?? 4;
  if (typeof prefix !== 'string' || prefix.length > 40 || /[^\x20-\x7e\u00a0-\u024f]/.test(prefix) || /[0-9]$/.test(prefix)) {
    fail('INVALID_SEQUENCE', `${field}.prefix`, prefix, { reason: 'up to 40 printable characters, not ending in a digit' });
  }
  if (typeof digits !== 'number' || !Number.isInteger(digits) || digits < 1 || digits > 12) fail('INVALID_SEQUENCE', `${field}.digits`, digits, { reason: 'a width from 1 to 12' });
  if (typeof last !== 'number' || !Number.isInteger(last) || last < 0) fail('INVALID_SEQUENCE', `${field}.last`, last, { reason: 'the counter of the last number issued, 0 before the first' });
  if (last + 1 >= 10 ** digits) fail('INVALID_SEQUENCE', `${field}.last`, last, { reason: `the next counter does not fit in ${digits} digits; start a new sequence (a new prefix)` });
  return { prefix, last, digits };
}

/** The next number of a checked sequence and the sequence that has issued it. */
export function nextNumber(sequence: CheckedSequence): { number: string; sequence: NumberSequence } {
  const last = sequence.last + 1;
  return {
    number: `${sequence.prefix}${String(last).padStart(sequence.digits, '0')}`,
    sequence: { prefix: sequence.prefix, last, digits: sequence.digits },
  };
}
