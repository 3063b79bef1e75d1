/**
 * Where a cold start's time goes (`npx tsx tests/bench/ui/coldStartBreakdown.ts`): one
 * cold start of the 500 × 15 plan, split into host start, navigation, bundle, API
 * requests (with their sizes) and the board's first render, read from the page's
 * Navigation/Resource Timing and the renderer's own marks, and how long the page's main
 * thread was busy until then (Chromium's task, script, style and layout durations: less
 * dependent on the machine's load than the wall-clock figure, which includes waiting).
 * `UI_BENCH_BEFORE=<dir>` alternates an earlier build with this one (before, now, ...) and
 * prints the medians of both; `RUNS=N` starts (3, or 3 per build); `SAMPLE=1` starts the
 * Voorbeeldwijk sample instead. `boardRenderTask` is the board's first render (the main thread's
 * longest task after the app chunk's evaluation).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startWebHost } from '../../../webhost/startWebHost.js';
import { apiFor } from '../../e2e/support/api.js';
import { importLarge, sampleScenario } from './startScenarios.js';
import { hostOfBuild, launchBenchChromium, openScenarioOnStart } from './benchChromium.js';
import { readStartMoments, watchStartMoments } from './startMoments.js';
import type { TraceEvent } from './traceEvent.js';

/**
 * CPU time of the page's main thread (CrRendererMain of the busiest renderer) over the trace:
 * the summed thread time of its top-level tasks. Unlike the wall clock it leaves out time
 * the thread waited for a core, so it moves far less with the machine's load.
 */
function mainThreadCpuMs(events: readonly TraceEvent[]): number {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const perThread = new Map<string, { end: number; cpu: number }>();
  const tasks = events
    .filter((e) => e.ph === 'X' && e.tdur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts! - b.ts!);
  for (const task of tasks) {
    const thread = `${task.pid}:${task.tid}`;
    const seen = perThread.get(thread) ?? { end: -Infinity, cpu: 0 };
    // Only top-level tasks: a nested event's time is already in its parent's.
    if (task.ts! >= seen.end) perThread.set(thread, { end: task.ts! + task.dur!, cpu: seen.cpu + task.tdur! });
  }
  return Math.max(0, ...[...perThread.values()].map((t) => t.cpu)) / 1000;
}

/**
 * The longest task of the page's main thread after the app chunk was evaluated (its
 * `wtp:app-evaluated` mark): the board's first render, one task from the last startup answer
 * read to the commit (its thread time); the chunk's own evaluation, about as long, comes
 * before the mark.
 */
function boardRenderTaskMs(events: readonly TraceEvent[]): number {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const evaluated = events.find((e) => e.name === 'wtp:app-evaluated')?.ts ?? Number.NaN;
  // Every complete event with a thread time, as mainThreadCpuMs counts them; nested ones are shorter.
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.tdur !== undefined && main.has(`${e.pid}:${e.tid}`) && e.ts! >= evaluated,
  );
  // Its thread time: without the moments the thread waited for a core.
  const longest = tasks.reduce<TraceEvent | null>((a, e) => (a && a.dur! >= e.dur! ? a : e), null);
  return (longest?.tdur ?? 0) / 1000;
}

/**
 * The app chunk's cost in thread time (not waiting for a core): V8's background parse of the
 * chunk (`v8.parseOnBackground` of the startApp script) and its evaluation on the main
 * thread (the longest `v8.evaluateModule`: the chunk's module code, with the functions it
 * calls compiled on their first call). The "v8" trace category records both.
 */
function appChunkMs(events: readonly TraceEvent[]): { parse: number; evaluate: number } {
  const thread = (name: string, pick: (e: TraceEvent) => boolean) =>
    events.filter((e) => e.name === name && e.tdur !== undefined && pick(e)).reduce((a, e) => Math.max(a, e.tdur!), 0) /
    1000;
  const ofApp = (e: TraceEvent) => JSON.stringify(e.args ?? {}).includes('/assets/startApp-');
  return { parse: thread('v8.parseOnBackground', ofApp), evaluate: thread('v8.evaluateModule', () => true) };
}

