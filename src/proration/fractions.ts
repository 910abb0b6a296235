/**
 * Exact fractions of safe integers, always reduced.
 *
 * @internal
 * @module
 */
import type { Fraction } from '../money/types.js';

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** `n / d` reduced, with a positive denominator. */
export function fraction(numerator: number, denominator: number): Fraction {
  const divisor = gcd(numerator, denominator) || 1;
  const sign = denominator < 0 ? -1 : 1;
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor };
}

/** `a + b`, reduced. */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  if (a.denominator === b.denominator) return fraction(a.numerator + b.numerator, a.denominator);
  const divisor = gcd(a.denominator, b.denominator);
  const denominator = (a.denominator / divisor) * b.denominator;
  return fraction(a.numerator * (denominator / a.denominator) + b.numerator * (denominator / b.denominator), denominator);
}
