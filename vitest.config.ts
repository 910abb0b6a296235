import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Property suites run longer when TARIFKIT_PROPERTY_RUNS asks for more runs than the default 1,000.
    testTimeout: process.env['TARIFKIT_PROPERTY_RUNS'] === undefined ? 30_000 : 3_600_000,
  },
});
