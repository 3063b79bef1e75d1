/**
 * Where a drop's frame goes: a Chromium trace and a CPU profile of single mouse drops on
 * the board, over CDP, for the Voorbeeldwijk sample or the 500 × 15 bench plan. For each
 * drop it takes the trace from confirming the hours dialog until the board settled and
 * prints the main thread's time from `wtp:edit` to the end of the drop's frame by kind
 * (script, style, layout, paint, garbage collection ...), then the script functions with
 * the most self time over all drops. Used to write "Third round: the drop" in
 * docs/performance.md. Build the renderer unminified for readable function names:
 *
 *   npx vite build --minify false --outDir /tmp/unminified
 *   PROFILE_ROOT=/tmp/unminified PROFILE_PLAN=large npx tsx tests/bench/ui/dropProfile.ts
 *
 * PROFILE_PLAN: `sample` or `large` (default); PROFILE_DROPS: how many drops (default 6,
 * the first is left out as warm-up); PROFILE_PHASE: `drop` (default: confirming the hours
 * dialog), `pickup` (the mouse move that starts a drag until the card shows as dragged and
 * is painted) or `release` (the mouse button going up until the card is back and the hours
 * dialog painted), the last two with the marks of dragFrames.ts. Timings only, never a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { startWebHost } from '../../../webhost/startWebHost.js';
import { revealInPool } from '../../e2e/pages/BoardPage.js';
import { apiFor } from '../../e2e/support/api.js';
import { importLargePlan, launchBenchChromium, openScenarioOnStart } from './benchChromium.js';
import { watchDragFrames } from './dragFrames.js';

const DROPS = Number(process.env.PROFILE_DROPS ?? 6);
const LARGE = process.env.PROFILE_PLAN !== 'sample';
const ROOT = process.env.PROFILE_ROOT;
const PHASE = process.env.PROFILE_PHASE ?? 'drop';
/** The marks that open a phase, show its change in the DOM and follow its paint. */
const PHASES: Record<string, { start: string; shown: string; painted: string }> = {
  drop: { start: 'wtp:edit', shown: 'wtp:frame', painted: 'wtp:paint' },
  pickup: { start: 'wtp:pickup', shown: 'wtp:pickup-shown', painted: 'wtp:pickup-painted' },
  release: { start: 'wtp:release', shown: 'wtp:release-shown', painted: 'wtp:release-painted' },
};
const MARKS = PHASES[PHASE] ?? PHASES.drop!;
if (!(PHASE in PHASES)) throw new Error(`PROFILE_PHASE must be drop, pickup or release, not ${PHASE}`);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Trace event names grouped the way DevTools' summary groups them. */
const KIND: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  'v8.callFunction': 'script',
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  HitTest: 'layout',
};

async function prepare(api: ReturnType<typeof apiFor>) {
  if (!LARGE) {
    const team = (await api('teams.list', {}))[0]!;
    const scenarioId = (team.scenarios.find((s) => s.isMain) ?? team.scenarios[0]!).id;
    const { plan } = await api('plan.get', { scenarioId });
    const members = new Set(plan.assignments.map((a) => a.professionalId));
    return {
      scenarioId,
      people: plan.professionals.filter((p) => !members.has(p.id)).map((p) => p.name),
      functions: plan.functions.filter((f) => f.placement === 'team').map((f) => f.name),
    };
  }
  return importLargePlan(api);
}

/** A loaded machine can lose a mouse move on the way: one more try before giving up. */
async function dragToDialog(page: Page, person: string, fn: string): Promise<void> {
  await dragOnce(page, person, fn).catch(() => dragOnce(page, person, fn));
}

async function dragOnce(page: Page, person: string, fn: string): Promise<void> {
  const source = page.locator(`[data-testid="pool-card"][data-name="${person}"] .pool-card-handle`);
  const target = page.locator(`[data-testid="function-lane"][data-function="${fn}"]`);
  await target.scrollIntoViewIfNeeded();
  await revealInPool(source);
  const from = (await source.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 3 });
  const to = (await target.boundingBox())!;
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(30, to.height / 2), { steps: 8 });
  const now = (await target.boundingBox())!;
  await page.mouse.move(now.x + now.width / 2, now.y + Math.min(30, now.height / 2), { steps: 2 });
  await page.mouse.up();
  await page.getByTestId('hours-dialog').waitFor({ timeout: 5000 });
}

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types a trace event as a string map; these fields are what Chromium sends.
  const onData = ({ value }: { value: object[] }) => void events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,blink.user_timing,v8,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

