/**
 * Where the board's first render spends its CPU, per source file, package and function
 * (`npx tsx tests/bench/ui/firstRenderProfile.ts`): cold starts of the 500 × 15 plan
 * (`SAMPLE=1`: the Voorbeeldwijk sample), each with V8's sampling profiler at 100 µs and a
 * Chromium trace. Only the samples inside the board's render task count (the main thread's
 * longest task after the app chunk's `wtp:app-evaluated` mark, as coldStartBreakdown.ts
 * finds it), mapped through the build's source map to our files and to node_modules
 * packages. Prints, as the mean per start over `RUNS` (3) starts:
 *   - the render task's wall and thread time, and the style recalculation and layout of
 *     the frame that paints it (with Chromium's count of laid-out objects);
 *   - self time per package / source file, and per function;
 *   - inclusive time per function (a function counted once per sample, however often it
 *     recurs on the stack): react-aria's hooks in our components show here, react-dom's
 *     own work on the elements a component returns does not (React calls components
 *     from its work loop);
 *   - the painted board's element count per region (header, pool, lanes, coverage panel).
 * `TASK=evaluate` profiles the app chunk's evaluation instead (the longest `v8.evaluateModule`
 * before `wtp:app-evaluated`: the module code of React, react-aria, the catalogues and ours
 * that runs before the first render can start).
 * `UI_BENCH_ROOT=<dir>` profiles another build (default: this checkout's out/renderer,
 * built by `npm run build:renderer`); `TOP=N` lines per table (25).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startWebHost } from '../../../webhost/startWebHost.js';
import { apiFor } from '../../e2e/support/api.js';
import { importLarge, sampleScenario } from './startScenarios.js';
import { launchBenchChromium, openScenarioOnStart } from './benchChromium.js';
import { readStartMoments, watchStartMoments } from './startMoments.js';
import type { TraceEvent } from './traceEvent.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const SAMPLE = process.env.SAMPLE === '1';
const RUNS = Number(process.env.RUNS ?? 3);
const TOP = Number(process.env.TOP ?? 25);
const TASK: 'render' | 'evaluate' = process.env.TASK === 'evaluate' ? 'evaluate' : 'render';
const ROOT = process.env.UI_BENCH_ROOT ?? path.resolve(import.meta.dirname, '../../../out/renderer');

// ---- source maps: a small decoder (base64 VLQ), so the script needs no extra package ----

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One mapped segment: generated column → source index, original line, column and name index. */
type Segment = [column: number, source: number, line: number, originalColumn: number, name: number];

interface SourceMap {
  sources: string[];
  names: string[];
  /** Per generated line, its segments ordered by column. */
  lines: Segment[][];
}

function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function readSourceMap(file: string): SourceMap {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[]; names: string[]; mappings: string };
  const state = [0, 0, 0, 0, 0];
  const lines = raw.mappings.split(';').map((line) => {
    state[0] = 0; // the generated column restarts on every line; the other fields carry on
    return line
      .split(',')
      .filter((segment) => segment.length > 0)
      .map((segment) => {
        const fields = decodeVlq(segment);
        for (let i = 0; i < fields.length; i += 1) state[i] = state[i]! + fields[i]!;
        return [state[0]!, state[1]!, state[2]!, state[3]!, fields.length > 4 ? state[4]! : -1] as Segment;
      });
  });
  return { sources: raw.sources, names: raw.names, lines };
}

/** The last segment at or before `column` on `line` (both 0-based), as V8's call frames give them. */
function originalOf(map: SourceMap, line: number, column: number): Segment | undefined {
  const segments = map.lines[line] ?? [];
  let found: Segment | undefined;
  for (const segment of segments) {
    if (segment[0] > column) break;
    found = segment;
  }
  return found;
}

const maps = new Map<string, SourceMap | null>();

