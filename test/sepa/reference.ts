/**
 * A reference TARGET calendar for the tests, built on Temporal and Gauss's
 * Easter formula: a second path beside the library's epoch-day code (R29).
 */
import { Temporal } from '@js-temporal/polyfill';
import { gaussEaster } from '../calendar/gaussEaster.js';

/** The fixed TARGET holidays, as month-day text. */
const FIXED = new Set(['01-01', '05-01', '12-25', '12-26']);

/** Whether TARGET settles on a day: Monday to Friday, no fixed holiday, not Good Friday, not Easter Monday. */
export function targetOpen(date: Temporal.PlainDate): boolean {
  if (date.dayOfWeek > 5) return false;
  if (FIXED.has(date.toString().slice(5))) return false;
  const easter = gaussEaster(date.year);
  return !date.equals(easter.subtract({ days: 2 })) && !date.equals(easter.add({ days: 1 }));
}

/** The first TARGET business day on or after a day. */
export function targetOnOrAfter(date: Temporal.PlainDate): Temporal.PlainDate {
  let day = date;
  while (!targetOpen(day)) day = day.add({ days: 1 });
  return day;
}
