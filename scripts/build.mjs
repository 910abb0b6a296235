// `npm run build`: the package's dist/.
// - ESM: one module per source file (esbuild, no bundling), so bundlers keep only what is imported;
//   `#temporal` stays a package import that package.json `imports` resolves (native or polyfill).
// - Declarations: one .d.ts per source file (tsc).
// - CJS: one bundled file per entry point, index.cjs and einvoice/index.cjs, with dinero.js inside
//   (dinero.js 2 ships ESM only, which Jest cannot require), built by tsup with its bundled .d.cts
//   (tsup.config.ts).
// - Entry points: `tarifkit` (src/index.ts) and `tarifkit/einvoice` (src/einvoice/index.ts), which
//   the main entry does not re-export, so that apps without e-invoices do not load it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

rmSync(dist, { recursive: true, force: true });

const entryPoints = sources(join(root, 'src'));
await build({
  entryPoints,
  outbase: join(root, 'src'),
  outdir: dist,
  bundle: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
  logLevel: 'error',
});

const bin = (name) => join(root, 'node_modules', '.bin', name);
execFileSync(bin('tsc'), ['-p', 'tsconfig.dist.json'], { cwd: root, stdio: 'inherit' });
execFileSync(bin('tsup'), ['--silent'], { cwd: root, stdio: 'inherit' });

console.log(`build: ${entryPoints.length} ES modules with .d.ts, and index.cjs and einvoice/index.cjs, in ${relative(root, dist)}/`);
