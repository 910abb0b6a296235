import type { DateInput } from '../calendar/types.js';
import { centsAmountOf } from '../money/cents.js';
import { accountOf } from './account.js';
import { actionDay, addTopUp, finish, settle, startWork } from './engine.js';
import type { PrepaidAccount, PrepaidStep } from './types.js';

/**
 * Puts money on a prepaid account (R17). The account is first settled up to
 * the top-up day, so renewals due before it are paid (or lapse) without this
 * money; renewals due on the top-up day itself come after it and can use it.
 *
 * A top-up never brings back a period that has lapsed: book the item again
 * for a new cycle.
 *
 * @param account - the account
 * @param cents - the amount in the account's minor units: a whole number, not negative
 * @param on - the day the money arrives; not before `account.settledTo`
 * @returns `{ ok: true, account, lines, notices }`: the account with a `topUp` ledger entry,
 *   and the lines and notices of the renewals settled before `on`
 * @throws TarifkitError `INVALID_ARGUMENT` / `INVALID_DATE` / … for an account that is none (field
 *   `account…`), `INVALID_AMOUNT` for a negative or fractional amount or top-ups beyond 10^15
 *   (field `cents`), `INVALID_DATE` for a bad day, `OUT_OF_ORDER` for a day before
 *   `account.settledTo` (field `on`)
 * @example
 * ```ts
 * import { advancePrepaid, bookPrepaid, openPrepaidAccount, topUp } from 'tarifkit';
 *
 * const offer = { id: 'basic-s', name: 'Prepaid Basic S', unitCents: 999, vatRate: 19 } as const;
 * const funded = topUp(openPrepaidAccount('2026-01-31'), 1500, '2026-01-31').account;
 * const booked = bookPrepaid(funded, offer, '2026-01-31'); // 5,01 € left, renewal due 2026-02-28
 * if (booked.ok) {
 *   // A top-up on the renewal day comes before the renewal, so the renewal goes through.
 *   const step = topUp(booked.account, 1500, '2026-02-28');
 *   step.account.balanceCents;                                 // 2001: the renewal is not settled yet
 *   advancePrepaid(step.account, '2026-03-01').lines[0]?.reason; // "renewal"
 * }
 * ```
 */
export function topUp(account: PrepaidAccount, cents: number, on: DateInput): PrepaidStep {
  const checked = accountOf(account);
  const amount = centsAmountOf(cents, 'cents');
  const day = actionDay(checked, on, 'on');
  const work = startWork(checked, 'on');
  settle(work, day);
  addTopUp(work, day, amount);
  return finish(work);
}