function mapOfScript(url: string): SourceMap | null {
  const file = url.replace(/^.*\/assets\//, '');
  if (!maps.has(file)) {
    const mapFile = path.join(ROOT, 'assets', `${file}.map`);
    try {
      maps.set(file, readSourceMap(mapFile));
    } catch {
      maps.set(file, null); // not a script of the build (an extension, an inline script)
    }
  }
  return maps.get(file)!;
}

/** Where a frame's code comes from: a package (`react-dom`, `@react-aria/interactions`) or our file. */
function ownerOf(source: string): string {
  const inModules = source.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = source.slice(inModules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return source.replace(/^(\.\.\/)+/, '');
}

interface Frame {
  /** Package or our source file. */
  owner: string;
  /** Owner, function name and original line. */
  fn: string;
}

const frames = new Map<string, Frame>();

function frameOf(callFrame: CallFrame): Frame {
  const key = `${callFrame.url}:${callFrame.lineNumber}:${callFrame.columnNumber}:${callFrame.functionName}`;
  let frame = frames.get(key);
  if (!frame) {
    const map = callFrame.url ? mapOfScript(callFrame.url) : null;
    const segment = map ? originalOf(map, callFrame.lineNumber, callFrame.columnNumber) : undefined;
    if (map && segment) {
      const source = map.sources[segment[1]]!;
      const owner = ownerOf(source);
      const name = segment[4] >= 0 ? map.names[segment[4]]! : callFrame.functionName || '(anonymous)';
      // A package's file too: react-aria is one bundle of many hooks.
      const file = owner === source.replace(/^(\.\.\/)+/, '') ? '' : ` (${source.split('/').slice(-2).join('/')})`;
      frame = { owner, fn: `${owner}${file} ${name} :${segment[2] + 1}` };
    } else {
      // V8's own entries ((garbage collector), (program)) and built-ins such as Intl's.
      const owner = callFrame.url ? '(other script)' : `(${callFrame.functionName.replace(/[()]/g, '') || 'native'})`;
      frame = { owner, fn: `${owner} ${callFrame.functionName}` };
    }
    frames.set(key, frame);
  }
  return frame;
}

// ---- the render task and its frame, from the trace ----

interface RenderWindow {
  start: number;
  end: number;
  wallMs: number;
  threadMs: number;
  styleMs: number;
  layoutMs: number;
  layoutObjects: number;
}

function renderWindowOf(events: readonly TraceEvent[]): RenderWindow {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.ts !== undefined);
  const evaluated = events.find((e) => e.name === 'wtp:app-evaluated')?.ts ?? Number.NaN;
  if (TASK === 'evaluate') return evaluationWindowOf(onMain, evaluated);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts! >= evaluated);
  const task = tasks.reduce<TraceEvent | null>((a, e) => (a && a.dur! >= e.dur! ? a : e), null);
  if (!task) throw new Error('no render task in the trace');
  const end = task.ts! + task.dur!;
  // The frame that paints the board: the first task after the render with a Paint in it.
  const paint = onMain.find((e) => e.name === 'Paint' && e.ts! >= task.ts!);
  const frameTask = tasks.find((e) => paint && e.ts! <= paint.ts! && e.ts! + e.dur! >= paint.ts!);
  const frameEnd = frameTask ? frameTask.ts! + frameTask.dur! : end;
  const inFrame = (e: TraceEvent) => e.ts! >= task.ts! && e.ts! <= frameEnd;
  const sum = (name: string) =>
    onMain.filter((e) => e.name === name && inFrame(e)).reduce((total, e) => total + e.dur!, 0) / 1000;
  const layoutObjects = onMain
    .filter((e) => e.name === 'Layout' && inFrame(e))
    .reduce((total, e) => total + (e.args?.beginData?.totalObjects ?? 0), 0);
  return {
    start: task.ts!,
    end,
    wallMs: task.dur! / 1000,
    threadMs: (task.tdur ?? 0) / 1000,
    styleMs: sum('UpdateLayoutTree'),
    layoutMs: sum('Layout'),
    layoutObjects,
  };
}

/** The app chunk's evaluation: the longest module evaluation before the entry's mark after it. */
function evaluationWindowOf(onMain: readonly TraceEvent[], evaluated: number): RenderWindow {
  const evaluations = onMain.filter((e) => e.name === 'v8.evaluateModule' && e.ts! < evaluated);
  const task = evaluations.reduce<TraceEvent | null>((a, e) => (a && a.dur! >= e.dur! ? a : e), null);
  if (!task) throw new Error('no module evaluation in the trace');
  return {
    start: task.ts!,
    end: task.ts! + task.dur!,
    wallMs: task.dur! / 1000,
    threadMs: (task.tdur ?? 0) / 1000,
    styleMs: 0,
    layoutMs: 0,
    layoutObjects: 0,
  };
}

// ---- samples inside the render task (or the evaluation) ----

type Totals = Map<string, number>;
const add = (totals: Totals, key: string, ms: number) => totals.set(key, (totals.get(key) ?? 0) + ms);

