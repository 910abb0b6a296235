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

/** The epoch day of a `YYYY-MM-DD` text, read by hand from its digits. */
export function dayOfIso(text: string): number {
  const y = (text.charCodeAt(0) - 48) * 1000 + (text.charCodeAt(1) - 48) * 100 + (text.charCodeAt(2) - 48) * 10 + text.charCodeAt(3) - 48;
  const m = (text.charCodeAt(5) - 48) * 10 + text.charCodeAt(6) - 48;
  const d = (text.charCodeAt(8) - 48) * 10 + text.charCodeAt(9) - 48;
  return civilToDays(y, m, d);
}

/** The epoch day of the last Sunday of a month. */
function lastSunday(y: number, m: number): number {
  const last = civilToDays(y, m, monthLength(y, m));
  const weekday = (((last + 3) % 7) + 7) % 7; // 0 Monday … 6 Sunday; 1970-01-01 was a Thursday
  return last - ((weekday + 1) % 7);
}

/**
 * The day in Berlin of an instant written `YYYY-MM-DDTHH:MM±HH:MM`: the UTC
 * minute from the text, then Berlin's offset by the EU rule (summer time from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October).
 */
export function berlinDayOfInstant(text: string): number {
  const day = dayOfIso(text);
  const hour = (text.charCodeAt(11) - 48) * 10 + text.charCodeAt(12) - 48;
  const minute = (text.charCodeAt(14) - 48) * 10 + text.charCodeAt(15) - 48;
  const sign = text.charCodeAt(16) === 45 ? -1 : 1;
  const offset = sign * (((text.charCodeAt(17) - 48) * 10 + text.charCodeAt(18) - 48) * 60 + (text.charCodeAt(20) - 48) * 10 + text.charCodeAt(21) - 48);
  const utcMinute = day * 1440 + hour * 60 + minute - offset;
  const y = (text.charCodeAt(0) - 48) * 1000 + (text.charCodeAt(1) - 48) * 100 + (text.charCodeAt(2) - 48) * 10 + text.charCodeAt(3) - 48;
  const summer = utcMinute >= lastSunday(y, 3) * 1440 + 60 && utcMinute < lastSunday(y, 10) * 1440 + 60;
  return Math.floor((utcMinute + (summer ? 120 : 60)) / 1440);
}
