/**
 * `npm run bench`: runs every `bench/*.bench.ts` in one process, in name order.
 * Each file runs its benchmarks when imported.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((name) => name.endsWith('.bench.ts')).sort();
for (const file of files) {
  await import(pathToFileURL(join(here, file)).href);
}
