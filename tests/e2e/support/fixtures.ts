import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startWebHost } from '../../../webhost/startWebHost.js';
import { E2E_STATIC_ROOT } from './staticRoot.js';
import { type Api, apiFor } from './api.js';

export interface PlannerFixture {
  /** Address of the browser host with the launch token. */
  url: string;
  api: Api;
  dataDir: string;
}

/**
 * Every test gets the real browser host over a fresh data dir (so it starts from the
 * Voorbeeldwijk sample) and a page with the planner open and the first-run tour closed
 * (the tour has its own test).
 */
export const test = base.extend<{ planner: PlannerFixture; keepTour: boolean }>({
  keepTour: [false, { option: true }],
  planner: async ({ page, keepTour }, use) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'wtp-e2e-'));
    const host = await startWebHost({
      dataDir,
      port: 0,
      open: false,
      staticRoot: E2E_STATIC_ROOT,
      log: () => undefined,
    });
    if (!keepTour) await page.addInitScript(() => window.localStorage.setItem('wtp.tourSeen', '1'));
    await page.goto(host.url);
    await use({ url: host.url, api: apiFor(host.url), dataDir });
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Screenshots of the main screens go here, for people to look at. */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../test-results/screenshots');
