/**
 * A region's pool on the board (issue 12, seventh round): a plan of N professionals (4,400
 * by default, the people of the HR bench's 200 teams) on a 15-function team, each build with
 * its own host and a fresh data file, three rounds in turns. Per start: the cards rendered
 * once the pool has settled, leaving the board (click on "Catalogus" to its first frame
 * painted), coming back (click to the first pool card painted) and the renderer's JS heap.
 * `npx tsx tests/bench/ui/largePoolBench.ts [N]`; UI_BENCH_BEFORE=<out/renderer of another
 * checkout> (default /tmp/old-main/out/renderer) is the same-run baseline.
 */
import { chromium } from 'playwright';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { largePlan } from './largePlan.js';
import { apiFor } from '../../e2e/support/api.js';
import { hostOfBuild, openScenarioOnStart } from './benchChromium.js';

const people = Number(process.argv[2] ?? 4400);
const before = process.env.UI_BENCH_BEFORE ?? '/tmp/old-main/out/renderer';
// Without an earlier build (a fresh clone) only this one is measured.
const builds = [
  ...(existsSync(before) ? [{ label: 'old', root: before }] : []),
  { label: 'now', root: path.resolve(import.meta.dirname, '../../../out/renderer') },
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const results: Record<string, number[][]> = { old: [], now: [] };
for (let round = 0; round < 3; round++)
  for (const build of builds) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bigpool-'));
    const startHost = await hostOfBuild(build.root);
    const host = await startHost({ dataDir, seedSample: true, log: () => undefined, staticRoot: build.root });
    const api = apiFor(host.url);
    const r = await api('plan.import', { plan: largePlan(people, 15), onConflict: 'copy' });
    const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
    if (r.status !== 'imported') throw new Error('import refused');
    await openScenarioOnStart(page, r.scenarioId);
    const t0 = Date.now();
    await page.goto(host.url);
    await page.getByTestId('pool-card').first().waitFor();
    // Wait until the pool's cards stop growing.
    let last = -1;
    for (;;) {
      const n = await page.getByTestId('pool-card').count();
      if (n === last) break;
      last = n;
      await page.waitForTimeout(500);
    }
    const settled = Date.now() - t0;
    const cards = last;
    // One page-side function, not a string: the app's CSP forbids eval. Typed here
    // without the DOM library, as the bench files are compiled for Node.
    const switchTo = (nav: string, untilCards: boolean) =>
      page.evaluate(
        async ([nav, untilCards]) => {
          const g = globalThis as unknown as {
            document: { querySelector(s: string): { click(): void } | null };
            requestAnimationFrame(f: () => void): void;
          };
          const t = performance.now();
          g.document.querySelector(`[data-testid="${nav}"]`)!.click();
          while ((g.document.querySelector('[data-testid="pool-card"]') !== null) !== untilCards)
            await new Promise((r) => setTimeout(r, 0));
          await new Promise((r) => g.requestAnimationFrame(() => setTimeout(r, 0)));
          return performance.now() - t;
        },
        [nav, untilCards] as const,
      );
    const leave = await switchTo('nav-catalogue', false);
    await page.waitForTimeout(300);
    const back = await switchTo('nav-board', true);
    await page.waitForTimeout(1500);
    const heap = await page.evaluate(
      () => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1e6,
    );
    results[build.label]!.push([settled, cards, leave, back, heap]);
    console.log(
      `${build.label}: ${cards} cards, settled ${settled} ms, leave ${leave.toFixed(0)} ms, back ${back.toFixed(0)} ms, heap ${heap.toFixed(0)} MB`,
    );
    await page.close();
    await host.close();
  }
await browser.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows = [
  'pool settled after the start (ms)',
  'cards on the board',
  'leaving the board (ms)',
  'back to the board (ms)',
  'renderer JS heap (MB)',
];
console.log(`\n${people} professionals, median of ${results.now!.length} starts each (old = ${before})`);
rows.forEach((row, i) => {
  const old = results.old!.length ? median(results.old!.map((r) => r[i]!)) : NaN;
  const now = median(results.now!.map((r) => r[i]!));
  console.log(
    `${row.padEnd(36)} old ${old.toFixed(0).padStart(6)}   now ${now.toFixed(0).padStart(6)}   ratio ${(now / old).toFixed(2)}`,
  );
});
