/**
 * `npm run demo`: runs every example in this folder and prints what it prints.
 * Exits non-zero when any example fails.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const examples = readdirSync(here).filter((name) => name.endsWith('.ts') && name !== 'run-all.ts').sort();
let failed = 0;
for (const example of examples) {
  console.log(`\n=== examples/${example}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${here}/${example}`], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`examples/${example} failed with status ${result.status}`);
  }
}
if (failed > 0) process.exit(1);
console.log(`\n${examples.length} examples ran`);
