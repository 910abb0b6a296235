/**
 * Proration invariants for every cycle kind and any cut dates (R2, R6, R22).
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  createCycle,
  daysIn,
  money,
  periodContaining,
  prorate,
  splitAmount,
  splitRange,
  toCents,
  type Cycle,
  type CycleSpec,
  type Period,
  type ProrationBasis,
} from '../../src/index.js';
import { centsArb, cycleSpecArb, deepFreeze, epochDayArb, rangeDaysArb, RUNS, temporalFromEpochDay } from '../arbitraries/core.js';
import { fastDay, fastPeriod } from '../calendar/helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const basisArb = fc.constantFrom<ProrationBasis>('day', 'month');

/** A period of a cycle and sorted cut days strictly inside it, cutting it into consecutive parts. */
const cutPeriodArb = fc
  .tuple(cycleSpecArb(), epochDayArb(1960, 2140), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }))
  .map(([spec, day, cuts]) => {
    const cycle = createCycle(spec);
    const period = periodContaining(cycle, temporalFromEpochDay(day));
    const [startDay, endDay] = [fastDay(period.start), fastDay(period.end)];
    const inner = [...new Set(cuts.map((c) => startDay + 1 + Math.floor(c * (endDay - startDay - 1))))]
      .filter((d) => d > startDay && d < endDay)
      .sort((a, b) => a - b);
    const bounds = [startDay, ...inner, endDay];
    const parts: Period[] = [];
    for (let i = 0; i + 1 < bounds.length; i += 1) parts.push(fastPeriod(bounds[i] as number, bounds[i + 1] as number));
    return { spec, cycle, period, parts };
  });

/** The exact day-basis amount with BigInt: Σ price × used / days of its period, rounded half up once. */
function referenceDayCents(priceCents: number, cycle: Cycle, range: Period): number {
  let numerator = 0n;
  let denominator = 1n;
  for (const { period, range: piece } of splitRange(cycle, range)) {
    const d = BigInt(daysIn(period));
    numerator = numerator * d + BigInt(priceCents) * BigInt(daysIn(piece)) * denominator;
    denominator *= d;
  }
  const q = numerator / denominator;
  return Number(2n * (numerator % denominator) >= denominator ? q + 1n : q);
}

