/**
 * Where two JSON values differ: the path of the first field the stored record
 * has that the value rebuilt from it has not, or has otherwise.
 *
 * @internal
 * @module
 */

/** The path of the first difference between `expected` (rebuilt) and `actual` (stored), or null. */
export function firstDifference(expected: unknown, actual: unknown, path: string): string | null {
  if (expected === actual) return null;
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null) return path;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return path;
    if (expected.length !== actual.length) return `${path}.length`;
    for (let i = 0; i < expected.length; i += 1) {
      const at = firstDifference(expected[i], actual[i], `${path}.${i}`);
      if (at !== null) return at;
    }
    return null;
  }
  if (Array.isArray(actual)) return path;
  const want = expected as Readonly<Record<string, unknown>>;
  const got = actual as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(got)) {
    if (!Object.hasOwn(want, key) || want[key] === undefined) return `${path}.${key}`;
  }
  for (const key of Object.keys(want)) {
    if (want[key] === undefined) continue;
    if (!Object.hasOwn(got, key)) return `${path}.${key}`;
    const at = firstDifference(want[key], got[key], `${path}.${key}`);
    if (at !== null) return at;
  }
  return null;
}

/** The value at a path `firstDifference` gave, for the error's details; undefined where there is none. */
export function valueAt(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const key of path.split('.').slice(1)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Readonly<Record<string, unknown>>)[key];
  }
  return value;
}
