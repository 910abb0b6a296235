/**
 * The baselines' own integer calendar and rounding, written by hand and shared by the
 * benchmarks. Nothing here comes from src/: a baseline must not measure the library against
 * itself. (H. Hinnant's days_from_civil / civil_from_days.)
 */

export function civilToDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function daysToCivil(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function monthLength(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function clampedStart(monthIndex: number, anchorDate: number): number {
  const y = Math.floor(monthIndex / 12);
  const m = monthIndex - y * 12 + 1;
  const len = monthLength(y, m);
  return civilToDays(y, m, anchorDate < len ? anchorDate : len);
}

/** Half up for non-negative integers: floor((2n + d) / 2d), exact below 2^52. */
export function halfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export function iso(day: number): string {
  const [y, m, d] = daysToCivil(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Epoch days whose ISO text {@link isoDay} keeps once written: 1970-01-01 to 2099-12-31, as a loader would. */
const ISO_MEMO_SIZE = 47_482;
const isoMemo: (string | undefined)[] = new Array<string | undefined>(ISO_MEMO_SIZE);

/** {@link iso}, written once per day for 1970–2099 and then looked up. */
export function isoDay(day: number): string {
  if (day >= 0 && day < ISO_MEMO_SIZE) return (isoMemo[day] ??= iso(day));
  return iso(day);
}

/** Signed half up (half away from zero), never -0: the rounding of credits and VAT. */
export function signedHalfUp(numerator: number, denominator: number): number {
  if (numerator >= 0) return halfUp(numerator, denominator);
  const magnitude = halfUp(-numerator, denominator);
  return magnitude === 0 ? 0 : -magnitude;
}

/** `-value`, never -0. */
export function negate(value: number): number {
  return value === 0 ? 0 : -value;
}

/** Easter Sunday of a Gregorian year as an epoch day (the anonymous Gregorian algorithm). */
function easterSunday(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilToDays(y, month, day);
}

/** Whether a day is a nationwide German public holiday (R30): the fixed ones and those around Easter. */
function nationwideHoliday(day: number): boolean {
  const [y, m, d] = daysToCivil(day);
  if ((m === 1 && d === 1) || (m === 5 && d === 1) || (m === 10 && d === 3) || (m === 12 && (d === 25 || d === 26))) return true;
  if (y === 2017 && m === 10 && d === 31) return true;
  const offset = day - easterSunday(y);
  return offset === -2 || offset === 1 || offset === 39 || offset === 50;
}

/**
 * The last day to withdraw (R13, R30): 14 days after booking (§187 BGB), moved past Saturday,
 * Sunday and the nationwide public holidays (§193 BGB).
 */
export function lastWithdrawalDay(booked: number): number {
  let last = booked + 14;
  for (;;) {
    const weekday = ((((last + 3) % 7) + 7) % 7) + 1; // 1 Monday … 7 Sunday; 1970-01-01 was a Thursday
    if (weekday >= 6 || nationwideHoliday(last)) last += 1;
    else return last;
  }
}

/** The epoch day of a `YYYY-MM-DD` text, read by hand from its digits. */
export function dayOfIso(text: string): number {
  const y = (text.charCodeAt(0) - 48) * 1000 + (text.charCodeAt(1) - 48) * 100 + (text.charCodeAt(2) - 48) * 10 + text.charCodeAt(3) - 48;
  const m = (text.charCodeAt(5) - 48) * 10 + text.charCodeAt(6) - 48;
  const d = (text.charCodeAt(8) - 48) * 10 + text.charCodeAt(9) - 48;
  return civilToDays(y, m, d);
}

/** The epoch day of the last Sunday of a month. */
export function lastSunday(y: number, m: number): number {
  const last = civilToDays(y, m, monthLength(y, m));
  const weekday = (((last + 3) % 7) + 7) % 7; // 0 Monday … 6 Sunday; 1970-01-01 was a Thursday
  return last - ((weekday + 1) % 7);
}

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Whether Berlin keeps summer time at a UTC millisecond (EU rule: 01:00 UTC last Sunday of March to 01:00 UTC last Sunday of October). */
export function berlinSummerAt(utcMs: number): boolean {
  const day = Math.floor(utcMs / MS_PER_DAY);
  const [y] = daysToCivil(day);
  return utcMs >= lastSunday(y, 3) * MS_PER_DAY + MS_PER_HOUR && utcMs < lastSunday(y, 10) * MS_PER_DAY + MS_PER_HOUR;
}

/**
 * The UTC millisecond of an instant written `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`,
 * read from its digits (the forms the benchmarks write).
 */
export function utcMsOfInstant(text: string): number {
  const hour = (text.charCodeAt(11) - 48) * 10 + text.charCodeAt(12) - 48;
  const minute = (text.charCodeAt(14) - 48) * 10 + text.charCodeAt(15) - 48;
  let at = 16;
  let second = 0;
  if (text.charCodeAt(at) === 58) {
    second = (text.charCodeAt(17) - 48) * 10 + text.charCodeAt(18) - 48;
    at = 19;
  }
  let offsetMinutes = 0;
  const mark = text.charCodeAt(at);
  if (mark === 43 || mark === 45) {
    const hours = (text.charCodeAt(at + 1) - 48) * 10 + text.charCodeAt(at + 2) - 48;
    const minutes = (text.charCodeAt(at + 4) - 48) * 10 + text.charCodeAt(at + 5) - 48;
    offsetMinutes = (mark === 45 ? -1 : 1) * (hours * 60 + minutes);
  }
  return dayOfIso(text) * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000 + second * 1000 - offsetMinutes * 60_000;
}

/** The day in Berlin of a UTC millisecond. */
export function berlinDayOfMs(utcMs: number): number {
  return Math.floor((utcMs + (berlinSummerAt(utcMs) ? 2 : 1) * MS_PER_HOUR) / MS_PER_DAY);
}

/** The UTC millisecond at which a day starts in Berlin (midnight never falls in a DST change there). */
export function berlinMidnightMs(day: number): number {
  const winter = day * MS_PER_DAY - MS_PER_HOUR;
  return berlinSummerAt(winter) ? day * MS_PER_DAY - 2 * MS_PER_HOUR : winter;
}
