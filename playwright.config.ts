import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/support/chromiumLaunch.js';

// End-to-end tests of the planner UI in Debian's Chromium through the browser host,
// a fresh data dir per test (see tests/e2e/support/fixtures.ts). Never `playwright install`.
// One output folder per run: several people (and CI steps) may run Playwright on this
// machine at once, and each run empties its output folder when it starts. Workers
// inherit the variable, so they write where their run does.
process.env.WTP_E2E_RUN ??= new Date().toISOString().replace(/[:.]/g, '-');

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  outputDir: `test-results/e2e/${process.env.WTP_E2E_RUN}`,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  // A `test.only` left in a spec would run one test and skip the rest: CI refuses it.
  forbidOnly: !!process.env.CI,
  // Two cores shared by several jobs: one or two workers keep the suite well under three minutes.
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 960 },
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
});
