/**
 * HR and print benchmark (`npm run bench:hr`). Prints median timings and ratios to a
 * baseline measured in the same run, against the budgets:
 *   - HR overview of 200 teams x 25 people: computation (shared/hr) and render of the
 *     matrix to HTML (React server render of the same component the screen uses),
 *     together < 1 s. Baseline: the bare coverage engine over the same 200 plans.
 *   - XLSX export of that overview (all lists, exceljs, as the store writes it) < 2 s.
 *     Baseline: the CSV of the team list (no spreadsheet library). Also measured end to
 *     end through the browser host's API (SQLite read of all teams, HTTP, base64).
 *   - The same 200 teams in Chromium through the real browser host: from clicking
 *     "HR-overzicht" to the matrix showing all 200 rows (API call, computation, React
 *     render), < 1 s. Baseline: opening the catalogue screen.
 *   - PDF of a 25-person team's printed overview in Chromium (page.pdf through the real
 *     browser host) < 2 s. Baseline: the PDF of the sample team Voorbeeldwijk-Noord (9 people).
 * Numbers only, no assertion: a shared machine's timings are not a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { exportHr } from '../../db/export/hrExport.js';
import { computeCoverage } from '../../shared/engine/index.js';
import { buildHrOverview, EMPTY_HR_FILTER, type HrInput } from '../../shared/hr/index.js';
import { HrMatrix } from '../../renderer/hr/HrMatrix.js';
import { translator } from '../../shared/i18n/translator.js';
import { startWebHost } from '../../webhost/startWebHost.js';
import { apiFor } from '../e2e/support/api.js';
import { syntheticHrInput } from '../unit/hr/syntheticHrInput.js';

const RUNS = Number(process.env.HR_BENCH_RUNS ?? 7);
const TODAY = '2026-11-23';
const options = { today: TODAY, assessmentMonths: 24, includeScenarios: false, filter: EMPTY_HR_FILTER };

async function median(run: () => unknown, runs = RUNS): Promise<number> {
  await run(); // warm-up: JIT and lazy imports (exceljs) are not what HR waits for twice
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function row(label: string, ms: number, baseline: number, budget: number): string {
  const verdict = ms <= budget ? 'within budget' : 'OVER BUDGET';
  return `${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / baseline).toFixed(1).padStart(6)}x baseline  budget ${budget} ms: ${verdict}`;
}

async function overviewBench(input: HrInput): Promise<string[]> {
  const engine = await median(() => input.scenarios.forEach((s) => computeCoverage(s.plan)));
  const compute = await median(() => buildHrOverview(input, options));
  const overview = buildHrOverview(input, options);
  const t = translator('nl').t;
  const render = await median(() =>
    renderToString(createElement(HrMatrix, { overview, lang: 'nl', t, onOpen: () => undefined })),
  );
  const xlsx = await median(() => exportHr(input, { list: 'all', format: 'xlsx', ...options }, new Date()));
  const csv = await median(() => exportHr(input, { list: 'teams', format: 'csv', ...options }, new Date()));
  return [
    `baseline: coverage engine over ${input.scenarios.length} plans   ${engine.toFixed(1).padStart(8)} ms`,
    row('HR overview: computation', compute, engine, 1000),
    row('HR overview: matrix rendered to HTML', render, engine, 1000),
    row('HR overview: computation + render', compute + render, engine, 1000),
    `baseline: CSV of the team list                ${csv.toFixed(1).padStart(8)} ms`,
    row('XLSX export of the overview (all lists)', xlsx, csv, 2000),
  ];
}

async function browserBench(input: HrInput): Promise<string[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wtp-hr-bench-'));
  const staticRoot = path.resolve(import.meta.dirname, '../../out/renderer');
  const host = await startWebHost({ dataDir, port: 0, open: false, staticRoot, log: () => undefined });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const api = apiFor(host.url);
    for (const entry of input.scenarios) await api('plan.import', { plan: entry.plan, onConflict: 'ask' });
    const plan = syntheticHrInput(1, 25).scenarios[0]!.plan;
    await api('plan.import', {
      plan: { ...plan, team: { ...plan.team, id: 'bench-team', name: 'Aaa Benchteam' } },
      onConflict: 'ask',
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
    await page.addInitScript("window.localStorage.setItem('wtp.tourSeen', '1')");
    await page.goto(host.url);
    const viaHost = await median(() => api('hr.export', { list: 'all', format: 'xlsx', today: TODAY }), 3);
    const rows = page.locator('[data-testid="hr-matrix"] tbody tr');
    // Both measured from the light team-design screen, so neither includes leaving a heavy one.
    const catalogue = await median(async () => {
      await page.getByTestId('nav-design').click();
      await page.getByTestId('nav-catalogue').click();
      await page.getByTestId('nav-catalogue').and(page.locator('[aria-current="page"]')).waitFor();
    }, 5);
    const openHr = async () => {
      await page.getByTestId('nav-design').click();
      await page.getByTestId('nav-design').and(page.locator('[aria-current="page"]')).waitFor();
      const start = performance.now();
      await page.getByTestId('nav-hr').click();
      await rows.nth(input.scenarios.length).waitFor();
      return performance.now() - start;
    };
    // The first visit reads every team from the store; later visits show the last overview at once and refresh
    // behind it.
    const firstVisit = await openHr();
    const hrScreen = await median(openHr, 5);
    const printTeam = async (name: RegExp) => {
      await page.getByTestId('nav-design').click();
      await page.getByTestId('team-picker').getByRole('button').click();
      await page.getByRole('listbox').getByRole('option', { name }).click();
      await page.getByTestId('nav-print').click();
      await page.getByTestId('print-screen').waitFor();
      return median(() => page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }), 5);
    };
    const board = await printTeam(/Voorbeeldwijk-Noord/);
    const pdf = await printTeam(/Aaa Benchteam/);
    return [
      `baseline: open the catalogue screen               ${catalogue.toFixed(1).padStart(8)} ms`,
      row(`HR screen, first visit (${input.scenarios.length + 2} teams)`, firstVisit, catalogue, 1000),
      row('HR screen, later visits', hrScreen, catalogue, 1000),
      row('XLSX export through the browser host (read+write)', viaHost, catalogue, 2000),
      `baseline: PDF of the sample team (9 people)      ${board.toFixed(1).padStart(8)} ms`,
      row('PDF of a 25-person team (all pages)', pdf, board, 2000),
    ];
  } finally {
    await browser.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const input = syntheticHrInput(200, 25);
console.log(
  `HR bench: ${input.scenarios.length} teams, ${input.professionals.length} people, median of ${RUNS} runs\n`,
);
for (const line of await overviewBench(input)) console.log(line);
for (const line of await browserBench(input)) console.log(line);