describe('proration invariants', () => {
  it('the day-exact shares of a period\'s cut parts (splitAmount by days) add up to its full price, to the cent', () => {
    fc.assert(
      fc.property(cutPeriodArb, centsArb, ({ period, parts }, price) => {
        const shares = splitAmount(money(price), parts.map((p) => daysIn(p))).map(toCents);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(price);
        // Each share is its day-exact amount rounded down or up, never further off.
        shares.forEach((share, i) => {
          const exact = (price * daysIn(parts[i] as Period)) / daysIn(period);
          expect(Math.abs(share - exact)).toBeLessThan(1);
        });
      }),
      RUNS,
    );
  });

  it('prorating each cut part separately rounds each once: the total stays within n/2 cents of the full price', () => {
    fc.assert(
      fc.property(cutPeriodArb, centsArb, basisArb, ({ cycle, parts }, price, basis) => {
        const separate = parts.map((part) => prorate(money(price), cycle, part, { basis }).cents);
        const drift = separate.reduce((a, b) => a + b, 0) - price;
        expect(2 * Math.abs(drift)).toBeLessThanOrEqual(parts.length);
        if (parts.length === 1) expect(drift).toBe(0);
      }),
      RUNS,
    );
  });

  it('the pieces of one proration add up to its rounded cents and its days, across any number of periods', () => {
    fc.assert(
      fc.property(cycleSpecArb(), rangeDaysArb(1960, 2140, 1500), centsArb, basisArb, (spec, [start, end], price, basis) => {
        const result = prorate(money(price), createCycle(spec), fastPeriod(start, end), { basis });
        expect(result.pieces.reduce((sum, piece) => sum + piece.cents, 0)).toBe(result.cents);
        expect(result.pieces.reduce((sum, piece) => sum + piece.days, 0)).toBe(end - start);
        expect(result.days).toBe(end - start);
        expect(result.pieces.map((p) => ({ period: p.period, range: p.range }))).toStrictEqual(splitRange(createCycle(spec), fastPeriod(start, end)));
      }),
      RUNS,
    );
  });

  it('prorating a whole period gives the full price and prorating nothing gives zero, in both bases', () => {
    fc.assert(
      fc.property(cycleSpecArb(), epochDayArb(1960, 2140), centsArb, basisArb, (spec, day, price, basis) => {
        const cycle = createCycle(spec);
        const period = periodContaining(cycle, temporalFromEpochDay(day));
        const whole = prorate(money(price), cycle, period, { basis });
        expect(whole.cents).toBe(price);
        expect(whole.fraction).toEqual({ numerator: 1, denominator: 1 });
        const nothing = prorate(money(price), cycle, fastPeriod(day, day), { basis });
        expect(nothing.cents).toBe(0);
        expect(nothing.pieces).toHaveLength(0);
      }),
      RUNS,
    );
  });

  it('day basis: the cents are Σ price × days used / days of that period, rounded half up once (BigInt reference)', () => {
    fc.assert(
      fc.property(cycleSpecArb(), rangeDaysArb(1960, 2140, 800), centsArb, (spec, [start, end], price) => {
        const cycle = createCycle(spec);
        const range = fastPeriod(start, end);
        const result = prorate(money(price), cycle, range);
        expect(result.cents).toBe(referenceDayCents(price, cycle, range));
        for (const piece of result.pieces) {
          expect(piece.fraction.numerator * piece.periodDays).toBe(piece.days * piece.fraction.denominator);
          expect(piece.periodDays).toBe(daysIn(piece.period));
          expect(piece.days).toBe(daysIn(piece.range));
        }
      }),
      RUNS,
    );
  });

  it('month basis equals day basis where a period has one month or no months (calendar month, monthly, days, 1-month term)', () => {
    const oneMonth = cycleSpecArb().filter((s) => s.kind === 'calendarMonth' || s.kind === 'monthly' || s.kind === 'days'
      || (s.kind === 'term' && s.months === 1));
    fc.assert(
      fc.property(oneMonth, rangeDaysArb(1960, 2140, 400), centsArb, (spec, [start, end], price) => {
        const cycle = createCycle(spec);
        const range = fastPeriod(start, end);
        const day = prorate(money(price), cycle, range);
        const month = prorate(money(price), cycle, range, { basis: 'month' });
        expect(month.cents).toBe(day.cents);
        expect(month.exact).toEqual(day.exact);
      }),
      RUNS,
    );
  });

  it('month basis: the first k whole months (from the anchor day) of an N-month period are k/N of the price', () => {
    const monthKinds = cycleSpecArb().filter((s) => s.kind === 'yearly' || s.kind === 'term');
    fc.assert(
      fc.property(monthKinds, epochDayArb(1960, 2140), fc.double({ min: 0, max: 1, noNaN: true }), centsArb, (spec, day, at, price) => {
        const cycle = createCycle(spec) as Extract<Cycle, { kind: 'yearly' | 'term' }>;
        const months = cycle.kind === 'yearly' ? 12 : cycle.months;
        const period = periodContaining(cycle, temporalFromEpochDay(day));
        const k = Math.floor(at * months);
        // The cycle's months run from its anchor day, clamped (a yearly cycle on Feb 29 that
        // starts on Feb 28 in a common year still has its first month end on Mar 29).
        const anchor = Temporal.PlainDate.from(cycle.anchor);
        const start = Temporal.PlainDate.from(period.start);
        const offset = (start.year - anchor.year) * 12 + (start.month - anchor.month);
        const end = anchor.add({ months: offset + k }, { overflow: 'constrain' });
        const result = prorate(money(price), cycle, { start: period.start, end }, { basis: 'month' });
        // k × price / N, rounded half up.
        expect(result.cents).toBe(Math.floor((2 * k * price + months) / (2 * months)));
      }),
      RUNS,
    );
  });

  it('nothing is NaN: cents are safe integers, fractions have positive integer denominators, pieces are never negative', () => {
    fc.assert(
      fc.property(cycleSpecArb(), rangeDaysArb(1960, 2140, 1500), centsArb, basisArb, (spec, [start, end], price, basis) => {
        const result = prorate(money(price), createCycle(spec), fastPeriod(start, end), { basis });
        for (const value of [result.cents, result.fraction.numerator, result.exact.numerator, result.fraction.denominator, result.exact.denominator]) {
          expect(Number.isSafeInteger(value)).toBe(true);
        }
        expect(result.fraction.denominator).toBeGreaterThan(0);
        expect(result.exact.denominator).toBeGreaterThan(0);
        for (const piece of result.pieces) {
          expect(Number.isSafeInteger(piece.cents)).toBe(true);
          expect(piece.cents).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(piece.exact.numerator)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('prorate does not mutate its input', () => {
    fc.assert(
      fc.property(cycleSpecArb(), rangeDaysArb(1960, 2140, 800), centsArb, basisArb, (spec, [start, end], price, basis) => {
        const frozenSpec = deepFreeze(structuredClone(spec) as CycleSpec);
        const cycle = createCycle(frozenSpec);
        const range = deepFreeze(fastPeriod(start, end));
        const options = deepFreeze({ basis });
        const amount = money(price);
        const before = JSON.stringify([frozenSpec, cycle, range, options, amount]);
        prorate(amount, cycle, range, options);
        expect(JSON.stringify([frozenSpec, cycle, range, options, amount])).toBe(before);
      }),
      RUNS,
    );
  });
});
