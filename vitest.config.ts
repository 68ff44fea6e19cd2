import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The JSON report is what .ci/run counts passed and failed tests from.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/test-results.json' },
  },
});
