// `npm run bench`: bundles bench/index.ts (the library's sources and the hand-written baselines alike)
// with esbuild into one ES module, then runs it. Both sides are compiled the same way.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench', 'bench.mjs');
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'bench', 'index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  logLevel: 'error',
  // The package says it has no side effects (true for the library); the benchmark files do have them.
  ignoreAnnotations: true,
  // The source, not a build: `#temporal` (package.json "imports") points into dist/ for users.
  plugins: [{
    name: 'temporal-from-source',
    setup(b) {
      b.onResolve({ filter: /^#temporal$/ }, () => ({ path: join(root, 'src', 'temporal', 'polyfill.ts') }));
    },
  }],
});
await import(pathToFileURL(out).href);
