import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as DbModule from '../../db/index.js';
import type { OpenStoreOptions, PlannerStore } from '../../db/index.js';
import type * as HrAnalysesModule from '../../db/export/hrAnalyses.js';
import type * as DispatchModule from '../../shared/api/dispatch.js';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract.js';
import type { HrInput } from '../../shared/hr/index.js';
import { localToday } from '../../shared/domain/today.js';
import { nl } from '../support/inLanguage.js';
import { apiFor } from '../e2e/support/api.js';
import {
  clickToPainted,
  clickWayIn,
  hrShown,
  inputToPainted,
  launchChromium,
  openHostPage,
  PAGE_CLOCK,
} from './hrBenchPage.js';
import { HR_BENCH_HOST, readyHrHost, startHrHost } from './hrHost.js';
import { warmUpDone } from './hrWarmUpWatch.js';

/**
 * HR's cold path and the path after a write, this branch beside the old code in the same
 * run (issue 12, fourth round). The old code is a checkout of the commit before this work
 * with its renderer built (`HR_BENCH_BEFORE`, default /tmp/old-main; "none" to leave it
 * out): its own store is loaded into this process for the store's rows, and its own host
 * serves its own renderer for the browser's rows (in a Node process of its own, hrHost.ts),
 * so both run on the same data at the same moment. Rows, per copy of the code:
 *   - `hr.summary`, first after opening the store with the warm-up off (the cold path), right
 *     after the open and once the store's start backup is written (sixth round);
 *   - the idle warm-up: open to done, and its longest step (how long it kept the store
 *     from answering anything else);
 *   - `hr.summary` right after one `assignments.set`, on a store whose warm-up is done;
 *   - in Chromium: the HR screen's first visit right after one assignment edit (warm-up
 *     done, HR not visited yet, the edit through the host's API, then the click), on the
 *     test's clock and the page's (click to first matrix row painted);
 *   - in Chromium, the worst moment (fifth round): the HR screen's first visit as early as
 *     a user can click, i.e. the host (and its store) started, the page loaded and the board
 *     interactive (its first pool card shown), then at once the click on HR; once with the
 *     warm-up on as the app runs it (how far it got before the click is printed: with its
 *     500 ms wait it has usually not started), once with it off (nothing made ahead at all).
 *     Test's clock (the click until Playwright sees the matrix's count and first row) and
 *     page's clock (click to first row painted), plus store open to the click, and how much
 *     of the test's clock went before the click reached the page (sixth round);
 *   - the user's clock (seventh round): the click's input event (`event.timeStamp`, made
 *     by the browser before the event waits for the page's main thread) to the first row
 *     painted, for the visits above and after an edit; and the click's way in split into
 *     Playwright's part (its actionability checks and the protocol, until the input event
 *     exists: nothing a user's click waits for) and the input's wait for the page's main
 *     thread (a user's click waits for that too).
 */

const TODAY = '2026-11-23';
const RUNS = 3;

interface Code {
  label: string;
  openPlannerStore: (options: OpenStoreOptions) => PlannerStore;
  /** The checkout; its host serves the browser rows (hrHost.ts: its own process unless HR_BENCH_HOST=process). */
  root: string;
  dispatch: typeof DispatchModule.dispatch;
  analysesProto: typeof HrAnalysesModule.HrAnalysesStore.prototype;
}

async function loadCode(label: string, root: string): Promise<Code> {
  const from = (file: string) => import(path.join(root, file));
  const db = (await from('db/index.ts')) as typeof DbModule;
  const api = (await from('shared/api/dispatch.ts')) as typeof DispatchModule;
  const hr = (await from('db/export/hrAnalyses.ts')) as typeof HrAnalysesModule;
  return {
    label,
    openPlannerStore: db.openPlannerStore,
    root,
    dispatch: api.dispatch,
    analysesProto: hr.HrAnalysesStore.prototype,
  };
}

/** This branch, and the old code when its checkout is there. */
export async function codesToCompare(): Promise<Code[]> {
  const here = path.resolve(import.meta.dirname, '../..');
  const before = process.env.HR_BENCH_BEFORE ?? '/tmp/old-main';
  const codes = [await loadCode('this branch', here)];
  if (before !== 'none' && existsSync(path.join(before, 'out/renderer')))
    codes.unshift(await loadCode('old code', before));
  return codes;
}

