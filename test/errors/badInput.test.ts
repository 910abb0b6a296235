/**
 * Bad input at the boundary (issue 2, §5): each case throws a TarifkitError with
 * a stable code naming the field, nothing is returned half built, and nothing
 * returns NaN.
 */
import { Temporal } from '@js-temporal/polyfill';
import { USD } from 'dinero.js';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  createCycle,
  createPeriod,
  daysIn,
  explainLine,
  formatMoney,
  isTarifkitError,
  money,
  nextPeriod,
  periodContaining,
  periodsBetween,
  previousPeriod,
  prorate,
  prorateAmount,
  splitAmount,
  splitRange,
  sumMoney,
  toCents,
  type Cycle,
  type CycleSpec,
  type Fraction,
  type Line,
  type Locale,
  type Money,
  type Period,
  type ProrateOptions,
  type TarifkitErrorCode,
} from '../../src/index.js';
import { assertQuantity } from '../../src/money/cents.js';
import { expectTarifkitError, RUNS } from '../arbitraries/core.js';

// Each property runs 1000 cases; leave room on a busy machine (a limit, not a timed test).
vi.setConfig({ testTimeout: 60_000 });

const months = createCycle({ kind: 'calendarMonth' });
const range = createPeriod('2026-07-01', '2027-01-01');
const asAny = <T>(value: unknown): T => value as T;

const CASES: readonly [string, () => unknown, TarifkitErrorCode, string][] = [
  // invalid dates
  ['Feb 29 in a common year', () => createPeriod('2026-02-29', '2026-03-01'), 'INVALID_DATE', 'period.start'],
  ['month 13', () => createPeriod('2026-01-01', '2026-13-01'), 'INVALID_DATE', 'period.end'],
  ['text that is no date', () => periodContaining(months, 'foo'), 'INVALID_DATE', 'date'],
  ['a date with NaN parts', () => periodContaining(months, asAny({ year: Number.NaN, month: 1, day: 1 })), 'INVALID_DATE', 'date'],
  ['a NaN date', () => createPeriod(asAny(Number.NaN), '2026-01-01'), 'INVALID_DATE', 'period.start'],
  ['a bad cycle anchor', () => createCycle({ kind: 'monthly', anchor: '2026-02-30' }), 'INVALID_DATE', 'cycle.anchor'],
  // ranges
  ['an end before its start', () => createPeriod('2026-03-01', '2026-02-01'), 'END_BEFORE_START', 'period'],
  ['a zero-length period', () => createPeriod('2026-03-01', '2026-03-01'), 'EMPTY_PERIOD', 'period'],
  ['a hand-made range with NaN days', () => splitRange(months, asAny({ startDay: Number.NaN, endDay: 1 })), 'INVALID_DATE', 'range'],
  // amounts
  ['a fractional amount', () => money(5.9), 'INVALID_AMOUNT', 'cents'],
  ['a NaN amount', () => money(Number.NaN), 'INVALID_AMOUNT', 'cents'],
  ['an unsafe amount', () => money(2 ** 60), 'INVALID_AMOUNT', 'cents'],
  ['a negative price', () => prorate(money(-100), months, range), 'INVALID_AMOUNT', 'price'],
  ['a NaN price', () => prorate(asAny(Number.NaN), months, range), 'INVALID_AMOUNT', 'price'],
  ['a negative amount to prorate', () => prorateAmount(money(-1), { numerator: 1, denominator: 2 }), 'INVALID_AMOUNT', 'amount'],
  ['a number where an amount belongs', () => toCents(asAny(590)), 'INVALID_AMOUNT', 'amount'],
  // quantities and ratios
  ['a zero quantity', () => assertQuantity(0, 'quantity'), 'INVALID_QUANTITY', 'quantity'],
  ['a negative quantity', () => assertQuantity(-2, 'addOn.quantity'), 'INVALID_QUANTITY', 'addOn.quantity'],
  ['a fractional quantity', () => assertQuantity(1.5, 'quantity'), 'INVALID_QUANTITY', 'quantity'],
  ['a NaN quantity', () => assertQuantity(Number.NaN, 'quantity'), 'INVALID_QUANTITY', 'quantity'],
  ['a negative ratio', () => splitAmount(money(100), [1, -1]), 'INVALID_RATIO', 'ratios'],
  ['ratios summing to zero', () => splitAmount(money(100), [0, 0]), 'INVALID_RATIO', 'ratios'],
  ['a zero denominator', () => prorateAmount(money(100), { numerator: 1, denominator: 0 }), 'INVALID_RATIO', 'fraction'],
  // currencies
  ['mixed currencies', () => sumMoney([money(100), money(100, USD)]), 'CURRENCY_MISMATCH', 'amounts'],
  ['no currency', () => money(100, asAny({})), 'UNSUPPORTED_CURRENCY', 'currency'],
  // cycles
  ['an unknown cycle kind', () => createCycle(asAny({ kind: 'weekly' })), 'UNKNOWN_CYCLE_KIND', 'cycle.kind'],
  ['an unknown kind in a cycle from JSON', () => periodContaining(asAny({ kind: 'weekly' }), '2026-01-01'), 'UNKNOWN_CYCLE_KIND', 'cycle.kind'],
  ['zero days', () => createCycle(asAny({ kind: 'days', days: 0, anchor: '2026-01-01' })), 'INVALID_CYCLE', 'cycle.days'],
  ['fractional days', () => createCycle(asAny({ kind: 'days', days: 27.5, anchor: '2026-01-01' })), 'INVALID_CYCLE', 'cycle.days'],
  ['a term of zero months', () => createCycle(asAny({ kind: 'term', months: 0, anchor: '2026-01-01' })), 'INVALID_CYCLE', 'cycle.months'],
  ['a term of NaN months', () => createCycle(asAny({ kind: 'term', months: Number.NaN, anchor: '2026-01-01' })), 'INVALID_CYCLE', 'cycle.months'],
  ['a null cycle', () => nextPeriod(asAny(null), range), 'INVALID_CYCLE', 'cycle'],
  // options
  ['an unknown basis', () => prorate(money(100), months, range, asAny({ basis: 'weekly' })), 'INVALID_BASIS', 'options.basis'],
  ['an unknown locale for money', () => formatMoney(money(100), asAny('fr')), 'INVALID_LOCALE', 'locale'],
  ['an unknown locale for a line', () => explainLine(asAny({}), asAny('de-DE')), 'INVALID_LOCALE', 'locale'],
];

