/**
 * `npm run bench`: every benchmark in one process, in name order. Each file
 * runs its benchmark when imported. `bench/run.mjs` bundles this file with
 * esbuild first, so the library and the baselines run as the same kind of
 * plain JavaScript a user's bundle holds (no TypeScript loader in between).
 */
import './addons-options.bench.js';
import './billing-run.bench.js';
import './contract.bench.js';
import './documents.bench.js';
import './periods.bench.js';
import './prepaid.bench.js';
import './proration.bench.js';
