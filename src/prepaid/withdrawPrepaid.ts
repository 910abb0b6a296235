import { isoOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { fail } from '../errors/fail.js';
import { withdrawalCredits } from '../lines/build.js';
import type { Line } from '../lines/types.js';
import { refuse } from '../refusal/refuse.js';
import { lastWithdrawalDay, owesValue, withdrawalHolidays } from '../rules/withdrawalDays.js';
import { accountOf } from './account.js';
import { actionDay, chargeLineOf, chargesOf, creditBack, finish, setItem, settleBefore, startWork, withdrawnRecord } from './engine.js';
import type { PrepaidAccount, PrepaidWithdrawOptions, PrepaidWithdrawResult } from './types.js';

/**
 * Withdraws a prepaid booking (§355 BGB, R13, R31): within its window the item
 * ends at once, its renewals stop, and what its cycle took from the balance
 * goes back to the balance, with a `withdrawalCredit` line and ledger entry.
 * The window is 14 days from the booking day (§187 BGB), or 12 months and 14
 * days when it was booked with `instructed: false` (§356(3) BGB), its last day
 * moved past Saturdays, Sundays and public holidays as {@link withdrawalWindow}
 * moves it (§193 BGB, R30). Everything paid is credited, unless it was booked
 * with `earlyStart: true` after a proper instruction (§357a(2) BGB): then the
 * days before the withdrawal day stay charged pro rata and only the rest is
 * credited, so kept and credited add up to what was paid, to the cent. The
 * renewals due before `on` are settled first (and credited too, where due).
 *
 * @param account - the account
 * @param bookingId - the id of the package or option
 * @param on - the day of the withdrawal, the first day without the item; not before
 *   `account.advancedTo`
 * @param options - `state`: the customer's state, whose own holidays count too; `holidays`: more
 *   holidays (ISO dates)
 * @returns `{ ok: true, account, lines, notices }`: the item ended with `withdrawnOn`, the
 *   `withdrawalCredit` lines after what settling produced; or the refusal
 *   `WITHDRAWAL_WINDOW_CLOSED` (details `bookingId`, `bookedOn`, `lastDay`)
 * @throws TarifkitError `INVALID_ARGUMENT` for an account that is none, an id that is no text or
 *   options that are no record, `UNKNOWN_ID` for an id never booked (field `bookingId`, with the
 *   known ids), `ALREADY_ENDED` when it was withdrawn before (field `bookingId`), `INVALID_DATE`,
 *   `OUT_OF_ORDER` for a day before `account.advancedTo` or before an action already recorded
 *   (field `on`), `INVALID_STATE`, `INVALID_HOLIDAYS`
 * @example
 * ```ts
 * import { bookPrepaid, openPrepaidAccount, topUp, withdrawPrepaid } from 'tarifkit';
 *
 * // 9,99 € for 30 days, booked on 2026-03-19 with an express early start, 20 € on the account.
 * const offer = { id: 'basic-s', name: 'Prepaid Basic S', unitCents: 999, vatRate: 19, cycleDays: 30 } as const;
 * const funded = topUp(openPrepaidAccount('2026-03-19'), 2000, '2026-03-19').account;
 * const booked = bookPrepaid(funded, offer, '2026-03-19', { earlyStart: true }); // balance 1001
 * if (booked.ok) {
 *   // Withdrawn on 2026-03-25: 6 of 30 days used, 2,00 € kept, 7,99 € back on the balance.
 *   const step = withdrawPrepaid(booked.account, 'basic-s', '2026-03-25');
 *   if (step.ok) {
 *     step.lines[0]?.reason;             // "withdrawalCredit"
 *     step.lines[0]?.cents;              // -799
 *     step.account.balanceCents;         // 1800
 *     step.account.items[0]?.status;     // "ended"
 *   }
 *   // The 14 days end on Thursday 2026-04-02: on Good Friday the window has closed.
 *   const late = withdrawPrepaid(booked.account, 'basic-s', '2026-04-03');
 *   if (!late.ok) late.details.lastDay;  // "2026-04-02"
 * }
 * ```
 */
export function withdrawPrepaid(account: PrepaidAccount, bookingId: string, on: DateInput, options?: PrepaidWithdrawOptions): PrepaidWithdrawResult {
  const known = accountOf(account);
  if (typeof bookingId !== 'string') fail('INVALID_ARGUMENT', 'bookingId', bookingId);
  const holidays = withdrawalHolidays(options);
  const day = actionDay(known, on);
  const index = known.items.findIndex((item) => item.id === bookingId);
  if (index < 0) fail('UNKNOWN_ID', 'bookingId', bookingId, { known: known.items.map((item) => item.id) });
  const work = startWork(known, 'on');
  settleBefore(work, day);
  const item = work.items[index]!;
  const slot = work.slots[index]!;
  if (item.status === 'ended' && item.withdrawnOn !== undefined) fail('ALREADY_ENDED', 'bookingId', bookingId, { withdrawnOn: item.withdrawnOn });
  const last = lastWithdrawalDay(slot.bookedDay, holidays, item.instructed !== false);
  if (day > last) return refuse('WITHDRAWAL_WINDOW_CLOSED', null, { bookingId, bookedOn: item.bookedOn, lastDay: isoOf(last) });
  // §357a(2) BGB: the used days' value stays owed only after an express early start and a proper instruction.
  const owed = owesValue(item);
  const credits: Line[] = [];
  let cents = 0;
  for (const entry of chargesOf(work, bookingId)) {
    for (const credit of withdrawalCredits(chargeLineOf(item.offer, entry.period, item.cycleDays, entry.reason), day, owed)) {
      credits.push(credit);
      cents -= credit.cents;
    }
  }
  setItem(work, index, withdrawnRecord(item, slot, day), slot);
  creditBack(work, bookingId, day, cents, credits);
  return finish(work);
}
