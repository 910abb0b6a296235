/**
 * Amounts as the e-invoice writes them (R28): integer minor units become a
 * decimal with exactly two places by string operations on the integer, never
 * through floating point (`-647` → `"-6.47"`, `5` → `"0.05"`).
 *
 * @internal
 * @module
 */

/** A safe integer of cents as a decimal with two places; `-0` is `"0.00"`. */
export function decimalOf(cents: number): string {
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
