import { nextNumber, sequenceOf } from './sequence.js';
import type { NumberSequence } from './types.js';

/**
 * The next invoice number of a caller-owned sequence (R27), and the sequence
 * that has issued it: a pure step, so the caller stores the new state in the
 * same transaction as the document. Numbers are the prefix and the counter,
 * zero-padded; a sequence whose next counter would outgrow its width is
 * refused rather than repeating or reordering numbers.
 *
 * {@link finalizeDocument} calls this; call it yourself only for numbers
 * outside documents.
 *
 * @param sequence - `{ prefix, last, digits? }`: the counter of the last number issued (0 before the first), width default 4
 * @returns the number and the sequence to store
 * @throws TarifkitError `INVALID_SEQUENCE` naming `sequence.prefix`, `sequence.last` or
 *   `sequence.digits` for a prefix ending in a digit, a negative or fractional counter, or a
 *   counter whose successor does not fit the width
 * @example
 * ```ts
 * import { allocateNumber } from 'tarifkit';
 *
 * const { number, sequence } = allocateNumber({ prefix: 'RE-2026-', last: 41 });
 * number; // "RE-2026-0042"
 * sequence; // { prefix: "RE-2026-", last: 42, digits: 4 }
 * ```
 */
export function allocateNumber(sequence: NumberSequence): { readonly number: string; readonly sequence: NumberSequence } {
  return nextNumber(sequenceOf(sequence, 'sequence'));
}
