import type { DateInput } from '../calendar/types.js';
import { accountOf } from './account.js';
import { advanceDay, finish, settleThrough, startWork } from './engine.js';
import type { PrepaidAccount, PrepaidStep } from './types.js';

/**
 * Moves a prepaid account forward to a day (R7, R17): every renewal due after
 * `account.advancedTo` and on or before `to` is paid from the balance if it
 * covers the whole price, and otherwise the item lapses from that day; the
 * account is then advanced to `to`. Renewals run in date order; on one day the
 * package comes before options, then the cycle booked earlier, then the
 * smaller id. A cancelled item ends at its period end. No clock inside: `to`
 * is the caller's "today", inclusive, as for {@link advance}.
 *
 * Order on one day: a top-up, booking or cancellation on a day comes before
 * that day's renewals while the account is not yet advanced to that day, so a
 * top-up on the renewal day made before `advancePrepaid(account, thatDay)`
 * still pays the renewal; one made after it comes after the renewal (which has
 * lapsed by then, if the balance did not cover it). Advancing again to the
 * same day changes nothing. The renewal periods of an item follow each other
 * without gap or overlap until it lapses or ends; the balance never goes
 * negative.
 *
 * @param account - the account
 * @param to - the day to move to (inclusive); not before `account.advancedTo`
 * @returns `{ ok: true, account, lines, notices }`: the account advanced to `to`, the `renewal`
 *   lines and the lapses and ends, in date order
 * @throws TarifkitError `INVALID_ARGUMENT` (and the other checks of a revived account) for an
 *   account that is none, `INVALID_DATE` for a bad day, `OUT_OF_ORDER` for a day before
 *   `account.advancedTo`, `NOT_WITHIN` for more than 100,000 renewals at once (field `to`)
 * @example
 * ```ts
 * import { advancePrepaid, bookPrepaid, openPrepaidAccount, topUp } from 'tarifkit';
 *
 * // 25 € topped up and a 9,99 € four-week package booked on 2026-01-31 (15,01 € left):
 * // advanced to 2026-03-28, the renewal on 2026-02-28 is paid and the one due on 2026-03-28 lapses.
 * const offer = { id: 'basic-s', name: 'Prepaid Basic S', unitCents: 999, vatRate: 19 } as const;
 * const booked = bookPrepaid(topUp(openPrepaidAccount('2026-01-31'), 2500, '2026-01-31').account, offer, '2026-01-31');
 * if (booked.ok) {
 *   const { account, lines, notices } = advancePrepaid(booked.account, '2026-03-28');
 *   lines.map((line) => line.range?.start); // ["2026-02-28"]
 *   notices[0]?.on;                         // "2026-03-28"
 *   account.items[0]?.status;               // "lapsed"
 *   account.balanceCents;                   // 502
 *   account.advancedTo;                     // "2026-03-28"
 * }
 *
 * // 15 € and the same package: 5,01 € left, the renewal on 2026-02-28 needs 9,99 €.
 * const short = bookPrepaid(topUp(openPrepaidAccount('2026-01-31'), 1500, '2026-01-31').account, offer, '2026-01-31');
 * if (short.ok) {
 *   // Topped up on the renewal day before advancing to it: the renewal is paid.
 *   const saved = advancePrepaid(topUp(short.account, 1000, '2026-02-28').account, '2026-02-28');
 *   saved.lines[0]?.reason;     // "renewal"
 *   saved.account.balanceCents; // 502
 *   // Advanced to the renewal day first: the renewal lapses, the top-up comes after it.
 *   const lapsed = advancePrepaid(short.account, '2026-02-28');
 *   lapsed.notices[0]?.type;    // "prepaidLapsed"
 *   topUp(lapsed.account, 1000, '2026-02-28').account.items[0]?.status; // "lapsed"
 * }
 * ```
 */
export function advancePrepaid(account: PrepaidAccount, to: DateInput): PrepaidStep {
  const known = accountOf(account);
  const day = advanceDay(known, to);
  const work = startWork(known, 'to');
  settleThrough(work, day);
  return finish(work);
}
