import { defineConfig } from 'vitest/config';

// The tests that cover the core modules Stryker mutates (see stryker.config.json).
export default defineConfig({
  test: {
    include: ['test/{calendar,money,proration,errors,lines,explain,addons,invoice,options,rules,contract,prepaid,catalog}/**/*.test.ts'],
    environment: 'node',
  },
});
