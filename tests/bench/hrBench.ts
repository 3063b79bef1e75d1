/**
 * HR and print benchmark (`npm run bench:hr`; sizes with HR_BENCH_TEAMS, default
 * "200,1000"). Per size, a data folder with that many teams of 25 (fixed seed) plus the
 * sample, then median timings, each beside a baseline measured in the same run and the
 * ratio, against the budgets of issue 12:
 *   - in the store process: opening the file; the first `hr.summary` after opening (reads
 *     and analyses every team), a filter (analyses kept), after one write (one team
 *     analysed again); the explanations of 40 rows; the XLSX of all lists as a job.
 *     Baselines: the bare engine over the same plans, and the work the HR screen did
 *     before issue 12 (`hr.overview` shipping every plan, then `buildHrOverview` on it).
 *   - in Chromium through the real browser host: the HR screen's first visit (a freshly
 *     opened store: nothing cached) until the matrix shows, the renderer's JS heap after it,
 *     later visits, and "Alles naar Excel" until the download (with the progress seen).
 *     Baseline: opening the catalogue screen. At 200 teams also the PDF of a 25-person team.
 *   - since the idle warm-up (db/export/hrWarmUp.ts): the rows above that say "nothing
 *     cached" or "cold" run with the warm-up off, as the code before it ran; rows of their
 *     own measure a store whose warm-up has finished: how long the warm-up took after the
 *     open, the first `hr.summary` after it, and in Chromium the first visit after it, on
 *     the test's clock and on the page's own clock (click to the first matrix row painted;
 *     until 2026-11-30 the test's clock also waited for this process, which served the host
 *     too; the host now runs in a Node process of its own, HR_BENCH_HOST=process as before).
 * Numbers only, no assertion: a shared machine's timings are not a test.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { openPlannerStore, type PlannerStore } from '../../db/index.js';
import { HrAnalysesStore } from '../../db/export/hrAnalyses.js';
import { dispatch } from '../../shared/api/dispatch.js';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract.js';
import { computeCoverage } from '../../shared/engine/index.js';
import { buildHrOverview, EMPTY_HR_FILTER, type HrInput } from '../../shared/hr/index.js';
import { HrMatrix } from '../../renderer/hr/HrMatrix.js';
import { translator } from '../../shared/i18n/translator.js';
import { localToday } from '../../shared/domain/today.js';
import { nl } from '../support/inLanguage.js';
import { apiFor } from '../e2e/support/api.js';
import { syntheticHrInput } from '../unit/hr/syntheticHrInput.js';
import { hrDataDir } from './hrBenchData.js';
import { afterWriteRows, codesToCompare } from './hrAfterWriteBench.js';
import {
  clickToPainted,
  hrShown,
  launchChromium,
  median as medianOf,
  openHostPage,
  PAGE_CLOCK,
} from './hrBenchPage.js';
import { startHrHost } from './hrHost.js';
import { warmUpDone } from './hrWarmUpWatch.js';

const RUNS = Number(process.env.HR_BENCH_RUNS ?? 5);
const SIZES = (process.env.HR_BENCH_TEAMS ?? '200,1000').split(',').map(Number);
const TODAY = '2026-11-23';
/** This checkout: its host serves the browser rows (hrHost.ts). */
const HERE = path.resolve(import.meta.dirname, '../..');
const options = { today: TODAY, assessmentMonths: 24, includeScenarios: false, filter: EMPTY_HR_FILTER };

// JIT and lazy imports (exceljs) are not what HR waits for twice: one untimed run first.
const median = (run: () => unknown, runs = RUNS, warmUp = true) => medianOf(run, runs, warmUp);

