/**
 * Day-exact proration (R2, R6, R22, W1): days used over the days of that very
 * period, split at period boundaries, rounded once, half up; and the month basis
 * that reproduces W1's round figures.
 */
import { multiply, USD } from 'dinero.js';
import { describe, expect, it } from 'vitest';
import {
  createCycle,
  createPeriod,
  money,
  prorate,
  type Cycle,
  type Money,
  type PeriodInput,
  type ProrateOptions,
} from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';

const term = createCycle({ kind: 'term', months: 12, anchor: '2026-01-01' });
const months = createCycle({ kind: 'calendarMonth' });
/** W1: the upgrade on 2026-07-01 leaves 184 of the term's 365 days. */
const rest = createPeriod('2026-07-01', '2027-01-01');

describe('W1: 100 € for 12 months, upgraded after 6 months to 200 € for 12 months', () => {
  it('day basis (default, tagesgenau): 100,82 € charged, 50,41 € credited, 50,41 € net', () => {
    const charge = prorate(money(20000), term, rest);
    const credit = prorate(money(10000), term, rest);
    expect(charge.cents).toBe(10082);
    expect(credit.cents).toBe(5041);
    expect(charge.cents - credit.cents).toBe(5041);
    expect(charge.basis).toBe('day');
    expect(charge.fraction).toEqual({ numerator: 184, denominator: 365 });
    expect(charge.exact).toEqual({ numerator: 736000, denominator: 73 }); // 10082.19… cents
    expect(credit.exact).toEqual({ numerator: 368000, denominator: 73 }); // 5041.09… cents
    expect(charge.days).toBe(184);
    expect(charge.rounding).toBe('halfUp');
    expect(charge.currency).toBe('EUR');
    expect(charge.pieces).toEqual([{
      period: { start: '2026-01-01', end: '2027-01-01' },
      range: { start: '2026-07-01', end: '2027-01-01' },
      days: 184,
      periodDays: 365,
      fraction: { numerator: 184, denominator: 365 },
      exact: { numerator: 736000, denominator: 73 },
      cents: 10082,
    }]);
  });

  it('month basis: 100,00 € charged, 50,00 € credited, 50,00 € net', () => {
    const options: ProrateOptions = { basis: 'month' };
    const charge = prorate(money(20000), term, rest, options);
    const credit = prorate(money(10000), term, rest, options);
    expect(charge.cents).toBe(10000);
    expect(credit.cents).toBe(5000);
    expect(charge.cents - credit.cents).toBe(5000);
    expect(charge.basis).toBe('month');
    expect(charge.fraction).toEqual({ numerator: 1, denominator: 2 });
    expect(charge.exact).toEqual({ numerator: 10000, denominator: 1 });
    expect(credit.exact).toEqual({ numerator: 5000, denominator: 1 });
    expect(charge.days).toBe(184);
    expect(charge.pieces.map((p) => [p.days, p.periodDays, p.cents])).toEqual([[184, 365, 10000]]);
  });

  it('is plain data: JSON and structuredClone give it back unchanged, without Dinero objects', () => {
    const result = prorate(money(10000), term, rest);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    expect(structuredClone(result)).toStrictEqual(result);
    expect(Object.keys(result).sort()).toEqual(['basis', 'cents', 'currency', 'days', 'exact', 'fraction', 'pieces', 'rounding']);
  });
});

