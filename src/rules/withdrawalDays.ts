/**
 * The withdrawal window on integers: epoch days and a set of holiday epoch days (R13).
 *
 * @internal
 * @module
 */
import { TarifkitError } from '../errors/TarifkitError.js';
import { daysInMonth, epochDayFromYmd, isoWeekday, packedDay, packedMonth, packedYear, packedYmdFromEpochDay, type EpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import { optionsOf } from '../errors/fail.js';
import { holidayCheck, regionOf, type DayCheck } from '../holidays/calendar.js';

/** The days of the withdrawal period (R13): 14 days, the booking day not counted (§187 BGB). */
export const WITHDRAWAL_DAYS = 14;

/**
 * The unshifted last day of a withdrawal period made without a proper instruction (§356(3) BGB,
 * R31): twelve months after the end of the 14-day period, on the day of the month that has the
 * 14th day's number, or the month's last day when it has no such day (§188(2), (3) BGB).
 */
export function uninstructedLastDay(bookedDay: EpochDay): EpochDay {
  const packed = packedYmdFromEpochDay(bookedDay + WITHDRAWAL_DAYS);
  const year = packedYear(packed) + 1;
  const month = packedMonth(packed);
  const day = packedDay(packed);
  const last = daysInMonth(year, month);
  return epochDayFromYmd(year, month, day < last ? day : last);
}

/**
 * The `instructed` option (§356(3) BGB, R31): true (the default) when the customer was
 * given a proper withdrawal instruction.
 * @throws TarifkitError `INVALID_ARGUMENT` when it is given and no boolean
 */
export function instructedOf(value: unknown, field = 'options.instructed'): boolean {
  if (value === undefined || value === true) return true;
  if (value !== false) throw new TarifkitError('INVALID_ARGUMENT', { field, value });
  return false;
}

const NO_HOLIDAYS: ReadonlySet<EpochDay> = new Set();

/**
 * Reads a holiday list at the boundary.
 * @throws TarifkitError `INVALID_HOLIDAYS` when it is not an array of ISO dates
 */
export function holidaySet(holidays: unknown, field = 'options.holidays'): ReadonlySet<EpochDay> {
  if (holidays === undefined) return NO_HOLIDAYS;
  if (!Array.isArray(holidays) || holidays.length > 100_000) throw new TarifkitError('INVALID_HOLIDAYS', { field, value: holidays });
  const days = new Set<EpochDay>();
  for (let i = 0; i < holidays.length; i += 1) {
    try {
      days.add(epochDayFromInput(holidays[i], `${field}.${i}`));
    } catch (cause) {
      throw new TarifkitError('INVALID_HOLIDAYS', { field: `${field}.${i}`, value: holidays[i] }, { cause });
    }
  }
  return days;
}

/**
 * The days a withdrawal window skips (R13, R30): the nationwide public holidays,
 * the state's own when `options.state` names one, and `options.holidays`.
 * @throws TarifkitError `INVALID_ARGUMENT` for options that are no record,
 *   `INVALID_STATE` for an unknown state, `INVALID_HOLIDAYS` for a bad list
 */
export function withdrawalHolidays(options: unknown): DayCheck {
  const data = optionsOf(options);
  const region = regionOf(data.state, 'options.state');
  return holidayCheck(region, holidaySet(data.holidays));
}

/**
 * The last day on which a booking made on `bookedDay` can be withdrawn: the 14th day
 * after it (§187 BGB), or without a proper instruction 12 months after that (§356(3) BGB),
 * moved on to the next working day while it is a Saturday, Sunday or holiday (§193 BGB).
 * Integers in, integer out.
 */
export function lastWithdrawalDay(bookedDay: EpochDay, holidays: DayCheck, instructed = true): EpochDay {
  let last = instructed ? bookedDay + WITHDRAWAL_DAYS : uninstructedLastDay(bookedDay);
  for (;;) {
    const weekday = isoWeekday(last);
    if (weekday === 6) last += 2;
    else if (weekday === 7) last += 1;
    else if (holidays.has(last)) last += 1;
    else return last;
  }
}

/** A booking's withdrawal facts (R31), as booking events give them. */
export interface BookingFlags {
  /** False: booked without a proper withdrawal instruction (§356(3) BGB). */
  readonly instructed?: boolean | undefined;
  /** True: an express early start within the window (§357a(2) BGB). */
  readonly earlyStart?: boolean | undefined;
}

/**
 * The booking with the flags that differ from the default written in, as its last fields (the
 * stored order): `instructed` only as false, `earlyStart` only as true. Changes `booking`, which
 * the caller has just made.
 */
export function withFlags<T extends { instructed?: boolean; earlyStart?: boolean }>(booking: T, flags: BookingFlags): T {
  if (flags.instructed === false) booking.instructed = false;
  if (flags.earlyStart === true) booking.earlyStart = true;
  return booking;
}

/** Whether a withdrawal keeps the used days' value charged: an express early start after a proper instruction (§357a(2) BGB). */
export function owesValue(booking: BookingFlags): boolean {
  return booking.earlyStart === true && booking.instructed !== false;
}
