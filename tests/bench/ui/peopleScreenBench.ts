/**
 * The professionals screen with a region's pool (4,400 people by default, as the board's
 * largePoolBench): per build, with its own host and a fresh data file, two starts in turns.
 * Per start: each keystroke of a search ("b", "ba", "b", "br", "b", cleared) from the
 * key going down to the list showing its result painted, and changing one competency level
 * in the editor from the option's press to the new level painted; for both also the longest
 * main-thread task in between (how long the page could not answer). Medians per build.
 * `npx tsx tests/bench/ui/peopleScreenBench.ts [N]`; UI_BENCH_BEFORE=<out/renderer of another
 * build> (default /tmp/old-main/out/renderer) is the same-run baseline. PROFILE=1 adds V8's
 * sampling profile over the measured moments and prints the functions with the most self
 * time (build with `npx vite build --minify false --outDir <dir>` for readable names).
 * Timings only, never a test.
 */
import { chromium, type CDPSession, type Page } from 'playwright';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { largePlan } from './largePlan.js';
import { apiFor } from '../../e2e/support/api.js';
import { hostOfBuild, openScenarioOnStart } from './benchChromium.js';
import { armPaintAfter, paintAfter } from './paintAfterInput.js';
import { profileTally } from './profileTally.js';

const people = Number(process.argv[2] ?? 4400);
const before = process.env.UI_BENCH_BEFORE ?? '/tmp/old-main/out/renderer';
const now = process.env.UI_BENCH_ROOT ?? path.resolve(import.meta.dirname, '../../../out/renderer');
/** PROFILE=1 profiles the keystrokes and the level changes, PROFILE=levels only the level changes. */
const PROFILE = process.env.PROFILE === '1' || process.env.PROFILE === 'levels';
const PROFILE_KEYS = process.env.PROFILE === '1';
const ROUNDS = Number(process.env.ROUNDS ?? 2);
// Without an earlier build (a fresh clone) only this one is measured.
const builds = [...(existsSync(before) ? [{ label: 'old', root: before }] : []), { label: 'now', root: now }];
/** Typed one key at a time; each changes which people are listed. */
const KEYS = ['b', 'a', 'Backspace', 'r', 'Backspace', 'Backspace'];
const LEVEL_CHANGES = 4;

/** How long the last request to `method` took from sent to answered, and when it was answered (page clock, ms). */
const lastRequest = (page: Page, method: string) =>
  page.evaluate((method) => {
    type Entry = { name: string; startTime: number; responseEnd: number };
    const all = (
      globalThis as unknown as { performance: { getEntriesByType(t: string): Entry[] } }
    ).performance.getEntriesByType('resource');
    const last = all.filter((e) => e.name.endsWith(`/api/${method}`)).at(-1);
    return last ? `${(last.responseEnd - last.startTime).toFixed(0)} ms` : 'none';
  }, method);

