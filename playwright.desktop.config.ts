import { defineConfig } from '@playwright/test';

// The desktop suite (`npm run test:desktop`, scripts/test-desktop.mjs): the real Electron
// app through Playwright's Electron support, one app at a time. Not part of `npm test`:
// it needs the Electron binary, which the build machines here cannot download.
process.env.WTP_DESKTOP_RUN ??= new Date().toISOString().replace(/[:.]/g, '-');

export default defineConfig({
  testDir: 'tests/desktop',
  testMatch: '**/*.spec.ts',
  outputDir: `test-results/desktop/${process.env.WTP_DESKTOP_RUN}`,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
});
