import type { DateInput } from '../calendar/types.js';
import type { Money } from '../money/types.js';
import { addTopUp, finish, settle, startWork } from './settle.js';
import type { PrepaidAccount, PrepaidStep } from './types.js';
import { actionDay, amountCents } from './validate.js';

/**
 * Puts money on a prepaid account (R17). The account is first settled up to
 * the top-up day, so renewals due before it are paid (or lapse) without this
 * money; renewals due on the top-up day itself come after it and can use it.
 *
 * A top-up never brings back a period that has lapsed: book the item again
 * for a new cycle.
 *
 * @param account - the account
 * @param amount - the amount, not negative, in the account's currency
 * @param on - the day the money arrives; not before `account.settledTo`
 * @returns the new account with a `topUp` ledger entry, plus the lines and events of the renewals settled before `on`
 * @throws TarifkitError `INVALID_AMOUNT` for a negative or fractional amount (field `amount`),
 *   `CURRENCY_MISMATCH` for another currency, `INVALID_DATE` for a bad day,
 *   `OUT_OF_ORDER` for a day before `account.settledTo`
 * @example
 * ```ts
 * // A 9,99 € package booked on 2026-01-31 with 15 €: 5,01 € left, the renewal is due on 2026-02-28.
 * // A top-up on that very day comes before the renewal, so the renewal goes through.
 * const step = topUp(account, money(1500), '2026-02-28');
 * step.account.balanceCents;                                     // 2001: renewal not yet settled
 * advancePrepaid(step.account, '2026-03-01').lines[0].reason;    // "renewal"
 * topUp(account, money(-500), '2026-02-28'); // throws INVALID_AMOUNT; `account` is unchanged
 * ```
 */
export function topUp(account: PrepaidAccount, amount: Money, on: DateInput): PrepaidStep {
  const cents = amountCents(amount, account.currency, 'amount');
  const day = actionDay(account, on, 'on');
  const work = startWork(account);
  settle(work, day);
  addTopUp(work, day, cents);
  return finish(work);
}