const tally = profileTally();

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
interface Times {
  keys: number[];
  keyTasks: number[];
  levels: number[];
  levelTasks: number[];
}
const noTimes = (): Times => ({ keys: [], keyTasks: [], levels: [], levelTasks: [] });
const results: Record<string, Times> = { old: noTimes(), now: noTimes() };
for (let round = 0; round < ROUNDS; round++)
  for (const build of builds) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'peoplescreen-'));
    const startHost = await hostOfBuild(build.root);
    const host = await startHost({ dataDir, seedSample: true, log: () => undefined, staticRoot: build.root });
    const api = apiFor(host.url);
    const r = await api('plan.import', { plan: largePlan(people, 15), onConflict: 'copy' });
    if (r.status !== 'imported') throw new Error('import refused');
    const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
    await openScenarioOnStart(page, r.scenarioId);
    await page.goto(host.url);
    await page.getByTestId('pool-card').first().waitFor();
    await page.getByTestId('nav-professionals').click();
    const items = page.locator('.master-list .master-item');
    await items.first().waitFor();
    await page.waitForTimeout(1000);
    let cdp: CDPSession | undefined;
    let profiling = false;
    const startProfile = async () => {
      cdp ??= await page.context().newCDPSession(page);
      profiling = true;
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    };
    if (PROFILE_KEYS) await startProfile();
    const search = page.getByTestId('professionals-search');
    await search.focus();
    const keys: number[] = [];
    const keyTasks: number[] = [];
    for (const key of KEYS) {
      await armPaintAfter(page, { on: 'keydown', selector: 'nav.master' });
      await page.keyboard.press(key);
      const [ms, task] = await paintAfter(page);
      keys.push(ms);
      keyTasks.push(task);
      if (process.env.DEBUG) console.log(key, await search.inputValue(), await items.count());
      await page.waitForTimeout(300);
    }
    // A person in the middle of the list, then one competency's level up and down.
    await items.nth(300).click();
    const editor = page.getByTestId('professional-editor');
    const rating = editor.getByTestId('ratings').locator('tbody tr').first().getByRole('button');
    await rating.waitFor();
    const levels: number[] = [];
    const levelTasks: number[] = [];
    for (let i = 0; i < LEVEL_CHANGES; i++) {
      await rating.click();
      const option = page.getByRole('option').nth(1 + (i % 2 === 0 ? 4 : 1));
      await option.waitFor();
      await page.waitForTimeout(200);
      await armPaintAfter(page, { on: 'pointerdown', selector: '[data-testid="ratings"] tbody tr' });
      // PROFILE=levels: from the option's press to the painted level only, not the list's opening.
      if (PROFILE && !PROFILE_KEYS) await startProfile();
      await option.click();
      const [ms, task] = await paintAfter(page);
      if (cdp && profiling && !PROFILE_KEYS) {
        tally.add((await cdp.send('Profiler.stop')).profile);
        profiling = false;
      }
      levels.push(ms);
      levelTasks.push(task);
      if (process.env.DEBUG)
        console.log('level', ms.toFixed(0), 'request', await lastRequest(page, 'professionals.setRating'));
      await page.waitForTimeout(500);
    }
    if (cdp && profiling) tally.add((await cdp.send('Profiler.stop')).profile);
    const into = results[build.label]!;
    into.keys.push(...keys);
    into.keyTasks.push(...keyTasks);
    into.levels.push(...levels);
    into.levelTasks.push(...levelTasks);
    console.log(
      `${build.label}: keystrokes ${keys.map((k) => k.toFixed(0)).join(' ')} ms; level changes ${levels.map((l) => l.toFixed(0)).join(' ')} ms`,
    );
    await page.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
await browser.close();

const counted = (values: number[]) => values.filter(Number.isFinite);
const median = (values: number[]) =>
  counted(values).sort((a, b) => a - b)[Math.floor(counted(values).length / 2)] ?? NaN;
const max = (values: number[]) => (counted(values).length ? Math.max(...counted(values)) : NaN);
console.log(`\n${people} professionals, ${ROUNDS} starts per build (old = ${before})`);
for (const [row, of] of [
  ['keystroke to list painted, median (ms)', (r: Times) => median(r.keys)],
  ['keystroke to list painted, max (ms)', (r: Times) => max(r.keys)],
  ['keystroke, longest task, max (ms)', (r: Times) => max(r.keyTasks)],
  ['level change to painted, median (ms)', (r: Times) => median(r.levels)],
  ['level change to painted, max (ms)', (r: Times) => max(r.levels)],
  ['level change, longest task, max (ms)', (r: Times) => max(r.levelTasks)],
] as const) {
  const old = of(results.old!);
  const cur = of(results.now!);
  console.log(
    `${row.padEnd(40)} old ${old.toFixed(0).padStart(6)}   now ${cur.toFixed(0).padStart(6)}   ratio ${(cur / old).toFixed(2)}`,
  );
}
if (PROFILE) tally.print(Number(process.env.TOP ?? 25), Number(process.env.TOP_TOTAL ?? 60));
