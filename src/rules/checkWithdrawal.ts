import { isoOf, landingIn, periodOf } from '../calendar/days.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput } from '../calendar/types.js';
import { fail, optionsOf } from '../errors/fail.js';
import { refuse } from '../refusal/refuse.js';
import type { Refusal } from '../refusal/types.js';
import type { WithdrawalAllowed, WithdrawalOptions } from './types.js';
import { instructedOf, lastWithdrawalDay, withdrawalHolidays } from './withdrawalDays.js';

/**
 * Whether a withdrawal asked for on `requestedOn` is still in time (R13, R16).
 *
 * A request on the booking day itself or on any day of {@link withdrawalWindow} is in
 * time. A later one is a business refusal, returned (not thrown), whose
 * `details.lastDay` is the last day the window was open.
 *
 * @param bookedOn - the day the booking was made
 * @param requestedOn - the day the customer asks to withdraw
 * @param options - the customer's state and more holidays, as for {@link withdrawalWindow}, and
 *   whether the customer was given a proper withdrawal instruction (default true; false: 12 months
 *   and 14 days, §356(3) BGB, R31)
 * @returns `{ ok: true, window }`, or a refusal `WITHDRAWAL_WINDOW_CLOSED` with `allowedFrom: null`
 * @throws TarifkitError `INVALID_DATE` for an invalid date, `INVALID_STATE` for an unknown
 *   state, `INVALID_HOLIDAYS` for a bad holiday list, `INVALID_ARGUMENT` for options that are no
 *   record or an `instructed` that is no boolean, `END_BEFORE_START` (field `requestedOn`) when the request lies before the booking
 * @example
 * ```ts
 * import { checkWithdrawal } from 'tarifkit';
 *
 * // Booked 2026-03-07: the 14th day is a Saturday, so Monday 2026-03-23 is still in time.
 * checkWithdrawal('2026-03-07', '2026-03-23').ok; // true
 * const late = checkWithdrawal('2026-03-07', '2026-03-24');
 * if (!late.ok) late.details.lastDay; // "2026-03-23"
 * // Booked 2026-11-04: day 14 is Wednesday 2026-11-18, Repentance Day in Saxony.
 * checkWithdrawal('2026-11-04', '2026-11-19', { state: 'SN' }).ok; // true
 * checkWithdrawal('2026-11-04', '2026-11-19').ok; // false
 * // Without a proper instruction, a withdrawal ten months later is still in time (§356(3) BGB).
 * checkWithdrawal('2026-03-19', '2027-01-19', { instructed: false }).ok; // true
 * ```
 */
export function checkWithdrawal(bookedOn: DateInput, requestedOn: DateInput, options?: WithdrawalOptions): WithdrawalAllowed | Refusal {
  const bookedDay = epochDayFromInput(bookedOn, 'bookedOn');
  const requestedDay = epochDayFromInput(requestedOn, 'requestedOn');
  const holidays = withdrawalHolidays(options);
  const instructed = instructedOf(optionsOf(options).instructed);
  if (requestedDay < bookedDay) fail('END_BEFORE_START', 'requestedOn', `${String(bookedOn)}..${String(requestedOn)}`);
  return landingIn('bookedOn', bookedOn, () => {
    const last = lastWithdrawalDay(bookedDay, holidays, instructed);
    if (requestedDay <= last) return { ok: true, window: periodOf(bookedDay + 1, last + 1) } as const;
    return refuse('WITHDRAWAL_WINDOW_CLOSED', null, { bookedOn: isoOf(bookedDay), lastDay: isoOf(last) });
  });
}
