import type { DateInput } from '../calendar/types.js';
import { accountOf } from './account.js';
import { actionDay, finish, settle, startWork } from './engine.js';
import type { PrepaidAccount, PrepaidStep } from './types.js';

/**
 * Moves a prepaid account forward (R7, R17): every renewal due in
 * `[account.settledTo, to)` is paid from the balance if it covers the whole
 * price, and otherwise the item lapses from that day. Renewals run in date
 * order; on one day the package comes before options, then the cycle booked
 * earlier, then the smaller id. A cancelled item ends at its period end. No
 * clock inside: `to` is the caller's "today".
 *
 * `to` is the first day not settled: renewals due on `to` stay open, so a
 * top-up on that day still counts for them. The renewal periods of an item
 * follow each other without gap or overlap until it lapses or ends; the
 * balance never goes negative.
 *
 * @param account - the account
 * @param to - the first day not settled; not before `account.settledTo`
 * @returns `{ ok: true, account, lines, notices }`: the `renewal` lines and the lapses and ends, in date order
 * @throws TarifkitError `INVALID_ARGUMENT` (and the other checks of a revived account) for an
 *   account that is none, `INVALID_DATE` for a bad day, `OUT_OF_ORDER` for a day before
 *   `account.settledTo`, `NOT_WITHIN` for more than 100,000 renewals at once (field `to`)
 * @example
 * ```ts
 * import { advancePrepaid, bookPrepaid, openPrepaidAccount, topUp } from 'tarifkit';
 *
 * // 25 € topped up and a 9,99 € four-week package booked on 2026-01-31 (15,01 € left):
 * // the renewal on 2026-02-28 is paid, the one on 2026-03-28 lapses (5,02 € left).
 * const offer = { id: 'basic-s', name: 'Prepaid Basic S', unitCents: 999, vatRate: 19 } as const;
 * const booked = bookPrepaid(topUp(openPrepaidAccount('2026-01-31'), 2500, '2026-01-31').account, offer, '2026-01-31');
 * if (booked.ok) {
 *   const { account, lines, notices } = advancePrepaid(booked.account, '2026-04-01');
 *   lines.map((line) => line.range?.start); // ["2026-02-28"]
 *   notices[0]?.type;                       // "prepaidLapsed"
 *   account.items[0]?.status;               // "lapsed"
 *   account.balanceCents;                   // 502
 * }
 * ```
 */
export function advancePrepaid(account: PrepaidAccount, to: DateInput): PrepaidStep {
  const checked = accountOf(account);
  const day = actionDay(checked, to, 'to');
  const work = startWork(checked, 'to');
  settle(work, day);
  return finish(work);
}
