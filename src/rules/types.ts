import type { Temporal } from '@js-temporal/polyfill';
import type { DateInput, Period } from '../calendar/types.js';

/** Options for {@link withdrawalWindow} and {@link checkWithdrawal} (R13). */
export interface WithdrawalOptions {
  /**
   * Public holidays of the customer's state, as ISO dates or PlainDates. When the
   * 14th day (or the day it was moved to) is one of them, the window runs on to the
   * end of the next working day (§193 BGB). Default: none (only Saturdays and Sundays move it).
   */
  readonly holidays?: readonly DateInput[];
}

/**
 * The answer of {@link checkWithdrawal}: allowed, with the window; or refused
 * because the window has closed, with the last day on which it was open.
 */
export type WithdrawalCheck =
  | {
    readonly ok: true;
    /** The withdrawal window, half-open: `window.last` is the last day to withdraw. */
    readonly window: Period;
  }
  | {
    readonly ok: false;
    readonly reason: 'WITHDRAWAL_WINDOW_CLOSED';
    /** The last day on which the withdrawal was possible (inclusive; the window closed at its end). */
    readonly windowEnd: Temporal.PlainDate;
    /** Always null: a closed window never opens again. */
    readonly allowedFrom: null;
  };
