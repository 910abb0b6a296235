/**
 * Bad input at the boundary: each case throws a TarifkitError with a stable code
 * naming the field; nothing is returned half built, nothing returns NaN, and no
 * TypeError escapes, whatever comes in.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  cancellationDeadline,
  chargeLine,
  checkWithdrawal,
  createCatalog,
  createCycle,
  createInvoice,
  createItem,
  createPeriod,
  daysIn,
  effectiveEndFor,
  explainLine,
  explainRefusal,
  formatMoney,
  isTarifkitError,
  money,
  periodContaining,
  periodsBetween,
  prorate,
  restOfPeriod,
  splitAmount,
  splitRange,
  toCents,
  withdrawalWindow,
  type TarifkitErrorCode,
} from '../../src/index.js';
import { expectTarifkitError, RUNS } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

const months = createCycle({ kind: 'calendarMonth' });
const range = createPeriod('2026-07-01', '2027-01-01');
const item = { id: 'x', name: 'X', unitCents: 100, vatRate: 19 } as const;
/** Any value, typed as whatever a parameter wants: the point of these tests. */
const any = <T>(value: unknown): T => value as T;

const CASES: readonly [string, () => unknown, TarifkitErrorCode, string][] = [
  // dates and ranges
  ['Feb 29 in a common year', () => createPeriod('2026-02-29', '2026-03-01'), 'INVALID_DATE', 'start'],
  ['month 13', () => createPeriod('2026-01-01', '2026-13-01'), 'INVALID_DATE', 'end'],
  ['text that is no date', () => periodContaining(months, 'foo'), 'INVALID_DATE', 'date'],
  ['a date with NaN parts', () => periodContaining(months, any({ year: Number.NaN, month: 1, day: 1 })), 'INVALID_DATE', 'date'],
  ['a NaN date', () => createPeriod(any(Number.NaN), '2026-01-01'), 'INVALID_DATE', 'start'],
  ['a bad cycle anchor', () => createCycle({ kind: 'monthly', anchor: '2026-02-30' }), 'INVALID_DATE', 'spec.anchor'],
  ['an end before its start', () => createPeriod('2026-03-01', '2026-02-01'), 'END_BEFORE_START', 'period'],
  ['a zero-length period', () => createPeriod('2026-03-01', '2026-03-01'), 'EMPTY_PERIOD', 'period'],
  ['a range of epoch days', () => splitRange(months, any({ startDay: 0, endDay: 1 })), 'INVALID_DATE', 'range.start'],
  ['a range that is no record', () => daysIn(any('2026-01-01/2026-02-01')), 'INVALID_ARGUMENT', 'period'],
  ['a day past 9999', () => restOfPeriod(createCycle({ kind: 'days', days: 3660, anchor: '9999-01-01' }), '9999-06-01'), 'DATE_OUT_OF_RANGE', 'on'],
  // amounts
  ['a fractional amount', () => money(5.9), 'INVALID_AMOUNT', 'cents'],
  ['a NaN amount', () => money(Number.NaN), 'INVALID_AMOUNT', 'cents'],
  ['an amount beyond 10^15', () => money(2 ** 60), 'INVALID_AMOUNT', 'cents'],
  ['a negative price', () => prorate(money(-100), months, range), 'INVALID_AMOUNT', 'price'],
  ['a NaN price', () => prorate(any(Number.NaN), months, range), 'INVALID_AMOUNT', 'price'],
  ['a number where an amount belongs', () => toCents(any(590)), 'INVALID_AMOUNT', 'amount'],
  ['fractional cents to format', () => formatMoney(5.9, 'de'), 'INVALID_AMOUNT', 'amount'],
  // ratios, quantities, items
  ['a negative ratio', () => splitAmount(money(100), [1, -1]), 'INVALID_RATIO', 'ratios'],
  ['ratios summing to zero', () => splitAmount(money(100), [0, 0]), 'INVALID_RATIO', 'ratios'],
  ['a zero quantity', () => chargeLine({ item, quantity: 0 }), 'INVALID_QUANTITY', 'input.quantity'],
  ['an item without a name', () => createItem(any({ id: 'x', unitCents: 1, vatRate: 19 })), 'INVALID_ITEM', 'item.name'],
  ['VAT of 16 %', () => createItem(any({ ...item, vatRate: 16 })), 'INVALID_VAT_RATE', 'item.vatRate'],
  // currencies
  ['mixed currencies on one invoice', () => createInvoice({ lines: [chargeLine({ item }), chargeLine({ item: { ...item, currency: 'USD' } })], customer: 'consumer', issuedOn: '2026-01-01' }), 'CURRENCY_MISMATCH', 'input.lines.1.item.currency'],
  ['no dinero.js currency', () => money(100, any({})), 'INVALID_CURRENCY', 'currency'],
  ['an unknown currency code', () => formatMoney(100, 'de', 'XYZ'), 'INVALID_CURRENCY', 'currency'],
  // cycles
  ['an unknown cycle kind', () => createCycle(any({ kind: 'weekly' })), 'INVALID_CYCLE', 'spec.kind'],
  ['an unknown kind in a cycle from JSON', () => periodContaining(any({ kind: 'weekly' }), '2026-01-01'), 'INVALID_CYCLE', 'cycle.kind'],
  ['zero days', () => createCycle(any({ kind: 'days', days: 0, anchor: '2026-01-01' })), 'INVALID_CYCLE', 'spec.days'],
  ['a term of NaN months', () => createCycle(any({ kind: 'term', months: Number.NaN, anchor: '2026-01-01' })), 'INVALID_CYCLE', 'spec.months'],
  ['a null cycle', () => splitRange(any(null), range), 'INVALID_CYCLE', 'cycle'],
  // options, customers, locales, lines, refusals
  ['an unknown basis', () => prorate(money(100), months, range, any({ basis: 'weekly' })), 'INVALID_BASIS', 'options.basis'],
  ['a month basis on no whole months', () => chargeLine({ item, range: { start: '2026-01-05', end: '2026-01-10' }, period: { start: '2026-01-01', end: '2026-01-20' }, basis: 'month' }), 'INVALID_BASIS', 'input.basis'],
  ['options that are no record', () => prorate(money(100), months, range, any('month')), 'INVALID_ARGUMENT', 'options'],
  ['an old customer kind', () => createInvoice(any({ lines: [], customer: 'b2c', issuedOn: '2026-01-01' })), 'INVALID_CUSTOMER', 'input.customer'],
  ['an unknown locale for money', () => formatMoney(money(100), any('fr')), 'INVALID_LOCALE', 'locale'],
  ['an unknown locale for a line', () => explainLine(chargeLine({ item }), any('fr-FR')), 'INVALID_LOCALE', 'locale'],
  ['something that is no line', () => explainLine(any({ reason: 'oneOff' }), 'de'), 'INVALID_LINE', 'line.correction'],
  ['something that is no refusal', () => explainRefusal(any({ ok: true }), 'de'), 'INVALID_ARGUMENT', 'refusal'],
  ['a refusal whose details hold an object', () => explainRefusal(any({ ok: false, reason: 'UNKNOWN_VOUCHER', allowedFrom: null, details: { code: Object.create(null) } }), 'de'), 'INVALID_ARGUMENT', 'refusal.details.code'],
  // rules
  ['a holiday that is no date', () => withdrawalWindow('2026-03-01', { holidays: ['Ostern'] }), 'INVALID_HOLIDAYS', 'options.holidays.0'],
  ['an instant without offset or zone', () => effectiveEndFor('2026-03-27T23:00', months, range), 'INVALID_INSTANT', 'request'],
  ['an unknown time zone', () => cancellationDeadline('2026-03-30', { timeZone: 'Berlin' }), 'INVALID_TIME_ZONE', 'options.timeZone'],
  ['a withdrawal asked for before the booking', () => checkWithdrawal('2026-03-07', '2026-03-01'), 'END_BEFORE_START', 'requestedOn'],
  // catalog
  ['catalog data that is none', () => createCatalog(any(null)), 'INVALID_CATALOG', 'catalog'],
];