function tally(profile: CpuProfile, window: RenderWindow, into: { owner: Totals; self: Totals; inclusive: Totals }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i]!;
    at += delta;
    if (at < window.start || at > window.end) return;
    const ms = (profile.timeDeltas[i + 1] ?? delta) / 1000;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    const self = frameOf(node.callFrame);
    add(into.owner, self.owner, ms);
    add(into.self, self.fn, ms);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const frame = frameOf(byId.get(n)!.callFrame);
      if (!seen.has(frame.fn)) add(into.inclusive, frame.fn, ms);
      seen.add(frame.fn);
    }
  });
}

function printTop(title: string, totals: Totals, runs: number) {
  console.log(`\n${title} (ms per start)`);
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  for (const [key, ms] of rows) console.log(`${(ms / runs).toFixed(1).padStart(7)}  ${key}`);
}

// ---- the starts ----

/**
 * Counts the elements of the board's first commit per region, and how many of them are
 * react-aria components (`data-rac`), the moment the last lane and the first pool card are
 * in the DOM (the pool's other cards follow in later commits). A string: tsx would add
 * helpers to a function's source that the page lacks.
 */
function countFirstCommit(lanes: number): string {
  return `(() => {
    const regions = { all: 'body', header: '.app-header', nav: '.main-nav', pool: '[data-testid="pool"]',
      lanes: '[data-testid="lanes"]', coverage: '[data-testid="coverage-panel"]', heatmap: '[data-testid="heatmap"]' };
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('[data-testid="function-lane"]').length < ${lanes} || !document.querySelector('[data-testid="pool-card"]')) return;
      observer.disconnect();
      const counts = {};
      for (const [name, selector] of Object.entries(regions)) {
        const root = document.querySelector(selector);
        counts[name] = root ? root.querySelectorAll('*').length + ' (' + root.querySelectorAll('[data-rac]').length + ' react-aria)' : 'none';
      }
      globalThis.__wtpFirstCommit = counts;
    });
    observer.observe(document, { childList: true, subtree: true });
  })()`;
}

const browser = await launchBenchChromium();
const dataDir = mkdtempSync(path.join(tmpdir(), 'wtp-first-render-'));
const totals = { owner: new Map(), self: new Map(), inclusive: new Map() } satisfies Parameters<typeof tally>[2];
const windows: RenderWindow[] = [];
try {
  const first = await startWebHost({ dataDir, seedSample: SAMPLE, log: () => undefined });
  const { scenarioId, lanes } = await (SAMPLE ? sampleScenario : importLarge)(apiFor(first.url));
  await first.close();
  let elements: unknown;
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
    await openScenarioOnStart(page, scenarioId);
    await watchStartMoments(page, lanes);
    await page.addInitScript(countFirstCommit(lanes));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as TraceEvent[])));
    await cdp.send('Tracing.start', {
      categories: 'toplevel,blink.user_timing,devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    const host = await startWebHost({ dataDir, seedSample: false, log: () => undefined, staticRoot: ROOT });
    const clockStart = Date.now();
    await page.goto(host.url);
    // Polled here with plain evaluations: a string predicate of waitForFunction can run into the page's CSP.
    while (!(await page.evaluate('globalThis.__wtpStart?.allPainted !== undefined')))
      await new Promise((resolve) => setTimeout(resolve, 5));
    const moments = await readStartMoments(page, clockStart);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    const window = renderWindowOf(events);
    windows.push(window);
    tally(profile, window, totals);
    elements = await page.evaluate('globalThis.__wtpFirstCommit');
    console.log(
      `start ${run}: ${TASK} task ${window.wallMs.toFixed(0)} ms (thread ${window.threadMs.toFixed(0)}), then style ${window.styleMs.toFixed(1)}, layout ${window.layoutMs.toFixed(1)} ms (${window.layoutObjects} objects); board painted ${moments.boardPainted.toFixed(0)}, everything painted ${moments.allPainted.toFixed(0)} ms`,
    );
    await page.close();
    await host.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(
    `\n${SAMPLE ? 'sample' : '500 × 15'}, median of ${RUNS}: ${TASK} task thread ${median(windows.map((w) => w.threadMs)).toFixed(0)} ms, style ${median(windows.map((w) => w.styleMs)).toFixed(1)} ms, layout ${median(windows.map((w) => w.layoutMs)).toFixed(1)} ms`,
  );
  console.log('elements in the first commit:', JSON.stringify(elements));
  printTop('self time per package or source file', totals.owner, RUNS);
  printTop('self time per function', totals.self, RUNS);
  printTop('inclusive time per function', totals.inclusive, RUNS);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  await browser.close();
}
