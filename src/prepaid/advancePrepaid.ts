import type { DateInput } from '../calendar/types.js';
import { finish, settle, startWork } from './settle.js';
import type { PrepaidAccount, PrepaidStep } from './types.js';
import { actionDay } from './validate.js';

/**
 * Settles a prepaid account up to a day (R7, R17): every renewal due in
 * `[account.settledTo, to)` is paid from the balance if it covers the price,
 * and otherwise the item lapses from that day. Renewals run in date order; on
 * one day the package comes before options, then the earlier-booked cycle, then
 * the smaller id. No clock inside: `to` is the caller's "now".
 *
 * Renewal periods of an item follow each other without gap or overlap until it
 * lapses or ends; the balance never goes negative.
 *
 * @param account - the account
 * @param to - the first day not settled: renewals due on `to` stay open (a top-up on that day still counts)
 * @returns the new account, the `renewal` lines in date order, and the lapses and ends
 * @throws TarifkitError `INVALID_DATE` for a bad day (field `to`), `OUT_OF_ORDER` for a day before `account.settledTo`
 * @example
 * ```ts
 * // 25 € topped up and a 9,99 € four-week package booked on 2026-01-31 (15,01 € left):
 * // the renewal on 2026-02-28 is paid, the one on 2026-03-28 lapses (5,02 € left).
 * const { account: later, lines, events } = advancePrepaid(account, '2026-04-01');
 * lines.map((l) => l.range?.toString());  // ["[2026-02-28, 2026-03-28)"]
 * events[0].type;                          // "lapsed"
 * later.items[0].status;                   // "lapsed", lapsedFrom 2026-03-28
 * later.balanceCents;                      // 502
 * ```
 */
export function advancePrepaid(account: PrepaidAccount, to: DateInput): PrepaidStep {
  const day = actionDay(account, to, 'to');
  const work = startWork(account);
  settle(work, day);
  return finish(work);
}