function middle(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function row(label: string, ms: number, baseline: number, budget?: number): string {
  const verdict =
    budget === undefined ? '' : `  budget ${budget} ms: ${ms <= budget ? 'within budget' : 'OVER BUDGET'}`;
  return `${label.padEnd(56)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / baseline).toFixed(2).padStart(7)}x baseline${verdict}`;
}

function base(label: string, ms: number): string {
  return `baseline: ${label.padEnd(46)} ${ms.toFixed(1).padStart(8)} ms`;
}

function open(dataDir: string, warmUp = false): PlannerStore {
  return openPlannerStore({
    dataDir,
    appVersion: 'bench',
    log: () => undefined,
    ...(warmUp ? {} : { hrWarmUp: false }),
  });
}

async function call<M extends ApiMethod>(store: PlannerStore, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await dispatch(store.handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${nl(result.error.text)}`);
  return result.value as ApiOutput<M>;
}

/** An export as the screen runs it: started as a job, polled until the file is there. */
async function exportAll(store: PlannerStore): Promise<{ polls: number; bytes: number }> {
  const { jobId } = await call(store, 'hr.exportStart', { list: 'all', format: 'xlsx', today: TODAY });
  for (let polls = 1; ; polls += 1) {
    const poll = await call(store, 'hr.exportPoll', { jobId });
    if (poll.state === 'done') return { polls, bytes: poll.file.dataBase64.length };
    if (poll.state === 'failed') throw new Error(nl(poll.error));
    await new Promise((done) => setTimeout(done, 50));
  }
}

const hrEmptyDir = (await hrDataDir(0)).dataDir;

async function storeBench(dataDir: string, input: HrInput): Promise<string[]> {
  const engine = await median(() => input.scenarios.forEach((s) => computeCoverage(s.plan)));
  const openEmpty = await median(() => open(hrEmptyDir).close());
  const openFull = await median(() => open(dataDir).close());
  const firstSummary = await median(
    async () => {
      const fresh = open(dataDir);
      try {
        JSON.stringify(await call(fresh, 'hr.summary', { today: TODAY }));
      } finally {
        fresh.close();
      }
    },
    3,
    false,
  );
  // A store left alone after opening: its idle warm-up makes the analyses and the first summary.
  const warmUps: number[] = [];
  const afterWarmUps: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const done = warmUpDone(HrAnalysesStore.prototype, performance.now());
    const warmed = open(dataDir, true);
    try {
      warmUps.push((await done).took);
      const start = performance.now();
      // The day the screen asks for: this computer's, as the store's own clock says.
      JSON.stringify(await call(warmed, 'hr.summary', { today: localToday() }));
      afterWarmUps.push(performance.now() - start);
    } finally {
      warmed.close();
    }
  }
  const warmUpTook = middle(warmUps);
  const afterWarmUp = middle(afterWarmUps);
  const store = open(dataDir);
  try {
    // Before issue 12: every plan to the renderer (as JSON over the transport), everything computed there.
    const before = await median(async () => {
      const shipped = JSON.parse(
        JSON.stringify(await call(store, 'hr.overview', { includeScenarios: true })),
      ) as HrInput;
      buildHrOverview(shipped, options);
    }, 3);
    await call(store, 'hr.summary', { today: TODAY });
    // Another area each time: a filter not asked before (the store keeps the summaries it gave per version).
    let area = 0;
    const filtered = await median(async () =>
      JSON.stringify(
        await call(store, 'hr.summary', {
          today: TODAY,
          filter: { area: `Gebied ${(area += 1) % 12}`, model: '', organisationType: '' },
        }),
      ),
    );
    const unfiltered = await median(async () => JSON.stringify(await call(store, 'hr.summary', { today: TODAY })));
    const summary = await call(store, 'hr.summary', { today: TODAY });
    const team = input.scenarios[0]!.plan;
    let hours = 1;
    const afterWrite = await median(async () => {
      hours = (hours % 20) + 1;
      await call(store, 'assignments.set', {
        functionId: team.assignments[0]!.functionId,
        professionalId: team.assignments[0]!.professionalId,
        hours,
      });
      JSON.stringify(await call(store, 'hr.summary', { today: TODAY }));
    }, 3);
    const ids = summary.rows.slice(0, 40).map((r) => r.scenarioId);
    const cells = await median(async () =>
      JSON.stringify(await call(store, 'hr.cells', { today: TODAY, scenarioIds: ids })),
    );
    const t = translator('nl').t;
    const render = await median(() =>
      renderToString(
        createElement(HrMatrix, {
          summary,
          cellsOf: () => undefined,
          onRowsShown: () => undefined,
          lang: 'nl',
          t,
          onOpen: () => undefined,
        }),
      ),
    );
    const csv = await median(() => call(store, 'hr.export', { list: 'teams', format: 'csv', today: TODAY }));
    let polls = 0;
    const xlsx = await median(async () => (polls = (await exportAll(store)).polls), 3);
    const bytes = JSON.stringify(summary).length;
    return [
      base(`coverage engine over ${input.scenarios.length} plans`, engine),
      row('before: hr.overview shipped + buildHrOverview (old screen)', before, engine),
      row('hr.summary, first after opening the store (cold)', firstSummary, engine),
      row('idle warm-up: open to done (500 ms wait, then slices)', warmUpTook, engine),
      row('hr.summary, first after the idle warm-up (median of 3)', afterWarmUp, engine),
      row('hr.summary, a filter (analyses kept)', filtered, engine),
      row('hr.summary unfiltered, again (analyses+summary kept)', unfiltered, engine),
      row('hr.summary after one assignment write', afterWrite, engine),
      row('hr.cells, 40 rows with explanations', cells, engine),
      row('matrix rendered to HTML (rows in view only)', render, engine),
      `summary sent to the screen: ${(bytes / 1e6).toFixed(2)} MB for ${summary.rows.length} rows`,
      base('open a store holding only the sample', openEmpty),
      row(`open the store with ${input.scenarios.length} teams`, openFull, openEmpty, 300),
      base('CSV of the team list', csv),
      row(`XLSX of all lists as a job (${polls} polls answered)`, xlsx, csv, 3000),
    ];
  } finally {
    store.close();
  }
}

async function browserBench(dataDir: string, rows: number, withPdf: boolean): Promise<string[]> {
  // The warm-up off: "first visit, nothing cached" means what it meant before the warm-up.
  const host = await startHrHost({ root: HERE, dataDir, warmUp: false });
  const browser = await launchChromium();
  try {
    if (withPdf) {
      // A 25-person team to print, in the store before the page loads its team list.
      const plan = syntheticHrInput(1, 25).scenarios[0]!.plan;
      await apiFor(host.url)('plan.import', {
        plan: { ...plan, team: { ...plan.team, id: 'bench-team', name: 'Aaa Benchteam' } },
        onConflict: 'ask',
      });
    }
    const { page, cdp, toDesign, catalogue } = await openHostPage(browser, host.url, RUNS);
    const openHr = async () => {
      await toDesign();
      const start = performance.now();
      await page.getByTestId('nav-hr').click();
      await hrShown(page, rows);
      return performance.now() - start;
    };
    // The first visit: the store was opened with the host, nothing of HR is cached yet.
    const firstVisit = await openHr();
    await page.evaluate('window.gc?.()');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const laterVisits = await median(openHr, RUNS, false);
    let progressSeen = false;
    const xlsx = await median(
      async () => {
        const download = page.waitForEvent('download', { timeout: 120_000 });
        await page.getByTestId('hr-export-all').click();
        progressSeen ||= await page
          .getByTestId('hr-export-progress')
          .isVisible()
          .catch(() => false);
        await download;
      },
      3,
      false,
    );
    const lines = [
      base('open the catalogue screen', catalogue),
      row(`HR screen, first visit (${rows} teams, nothing cached)`, firstVisit, catalogue, rows > 500 ? 1000 : 300),
      `renderer JS heap after the first visit: ${(heap / 1e6).toFixed(1)} MB (budget 200 MB)`,
      row('HR screen, later visits', laterVisits, catalogue),
      row(`"Alles naar Excel" to download (progress shown: ${progressSeen ? 'yes' : 'no'})`, xlsx, catalogue, 3000),
    ];
    if (withPdf) {
      const printTeam = async (name: RegExp) => {
        await page.getByTestId('nav-design').click();
        await page.getByTestId('team-picker').getByRole('combobox').click();
        await page.getByRole('listbox').getByRole('option', { name }).click();
        await page.getByTestId('nav-print').click();
        await page.getByTestId('print-screen').waitFor();
        return median(() => page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
      };
      const sample = await printTeam(/Voorbeeldwijk-Noord/);
      const pdf = await printTeam(/Aaa Benchteam/);
      lines.push(base('PDF of the sample team (9 people)', sample), row('PDF of a 25-person team', pdf, sample, 2000));
    }
    return lines;
  } finally {
    await browser.close();
    await host.close();
  }
}

/**
 * The HR screen's first visit as a user meets it after the app has been open a moment:
 * the host's store opened with its idle warm-up on, the page loaded, the warm-up done,
 * then the click on HR. On the test's clock (until Playwright sees the matrix) and on the
 * page's clock (click to the first matrix row painted).
 */
async function browserBenchAfterWarmUp(dataDir: string, rows: number): Promise<string[]> {
  const host = await startHrHost({ root: HERE, dataDir, warmUp: true });
  const browser = await launchChromium();
  try {
    const { page, cdp, toDesign, catalogue } = await openHostPage(browser, host.url, RUNS);
    await toDesign();
    const warmUpTook = (await host.warmUpDone()).took;
    await page.evaluate(PAGE_CLOCK);
    const start = performance.now();
    await page.getByTestId('nav-hr').click();
    await hrShown(page, rows);
    const firstVisit = performance.now() - start;
    const painted = await clickToPainted(page);
    await page.evaluate('window.gc?.()');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const budget = rows > 500 ? 1000 : 300;
    return [
      base('open the catalogue screen (this host)', catalogue),
      `idle warm-up of the host's store: done ${warmUpTook.toFixed(0)} ms after it opened, before the click`,
      row(`HR first visit after warm-up (test's clock)`, firstVisit, catalogue, budget),
      row(`HR first visit after warm-up (page: click to painted)`, painted, catalogue, budget),
      `renderer JS heap after that first visit: ${(heap / 1e6).toFixed(1)} MB (budget 200 MB)`,
    ];
  } finally {
    await browser.close();
    await host.close();
  }
}

/** HR_BENCH_PART=afterWrite: only the rows of the cold path and after a write (hrAfterWriteBench.ts). */
const ONLY_AFTER_WRITE = process.env.HR_BENCH_PART === 'afterWrite';
const codes = await codesToCompare();
for (const teams of SIZES) {
  const { dataDir, input } = await hrDataDir(teams);
  try {
    console.log(
      `\nHR bench: ${teams} teams of 25 (+ the sample's 3), ${input.professionals.length} people, median of ${RUNS} runs`,
    );
    const withPdf = teams <= 200 && !ONLY_AFTER_WRITE;
    const rows = teams + 3 + (withPdf ? 1 : 0);
    if (!ONLY_AFTER_WRITE) {
      for (const line of await storeBench(dataDir, input)) console.log(line);
      for (const line of await browserBench(dataDir, rows, withPdf)) console.log(line);
      // The PDF's team was added to the file by the bench above.
      for (const line of await browserBenchAfterWarmUp(dataDir, rows)) console.log(line);
    }
    for (const line of await afterWriteRows(codes, dataDir, input, rows)) console.log(line);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
rmSync(hrEmptyDir, { recursive: true, force: true });