function middle(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function call<M extends ApiMethod>(
  code: Code,
  store: PlannerStore,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const result = await code.dispatch(store.handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${nl(result.error.text)}`);
  return result.value as ApiOutput<M>;
}

interface AtOpen {
  test: number;
  page: number;
  /** The user's clock: the click's input event (its timeStamp) to the first row painted. */
  user: number;
  /** The test's clock until the click event arrived in the page (Playwright's checks and CDP). */
  wayIn: number;
  /** Of that: until the browser made the input event (Playwright's alone). */
  untilInput: number;
  /** Of that: the input event waiting for the page's main thread (a user's click waits for it too). */
  inputWaited: number;
  /** From starting the host (the store opens first) to the click. */
  openToClick: number;
  /** The warm-up's steps before the click, and whether it was done. */
  warmUp: { steps: number; done: boolean };
}

interface Figures {
  atOpenWarmUpOn: AtOpen;
  atOpenWarmUpOff: AtOpen;
  cold: number;
  coldIdle: number;
  warmUp: number;
  warmUpLongestStep: number;
  afterWrite: number;
  visitAfterWriteTest: number;
  visitAfterWritePage: number;
  visitAfterWriteUser: number;
  catalogue: number;
}

/** One assignment of the first synthetic team, its hours cycled so every write changes something. */
function editor(input: HrInput) {
  const { functionId, professionalId } = input.scenarios[0]!.plan.assignments[0]!;
  let hours = 1;
  return () => {
    hours = (hours % 20) + 1;
    return { functionId, professionalId, hours };
  };
}

async function storeFigures(code: Code, dataDir: string, input: HrInput) {
  const open = (warmUp: boolean) =>
    code.openPlannerStore({
      dataDir,
      appVersion: 'bench',
      log: () => undefined,
      ...(warmUp ? {} : { hrWarmUp: false }),
    });
  // Right after the open, as before; and once the store's start backup is written (its
  // steps and its check of the copy run between the summary's slices, so the first figure
  // includes them since the summary is made in slices; the old synchronous one made them wait).
  const cold = async (idle: boolean) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const store = open(false);
      try {
        if (idle) await store.whenIdle();
        const start = performance.now();
        JSON.stringify(await call(code, store, 'hr.summary', { today: TODAY }));
        times.push(performance.now() - start);
      } finally {
        store.close();
      }
    }
    return middle(times);
  };
  const coldAtOpen = await cold(false);
  const coldIdle = await cold(true);
  const done = warmUpDone(code.analysesProto, performance.now());
  const store = open(true);
  try {
    const warmUp = await done;
    const edit = editor(input);
    const afterWrites: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await call(code, store, 'assignments.set', edit());
      const start = performance.now();
      JSON.stringify(await call(code, store, 'hr.summary', { today: localToday() }));
      afterWrites.push(performance.now() - start);
    }
    return {
      cold: coldAtOpen,
      coldIdle,
      warmUp: warmUp.took,
      warmUpLongestStep: warmUp.longestStep,
      afterWrite: middle(afterWrites),
    };
  } finally {
    store.close();
  }
}

async function visitAfterWrite(code: Code, dataDir: string, input: HrInput, rows: number) {
  const host = await startHrHost({ root: code.root, dataDir, warmUp: true });
  const browser = await launchChromium();
  try {
    const { page, toDesign, catalogue } = await openHostPage(browser, host.url, RUNS);
    await toDesign();
    await host.warmUpDone();
    await apiFor(host.url)('assignments.set', editor(input)());
    await page.evaluate(PAGE_CLOCK);
    const start = performance.now();
    await page.getByTestId('nav-hr').click();
    await hrShown(page, rows);
    const test = performance.now() - start;
    return {
      visitAfterWriteTest: test,
      visitAfterWritePage: await clickToPainted(page),
      visitAfterWriteUser: await inputToPainted(page),
      catalogue,
    };
  } finally {
    await browser.close();
    await host.close();
  }
}

/**
 * The HR screen's first visit as early as a user can make it: the browser is up first, then
 * the host starts (opening the store), the page loads until the board is interactive, and
 * HR is clicked at once. `warmUp` false opens the store without its idle warm-up.
 */
async function visitAtOpen(code: Code, dataDir: string, rows: number, warmUp: boolean): Promise<AtOpen> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  await page.addInitScript("window.localStorage.setItem('wtp.tourSeen', '1')");
  await readyHrHost(code.root);
  const opened = performance.now();
  const host = await startHrHost({ root: code.root, dataDir, warmUp });
  try {
    await page.goto(host.url);
    await page.locator('[data-testid="pool-card"]').first().waitFor();
    await page.evaluate(PAGE_CLOCK);
    const atClick = await host.warmUpSoFar();
    const start = performance.now();
    await page.getByTestId('nav-hr').click();
    await hrShown(page, rows);
    const test = performance.now() - start;
    const wayIn = await clickWayIn(page, performance.timeOrigin + start);
    return {
      test,
      page: await clickToPainted(page),
      user: await inputToPainted(page),
      wayIn: wayIn.total,
      untilInput: wayIn.untilInput,
      inputWaited: wayIn.inputWaited,
      openToClick: start - opened,
      warmUp: atClick,
    };
  } finally {
    await browser.close();
    await host.close();
  }
}

/** The rows of one first visit at once after the start: test's, page's and user's clock, and the click's way in. */
function atOpenLines(warmUp: 'on' | 'off', visit: (f: Figures) => AtOpen, figures: Figures[], codes: Code[]): string[] {
  const title = `HR first visit at once after the start, warm-up ${warmUp}`;
  return [
    line(`${title} (test's clock)`, (f) => visit(f).test, figures, codes),
    line(`${title} (page: click to painted)`, (f) => visit(f).page, figures, codes),
    line("  of which Playwright's click reaching the page", (f) => visit(f).wayIn, figures, codes),
    line("    of which until the browser made the input (Playwright's)", (f) => visit(f).untilInput, figures, codes),
    line('    of which the input waiting for the page (a user waits too)', (f) => visit(f).inputWaited, figures, codes),
    line(`${title} (user's: input to painted)`, (f) => visit(f).user, figures, codes),
  ];
}

function line(label: string, figure: (f: Figures) => number, figures: Figures[], codes: Code[]): string {
  const cells = figures.map((f, i) => `${codes[i]!.label} ${figure(f).toFixed(1).padStart(8)} ms`);
  const ratio =
    figures.length === 2 ? `  ratio ${(figure(figures[1]!) / figure(figures[0]!)).toFixed(2)}x the old code` : '';
  return `${label.padEnd(62)} ${cells.join('   ')}${ratio}`;
}

/** The rows above for every copy of the code; `rows` is what the HR matrix counts. */
export async function afterWriteRows(codes: Code[], dataDir: string, input: HrInput, rows: number): Promise<string[]> {
  const figures: Figures[] = [];
  for (const code of codes) {
    const atOpenWarmUpOn = await visitAtOpen(code, dataDir, rows, true);
    const atOpenWarmUpOff = await visitAtOpen(code, dataDir, rows, false);
    const store = await storeFigures(code, dataDir, input);
    const visit = await visitAfterWrite(code, dataDir, input, rows);
    figures.push({ atOpenWarmUpOn, atOpenWarmUpOff, ...store, ...visit });
  }
  const warmUpAtClick = figures.map(
    (f, i) =>
      `${codes[i]!.label}: clicked ${f.atOpenWarmUpOn.openToClick.toFixed(0)} ms after the host started, ` +
      `warm-up ${f.atOpenWarmUpOn.warmUp.done ? 'done' : `${f.atOpenWarmUpOn.warmUp.steps} steps in`}`,
  );
  return [
    "user's clock (since 2026-11-30, seventh round): the click's input event (event.timeStamp) to the first row painted,",
    "  i.e. the page's clock plus the input's wait for the page's main thread, without Playwright's actionability checks",
    `cold path and after a write (${codes.map((c) => c.label).join(' | ')}; median of ${RUNS} where repeated; ` +
      `browser host ${HR_BENCH_HOST === 'child' ? "in a Node process of its own (HR_BENCH_HOST=process: in the bench's)" : "in the bench's process"}):`,
    line("baseline: open the catalogue screen (each code's host)", (f) => f.catalogue, figures, codes),
    ...atOpenLines('on', (f) => f.atOpenWarmUpOn, figures, codes),
    `  (the board interactive, then the click; ${warmUpAtClick.join('; ')})`,
    ...atOpenLines('off', (f) => f.atOpenWarmUpOff, figures, codes),
    line('hr.summary, first after opening (cold, warm-up off)', (f) => f.cold, figures, codes),
    line('the same once the start backup is written (store idle)', (f) => f.coldIdle, figures, codes),
    line('idle warm-up: store open to done', (f) => f.warmUp, figures, codes),
    line('idle warm-up: its longest step (store busy)', (f) => f.warmUpLongestStep, figures, codes),
    line('hr.summary right after one assignment write (warm-up done)', (f) => f.afterWrite, figures, codes),
    line("HR first visit right after one assignment edit (test's clock)", (f) => f.visitAfterWriteTest, figures, codes),
    line(
      'HR first visit right after one assignment edit (page: click to painted)',
      (f) => f.visitAfterWritePage,
      figures,
      codes,
    ),
    line(
      "HR first visit right after one assignment edit (user's: input to painted)",
      (f) => f.visitAfterWriteUser,
      figures,
      codes,
    ),
  ];
}
