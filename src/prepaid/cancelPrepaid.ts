import type { DateInput } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { finish, setItem, settle, startWork } from './settle.js';
import { activeItem, type ItemState } from './state.js';
import type { PrepaidAccount, PrepaidStep } from './types.js';
import { actionDay } from './validate.js';

/**
 * Stops an active package or option from renewing (seed 003's "Stop"): it
 * stays usable to the end of the period already paid and then ends, with an
 * `ended` event, instead of renewing. The account is first settled up to `on`.
 *
 * The 48-hour deadline of R12 is not applied here: a caller that must honour it
 * checks the request time against the period end first (see the rules module)
 * and calls this function once the cancellation is in time for that end.
 *
 * @param account - the account
 * @param itemId - the id of the package or option
 * @param on - the day of the cancellation; not before `account.settledTo`
 * @returns the new account (the item with `renews: false`) and what settling produced
 * @throws TarifkitError `NOT_BOOKED` for an id never booked (field `itemId`), `ALREADY_ENDED` when it
 *   lapsed or ended by `on`, `INVALID_DATE`, `OUT_OF_ORDER`
 * @example
 * ```ts
 * // Cancelled on the last day of its period, the option still ends at that period's end.
 * const step = cancelPrepaid(account, 'sms', '2026-04-01');
 * advancePrepaid(step.account, '2026-04-03').events[0]?.type; // "ended" (from 2026-04-02)
 * ```
 */
export function cancelPrepaid(account: PrepaidAccount, itemId: string, on: DateInput): PrepaidStep {
  const day = actionDay(account, on, 'on');
  const index = account.items.findIndex((item) => item.id === itemId);
  if (index < 0) throw new TarifkitError('NOT_BOOKED', { field: 'itemId', value: itemId });
  const work = startWork(account);
  settle(work, day);
  const item = work.items[index]!;
  if (item.status !== 'active') {
    throw new TarifkitError('ALREADY_ENDED', { field: 'itemId', value: itemId, status: item.status });
  }
  const active = item as unknown as ItemState;
  if (active.renews) setItem(work, index, activeItem(active.facts, active.startDay, active.periodsPaid, false));
  return finish(work);
}
