import { ChangeState, withdrawIn } from './state.js';
import type { AddOnAccount, WithdrawAddOnOptions, WithdrawAddOnRequest, WithdrawAddOnResult } from './types.js';

/**
 * Withdraws an add-on booking within the 14-day window (R13, R16): the add-on
 * ends at once, as if it had never been booked. Its draft items (the pro-rata
 * booking, quantity increases) leave the pending collective invoice; whatever
 * of it was already invoiced is reversed exactly by credit notes (reason
 * `withdrawalCredit`) that go on the next regular invoice. So the booking is
 * billed zero in total, whatever happened in between.
 *
 * The window is the rules module's: the booking day does not count (§187 BGB);
 * a 14th day on a Saturday, Sunday or one of `options.holidays` moves to the
 * next working day (§193 BGB). After the window the answer is a refusal value,
 * not an error, and nothing changes.
 *
 * @param account - the add-on account
 * @param request - the booking and the day of the withdrawal
 * @param options - the holiday calendar that moves the window's end
 * @returns `{ ok: true, account, removed, credits, window }` or
 *   `{ ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', windowEnd, allowedFrom: null }`
 * @throws TarifkitError `NOT_BOOKED` (field `request.bookingId`) for a booking that
 *   was never made, `ALREADY_ENDED` for one withdrawn already, `INVALID_DATE`,
 *   `OUT_OF_SEQUENCE` for a day outside the invoiced period, `INVALID_HOLIDAYS`
 *   for a bad holiday list. On error nothing changes.
 * @example
 * ```ts
 * // Booked on Saturday 2026-03-07: day 14 is Saturday 2026-03-21, so Monday
 * // 2026-03-23 is still in time and the draft item leaves the collective invoice.
 * withdrawAddOn(account, { bookingId: 'users#1', on: '2026-03-23' }).ok; // true
 * const late = withdrawAddOn(account, { bookingId: 'users#1', on: '2026-03-24' });
 * if (!late.ok) late.windowEnd.toString(); // "2026-03-23"
 * ```
 */
export function withdrawAddOn(
  account: AddOnAccount,
  request: WithdrawAddOnRequest,
  options: WithdrawAddOnOptions = {},
): WithdrawAddOnResult {
  const state = new ChangeState(account, 0, 0);
  const result = withdrawIn(state, request.bookingId, request.on, options.holidays);
  if (!result.ok) return result;
  return { ok: true, account: state.toAccount(), removed: result.removed, credits: result.credits, window: result.window };
}
