import { defineConfig } from 'tsup';

// The CommonJS build: one file per entry point (`tarifkit` and `tarifkit/einvoice`), with dinero.js
// bundled in (dinero.js 2 is ESM only, and Jest's module system cannot require an ES module). The
// e-invoice file carries its own copy of the few helpers it shares (errors, IBAN checks); a
// TarifkitError from either is recognised by both, through its Symbol.for brand. The ES modules and
// their .d.ts are built one per source file by scripts/build.mjs, which runs this config last.
export default defineConfig({
  entry: { index: 'src/index.ts', 'einvoice/index': 'src/einvoice/index.ts' },
  format: ['cjs'],
  dts: true,
  sourcemap: true,
  clean: false,
  target: 'node20',
  treeshake: true,
  noExternal: ['dinero.js'],
  external: ['@js-temporal/polyfill'],
  esbuildPlugins: [{
    // CommonJS can choose at run time: the runtime's Temporal when it has one, else the
    // polyfill, which is then required on first need and never loaded where Temporal is native.
    name: 'temporal',
    setup(build) {
      build.onResolve({ filter: /^#temporal$/ }, () => ({ path: 'temporal', namespace: 'tarifkit-temporal' }));
      build.onLoad({ filter: /.*/, namespace: 'tarifkit-temporal' }, () => ({
        loader: 'js',
        contents: "exports.Temporal = globalThis.Temporal ?? require('@js-temporal/polyfill').Temporal;",
      }));
    },
  }],
});
