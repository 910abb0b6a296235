/** Small helpers of the calendar tests (not a test file). */
import { Temporal } from '@js-temporal/polyfill';
import { dayOf, periodOf } from '../../src/calendar/days.js';
import type { Period } from '../../src/index.js';
import { temporalEpochDay, temporalFromEpochDay } from '../arbitraries/core.js';

/** `[start, end)`: a period as people read it in a failing assertion. */
export function show(period: Period): string {
  return `[${period.start}, ${period.end})`;
}

/** A period of epoch days as ISO text, through Temporal (the reference path). */
export function periodFromDays(startDay: number, endDay: number): Period {
  return { start: temporalFromEpochDay(startDay).toString(), end: temporalFromEpochDay(endDay).toString() };
}

/** The epoch day of ISO text, through Temporal (the reference path). */
export function dayOfText(iso: string): number {
  return temporalEpochDay(Temporal.PlainDate.from(iso));
}

/**
 * The same conversions through the library's own integer path (`days.ts`, proven
 * equal to Temporal in days.test.ts and parseDate.test.ts): for properties whose
 * subject is not the conversion, where thousands of Temporal calls would only cost time.
 */
export function fastPeriod(startDay: number, endDay: number): Period {
  return periodOf(startDay, endDay);
}

/** The epoch day of ISO text through the library's integer path; see {@link fastPeriod}. */
export function fastDay(iso: string): number {
  return dayOf(iso, 'date');
}
