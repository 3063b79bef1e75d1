import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STATIC_ROOT, startWebHost, type RunningWebHost } from '../../../webhost/startWebHost.js';
import { CHROMIUM_LAUNCH } from '../../support/chromiumLaunch.js';

// The real built renderer, the real store and Debian's Chromium: the strict CSP must not
// break the planner, and the launch token must travel as designed. Needs `npm run build`
// first (npm test does that).
let browser: Browser;
let host: RunningWebHost;
let dataDir: string;

beforeAll(async () => {
  if (!existsSync(path.join(DEFAULT_STATIC_ROOT, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` (npm test does) before this test.');
  }
  dataDir = mkdtempSync(path.join(tmpdir(), 'webhost-browser-'));
  // A private copy: a build started elsewhere empties out/renderer mid-test.
  const staticRoot = path.join(dataDir, 'renderer');
  cpSync(DEFAULT_STATIC_ROOT, staticRoot, { recursive: true });
  host = await startWebHost({ dataDir: path.join(dataDir, 'data'), staticRoot, log: () => {} });
  browser = await chromium.launch(CHROMIUM_LAUNCH);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the planner in a real browser through the host', () => {
  it('loads without CSP violations or page errors, and the token leaves the address bar', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    // Browser-side code as strings: this file is type-checked without DOM types.
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP-VIOLATION ' + e.violatedDirective + ' ' + e.blockedURI));",
    );
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    await page.goto(host.url);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('Wijkteamplanner');
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toMatch(/Voorbeeldwijk/);

    expect(page.url()).toBe(`http://127.0.0.1:${host.port}/`);
    expect(await page.evaluate("sessionStorage.getItem('wijkteamplanner.token')")).toBe(host.token);
    // Every request stayed on the host: the app makes no other network requests.
    expect(requests.every((url) => url.startsWith(`http://127.0.0.1:${host.port}/`))).toBe(true);
    expect(requests.some((url) => url.includes('/api/'))).toBe(true);

    // A reload works from sessionStorage, without the token in the URL.
    await page.reload();
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toMatch(/Voorbeeldwijk/);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('a page opened without the token cannot reach the store', async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${host.port}/`);
    const status = await page.evaluate(
      async () => (await fetch('/api/teams.list', { method: 'POST', body: '{}' })).status,
    );
    expect(status).toBe(403);
    await page.close();
  }, 30_000);
});
