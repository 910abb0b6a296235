import type { Temporal } from '@js-temporal/polyfill';
import { plainDateFromEpochDay } from '../calendar/epochDay.js';
import { cancelIn, ChangeState } from './state.js';
import type { AddOnAccount, CancelAddOnRequest, CancelAddOnResult } from './types.js';

class Cancellation implements CancelAddOnResult {
  declare readonly account: AddOnAccount;
  declare readonly endDay: number;

  constructor(account: AddOnAccount, endDay: number) {
    this.account = account;
    this.endDay = endDay;
  }

  get effective(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.endDay - 1);
  }
}

/**
 * Cancels an add-on (R15). Add-ons can be cancelled monthly: the status becomes
 * "cancellation effective <date>", the last day of the paid period. The add-on
 * stays usable to that day and then ends by itself; the next regular invoice no
 * longer charges it. Nothing is credited: the paid period is used.
 *
 * Cancelling again while a cancellation is pending changes nothing and gives
 * the same date.
 *
 * @param account - the add-on account
 * @param request - the booking and the day of the request
 * @returns the new account and the last day the add-on is usable
 * @throws TarifkitError `NOT_BOOKED` (field `request.bookingId`) for an unknown booking,
 *   `ALREADY_ENDED` for a booking that has ended or was withdrawn, `INVALID_DATE`,
 *   `OUT_OF_SEQUENCE` for a day outside the invoiced period. On error nothing changes.
 * @example
 * ```ts
 * // Billed monthly from the 18th, cancelled on 2026-04-05: usable through 2026-04-17.
 * const { account: next, effective } = cancelAddOn(account, { bookingId: 'storage#2', on: '2026-04-05' });
 * effective.toString(); // "2026-04-17"
 * // After the next regular invoice (2026-04-18) it has ended:
 * cancelAddOn(closeAddOnPeriod(next, '2026-04-18').account, { bookingId: 'storage#2', on: '2026-04-20' }); // throws ALREADY_ENDED
 * ```
 */
export function cancelAddOn(account: AddOnAccount, request: CancelAddOnRequest): CancelAddOnResult {
  const state = new ChangeState(account, 0, 0);
  const endDay = cancelIn(state, request.bookingId, request.on);
  // A second cancellation changes nothing: the same account comes back.
  return new Cancellation(state.isUnchanged() ? account : state.toAccount(), endDay);
}
