/** Small helpers of the calendar tests (not a test file). */
import { Temporal } from '@js-temporal/polyfill';
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
