/**
 * Every export against anything: valid random scenarios, near misses (NaN,
 * ±Infinity, −0, huge numbers, impossible dates, years outside 0001–9999,
 * Temporal values of the wrong kind, unknown zones and locales, `__proto__`
 * keys, frozen records) and values built with the real API and then corrupted
 * at one path. Whatever comes in, only a TarifkitError with a catalogued code
 * naming a field escapes, a result holds no NaN or ±Infinity, the arguments are
 * not mutated, and the call ends in bounded time.
 *
 * Runs per export: `TARIFKIT_FUZZ_RUNS` (default modest; `npm run fuzz` runs
 * many more).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as einvoice from '../../src/einvoice/index.js';
import * as tarifkit from '../../src/index.js';
import { argumentsOf } from './arguments.js';
import { ENTRIES } from './entries.js';
import { checkCall, describeArgs, FUZZ_RUNS } from './harness.js';

// The package's entry points: `tarifkit` and `tarifkit/einvoice`, whose names do not overlap.
const exported = [...Object.entries(tarifkit as Record<string, unknown>), ...Object.entries(einvoice as Record<string, unknown>)];

describe('every runtime export has a fuzz entry', () => {
  it('the entry points export distinct names', () => {
    expect(Object.keys(einvoice).filter((name) => name in tarifkit)).toEqual([]);
  });
  it('lists exactly the exports of the package', () => {
    expect(Object.keys(ENTRIES).sort()).toEqual(exported.map(([name]) => name).sort());
  });
  it('the error catalogue is a record of message templates naming the field', () => {
    for (const [code, template] of Object.entries(tarifkit.ERROR_MESSAGES)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(template).toContain('{field}');
    }
  });
});

describe(`only TarifkitError escapes, no NaN or Infinity comes back, no input is changed (${FUZZ_RUNS} runs per export)`, () => {
  for (const [name, value] of exported) {
    const entry = ENTRIES[name];
    if (entry === undefined || entry === 'value') continue;
    it(name, () => {
      const run = value as (...args: unknown[]) => unknown;
      fc.assert(
        fc.property(argumentsOf(entry), (args) => {
          const outcome = checkCall(run, args, entry.construct === true);
          if (!outcome.ok) throw new Error(`${name}: ${outcome.problem}\n${describeArgs(args)}`);
        }),
        { numRuns: FUZZ_RUNS },
      );
    }, 600_000);
  }
});