/** SAMPLE=1: the Voorbeeldwijk sample (~20 people) instead of the 500 × 15 plan. */
const SAMPLE = process.env.SAMPLE === '1';

const staticRoot = process.env.UI_BENCH_ROOT;
const before = process.env.UI_BENCH_BEFORE;
const builds: { label: string; root: string | undefined }[] = [
  ...(before ? [{ label: 'before', root: before }] : []),
  { label: 'now', root: staticRoot },
];
const RUNS = Number(process.env.RUNS ?? 3) * builds.length;
/** Per build: wall-clock ms to the interactive board, and the main thread's busy ms by kind. */
const figures = new Map<string, Record<string, number[]>>();
const METRICS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
const browser = await launchBenchChromium();
const dataDir = mkdtempSync(path.join(tmpdir(), 'wtp-coldstart-'));
try {
  const first = await startWebHost({ dataDir, seedSample: SAMPLE, log: () => undefined });
  const { scenarioId, lanes } = await (SAMPLE ? sampleScenario : importLarge)(apiFor(first.url));
  await first.close();
  for (let run = 0; run < RUNS; run += 1) {
    const build = builds[run % builds.length]!;
    const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
    await openScenarioOnStart(page, scenarioId);
    await watchStartMoments(page, lanes);
    const cdp = await page.context().newCDPSession(page);
    const last = run === RUNS - 1;
    const profile = process.env.PROFILE && last;
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const trace = process.env.TRACE && last;
    const events: TraceEvent[] = [];
    // Every start is traced lightly for the main thread's CPU time; TRACE=1 records more on the last.
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as TraceEvent[])));
    await cdp.send('Tracing.start', {
      categories: trace
        ? 'devtools.timeline,v8.execute,v8,blink.user_timing,disabled-by-default-devtools.timeline,loading,toplevel'
        : 'toplevel,blink.user_timing,v8',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Performance.enable');
    const startHost = await hostOfBuild(build.root);
    const clockStart = Date.now();
    const t0 = performance.now();
    const host = await startHost({ dataDir, seedSample: false, log: () => undefined, staticRoot: build.root });
    const hostMs = performance.now() - t0;
    const navStart = performance.now();
    await page.goto(host.url);
    await page
      .locator('[data-testid="function-lane"]')
      .nth(lanes - 1)
      .waitFor();
    await page.locator('[data-testid="pool-card"]').first().waitFor();
    const polled = performance.now() - t0;
    const moments = await readStartMoments(page, clockStart);
    const interactive = moments.boardPainted;
    const { metrics } = await cdp.send('Performance.getMetrics');
    const busy = Object.fromEntries(
      METRICS.map((name) => [name, (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000]),
    );
    const mine = figures.get(build.label) ?? {};
    const figuresOfStart = { interactive, allPainted: moments.allPainted, polled, ...busy };
    for (const [name, value] of Object.entries(figuresOfStart)) (mine[name] ??= []).push(value);
    figures.set(build.label, mine);
    if (profile) {
      const { profile: p } = await cdp.send('Profiler.stop');
      writeFileSync('/tmp/cs/page.cpuprofile', JSON.stringify(p));
    }
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    if (trace) writeFileSync('/tmp/cs/trace.json', JSON.stringify(events));
    const cpu = mainThreadCpuMs(events);
    mine.mainThreadCpu = [...(mine.mainThreadCpu ?? []), cpu];
    mine.boardRenderTask = [...(mine.boardRenderTask ?? []), boardRenderTaskMs(events)];
    const chunk = appChunkMs(events);
    mine.appChunkParse = [...(mine.appChunkParse ?? []), chunk.parse];
    mine.appChunkEvaluate = [...(mine.appChunkEvaluate ?? []), chunk.evaluate];
    const timing = await page.evaluate(() => {
      // Runs in the page; typed without the DOM lib, which this node-side file does not load.
      type Entry = { name: string; startTime: number; responseEnd: number; encodedBodySize: number };
      type Nav = { responseEnd: number; domInteractive: number; domContentLoadedEventEnd: number };
      const byType = (performance as unknown as { getEntriesByType(t: string): unknown[] }).getEntriesByType.bind(
        performance,
      );
      const nav = byType('navigation')[0] as Nav;
      const res = byType('resource').map((r) => {
        const e = r as Entry;
        return { name: e.name.replace(/^.*\//, ''), start: e.startTime, end: e.responseEnd, size: e.encodedBodySize };
      });
      const marks = performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: m.startTime }));
      return {
        nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, dcl: nav.domContentLoadedEventEnd },
        res,
        marks,
        now: performance.now(),
      };
    });
    // Page clock: when the app chunk was evaluated and when the plan's answer was in, the
    // two things the board's render waits for.
    const markAt = (name: string) => timing.marks.find((m) => m.name === name)?.at ?? Number.NaN;
    const planAnswered = timing.res.find((r) => r.name === 'plan.get')?.end ?? Number.NaN;
    mine.appEvaluatedAt = [...(mine.appEvaluatedAt ?? []), markAt('wtp:app-evaluated')];
    mine.planAnsweredAt = [...(mine.planAnsweredAt ?? []), planAnswered];
    console.log(
      `run ${run} (${build.label}): app chunk parse ${chunk.parse.toFixed(0)} ms, evaluation ${chunk.evaluate.toFixed(0)} ms (thread time); main thread CPU ${cpu.toFixed(0)} ms; busy ${METRICS.map((m) => `${m} ${busy[m]!.toFixed(0)}`).join(', ')} ms`,
    );
    console.log(
      `run ${run}: host start ${hostMs.toFixed(0)} ms; navigation→board painted ${(interactive - (navStart - t0)).toFixed(0)} ms; total: board in DOM ${moments.boardInDom.toFixed(0)}, painted ${interactive.toFixed(0)}, everything painted ${moments.allPainted.toFixed(0)}, noticed by polling ${polled.toFixed(0)} ms`,
    );
    console.log('  page clock:', JSON.stringify(timing.nav), 'evaluated at', timing.now.toFixed(0));
    for (const r of timing.res)
      console.log(
        `  ${r.name.padEnd(28)} ${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)}  ${(r.size / 1024).toFixed(0)} kB`,
      );
    for (const m of timing.marks) console.log(`  mark ${m.name} ${m.at.toFixed(0)}`);
    if (process.env.SCREENSHOT && last) {
      await page.screenshot({ path: process.env.SCREENSHOT });
      const visible = await page.evaluate(() => {
        type Box = { getBoundingClientRect(): { top: number; bottom: number } };
        const doc = (
          globalThis as unknown as { document: { querySelector(s: string): Box; querySelectorAll(s: string): Box[] } }
        ).document;
        const list = doc.querySelector('.pool').getBoundingClientRect();
        return [...doc.querySelectorAll('[data-testid="pool-card"]')].filter((c) => {
          const box = c.getBoundingClientRect();
          return box.bottom > list.top && box.top < Math.min(list.bottom, 960);
        }).length;
      });
      console.log(`  pool cards in view: ${visible}`);
    }
    await page.close();
    await host.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(`\nmedians of ${RUNS / builds.length} starts per build (ms)`);
  console.log(['', ...builds.map((b) => b.label), builds.length > 1 ? 'ratio' : ''].join('\t'));
  const names = ['interactive', 'allPainted', 'polled', 'mainThreadCpu', 'boardRenderTask', 'appChunkParse'];
  names.push('appChunkEvaluate', 'appEvaluatedAt', 'planAnsweredAt', ...METRICS);
  for (const name of names) {
    const values = builds.map((b) => median(figures.get(b.label)![name]!));
    const ratio = values.length > 1 ? (values[1]! / values[0]!).toFixed(2) : '';
    console.log([name, ...values.map((v) => v.toFixed(0)), ratio].join('\t'));
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  await browser.close();
}
