import { defineConfig } from 'vitest/config';

// Unit, integration and reliability suites run under Node. The Playwright e2e suite
// (tests/e2e) has its own runner; benchmarks (tests/bench) run with `npm run bench`.
export default defineConfig({
  test: {
    include: ['tests/{unit,integration,reliability}/**/*.test.ts'],
    environment: 'node',
    // As Playwright's forbidOnly: in CI an `it.only` fails the run instead of skipping the rest.
    allowOnly: !process.env.CI,
    // fast-check runs from one seed per file (WTP_SEED to replay); see tests/support/seed.ts.
    setupFiles: ['tests/support/fastCheckSeed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
