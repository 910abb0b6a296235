/**
 * Inputs that are almost right: numbers that are not whole cents, dates that
 * are not dates (or lie outside 0001–9999), Temporal values of the wrong kind,
 * unknown zones and locales, prototype keys, frozen records, and values built
 * with the real API and then corrupted at one random path.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { deepFreeze } from '../arbitraries/core.js';

/** A record whose own key is `__proto__` (as JSON.parse makes it), not a prototype. */
const protoKey = (): unknown => JSON.parse('{"__proto__":{"polluted":true},"start":"2026-01-01","end":"2026-02-01"}');

/** Numbers that are not whole cents in range. */
export const nearNumbers: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0.5, 5.9, -1, -590, 1, 0, 28, 30, 100, 590,
    2 ** 31, 2 ** 32, 2 ** 40, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e15, 1e15 + 1, -1e15, 1e300, Number.MAX_VALUE,
    Number.MIN_VALUE, Number.EPSILON, 1e9, 1e10, 10n, 2n ** 64n,
  ),
  fc.double(),
  fc.integer(),
  fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
);

/** Texts that are almost dates, instants, zones, locales or ids. */
export const nearTexts: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  '2026-02-30', '2026-02-29', '2024-02-29', ' 2026-01-01', '2026-01-01 ', '2026-1-1', '20260101', '2026-13-01', '2026-00-10',
  '0000-01-01', '0001-01-01', '9999-12-31', '10000-01-01', '+010000-01-01', '-000001-12-31', '+275760-09-13', '-271821-04-19',
  '2026-01-01T00:00', '2026-01-01T00:00Z', '2026-03-29T02:30:00+01:00[Europe/Berlin]', '2026-03-29T02:30[Europe/Berlin]',
  '+275760-09-13T00:00:00Z', '9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '2026-01-31T23:00:00+01:00',
  'Berlin', 'Mars/Olympus', 'Europe/Berlin', 'UTC', 'Etc/GMT+14', '+14:00', 'Pacific/Kiritimati',
  'de', 'en', 'de-DE', 'en-GB', 'en-US', 'de-AT', 'DE', 'fr', 'fr-FR', 'de_DE', '',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'NaN', 'Infinity', '590', '5.90',
  'EUR', 'USD', 'JPY', 'XYZ', 'eur', 'consumer', 'business', 'b2c', 'day', 'month', 'full', 'weekly',
  'Start SMS Flat', 'Stop Datenpaket', 'START', 'stop ', 'x'.repeat(10_000),
);

/** Temporal values, some of the right kind, most not. */
export const nearTemporal: fc.Arbitrary<unknown> = fc.constantFrom<() => unknown>(
  () => Temporal.PlainDate.from('2026-01-31'),
  () => new Temporal.PlainDate(1, 1, 1),
  () => new Temporal.PlainDate(9999, 12, 31),
  () => new Temporal.PlainDate(10000, 1, 1),
  () => new Temporal.PlainDate(0, 1, 1),
  () => new Temporal.PlainDate(275760, 9, 13),
  () => new Temporal.PlainDate(-271821, 4, 19),
  () => Temporal.PlainDate.from('2026-01-31').withCalendar('gregory'),
  () => Temporal.PlainDateTime.from('2026-01-31T10:00'),
  () => Temporal.ZonedDateTime.from('2026-03-29T01:30:00+01:00[Europe/Berlin]'),
  () => Temporal.ZonedDateTime.from('+275760-09-13T00:00:00+00:00[UTC]'),
  () => Temporal.Instant.from('2026-03-27T23:00:00Z'),
  () => Temporal.Instant.from('+275760-09-13T00:00:00Z'),
  () => Temporal.Instant.from('-271821-04-20T00:00:00Z'),
  () => Temporal.PlainYearMonth.from('2026-02'),
  () => Temporal.PlainMonthDay.from('02-29'),
  () => Temporal.Duration.from({ days: 1 }),
  () => new Date(Date.UTC(2026, 0, 31)),
  () => ({ year: 2026, month: 2, day: 30 }),
  () => ({ year: 0, month: 1, day: 1 }),
  () => ({ year: 10000, month: 1, day: 1 }),
  () => ({ year: 2026, month: 1, day: 1, hour: 0 }),
).map((make) => make());