describe('bad input throws a TarifkitError with its code, naming the field', () => {
  it.each(CASES)('%s → %s', (_name, run, code, field) => {
    expectTarifkitError(run, code, field);
  });

  it('an empty period is fine where allowed (allowEmpty)', () => {
    expect(createPeriod('2026-03-01', '2026-03-01', { allowEmpty: true }).days).toBe(0);
  });
});

/** True when a value (or anything reachable from it) holds NaN. */
function holdsNaN(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => holdsNaN(v, seen));
}

/** Calls `fn`; it must either return a value free of NaN or throw a TarifkitError. */
function boundaryHolds(fn: () => unknown): void {
  let result: unknown;
  try {
    result = fn();
    if (typeof result === 'object' && result !== null && Symbol.iterator in result && !Array.isArray(result)) {
      result = [...(result as Iterable<unknown>)].slice(0, 50);
    }
  } catch (error) {
    expect(isTarifkitError(error), `threw ${String(error)}`).toBe(true);
    return;
  }
  expect(holdsNaN(result)).toBe(false);
  expect(holdsNaN(JSON.parse(JSON.stringify(result ?? null).replaceAll('null', '0')))).toBe(false);
}

describe('nothing returns NaN or a half-built value, whatever comes in', () => {
  const junk = fc.oneof(
    fc.anything(),
    fc.constantFrom<unknown>(Number.NaN, -1, 1.5, '2026-02-29', '2026-01-31', { kind: 'days', days: Number.NaN, anchor: '2026-01-01' }),
    fc.constant({ startDay: Number.NaN, endDay: Number.NaN }),
  );

  it('every core function either returns a NaN-free value or throws a TarifkitError, for any input', () => {
    fc.assert(
      fc.property(junk, junk, junk, (a, b, c) => {
        boundaryHolds(() => createPeriod(asAny(a), asAny(b), asAny(c)));
        boundaryHolds(() => createCycle(asAny<CycleSpec>(a)));
        boundaryHolds(() => periodContaining(asAny<Cycle>(a), asAny(b)));
        boundaryHolds(() => periodContaining(months, asAny(a)));
        boundaryHolds(() => nextPeriod(months, asAny<Period>(a)));
        boundaryHolds(() => previousPeriod(asAny<Cycle>(a), range));
        boundaryHolds(() => periodsBetween(months, asAny<Period>(a)));
        boundaryHolds(() => splitRange(asAny<Cycle>(a), range));
        boundaryHolds(() => money(asAny(a), asAny(b)));
        boundaryHolds(() => toCents(asAny<Money>(a)));
        boundaryHolds(() => sumMoney(asAny<Money[]>(a), asAny(b)));
        boundaryHolds(() => splitAmount(money(100), asAny<number[]>(a)));
        boundaryHolds(() => splitAmount(asAny<Money>(a), [1, 2]));
        boundaryHolds(() => prorateAmount(money(100), asAny<Fraction>(a)));
        boundaryHolds(() => formatMoney(asAny<Money>(a), 'de'));
        boundaryHolds(() => formatMoney(money(100), asAny<Locale>(a)));
        boundaryHolds(() => prorate(asAny<Money>(a), months, range));
        boundaryHolds(() => prorate(money(100), asAny<Cycle>(a), range));
        boundaryHolds(() => prorate(money(100), months, asAny<Period>(a), asAny<ProrateOptions>(b)));
        boundaryHolds(() => explainLine(asAny<Line>(a), 'de'));
      }),
      RUNS,
    );
  });

  it('a failed call changes nothing: the inputs read the same afterwards', () => {
    const spec = { kind: 'days', days: 0, anchor: '2026-01-01' };
    const before = JSON.stringify(spec);
    expectTarifkitError(() => createCycle(asAny(spec)), 'INVALID_CYCLE');
    expect(JSON.stringify(spec)).toBe(before);
    const ratios = [1, -1];
    expectTarifkitError(() => splitAmount(money(100), ratios), 'INVALID_RATIO');
    expect(ratios).toEqual([1, -1]);
    const date = Temporal.PlainDate.from('2026-03-01');
    expectTarifkitError(() => createPeriod(date, '2026-02-01'), 'END_BEFORE_START');
    expect(date.toString()).toBe('2026-03-01');
    expect(daysIn(range)).toBe(184);
  });
});
