/**
 * The TARGET calendar on epoch days (R29): the days on which the euro payment
 * system settles, and so the days a SEPA collection can be due or submitted.
 * TARGET is closed on Saturdays, Sundays, 1 January, Good Friday, Easter
 * Monday, 1 May, 25 and 26 December (the calendar in force since 2002).
 *
 * @internal
 * @module
 */
import { EASTER_OFFSETS, easterSunday } from '../calendar/easter.js';
import { isoWeekday, packedDay, packedMonth, packedYear, packedYmdFromEpochDay, type EpochDay } from '../calendar/epochDay.js';

/** Whether TARGET settles on an epoch day. */
export function isTargetDay(day: EpochDay): boolean {
  if (isoWeekday(day) >= 6) return false;
  const packed = packedYmdFromEpochDay(day);
  const month = packedMonth(packed);
  const date = packedDay(packed);
  if (month === 1) return date !== 1;
  if (month === 5) return date !== 1;
  if (month === 12) return date !== 25 && date !== 26;
  // Good Friday falls on 20 March at the earliest, Easter Monday on 26 April at the latest.
  if (month === 3 || month === 4) {
    const easter = easterSunday(packedYear(packed));
    return day !== easter + EASTER_OFFSETS.goodFriday && day !== easter + EASTER_OFFSETS.easterMonday;
  }
  return true;
}

/** The first TARGET business day on or after `day` (at most four days later: Good Friday to Easter Monday). */
export function targetDayOnOrAfter(day: EpochDay): EpochDay {
  let next = day;
  while (!isTargetDay(next)) next += 1;
  return next;
}

/** The last TARGET business day strictly before `day`. */
export function targetDayBefore(day: EpochDay): EpochDay {
  let previous = day - 1;
  while (!isTargetDay(previous)) previous -= 1;
  return previous;
}
