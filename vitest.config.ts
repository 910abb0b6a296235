import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The sources run on the default Temporal (the runtime's, else the polyfill), as package.json `imports` maps `#temporal`.
  resolve: { alias: { '#temporal': fileURLToPath(new URL('./src/temporal/polyfill.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Property suites run longer when TARIFKIT_PROPERTY_RUNS asks for more runs than the default 1,000.
    testTimeout: process.env['TARIFKIT_PROPERTY_RUNS'] === undefined ? 30_000 : 3_600_000,
  },
});
