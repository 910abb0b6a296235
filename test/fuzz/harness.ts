/**
 * The checks the fuzz suite makes around every call: only a TarifkitError with
 * a catalogued code and a named field may escape, a result holds no NaN or
 * ±Infinity anywhere, the arguments read the same afterwards, and the call
 * ends within a generous wall-clock bound (a guard against hangs and unbounded
 * work, not a speed test).
 */
import { ERROR_MESSAGES, isTarifkitError } from '../../src/index.js';

/** Runs per export: modest in `npm test`, large in `npm run fuzz`. */
export const FUZZ_RUNS = Number(process.env['TARIFKIT_FUZZ_RUNS'] ?? 150);

/**
 * The most a single call may take, in milliseconds: a hang guard, not a speed test. The
 * largest bounded work (100,000 invoices or renewals in one call) takes about 2 s on one
 * busy core; a hang or unbounded work takes far longer, or runs out of heap.
 */
export const CALL_LIMIT_MS = 5000;

/** How many values of a returned generator are drawn and checked. */
const GENERATOR_TAKE = 2000;

/**
 * A deep description of a value, for comparing before and after a call: own
 * keys (strings and symbols) with their descriptors, prototypes, frozen and
 * extensible state, and the text of Temporal-like values. Getters are
 * described, never called.
 */
export function snapshot(value: unknown): string {
  const seen = new Map<object, number>();
  const out: string[] = [];
  const walk = (v: unknown): void => {
    switch (typeof v) {
      case 'number':
        out.push(Object.is(v, -0) ? 'n:-0' : `n:${String(v)}`);
        return;
      case 'string':
        out.push(`s:${JSON.stringify(v)}`);
        return;
      case 'bigint':
        out.push(`b:${String(v)}`);
        return;
      case 'boolean':
      case 'undefined':
        out.push(String(v));
        return;
      case 'symbol':
        out.push(`y:${v.toString()}`);
        return;
      case 'function':
        out.push(`f:${v.name}`);
        return;
    }
    if (v === null) {
      out.push('null');
      return;
    }
    const object = v as object;
    const known = seen.get(object);
    if (known !== undefined) {
      out.push(`@${known}`);
      return;
    }
    seen.set(object, seen.size);
    const proto = Object.getPrototypeOf(object) as object | null;
    const tag = Object.prototype.toString.call(object);
    out.push(`{${tag}|${proto === null ? 'null' : proto === Object.prototype ? 'O' : proto === Array.prototype ? 'A' : (proto.constructor?.name ?? '?')}|${Object.isFrozen(object) ? 'F' : Object.isExtensible(object) ? 'E' : 'S'}`);
    if (object instanceof Map) for (const [k, x] of object) { walk(k); out.push('=>'); walk(x); }
    if (object instanceof Set) for (const x of object) walk(x);
    if (object instanceof Date) out.push(String(object.getTime()));
    if (ArrayBuffer.isView(object)) out.push(Array.from(new Uint8Array(object.buffer, object.byteOffset, object.byteLength)).join(','));
    if (tag.startsWith('[object Temporal.')) out.push(String(object));
    for (const key of Reflect.ownKeys(object)) {
      const d = Object.getOwnPropertyDescriptor(object, key) as PropertyDescriptor;
      out.push(`${String(key)}:${d.enumerable ? 'e' : ''}${d.writable ? 'w' : ''}${d.configurable ? 'c' : ''}`);
      if ('value' in d) walk(d.value);
      else out.push(`get/set`);
    }
    out.push('}');
  };
  walk(value);
  return out.join(' ');
}

/** The path of the first NaN or ±Infinity in a value, or null (own properties, Maps, Sets; generators drawn). */
export function firstNonFinite(value: unknown, path = '$', seen = new Set<object>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${String(value)}`;
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  if (value instanceof Map || value instanceof Set) {
    let i = 0;
    for (const entry of value) {
      const found = firstNonFinite(entry, `${path}<${i++}>`, seen);
      if (found !== null) return found;
    }
  }
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    if (!('value' in d)) continue;
    const found = firstNonFinite(d.value, `${path}.${String(key)}`, seen);
    if (found !== null) return found;
  }
  return null;
}

/** What a call did, for the messages of failed properties. */
export interface Outcome {
  readonly ok: boolean;
  readonly problem: string | null;
  readonly code: string | null;
}

function isGenerator(value: unknown): value is Generator<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as Generator).next === 'function'
    && typeof (value as Generator)[Symbol.iterator] === 'function' && !Array.isArray(value);
}

/** Why an escaped error is not acceptable, or null when it is a proper TarifkitError. */
export function errorProblem(error: unknown): string | null {
  if (!isTarifkitError(error)) {
    return `escaped ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 6).join('\n') ?? ''}` : String(error)}`;
  }
  if (!Object.hasOwn(ERROR_MESSAGES, error.code)) return `uncatalogued code ${String(error.code)}`;
  const field = (error.details as { field?: unknown } | undefined)?.field;
  if (typeof field !== 'string' || field === '') return `${error.code} names no field`;
  return null;
}

/**
 * Calls `run(...args)` and checks it: returns a problem description, or null
 * when the call held. A returned generator is drawn (up to a bound) inside
 * the same time guard, since its work happens there.
 */
export function checkCall(run: (...args: unknown[]) => unknown, args: readonly unknown[], construct = false): Outcome {
  const before = args.map(snapshot);
  const started = performance.now();
  let result: unknown;
  let thrown: unknown;
  let threw = false;
  try {
    result = construct ? Reflect.construct(run, args) : run(...args);
    if (isGenerator(result)) {
      const drawn: unknown[] = [];
      for (const value of result) {
        drawn.push(value);
        if (drawn.length >= GENERATOR_TAKE) break;
      }
      result = drawn;
    }
  } catch (error) {
    threw = true;
    thrown = error;
  }
  const elapsed = performance.now() - started;
  const problems: string[] = [];
  if (elapsed > CALL_LIMIT_MS) problems.push(`took ${Math.round(elapsed)} ms`);
  if (threw) {
    const problem = errorProblem(thrown);
    if (problem !== null) problems.push(problem);
  } else if (isTarifkitError(result)) {
    // A constructed error carries the offending value as given: only its code and field are checked.
    const problem = errorProblem(result);
    if (problem !== null) problems.push(`constructed ${problem}`);
  } else {
    const bad = firstNonFinite(result);
    if (bad !== null) problems.push(`returned a non-finite number at ${bad}`);
  }
  args.forEach((arg, i) => {
    if (snapshot(arg) !== before[i]) problems.push(`mutated argument ${i}`);
  });
  return {
    ok: problems.length === 0,
    problem: problems.length === 0 ? null : problems.join('; '),
    code: threw && isTarifkitError(thrown) ? thrown.code : null,
  };
}

/** A short text of each argument, for failure messages (the full values are in fast-check's counterexample). */
export function describeArgs(args: readonly unknown[]): string {
  return args.map((arg, i) => {
    let text: string;
    try {
      text = typeof arg === 'object' && arg !== null && Object.prototype.toString.call(arg).startsWith('[object Temporal.')
        ? `${Object.prototype.toString.call(arg)} ${String(arg)}`
        : JSON.stringify(arg, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ?? String(arg);
    } catch {
      text = Object.prototype.toString.call(arg);
    }
    return `#${i}: ${text.length > 400 ? `${text.slice(0, 200)} … ${text.slice(-200)}` : text}`;
  }).join('\n');
}
