import { isoOf, landingIn } from '../calendar/days.js';
import { epochDayOfClampedMonth, isoWeekday, packedDay, packedMonth, packedYear, packedYmdFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import { fail, recordOf } from '../errors/fail.js';
import { refuse } from '../refusal/refuse.js';
import type { Refusal } from '../refusal/types.js';
import { withdrawalHolidays } from '../rules/withdrawalDays.js';
import type { DayCheck } from '../holidays/calendar.js';
import type { PriceChangeAccepted, PriceChangeInput, PriceChangeOptions } from './types.js';

/** The day `months` months after `day`, clamped to the month's last day (§188 (2), (3) BGB). */
function plusMonths(day: number, months: number): number {
  const packed = packedYmdFromEpochDay(day);
  return epochDayOfClampedMonth(packedYear(packed), packedMonth(packed), months, packedDay(packed));
}

/** The first day `notified` for which `plusMonths(notified, 2)` reaches `effectiveDay`. */
function earliestNotification(effectiveDay: number): number {
  let day = plusMonths(effectiveDay, -2);
  while (plusMonths(day - 1, 2) >= effectiveDay) day -= 1;
  while (plusMonths(day, 2) < effectiveDay) day += 1;
  return day;
}

/** The day itself, or the next working day after a Saturday, Sunday or holiday (§193 BGB). */
function workingDayFrom(day: number, holidays: DayCheck): number {
  let out = day;
  for (;;) {
    const weekday = isoWeekday(out);
    if (weekday === 6) out += 2;
    else if (weekday === 7) out += 1;
    else if (holidays.has(out)) out += 1;
    else return out;
  }
}

/**
 * Checks a telecom price change against TKG §57 (2) (R32): it must be notified at
 * least one month and at most two months before it takes effect. A change notified
 * in time gives the customer a special termination right for three months from the
 * notification, ending the contract at the earliest on the day the change takes effect.
 *
 * "One month ahead" counts as months are added: notified 2026-10-15, the change may take
 * effect from 2026-11-15 on; notified 2026-01-31, from 2026-02-28 on (clamped).
 *
 * @param change - the day the notification reached the customer, and the first day of the new price
 * @param options - the customer's state and more holidays, for the §193 BGB shift of the window's last day (nationwide holidays by default)
 * @returns `{ ok: true, lastTerminationDay, earliestEnd, ... }`, or a refusal:
 *   `PRICE_CHANGE_NOTICE_TOO_SHORT` (less than a month ahead) with `allowedFrom` the first
 *   effective day that notification allows, or `PRICE_CHANGE_NOTIFIED_TOO_EARLY` (more than two
 *   months ahead) with `allowedFrom: null` and `details.notifyFrom`, the first day a notification
 *   for that effective day may be sent
 * @throws TarifkitError `INVALID_ARGUMENT` for a change that is no record, `INVALID_DATE` for a
 *   bad day, `END_BEFORE_START` (field `change.effectiveOn`) for a change effective before its
 *   notification, `INVALID_STATE` for an unknown state, `INVALID_HOLIDAYS` for a bad holiday list
 * @example
 * ```ts
 * import { checkPriceChange, explainRefusal } from 'tarifkit';
 *
 * const change = checkPriceChange({ notifiedOn: '2026-09-15', effectiveOn: '2026-11-01' });
 * if (change.ok) change.lastTerminationDay; // "2026-12-15": three months from the notification
 * if (change.ok) change.earliestEnd;        // "2026-11-01": the new price is never owed
 *
 * const late = checkPriceChange({ notifiedOn: '2026-10-15', effectiveOn: '2026-11-01' });
 * late.ok; // false
 * if (!late.ok) late.allowedFrom; // "2026-11-15"
 * if (!late.ok) explainRefusal(late, 'en'); // "The price change from 2026-11-01 was notified on 2026-10-15, less than one month ahead (TKG §57 (2)). Possible from 2026-11-15."
 * checkPriceChange({ notifiedOn: '2026-10-15', effectiveOn: '2026-10-01' }); // throws END_BEFORE_START
 * ```
 */
export function checkPriceChange(change: PriceChangeInput, options?: PriceChangeOptions): PriceChangeAccepted | Refusal {
  const data = recordOf(change, 'change');
  const notifiedDay = epochDayFromInput(data.notifiedOn, 'change.notifiedOn');
  const effectiveDay = epochDayFromInput(data.effectiveOn, 'change.effectiveOn');
  const holidays = withdrawalHolidays(options);
  if (effectiveDay < notifiedDay) fail('END_BEFORE_START', 'change.effectiveOn', `${String(data.notifiedOn)}..${String(data.effectiveOn)}`);
  return landingIn('change.notifiedOn', data.notifiedOn, () => {
    const details = { notifiedOn: isoOf(notifiedDay), effectiveOn: isoOf(effectiveDay) };
    const earliestEffective = plusMonths(notifiedDay, 1);
    if (effectiveDay < earliestEffective) return refuse('PRICE_CHANGE_NOTICE_TOO_SHORT', earliestEffective, details);
    if (effectiveDay > plusMonths(notifiedDay, 2)) {
      return refuse('PRICE_CHANGE_NOTIFIED_TOO_EARLY', null, { ...details, notifyFrom: isoOf(earliestNotification(effectiveDay)) });
    }
    return {
      ok: true,
      notifiedOn: details.notifiedOn,
      effectiveOn: details.effectiveOn,
      lastTerminationDay: isoOf(workingDayFrom(plusMonths(notifiedDay, 3), holidays)),
      earliestEnd: details.effectiveOn,
    } as const;
  });
}