/** Records and lists that are almost what a function takes. */
export const nearRecords: fc.Arbitrary<unknown> = fc.constantFrom<() => unknown>(
  () => null,
  () => undefined,
  () => ({}),
  () => [],
  () => Object.freeze({}),
  () => Object.create(null) as unknown,
  protoKey,
  () => ({ startDay: Number.NaN, endDay: 1 }),
  () => ({ start: '2026-01-01', end: '2025-01-01' }),
  () => ({ start: '0001-01-01', end: '9999-12-31' }),
  () => ({ start: '2026-01-01', end: '2026-01-01' }),
  () => ({ code: 'USD', base: Number.NaN, exponent: 2 }),
  () => ({ code: 'EUR', base: 10, exponent: 400 }),
  () => ({ code: 'EUR', base: 10, exponent: 2 }),
  () => ({ code: 'JPY', base: 10, exponent: 0 }),
  () => ({ amount: 590, currency: { code: 'EUR', base: 10, exponent: 2 }, scale: 2 }),
  () => ({ kind: 'days', days: 1, anchor: '2026-01-01' }),
  () => ({ kind: 'days', days: Number.NaN, anchor: '2026-01-01' }),
  () => ({ kind: 'monthly', anchor: '0001-01-01' }),
  () => ({ kind: 'yearly', anchor: '9999-12-31' }),
  () => ({ kind: 'calendarMonth' }),
  () => ({ kind: 'term', months: 1e9, anchor: '2026-01-01' }),
  () => ({ id: 'x', name: 'X', unitCents: 100, vatRate: 19 }),
  () => ({ id: 'x', name: 'X', unitCents: 1e15, vatRate: 19 }),
  () => ({ id: 'x', name: 'X', unitCents: Number.NaN, vatRate: 19 }),
  () => ({ ok: false, reason: 'ALREADY_PAID', allowedFrom: null, details: {} }),
  () => ({ type: 'renewed', on: '2026-01-01' }),
  () => ({ toString: () => '2026-01-01' }),
  () => [Number.NaN],
  () => [1, 2, 3],
  () => ['2026-01-01', '2026-13-01'],
  () => new Array(5),
  () => new Map([['a', 1]]),
  () => new Set([1]),
  () => new Uint8Array(3),
  () => Object.freeze([Object.freeze({ id: 'a', name: 'A' })]),
  () => Symbol('tarifkit'),
  () => (): number => 1,
).map((make) => make());

/** Any near miss. */
export const nearMiss: fc.Arbitrary<unknown> = fc.oneof(nearNumbers, nearTexts, nearTemporal, nearRecords);

/** `fc.anything()` with every optional kind of value turned on, and near misses. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nearMiss, weight: 3 },
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
    weight: 2,
  },
);

/** Every path into a plain value (records and arrays), the root excluded. */
export function pathsOf(value: unknown, limit = 4000): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (paths.length >= limit || typeof v !== 'object' || v === null || seen.has(v)) return;
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return;
    seen.add(v);
    const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    for (const key of keys) {
      const next = [...path, key];
      paths.push(next);
      walk((v as Record<string | number, unknown>)[key], next);
    }
  };
  walk(value, []);
  return paths;
}

/** A copy of a plain value (records and arrays are copied, everything else shared). */
export function copyOf<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = proto === null ? Object.create(null) as Record<string, unknown> : {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: copyOf((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}

/** How one path of a value is spoiled. */
export type Spoil =
  | { readonly how: 'replace'; readonly with: unknown }
  | { readonly how: 'delete' }
  | { readonly how: 'protoKey' };

export const spoilArb: fc.Arbitrary<Spoil> = fc.oneof(
  { arbitrary: junk.map((v) => ({ how: 'replace' as const, with: v })), weight: 8 },
  { arbitrary: fc.constant({ how: 'delete' as const }), weight: 1 },
  { arbitrary: fc.constant({ how: 'protoKey' as const }), weight: 1 },
);

/** A copy of `value` spoiled at its `pick`-th path. */
export function spoiled(value: unknown, pick: number, spoil: Spoil): unknown {
  const paths = pathsOf(value);
  const copy = copyOf(value);
  if (paths.length === 0) return spoil.how === 'replace' ? spoil.with : copy;
  const path = paths[pick % paths.length] as (string | number)[];
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  if (spoil.how === 'replace') parent[key] = spoil.with;
  else if (spoil.how === 'delete') delete parent[key];
  else Object.defineProperty(parent, '__proto__', { value: { [key]: 1 }, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** How a valid value reaches the call: as made, frozen, through JSON, or spoiled at one path. */
export function variantsOf<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: valid, weight: 3 },
    { arbitrary: valid.map((v) => deepFreeze(copyOf(v))), weight: 1 },
    { arbitrary: valid.map((v) => JSON.parse(JSON.stringify(v) ?? 'null') as unknown), weight: 1 },
    {
      arbitrary: fc.tuple(valid, fc.nat(), spoilArb, fc.boolean()).map(([v, pick, spoil, json]) =>
        spoiled(json ? JSON.parse(JSON.stringify(v) ?? 'null') as unknown : v, pick, spoil)),
      weight: 4,
    },
  );
}