/** Main-thread time between two user-timing marks, by kind; nested events count once, at their outermost. */
function frameBreakdown(
  events: TraceEvent[],
): { total: number; kinds: Map<string, number>; script: { from: number; to: number }; steps: string[] } | null {
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('user_timing'));
  const edit = mark(MARKS.start);
  const frame = mark(MARKS.shown);
  if (!edit || !frame) return null;
  const main = events.filter((e) => e.pid === edit.pid && e.tid === edit.tid && e.ph === 'X' && e.dur !== undefined);
  // The frame ends with its paint: take the rendering that follows the frame mark too.
  const paint = mark(MARKS.painted);
  const end = paint?.ts ?? frame.ts;
  const kinds = new Map<string, number>();
  const counted: TraceEvent[] = [];
  const steps: string[] = [];
  for (const e of main.sort((a, b) => a.ts - b.ts)) {
    const kind = KIND[e.name];
    if (!kind || e.ts + e.dur! < edit.ts || e.ts > end) continue;
    if (counted.some((c) => c.ts <= e.ts && e.ts + e.dur! <= c.ts + c.dur!)) continue;
    counted.push(e);
    const detail = (e.args as { elementCount?: number; beginData?: { dirtyObjects?: number } } | undefined) ?? {};
    steps.push(
      `${((e.ts - edit.ts) / 1000).toFixed(1)} ${e.name} ${(e.dur! / 1000).toFixed(1)}${detail.elementCount ? ` (${detail.elementCount} elements)` : ''}`,
    );
    const from = Math.max(e.ts, edit.ts);
    const to = Math.min(e.ts + e.dur!, end);
    kinds.set(kind, (kinds.get(kind) ?? 0) + (to - from) / 1000);
  }
  return { total: (end - edit.ts) / 1000, kinds, script: { from: edit.ts, to: frame.ts }, steps };
}

/**
 * Self and total (inclusive) time per function of the samples inside the window (the
 * profile and the trace share one clock).
 */
function addTimes(
  profile: CpuProfile,
  window: { from: number; to: number },
  self: Map<string, number>,
  total: Map<string, number>,
): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = (id: number) => {
    const frame = byId.get(id)!.callFrame;
    return `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
  };
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < window.from || at > window.to) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(nameOf(id), (self.get(nameOf(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const name = nameOf(node);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'wtp-dropprofile-'));
const browser = await launchBenchChromium();
try {
  const first = await startWebHost({ dataDir, seedSample: !LARGE, log: () => undefined });
  const { scenarioId, people, functions } = await prepare(apiFor(first.url));
  await first.close();
  const host = await startWebHost({ dataDir, seedSample: false, log: () => undefined, staticRoot: ROOT });
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  await watchDragFrames(page);
  await openScenarioOnStart(page, scenarioId);
  await page.goto(host.url);
  await page.locator('[data-testid="pool-card"]').first().waitFor();
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const kinds = new Map<string, number[]>();
  const totals: number[] = [];
  const functionsSelf = new Map<string, number>();
  const functionsTotal = new Map<string, number>();
  for (let i = 0; i < DROPS; i += 1) {
    const person = people[i % people.length]!;
    const fn = functions[i % functions.length]!;
    const confirm = async () => {
      await page.getByTestId('hours-confirm').click();
      await page
        .locator(`[data-testid="function-lane"][data-function="${fn}"] [data-testid="member"][data-name="${person}"]`)
        .waitFor();
    };
    if (PHASE === 'drop') await dragToDialog(page, person, fn);
    await page.evaluate(() => performance.clearMarks());
    let profile: CpuProfile | null = null;
    const events = await traced(cdp, async () => {
      await cdp.send('Profiler.start');
      if (PHASE === 'drop') await confirm();
      else await dragToDialog(page, person, fn);
      await page.waitForTimeout(400);
      profile = ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
    });
    if (PHASE !== 'drop') await confirm();
    if (i === 0) continue; // warm-up
    const breakdown = frameBreakdown(events);
    if (!breakdown) continue;
    if (profile) addTimes(profile, breakdown.script, functionsSelf, functionsTotal);
    if (i === DROPS - 1)
      console.log(`last drop, main-thread events from ${MARKS.start} (ms):\n  ${breakdown.steps.join('\n  ')}`);
    totals.push(breakdown.total);
    for (const [kind, ms] of breakdown.kinds) kinds.set(kind, [...(kinds.get(kind) ?? []), ms]);
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, totals.length);
  // A loaded machine stalls now and then: the median drop says more than the mean.
  const median = (values: number[]) => {
    const all = [...values, ...Array<number>(Math.max(0, totals.length - values.length)).fill(0)];
    return all.sort((a, b) => a - b)[Math.floor(all.length / 2)] ?? 0;
  };
  console.log(`\n${LARGE ? '500 × 15' : 'Voorbeeldwijk'}: ${totals.length} drops, ${MARKS.start} -> frame painted`);
  console.log(
    `  total (mean / median)   ${mean(totals).toFixed(1)} / ${median(totals).toFixed(1)} ms   [${totals.map((t) => t.toFixed(1)).join(', ')}]`,
  );
  for (const [kind, values] of [...kinds].sort((a, b) => mean(b[1]) - mean(a[1]))) {
    console.log(`  ${kind.padEnd(24)}${mean(values).toFixed(1)} / ${median(values).toFixed(1)} ms`);
  }
  const top = (title: string, times: Map<string, number>, count: number) => {
    console.log(`\n${title} (ms per drop, ${MARKS.start} until the frame is committed):`);
    for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      console.log(`  ${(ms / Math.max(1, totals.length)).toFixed(2).padStart(7)}  ${name}`);
    }
  };
  top('script self time', functionsSelf, 25);
  top('script total time', functionsTotal, 60);
  top('components', new Map([...functionsTotal].filter(([name]) => /^[A-Z]/.test(name))), 40);
  await page.close();
  await host.close();
} finally {
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
}
