/**
 * The team design screen ("Teamontwerp") with the board's 500 × 15 bench plan: per build,
 * with its own host and a fresh data file, starts in turns (ROUNDS, default 2). Per start,
 * EDITS (default 20) edits of each kind, timed from the user's input to the edit's change
 * in the document with the frame after it painted:
 *   - a radio choice: the team model, from the click's pointerdown to the new choice selected;
 *   - a checkbox: one age group on and off, from the pointerdown to the box's new state;
 *   - a committed text field: the area, typed, then from the Tab that leaves the field
 *     (the commit) to the field shown with its saved value;
 * and for each the longest main-thread task from the input until 500 ms after the paint
 * (the save's answer and the announcement included: how long the page could not answer).
 * p50 and p95 per kind and build, beside the same-run baseline and the ratio.
 *
 * `npx tsx tests/bench/ui/designScreenBench.ts`; UI_BENCH_BEFORE=<out/renderer of another
 * build> (default /tmp/old-main/out/renderer) is the baseline, UI_BENCH_ROOT this build.
 * PROFILE=1 adds V8's sampling profile over the measured moments (build with
 * `npx vite build --minify false --outDir <dir>` and give it as UI_BENCH_ROOT for names).
 * Timings only, never a test.
 */
import type { CDPSession, Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { apiFor } from '../../e2e/support/api.js';
import { hostOfBuild, importLargePlan, launchBenchChromium, openScenarioOnStart } from './benchChromium.js';
import { armPaintAfter, paintAfter } from './paintAfterInput.js';
import { profileTally } from './profileTally.js';

const before = process.env.UI_BENCH_BEFORE ?? '/tmp/old-main/out/renderer';
const now = process.env.UI_BENCH_ROOT ?? path.resolve(import.meta.dirname, '../../../out/renderer');
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const EDITS = Number(process.env.EDITS ?? 20);
const PROFILE = process.env.PROFILE === '1';
const builds = [...(existsSync(before) ? [{ label: 'old', root: before }] : []), { label: 'now', root: now }];
const KINDS = ['radio', 'checkbox', 'text'] as const;
type Kind = (typeof KINDS)[number];

/** An edit is painted when the design screen shows it: its text, or a choice's `data-selected`. */
const armEditPaint = (page: Page, on: 'pointerdown' | 'keydown') =>
  armPaintAfter(page, { on, selector: '[data-testid="design-screen"]', attributes: ['data-selected'], tailMs: 500 });

/** One edit of `kind`, the `i`th: its time to painted and the longest task in it. */
async function oneEdit(page: Page, kind: Kind, i: number): Promise<[number, number]> {
  const screen = page.getByTestId('design-screen');
  if (kind === 'radio') {
    // Round the four models; each click changes the choice.
    const choice = screen
      .getByTestId('team-model')
      .locator('label.choice')
      .nth((i + 1) % 4);
    await choice.scrollIntoViewIfNeeded();
    await armEditPaint(page, 'pointerdown');
    await choice.click();
  } else if (kind === 'checkbox') {
    const box = screen.getByRole('group', { name: 'Leeftijdsgroepen' }).locator('label.checkbox').first();
    await box.scrollIntoViewIfNeeded();
    await armEditPaint(page, 'pointerdown');
    await box.click();
  } else {
    const area = screen.getByLabel('Wijk of gebied');
    await area.fill(`Wijk ${i}`);
    await armEditPaint(page, 'keydown');
    await page.keyboard.press('Tab');
  }
  return paintAfter(page);
}

const browser = await launchBenchChromium();
const results: Record<string, Record<Kind, { ms: number[]; tasks: number[] }>> = {};
const tally = profileTally();
for (let round = 0; round < ROUNDS; round++)
  for (const build of builds) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'designscreen-'));
    const startHost = await hostOfBuild(build.root);
    const host = await startHost({ dataDir, seedSample: true, log: () => undefined, staticRoot: build.root });
    const setup = await importLargePlan(apiFor(host.url));
    const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
    await openScenarioOnStart(page, setup.scenarioId);
    await page.goto(host.url);
    await page.getByTestId('pool-card').first().waitFor();
    await page.getByTestId('nav-design').click();
    await page.locator('[data-testid="function-editor"] [data-function-id]').nth(14).waitFor();
    await page.waitForTimeout(1000);
    let cdp: CDPSession | undefined;
    const into = (results[build.label] ??= {
      radio: { ms: [], tasks: [] },
      checkbox: { ms: [], tasks: [] },
      text: { ms: [], tasks: [] },
    });
    const line: string[] = [];
    for (const kind of KINDS) {
      const times: number[] = [];
      for (let i = 0; i < EDITS; i++) {
        if (PROFILE) {
          cdp ??= await page.context().newCDPSession(page);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
        }
        const [ms, task] = await oneEdit(page, kind, i);
        if (cdp && PROFILE) tally.add((await cdp.send('Profiler.stop')).profile);
        into[kind].ms.push(ms);
        into[kind].tasks.push(task);
        times.push(ms);
        await page.waitForTimeout(150);
      }
      line.push(`${kind} ${times.map((t) => t.toFixed(0)).join(' ')}`);
    }
    console.log(`${build.label}: ${line.join('; ')} ms`);
    await page.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
await browser.close();

const counted = (values: number[]) => values.filter(Number.isFinite).sort((a, b) => a - b);
const quantile = (values: number[], q: number) => {
  const sorted = counted(values);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
};
const max = (values: number[]) => counted(values).at(-1) ?? NaN;
const load = (await import('node:os')).loadavg().map((l) => l.toFixed(1));
console.log(
  `\ndesign screen, 500 × 15, ${ROUNDS} starts × ${EDITS} edits per kind and build (old = ${before}); load ${load.join(' ')}`,
);
for (const kind of KINDS)
  for (const [row, of] of [
    ['to painted, p50 (ms)', (v: { ms: number[] }) => quantile(v.ms, 0.5)],
    ['to painted, p95 (ms)', (v: { ms: number[] }) => quantile(v.ms, 0.95)],
    ['longest task, p50 (ms)', (v: { tasks: number[] }) => quantile(v.tasks, 0.5)],
    ['longest task, max (ms)', (v: { tasks: number[] }) => max(v.tasks)],
  ] as const) {
    const old = results.old ? of(results.old[kind]) : NaN;
    const cur = of(results.now![kind]);
    console.log(
      `${`${kind} ${row}`.padEnd(36)} old ${old.toFixed(0).padStart(6)}   now ${cur.toFixed(0).padStart(6)}   ratio ${(cur / old).toFixed(2)}`,
    );
  }
if (PROFILE) tally.print(Number(process.env.TOP ?? 25), Number(process.env.TOP_TOTAL ?? 60));
