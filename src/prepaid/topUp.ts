import type { DateInput } from '../calendar/types.js';
import { centsAmountOf } from '../money/cents.js';
import { accountOf } from './account.js';
import { actionDay, addTopUp, finish, settleBefore, startWork } from './engine.js';
import type { PrepaidAccount, PrepaidStep } from './types.js';

/**
 * Puts money on a prepaid account (R17). The renewals due before the top-up
 * day are settled first, without this money. The renewals due on the top-up
 * day itself come after it and can use it, unless the account was already
 * advanced to that day ({@link advancePrepaid}): then they are settled, and
 * the money only counts for later renewals. The account is left advanced to
 * the day before the top-up day, or where it was if that is later.
 *
 * A top-up never brings back a period that has lapsed: book the item again
 * for a new cycle.
 *
 * @param account - the account
 * @param cents - the amount in the account's minor units: a whole number, not negative
 * @param on - the day the money arrives; not before `account.advancedTo`
 * @returns `{ ok: true, account, lines, notices }`: the account with a `topUp` ledger entry,
 *   and the lines and notices of the renewals settled before `on`
 * @throws TarifkitError `INVALID_ARGUMENT` / `INVALID_DATE` / … for an account that is none (field
 *   `account…`), `INVALID_AMOUNT` for a negative or fractional amount or top-ups beyond 10^15
 *   (field `cents`), `INVALID_DATE` for a bad day, `OUT_OF_ORDER` for a day before
 *   `account.advancedTo` or before an action already recorded (field `on`)
 * @example
 * ```ts
 * import { advancePrepaid, bookPrepaid, openPrepaidAccount, topUp } from 'tarifkit';
 *
 * const offer = { id: 'basic-s', name: 'Prepaid Basic S', unitCents: 999, vatRate: 19 } as const;
 * const funded = topUp(openPrepaidAccount('2026-01-31'), 1500, '2026-01-31').account;
 * const booked = bookPrepaid(funded, offer, '2026-01-31'); // 5,01 € left, renewal due 2026-02-28
 * if (booked.ok) {
 *   // A top-up on the renewal day, before advancing to it, comes before the renewal: it is paid.
 *   const step = topUp(booked.account, 1500, '2026-02-28');
 *   step.account.balanceCents;                                   // 2001: the renewal is not settled yet
 *   step.account.advancedTo;                                     // "2026-02-27"
 *   advancePrepaid(step.account, '2026-02-28').lines[0]?.reason; // "renewal"
 *   // Advanced to the renewal day first, the renewal has lapsed: the top-up comes too late for it.
 *   const late = topUp(advancePrepaid(booked.account, '2026-02-28').account, 1500, '2026-02-28');
 *   late.account.items[0]?.status;                               // "lapsed"
 *   late.account.balanceCents;                                   // 2001
 * }
 * ```
 */
export function topUp(account: PrepaidAccount, cents: number, on: DateInput): PrepaidStep {
  const known = accountOf(account);
  const amount = centsAmountOf(cents, 'cents');
  const day = actionDay(known, on);
  const work = startWork(known, 'on');
  settleBefore(work, day);
  addTopUp(work, day, amount);
  return finish(work);
}
