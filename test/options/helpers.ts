/**
 * Small helpers for the option tests: unwrap results that must have gone through.
 */
import type { BookOptionResult, CancelOptionResult, OptionBooked, SwitchOptionResult, WithdrawOptionResult } from '../../src/index.js';

export function booked(result: BookOptionResult): OptionBooked {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

export function okOf<R extends CancelOptionResult | SwitchOptionResult | WithdrawOptionResult>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result as Extract<R, { ok: true }>;
}