describe('prorate: examples', () => {
  it('3 days at 9 € a month in February 2025 is 3 × 9 / 28 = 0,96 €', () => {
    const result = prorate(money(900), months, createPeriod('2025-02-10', '2025-02-13'));
    expect(result.cents).toBe(96);
    expect(result.fraction).toEqual({ numerator: 3, denominator: 28 });
    expect(result.exact).toEqual({ numerator: 675, denominator: 7 });
  });

  it('the same 3 days in a 31-day month cost less: 3 × 9 / 31 = 0,87 €', () => {
    expect(prorate(money(900), months, createPeriod('2025-03-10', '2025-03-13')).cents).toBe(87);
  });

  it('a range across a month boundary: each piece against its own month, summed, rounded once', () => {
    // Jan 30 – Feb 2, 2025: 2/31 + 2/28 of 9 € = 122.35 cents → 1,22 €.
    const result = prorate(money(900), months, createPeriod('2025-01-30', '2025-02-03'));
    expect(result.cents).toBe(122);
    expect(result.days).toBe(4);
    expect(result.fraction).toEqual({ numerator: 59, denominator: 434 });
    expect(result.pieces.map((p) => [p.days, p.periodDays, p.fraction, p.cents])).toEqual([
      [2, 31, { numerator: 2, denominator: 31 }, 58], // 58.06 cents
      [2, 28, { numerator: 1, denominator: 14 }, 64], // 64.29 cents
    ]);
  });

  it('an option booked on the 19th of March: 13 of 31 days (R11, R14)', () => {
    expect(prorate(money(590), months, createPeriod('2026-03-19', '2026-04-01')).cents).toBe(247); // 247.42
    expect(prorate(money(500), months, createPeriod('2026-03-19', '2026-04-01')).cents).toBe(210); // 209.68
  });

  it('four-week and 30-day cycles measure against their own length (R7)', () => {
    const fourWeeks = createCycle({ kind: 'days', days: 28, anchor: '2026-01-31' });
    const thirty = createCycle({ kind: 'days', days: 30, anchor: '2026-01-31' });
    expect(prorate(money(2800), fourWeeks, createPeriod('2026-02-14', '2026-02-28')).cents).toBe(1400);
    expect(prorate(money(3000), thirty, createPeriod('2026-02-14', '2026-03-02')).cents).toBe(1600);
    // Month basis has no months to count on a days cycle: it equals the day basis.
    expect(prorate(money(2800), fourWeeks, createPeriod('2026-02-10', '2026-02-28'), { basis: 'month' }).cents).toBe(1800);
  });

  it('monthly anchored on the 31st: the clamped February period has 28 days (R8)', () => {
    const monthly = createCycle({ kind: 'monthly', anchor: '2026-01-31' });
    const result = prorate(money(2800), monthly, createPeriod('2026-02-14', '2026-02-28'));
    expect(result.pieces[0]?.periodDays).toBe(28);
    expect(result.cents).toBe(1400);
  });

  it('month basis: whole months count 1/12 each, the rest by the days of its own month', () => {
    // 2026-07-15 to the term's end: 17/31 of July plus 5 whole months = (5 + 17/31) / 12.
    const monthBasis = prorate(money(20000), term, createPeriod('2026-07-15', '2027-01-01'), { basis: 'month' });
    expect(monthBasis.fraction).toEqual({ numerator: 43, denominator: 93 });
    expect(monthBasis.cents).toBe(9247); // 9247.31
    const dayBasis = prorate(money(20000), term, createPeriod('2026-07-15', '2027-01-01'));
    expect(dayBasis.fraction).toEqual({ numerator: 34, denominator: 73 }); // 170/365, reduced
    expect(dayBasis.cents).toBe(9315); // 9315.07
  });

  it('month basis on a yearly cycle anchored on Feb 29: its months run from the 29th, clamped', () => {
    const yearly = createCycle({ kind: 'yearly', anchor: '2028-02-29' });
    // The 2029 period starts on Feb 28 (clamped), and its first month ends on Mar 29.
    const firstMonth = prorate(money(12000), yearly, createPeriod('2029-02-28', '2029-03-29'), { basis: 'month' });
    expect(firstMonth.fraction).toEqual({ numerator: 1, denominator: 12 });
    expect(firstMonth.cents).toBe(1000);
    const oneDayShort = prorate(money(12000), yearly, createPeriod('2029-02-28', '2029-03-28'), { basis: 'month' });
    expect(oneDayShort.fraction).toEqual({ numerator: 7, denominator: 87 }); // 28/29 of one month of 12, reduced
    expect(oneDayShort.cents).toBe(966); // 965.52
  });

  it('across two term periods on the month basis, the pieces share the rounded total exactly', () => {
    const result = prorate(money(20000), term, createPeriod('2026-07-15', '2027-03-01'), { basis: 'month' });
    expect(result.fraction).toEqual({ numerator: 39, denominator: 62 }); // 43/93 + 2/12
    expect(result.cents).toBe(12581); // 12580.65
    expect(result.pieces.map((p) => p.cents)).toEqual([9248, 3333]);
  });

  it('a whole period is the full price, two whole periods twice the price, nothing is zero', () => {
    expect(prorate(money(10000), term, createPeriod('2026-01-01', '2027-01-01')).cents).toBe(10000);
    expect(prorate(money(10000), term, createPeriod('2026-01-01', '2028-01-01')).cents).toBe(20000);
    const none = prorate(money(10000), term, { start: '2026-05-05', end: '2026-05-05' });
    expect(none).toStrictEqual({
      basis: 'day', pieces: [], days: 0, fraction: { numerator: 0, denominator: 1 }, exact: { numerator: 0, denominator: 1 },
      cents: 0, currency: 'EUR', rounding: 'halfUp',
    });
  });

  it('keeps the price\'s currency code, and takes PlainDates and a cycle read back from JSON', () => {
    expect(prorate(money(900, USD), months, createPeriod('2025-02-10', '2025-02-13')).currency).toBe('USD');
    const fromJson = JSON.parse(JSON.stringify(term)) as Cycle;
    expect(prorate(money(20000), fromJson, { start: '2026-07-01', end: '2027-01-01' }).cents).toBe(10082);
  });
});

