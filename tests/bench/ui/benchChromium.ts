import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startWebHost, type RunningWebHost } from '../../../webhost/startWebHost.js';
import type { Api } from '../../e2e/support/api.js';
import { hostInChildProcess } from './childHost.js';
import { largePlan } from './largePlan.js';
import { readStartMoments, type StartMoments, watchStartMoments } from './startMoments.js';
import { CHROMIUM_LAUNCH } from '../../support/chromiumLaunch.js';

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH);
}

/**
 * The same Chromium with a profile kept on disk in `profileDir`: its HTTP cache and V8 code
 * cache survive from one visit to the next, as they do for a returning user's own browser.
 */
export function launchBenchProfile(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { ...CHROMIUM_LAUNCH, viewport: { width: 1440, height: 960 } });
}

/**
 * Every start of `page` skips the tour and opens `scenarioId`, as a returning team leader's
 * planner does (the renderer reads both from localStorage before its first call).
 */
export async function openScenarioOnStart(page: Page, scenarioId: string): Promise<void> {
  // Runs in the page; typed without the DOM lib, which this node-side file does not load.
  await page.addInitScript((id) => {
    const storage = (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } })
      .localStorage;
    storage.setItem('wtp.tourSeen', '1');
    storage.setItem('wtp.lastScenario', id);
  }, scenarioId);
}

/** One timed cold start: the host left running, and its moments in ms since the clock started. */
export interface TimedStart extends StartMoments {
  host: RunningWebHost;
  /**
   * The board as Playwright's polling noticed it (the figure of the rounds before the fifth):
   * up to 500 ms after it was there (startMoments.ts).
   */
  ms: number;
  /** When the host answered that it was listening (its store opened), on the same clock. */
  hostStarted: number;
}

/**
 * One cold start as the UI benches time it: the clock starts before the host does (opening
 * the store included) and stops when the board is interactive, i.e. its last function lane
 * (of `lanes`) and its first pool card are painted (`boardPainted`); also when everything on
 * the board is painted and when Playwright noticed the board. The host is left running for
 * the caller to close.
 */
export async function timedStart(
  page: Page,
  host: { dataDir: string; staticRoot?: string | undefined; port?: number },
  lanes: number,
  where: HostPlace = COLD_START_HOST,
): Promise<TimedStart> {
  await watchStartMoments(page, lanes);
  const start = await hostOfBuild(host.staticRoot, where);
  const clockStart = Date.now();
  const started = performance.now();
  const running = await start({ ...host, seedSample: false, log: () => undefined });
  const hostStarted = performance.now() - started;
  await page.goto(running.url);
  await page
    .locator('[data-testid="function-lane"]')
    .nth(lanes - 1)
    .waitFor();
  await page.locator('[data-testid="pool-card"]').first().waitFor();
  const ms = performance.now() - started;
  return { host: running, ms, hostStarted, ...(await readStartMoments(page, clockStart)) };
}

type StartHost = typeof startWebHost;
const hosts = new Map<string, Promise<StartHost>>();

/**
 * Where a timed start's host runs: in a Node process of its own ('child', as a user's host
 * always does), or in the bench's own process beside Playwright ('process', as until the
 * second half of the fifth round; under load the browser driver's traffic delayed the
 * host's answers there by up to 200 ms). UI_BENCH_HOST=process measures the old way.
 */
export type HostPlace = 'child' | 'process';
export const COLD_START_HOST: HostPlace = process.env.UI_BENCH_HOST === 'process' ? 'process' : 'child';

const THIS_CHECKOUT = path.resolve(import.meta.dirname, '../../..');

/**
 * The browser host that goes with a renderer build: for `<checkout>/out/renderer` of an
 * earlier checkout (UI_BENCH_BEFORE), that checkout's own host and store, so a before/after
 * comparison includes what changed on the host's side too; otherwise this checkout's. It runs where
 * `where` says; both builds of a comparison are always asked for the same way.
 */
export function hostOfBuild(staticRoot: string | undefined, where: HostPlace = COLD_START_HOST): Promise<StartHost> {
  const own = path.join(THIS_CHECKOUT, 'webhost', 'startWebHost.ts');
  const other = staticRoot && path.resolve(staticRoot, '..', '..', 'webhost', 'startWebHost.ts');
  const file = other && existsSync(other) ? other : own;
  if (where === 'child') return hostInChildProcess(file);
  if (file === own) return Promise.resolve(startWebHost);
  let host = hosts.get(file);
  if (!host) {
    console.log(`(the build in ${staticRoot} is served by its own checkout's host: ${file})`);
    host = import(pathToFileURL(file).href).then((module: { startWebHost: StartHost }) => module.startWebHost);
    hosts.set(file, host);
  }
  return host;
}

/** What a bench drags: the imported 500 × 15 plan's scenario, the people outside it and its functions. */
export interface DropSetup {
  scenarioId: string;
  people: string[];
  functions: string[];
  poolSize: number;
}

/** Imports `largePlan(500, 15)` (fixed seed) as a copy and names who and where the drops go. */
export async function importLargePlan(api: Api): Promise<DropSetup> {
  const plan = largePlan(500, 15);
  const result = await api('plan.import', { plan, onConflict: 'copy' });
  if (result.status !== 'imported') throw new Error('bench: import refused');
  const members = new Set(plan.assignments.map((a) => a.professionalId));
  return {
    scenarioId: result.scenarioId,
    people: plan.professionals.filter((p) => !members.has(p.id)).map((p) => p.name),
    functions: plan.functions.map((f) => f.name),
    poolSize: plan.professionals.length,
  };
}
