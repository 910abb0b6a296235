/**
 * `npx tsx test/fuzz/survey.ts [runs]`: runs every fuzz entry without stopping at
 * the first failure and prints each distinct problem once, with one example.
 */
import fc from 'fast-check';
import * as tarifkit from '../../src/index.js';
import { ENTRIES } from './entries.js';
import { argumentsOf } from './arguments.js';
import { checkCall, describeArgs } from './harness.js';

const runs = Number(process.argv[2] ?? 200);
const only = process.argv[3];
for (const [name, value] of Object.entries(tarifkit as Record<string, unknown>)) {
  const entry = ENTRIES[name];
  if (entry === undefined || entry === 'value' || (only !== undefined && name !== only)) continue;
  const seen = new Map<string, string>();
  const samples = fc.sample(argumentsOf(entry), runs);
  for (const args of samples) {
    const outcome = checkCall(value as (...a: unknown[]) => unknown, args, entry.construct === true);
    if (outcome.ok) continue;
    const key = (outcome.problem ?? '').split('\n').slice(0, 2).join(' | ').replace(/\d{3,}/g, 'N').slice(0, 300);
    if (!seen.has(key)) seen.set(key, describeArgs(args));
  }
  for (const [key, example] of seen) console.log(`\n### ${name}: ${key}\n${example.slice(0, 900)}`);
}