describe('prorate: bad input', () => {
  it('refuses a negative, fractional or non-Dinero price (INVALID_AMOUNT naming price)', () => {
    expectTarifkitError(() => prorate(money(-1), months, rest), 'INVALID_AMOUNT', 'price');
    expectTarifkitError(() => prorate(multiply(money(1001), { amount: 15, scale: 1 }), months, rest), 'INVALID_AMOUNT', 'price');
    expectTarifkitError(() => prorate(900 as unknown as Money, months, rest), 'INVALID_AMOUNT', 'price');
    expectTarifkitError(() => prorate(Number.NaN as unknown as Money, months, rest), 'INVALID_AMOUNT', 'price');
  });

  it('refuses an unknown basis (INVALID_BASIS naming options.basis) and options that are no record', () => {
    expectTarifkitError(() => prorate(money(900), months, rest, { basis: 'week' } as unknown as ProrateOptions), 'INVALID_BASIS', 'options.basis');
    expectTarifkitError(() => prorate(money(900), months, rest, 'month' as unknown as ProrateOptions), 'INVALID_ARGUMENT', 'options');
    expectTarifkitError(() => prorate(money(900), months, rest, null as unknown as ProrateOptions), 'INVALID_ARGUMENT', 'options');
  });

  it('refuses a cycle or range that is no valid one, naming it', () => {
    expectTarifkitError(() => prorate(money(900), { kind: 'weekly' } as unknown as Cycle, rest), 'INVALID_CYCLE', 'cycle.kind');
    expectTarifkitError(() => prorate(money(900), null as unknown as Cycle, rest), 'INVALID_CYCLE', 'cycle');
    expectTarifkitError(() => prorate(money(900), months, null as unknown as PeriodInput), 'INVALID_ARGUMENT', 'range');
    expectTarifkitError(() => prorate(money(900), months, { startDay: Number.NaN, endDay: 3 } as unknown as PeriodInput), 'INVALID_DATE', 'range.start');
    expectTarifkitError(() => prorate(money(900), months, { start: '2026-03-01', end: '2026-02-01' }), 'END_BEFORE_START', 'range');
  });

  it('refuses a price so large that the exact amount would pass 2^53, instead of rounding it wrongly', () => {
    const decades = createPeriod('2000-01-15', '2040-01-20');
    expectTarifkitError(() => prorate(money(10 ** 15), months, decades), 'INVALID_AMOUNT', 'price');
    // 10^15 cents × 10/31: the numerator 10^16 passes 2^53; 10^15 × 3/31 still fits.
    expectTarifkitError(() => prorate(money(10 ** 15), months, createPeriod('2026-01-01', '2026-01-11')), 'INVALID_AMOUNT', 'price');
    expect(prorate(money(10 ** 15), months, createPeriod('2026-01-01', '2026-01-04')).exact).toEqual({ numerator: 3 * 10 ** 15, denominator: 31 });
  });

  it('refuses a range of more than 13,100 billing periods (NOT_WITHIN naming range)', () => {
    const daily = createCycle({ kind: 'days', days: 1, anchor: '2026-01-01' });
    expectTarifkitError(() => prorate(money(100), daily, createPeriod('2000-01-01', '2040-01-01')), 'NOT_WITHIN', 'range');
    expect(prorate(money(100), daily, createPeriod('2000-01-01', '2030-01-01')).cents).toBe(100 * 10958);
  });
});
