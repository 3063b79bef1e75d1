/**
 * Issue 11's "the dialog shows progress within 100 ms": from the click on "Samenstellen" to
 * the progress in the document, read in the page (a capturing click listener and a
 * MutationObserver, both on the page's clock), and to the first frame with it painted (the
 * first task after the next animation frame). The sample team's board, each build with its
 * own host and data file, three rounds in turns, five compositions per round, each stopped
 * by Escape as soon as its progress is painted.
 * `npx tsx tests/bench/ui/composeProgressBench.ts`; UI_BENCH_BEFORE=<out/renderer of another
 * checkout> (default /tmp/old-main/out/renderer) is the same-run baseline.
 */
import { chromium } from 'playwright';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startWebHost } from '../../../webhost/startWebHost.js';
import { apiFor } from '../../e2e/support/api.js';
import { sampleScenario } from './startScenarios.js';
import { hostOfBuild, openScenarioOnStart } from './benchChromium.js';

const before = process.env.UI_BENCH_BEFORE ?? '/tmp/old-main/out/renderer';
const builds = [
  ...(existsSync(before) ? [{ label: 'old', root: before }] : []),
  { label: 'now', root: path.resolve(import.meta.dirname, '../../../out/renderer') },
];
const perRound = 5;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const results: Record<string, { inDocument: number[]; painted: number[] }> = {};
for (let round = 0; round < 3; round++)
  for (const build of builds) {
    // The sample is written by a host in this process; the build's own host (a child) never seeds.
    const dataDir = mkdtempSync(path.join(tmpdir(), 'compose-progress-'));
    const seeding = await startWebHost({ dataDir, seedSample: true, log: () => undefined });
    const { scenarioId } = await sampleScenario(apiFor(seeding.url));
    await seeding.close();
    const startHost = await hostOfBuild(build.root);
    const host = await startHost({ dataDir, seedSample: false, log: () => undefined, staticRoot: build.root });
    const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
    await openScenarioOnStart(page, scenarioId);
    await page.goto(host.url);
    await page.getByTestId('compose-open').waitFor();
    const mine = (results[build.label] ??= { inDocument: [], painted: [] });
    for (let i = 0; i < perRound; i++) {
      await page.getByTestId('compose-open').click();
      await page.getByTestId('compose-run').waitFor();
      // One page-side function, not a string: the app's CSP forbids eval. Typed without the
      // DOM library, as the bench files are compiled for Node.
      const [inDocument, painted] = await page.evaluate(async () => {
        const g = globalThis as unknown as {
          document: { querySelector(s: string): { click(): void } | null };
          requestAnimationFrame(f: () => void): void;
        };
        const t = performance.now();
        g.document.querySelector('[data-testid="compose-run"]')!.click();
        while (!g.document.querySelector('[data-testid="compose-progress"]'))
          await new Promise((r) => setTimeout(r, 0));
        const seen = performance.now() - t;
        await new Promise((r) => g.requestAnimationFrame(() => setTimeout(r, 0)));
        return [seen, performance.now() - t];
      });
      mine.inDocument.push(inDocument);
      mine.painted.push(painted);
      await page.keyboard.press('Escape');
      await page.getByTestId('compose-dialog').waitFor({ state: 'detached' });
    }
    console.log(
      `${build.label}: progress in the document ${mine.inDocument
        .slice(-perRound)
        .map((v) => v.toFixed(1))
        .join(', ')} ms; painted ${mine.painted
        .slice(-perRound)
        .map((v) => v.toFixed(1))
        .join(', ')} ms`,
    );
    await page.close();
    await host.close();
  }
await browser.close();

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.ceil(q * values.length) - 1]!;
console.log(
  `\nStel samen: click -> progress, ${results.now!.inDocument.length} compositions per build (old = ${before})`,
);
for (const [row, key] of [
  ['in the document', 'inDocument'],
  ['painted', 'painted'],
] as const)
  for (const q of [0.5, 0.95]) {
    const old = results.old ? quantile(results.old[key], q) : NaN;
    const now = quantile(results.now![key], q);
    const name = `click -> progress ${row}, p${q * 100} (ms)`;
    console.log(
      `${name.padEnd(44)} old ${old.toFixed(1).padStart(6)}   now ${now.toFixed(1).padStart(6)}   ratio ${(now / old).toFixed(2)}`,
    );
  }
