import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { startWebHost } from '../../../webhost/startWebHost.js';
import { launchBenchProfile, openScenarioOnStart, timedStart } from './benchChromium.js';

/** One build of the renderer to start: `undefined` is this checkout's out/renderer. */
export interface Build {
  label: string;
  staticRoot: string | undefined;
}

/**
 * Cold starts of a RETURNING user of the browser host, apart from the bench's first-visit
 * figure (a fresh browser context, which stays the main row): each build gets a Chromium
 * profile of its own on disk, visited once unmeasured (its code lands in the HTTP cache),
 * then `starts` times, the builds taken in turns. Every start is a new host on the SAME
 * port and data directory: the browser's caches are keyed by address, so only a user who
 * starts the host with a fixed `--port` gets them (the default picks a free port each time).
 * Chromium keeps V8's compiled code from about the second visit on. Returns every measured
 * start per build, in order: the board painted, and as Playwright's polling noticed it.
 */
export async function returningUserStarts(
  dataDir: string,
  scenarioId: string,
  lanes: number,
  builds: readonly Build[],
  starts: number,
): Promise<{ boardPainted: number[]; polled: number[] }[]> {
  const profiles = builds.map(() => mkdtempSync(path.join(tmpdir(), 'wtp-uibench-profile-')));
  const contexts: BrowserContext[] = [];
  try {
    for (const dir of profiles) contexts.push(await launchBenchProfile(dir));
    // A free port, then kept: the same address on every start, as `--port N` gives.
    const probe = await startWebHost({ dataDir, seedSample: false, log: () => undefined });
    const port = probe.port;
    await probe.close();
    const measured = builds.map(() => ({ boardPainted: [] as number[], polled: [] as number[] }));
    for (let run = 0; run <= starts; run += 1) {
      for (const [index, build] of builds.entries()) {
        const context = contexts[index]!;
        const page = await context.newPage();
        await openScenarioOnStart(page, scenarioId);
        const start = await timedStart(page, { dataDir, staticRoot: build.staticRoot, port }, lanes);
        // The first visit only fills the caches.
        if (run > 0) {
          measured[index]!.boardPainted.push(start.boardPainted);
          measured[index]!.polled.push(start.ms);
        }
        await page.close();
        await start.host.close();
      }
    }
    return measured;
  } finally {
    for (const context of contexts) await context.close();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  }
}
