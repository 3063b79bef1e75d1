/**
 * The floor under a cold start (issue 12): what this machine's Chromium needs to paint a
 * board before any planner code runs, measured exactly like the planner's own cold start
 * (`timedStart`: the same host process and data file, a fresh browser context, the same
 * moments read in the page) and in the same run, the starts taken in turns:
 *   - **HTML only**: the board's skeleton (15 lanes, a pool card, the coverage panel's
 *     parts) written in the page itself, no script: the browser's own part (a renderer
 *     process, the document, style, layout, paint) plus the host's;
 *   - **React**: the same skeleton rendered by React from a module script: React's own
 *     download, parse, evaluation and first render;
 *   - **React + react-aria**: each lane a react-aria button inside its I18nProvider and a
 *     number formatted in Dutch: the UI library the planner is built on, and the first Intl
 *     call of a renderer process;
 *   - **the planner** at 500 × 15 (the bench plan of uiBench.ts, opened on its scenario).
 * The planner minus the last floor is what the planner's own code, data and board cost.
 * `npx tsx tests/bench/ui/startFloor.ts`; UI_BENCH_STARTS=N starts of each (default 7).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { startWebHost } from '../../../webhost/startWebHost.js';
import { apiFor } from '../../e2e/support/api.js';
import { importLargePlan, launchBenchChromium, openScenarioOnStart, timedStart } from './benchChromium.js';
import { FLOOR_LANES } from './startFloor/floorBoard.js';

const STARTS = Number(process.env.UI_BENCH_STARTS ?? 7);
const FLOORS = path.join(import.meta.dirname, 'startFloor');
const APP = path.resolve(import.meta.dirname, '../../../out/renderer');

/** Builds one floor page the way the planner is built (Vite, production, minified). */
async function buildFloor(name: string, outDir: string): Promise<string> {
  await build({
    root: path.join(FLOORS, name),
    base: './',
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true, target: 'chrome130' },
  });
  return outDir;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const work = mkdtempSync(path.join(tmpdir(), 'wtp-floor-'));
const dataDir = path.join(work, 'data');
const cases = [
  { label: 'HTML only', root: await buildFloor('static', path.join(work, 'static')), lanes: FLOOR_LANES },
  { label: 'React', root: await buildFloor('react', path.join(work, 'react')), lanes: FLOOR_LANES },
  { label: 'React + react-aria', root: await buildFloor('aria', path.join(work, 'aria')), lanes: FLOOR_LANES },
  { label: 'planner 500 × 15', root: APP, lanes: 0, app: true },
];

const first = await startWebHost({ dataDir, seedSample: false, log: () => undefined });
const plan = await importLargePlan(apiFor(first.url));
await first.close();
const planner = cases[3]!;
planner.lanes = plan.functions.length;

const browser = await launchBenchChromium();
const painted = new Map<string, number[]>(cases.map((c) => [c.label, []]));
const inDom = new Map<string, number[]>(cases.map((c) => [c.label, []]));
const hostUp = new Map<string, number[]>(cases.map((c) => [c.label, []]));
try {
  for (let round = 0; round < STARTS; round += 1) {
    for (const c of cases) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
      const page = await context.newPage();
      if (c.app) await openScenarioOnStart(page, plan.scenarioId);
      const start = await timedStart(page, { dataDir, staticRoot: c.root }, c.lanes);
      painted.get(c.label)!.push(start.boardPainted);
      inDom.get(c.label)!.push(start.boardInDom);
      hostUp.get(c.label)!.push(start.hostStarted);
      await context.close();
      await start.host.close();
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const app = median(painted.get(planner.label)!);
console.log(
  `\ncold start floor: ${STARTS} starts of each in turns, median ms from starting the host (the planner's own figure)`,
);
console.log('case\thost listening\tboard in DOM\tboard painted\tplanner / case\tplanner − case');
for (const c of cases) {
  const p = median(painted.get(c.label)!);
  console.log(
    `${c.label}\t${median(hostUp.get(c.label)!).toFixed(0)}\t${median(inDom.get(c.label)!).toFixed(0)}\t${p.toFixed(0)}\t${(app / p).toFixed(2)}\t${(app - p).toFixed(0)}`,
  );
}
console.log(`(issue 12's target for the planner: 500 ms)`);
