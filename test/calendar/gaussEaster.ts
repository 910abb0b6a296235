/**
 * Easter Sunday by Gauss's formula, on Temporal: the tests' second path beside
 * the library's computus (src/calendar/easter.ts), for the TARGET calendar
 * (R29) and German public holidays (R30).
 */
import { Temporal } from '@js-temporal/polyfill';

/** Easter Sunday by Gauss's formula with its two Gregorian exceptions. */
export function gaussEaster(year: number): Temporal.PlainDate {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const M = (15 - p + k - q) % 30;
  const N = (4 + k - q) % 7;
  const d = (19 * a + M) % 30;
  const e = (2 * b + 4 * c + 6 * d + N) % 7;
  if (d === 29 && e === 6) return new Temporal.PlainDate(year, 4, 19);
  if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) return new Temporal.PlainDate(year, 4, 18);
  return new Temporal.PlainDate(year, 3, 22).add({ days: d + e });
}
