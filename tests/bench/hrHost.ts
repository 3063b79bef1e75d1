import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as DbModule from '../../db/index.js';
import type * as HrAnalysesModule from '../../db/export/hrAnalyses.js';
import type * as WebHostModule from '../../webhost/startWebHost.js';
import type { OpenStoreOptions } from '../../db/index.js';
import type { RunningWebHost } from '../../webhost/startWebHost.js';
import { hostInChildProcess } from './ui/childHost.js';
import type { HrHostQuestion, HrHostSetup } from './hrHostExtension.js';
import { warmUpDone, warmUpSoFar } from './hrWarmUpWatch.js';

/**
 * The browser host of one checkout for the HR benches, with its store's warm-up watched.
 * It runs in a Node process of its own by default, as a user's host does (the desktop app's
 * store process, the `npm run web` command): in the bench's own process Playwright's
 * checks of the page and the host's work after the first rows took turns on one event
 * loop. HR_BENCH_HOST=process runs it in the bench's process, as before 2026-11-30 (to
 * compare the two).
 */
type HrHostPlace = 'child' | 'process';
export const HR_BENCH_HOST: HrHostPlace = process.env.HR_BENCH_HOST === 'process' ? 'process' : 'child';

export interface HrHost extends RunningWebHost {
  /** When the store's warm-up is done: time since just before the host started, and its longest step. */
  warmUpDone(): Promise<{ took: number; longestStep: number }>;
  /** The warm-up's steps so far, and whether it is done. */
  warmUpSoFar(): Promise<{ steps: number; done: boolean }>;
}

interface HrHostOptions {
  /** The checkout whose host, store and renderer build (`out/renderer`) serve. */
  root: string;
  dataDir: string;
  /** The store's idle warm-up as the app runs it, or none (nothing made ahead). */
  warmUp: boolean;
}

const staticRootOf = (root: string) => path.join(root, 'out/renderer');

/** The host process of `root`'s host module with the HR extension: one per checkout, kept for the run. */
const hostProcessOf = (root: string) =>
  hostInChildProcess(path.join(root, 'webhost/startWebHost.ts'), path.join(import.meta.dirname, 'hrHostExtension.ts'));

async function inChildProcess({ root, dataDir, warmUp }: HrHostOptions): Promise<HrHost> {
  const start = await hostProcessOf(root);
  const running = await start({ dataDir, staticRoot: staticRootOf(root), port: 0 }, { warmUp } satisfies HrHostSetup);
  const ask = (question: HrHostQuestion) => running.ask(question);
  return {
    ...running,
    warmUpDone: () => ask('done') as Promise<{ took: number; longestStep: number }>,
    warmUpSoFar: () => ask('soFar') as Promise<{ steps: number; done: boolean }>,
  };
}

async function inThisProcess({ root, dataDir, warmUp }: HrHostOptions): Promise<HrHost> {
  const load = (file: string) => import(path.join(root, file));
  const db = (await load('db/index.ts')) as typeof DbModule;
  const web = (await load('webhost/startWebHost.ts')) as typeof WebHostModule;
  const proto = ((await load('db/export/hrAnalyses.ts')) as typeof HrAnalysesModule).HrAnalysesStore.prototype;
  // Only a warm-up that runs is waited for (the watch keeps this process alive until it is done).
  const done = warmUp ? warmUpDone(proto, performance.now()) : null;
  const soFar = warmUpSoFar(proto);
  const running = await web.startWebHost({
    dataDir,
    port: 0,
    open: false,
    staticRoot: staticRootOf(root),
    log: () => undefined,
    ...(warmUp
      ? {}
      : { openStore: (options: OpenStoreOptions) => db.openPlannerStore({ ...options, hrWarmUp: false }) }),
  });
  return {
    ...running,
    warmUpDone: () => done ?? Promise.reject(new Error('bench: the host was started without its warm-up')),
    warmUpSoFar: () => Promise.resolve(soFar()),
  };
}

/** Starts the host of `options.root` where HR_BENCH_HOST says. */
export function startHrHost(options: HrHostOptions): Promise<HrHost> {
  return HR_BENCH_HOST === 'child' ? inChildProcess(options) : inThisProcess(options);
}

/** Loads the host's process (or modules) of `root` ahead, so a clock started after it does not count that. */
export async function readyHrHost(root: string): Promise<void> {
  if (HR_BENCH_HOST === 'child') await hostProcessOf(root);
  else await import(path.join(root, 'webhost/startWebHost.ts'));
}
