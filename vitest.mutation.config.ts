import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The tests that cover the core modules Stryker mutates (see stryker.config.json).
export default defineConfig({
  // The sources run on the default Temporal (the runtime's, else the polyfill), as package.json `imports` maps `#temporal`.
  resolve: { alias: { '#temporal': fileURLToPath(new URL('./src/temporal/polyfill.ts', import.meta.url)) } },
  test: {
    include: ['test/{calendar,money,proration,errors,lines,explain,addons,invoice,options,rules,contract,prepaid,catalog}/**/*.test.ts'],
    environment: 'node',
  },
});