describe('bad input throws a TarifkitError with its code, naming the field', () => {
  it.each(CASES)('%s → %s', (_name, run, code, field) => {
    expectTarifkitError(run, code, field);
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
  expect(typeof result === 'string' ? result : '').not.toMatch(/NaN|undefined/);
}

describe('nothing returns NaN or lets a TypeError escape, whatever comes in', () => {
  const junk = fc.oneof(
    fc.anything(),
    fc.constantFrom<unknown>(
      Number.NaN, -1, 1.5, '2026-02-29', '2026-01-31', 'de', 'consumer', [], [1, 2],
      { kind: 'days', days: Number.NaN, anchor: '2026-01-01' }, { kind: 'monthly', anchor: '2026-01-31' },
      { start: '2026-01-31', end: '2026-03-01' }, { start: '2026-03-01', end: '2026-01-31' }, { startDay: 0, endDay: 1 },
      item, { ...item, unitCents: -1 }, Temporal.PlainDate.from('2026-01-31'),
    ),
  );

  it('every core function either returns a NaN-free value or throws a TarifkitError, for any input', () => {
    fc.assert(
      fc.property(junk, junk, junk, (a, b, c) => {
        boundaryHolds(() => createPeriod(any(a), any(b), any(c)));
        boundaryHolds(() => createCycle(any(a)));
        boundaryHolds(() => periodContaining(any(a), any(b)));
        boundaryHolds(() => periodsBetween(months, any(a)));
        boundaryHolds(() => splitRange(any(a), any(b)));
        boundaryHolds(() => restOfPeriod(any(a), any(b)));
        boundaryHolds(() => daysIn(any(a)));
        boundaryHolds(() => money(any(a), any(b)));
        boundaryHolds(() => toCents(any(a)));
        boundaryHolds(() => splitAmount(money(100), any(a)));
        boundaryHolds(() => splitAmount(any(a), [1, 2]));
        boundaryHolds(() => formatMoney(any(a), any(b), any(c)));
        boundaryHolds(() => prorate(any(a), months, range));
        boundaryHolds(() => prorate(money(100), any(a), any(b), any(c)));
        boundaryHolds(() => createItem(any(a)));
        boundaryHolds(() => chargeLine(any(a)));
        boundaryHolds(() => chargeLine(any({ item, range: a, period: b, basis: c })));
        boundaryHolds(() => chargeLine(any({ item: a, quantity: b, credit: c })));
        boundaryHolds(() => createInvoice(any({ lines: a, customer: b, issuedOn: c })));
        boundaryHolds(() => createInvoice(any({ lines: [a], customer: 'consumer', issuedOn: '2026-01-01' })));
        boundaryHolds(() => explainLine(any(a), any(b)));
        boundaryHolds(() => explainRefusal(any(a), 'de'));
        boundaryHolds(() => explainRefusal(any({ ok: false, reason: 'ALREADY_PAID', allowedFrom: a, details: b }), 'en'));
        boundaryHolds(() => withdrawalWindow(any(a), any(b)));
        boundaryHolds(() => checkWithdrawal(any(a), any(b), any(c)));
        boundaryHolds(() => cancellationDeadline(any(a), any(b)));
        boundaryHolds(() => effectiveEndFor(any(a), months, any(b), any(c)));
        boundaryHolds(() => createCatalog(any(a)));
        boundaryHolds(() => createCatalog(any({ plans: [a], addOns: b })));
      }),
      RUNS,
    );
  });

  it('a failed call changes nothing: the inputs read the same afterwards', () => {
    const spec = { kind: 'days', days: 0, anchor: '2026-01-01' };
    expectTarifkitError(() => createCycle(any(spec)), 'INVALID_CYCLE');
    expect(spec).toEqual({ kind: 'days', days: 0, anchor: '2026-01-01' });
    const ratios = [1, -1];
    expectTarifkitError(() => splitAmount(money(100), ratios), 'INVALID_RATIO');
    expect(ratios).toEqual([1, -1]);
    const input = { item: { ...item }, quantity: 0 };
    expectTarifkitError(() => chargeLine(input), 'INVALID_QUANTITY');
    expect(input).toEqual({ item, quantity: 0 });
    expect(daysIn(range)).toBe(184);
  });
});
