/**
 * Shared arbitraries and helpers for the core modules: dates (biased to month
 * ends and leap days), billing cycle specs of every kind, ranges, cents and
 * ratios. Date arithmetic here goes through Temporal, never through the
 * library's own integer code, so the properties compare two independent paths.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { expect } from 'vitest';
import { isTarifkitError, type CycleSpec, type TarifkitErrorCode } from '../../src/index.js';

/**
 * At least this many runs for every property (house rule). Mutation testing
 * runs every test once per mutant and lowers it through
 * `TARIFKIT_PROPERTY_RUNS` (see `npm run mutation`); `npm test` never does.
 */
export const RUNS = { numRuns: Number(process.env['TARIFKIT_PROPERTY_RUNS'] ?? 1000) } as const;

const EPOCH = new Temporal.PlainDate(1970, 1, 1);

/** Days since 1970-01-01, computed by Temporal (the reference path). */
export function temporalEpochDay(date: Temporal.PlainDate): number {
  return EPOCH.until(date, { largestUnit: 'days' }).days;
}

/** The PlainDate of an epoch day, computed by Temporal (the reference path). */
export function temporalFromEpochDay(day: number): Temporal.PlainDate {
  return EPOCH.add({ days: day });
}

/** A calendar date as three integers. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** `YYYY-MM-DD` from integers (test-side formatting, not the library's). */
export function isoOf({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A valid date between `fromYear` and `toYear`, with days near the end of the
 * month (28–31) and Feb 29 drawn often, since that is where cycles clamp.
 */
export function ymdArb(fromYear = 1900, toYear = 2200): fc.Arbitrary<Ymd> {
  return fc
    .record({
      year: fc.integer({ min: fromYear, max: toYear }),
      month: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 12 }), weight: 4 }, { arbitrary: fc.constant(2), weight: 1 }),
    })
    .chain(({ year, month }) => {
      const length = Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
      return fc
        .oneof(
          { arbitrary: fc.integer({ min: 1, max: length }), weight: 3 },
          { arbitrary: fc.integer({ min: length - 3, max: length }), weight: 2 },
        )
        .map((day) => ({ year, month, day }));
    });
}

/** A valid ISO date string between the years given. */
export function isoDateArb(fromYear = 1900, toYear = 2200): fc.Arbitrary<string> {
  return ymdArb(fromYear, toYear).map(isoOf);
}

/** An epoch day between two years (inclusive), as Temporal counts it. */
export function epochDayArb(fromYear = 1900, toYear = 2200): fc.Arbitrary<number> {
  return fc.integer({
    min: temporalEpochDay(new Temporal.PlainDate(fromYear, 1, 1)),
    max: temporalEpochDay(new Temporal.PlainDate(toYear, 12, 31)),
  });
}

/** A billing cycle spec of any kind, with anchors between the years given. */
export function cycleSpecArb(fromYear = 1950, toYear = 2150): fc.Arbitrary<CycleSpec> {
  const anchor = isoDateArb(fromYear, toYear);
  return fc.oneof(
    fc.constant<CycleSpec>({ kind: 'calendarMonth' }),
    fc.record({
      kind: fc.constant('days' as const),
      days: fc.oneof(fc.constantFrom(28, 30), fc.integer({ min: 1, max: 400 })),
      anchor,
    }),
    fc.record({ kind: fc.constant('monthly' as const), anchor }),
    fc.record({ kind: fc.constant('yearly' as const), anchor }),
    fc.record({
      kind: fc.constant('term' as const),
      months: fc.oneof(fc.constantFrom(1, 3, 6, 12, 24), fc.integer({ min: 1, max: 36 })),
      anchor,
    }),
  );
}

/** A half-open range `[startDay, endDay)` of epoch days, possibly empty, at most `maxDays` long. */
export function rangeDaysArb(fromYear = 1960, toYear = 2140, maxDays = 1200): fc.Arbitrary<[number, number]> {
  return fc.tuple(epochDayArb(fromYear, toYear), fc.integer({ min: 0, max: maxDays })).map(([start, length]) => [start, start + length]);
}

/** A price in cents: zero to 100,000 €, with small and round amounts drawn often. */
export const centsArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: 0, max: 1000 }),
  fc.constantFrom(0, 1, 99, 100, 590, 900, 10000, 20000),
);

/** Signed cents, for splits and sums of credits and charges. */
export const signedCentsArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.integer({ min: -1000, max: 1000 }),
);

/** Non-negative integer ratios with a positive sum (1 to 12 parts). */
export const ratiosArb: fc.Arbitrary<number[]> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 12 })
  .filter((ratios) => ratios.some((r) => r > 0));

/** Freezes a plain value and everything reachable from it, so a mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/**
 * Runs `fn` and expects a TarifkitError with `code` (and `field`, when given).
 * Fails when nothing is thrown or when anything else is thrown.
 */
export function expectTarifkitError(fn: () => unknown, code: TarifkitErrorCode, field?: string): void {
  let thrown: unknown = undefined;
  let threw = false;
  try {
    fn();
  } catch (error) {
    threw = true;
    thrown = error;
  }
  expect(threw, `expected ${code} to be thrown`).toBe(true);
  expect(isTarifkitError(thrown), `expected a TarifkitError, got ${String(thrown)}`).toBe(true);
  expect(thrown).toMatchObject({ code });
  if (field !== undefined) expect(thrown).toMatchObject({ details: { field } });
}

