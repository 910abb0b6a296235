import type { DateInput } from '../calendar/types.js';
import { fail } from '../errors/fail.js';
import { accountOf } from './account.js';
import { actionDay, finish, setItem, settleBefore, startWork, withRenews } from './engine.js';
import type { PrepaidAccount, PrepaidStep } from './types.js';

/**
 * Stops an active package or option from renewing (the SMS command "Stop"): it
 * stays usable to the end of the period already paid and then ends, with a
 * `prepaidEnded` notice, instead of renewing. The renewals due before `on` are
 * settled first. Cancelled on the day its renewal is due, it ends that day (the
 * caller's actions come before the renewals of a day), unless the account was
 * already advanced to that day: then the renewal has been settled (see
 * {@link advancePrepaid}) and the item ends at the end of the period it paid.
 * Cancelling an item already cancelled changes nothing.
 *
 * The 48-hour deadline of R12 is not applied here: a caller that must honour it
 * checks the request instant against the period end first
 * ({@link cancellationDeadline}) and calls this function once the cancellation
 * is in time for that end.
 *
 * @param account - the account
 * @param itemId - the id of the package or option
 * @param on - the day of the cancellation; not before `account.advancedTo`
 * @returns `{ ok: true, account, lines, notices }`: the item with `renews: false`, and what settling produced
 * @throws TarifkitError `INVALID_ARGUMENT` for an account that is none or an id that is no text,
 *   `UNKNOWN_ID` for an id never booked (field `itemId`, with the known ids), `ALREADY_ENDED`
 *   when it lapsed or ended by `on` (field `itemId`), `INVALID_DATE`, `OUT_OF_ORDER` for a day before
 *   `account.advancedTo` or before an action already recorded (field `on`)
 * @example
 * ```ts
 * import { advancePrepaid, bookPrepaid, cancelPrepaid, openPrepaidAccount, topUp } from 'tarifkit';
 *
 * const sms = { id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 } as const;
 * const funded = topUp(openPrepaidAccount('2026-03-05'), 5000, '2026-03-05').account;
 * const booked = bookPrepaid(funded, sms, '2026-03-05', { kind: 'option' }); // period 03-05 to 04-01
 * if (booked.ok) {
 *   // Cancelled on the last day of its period, the option still ends at that period's end.
 *   const step = cancelPrepaid(booked.account, 'sms', '2026-04-01');
 *   advancePrepaid(step.account, '2026-04-02').notices[0]?.on; // "2026-04-02": the first day without
 * }
 * ```
 */
export function cancelPrepaid(account: PrepaidAccount, itemId: string, on: DateInput): PrepaidStep {
  const known = accountOf(account);
  if (typeof itemId !== 'string') fail('INVALID_ARGUMENT', 'itemId', itemId);
  const day = actionDay(known, on);
  const items = known.items;
  const index = items.findIndex((item) => item.id === itemId);
  if (index < 0) fail('UNKNOWN_ID', 'itemId', itemId, { known: items.map((item) => item.id) });
  const work = startWork(known, 'on');
  settleBefore(work, day);
  const item = work.items[index]!;
  if (item.status !== 'active') fail('ALREADY_ENDED', 'itemId', itemId, { status: item.status });
  if (item.renews) {
    const slot = work.slots[index]!;
    setItem(work, index, withRenews(item, slot, false), slot);
    // Cancelled on its renewal day, still open (not advanced to it): the caller comes first, so it ends today.
    settleBefore(work, day);
  }
  return finish(work);
}
