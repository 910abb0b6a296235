/**
 * VAT on integer cents (R23): the one place that splits gross and net.
 *
 * @internal
 * @module
 */
import { roundHalfUp } from './cents.js';

/** The VAT inside a gross amount: `gross × rate / (100 + rate)`, rounded once, half up. */
export function vatFromGrossCents(grossCents: number, ratePercent: number): number {
  return roundHalfUp(grossCents * ratePercent, 100 + ratePercent);
}

/** The VAT on a net amount: `net × rate / 100`, rounded once, half up. */
export function vatFromNetCents(netCents: number, ratePercent: number): number {
  return roundHalfUp(netCents * ratePercent, 100);
}
