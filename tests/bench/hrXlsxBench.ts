/**
 * The HR XLSX of all lists at scale (issue 12: 1,000 teams in < 3 s with progress shown),
 * this code beside the code before the streaming writer in the same run:
 *
 *   git worktree add --detach /tmp/old-xlsx 5a14799 && ln -s "$PWD/node_modules" /tmp/old-xlsx/
 *   HR_XLSX_BEFORE=/tmp/old-xlsx HR_XLSX_TEAMS=1000 npx tsx tests/bench/hrXlsxBench.ts
 *
 * One data folder (the fixed-seed bench data of `hrDataDir`) is copied for the old code,
 * both stores analyse once (what a visit of the HR screen leaves behind), then the export
 * runs as the screen runs it: `hr.exportStart`, `hr.exportPoll` every 50 ms until the
 * file. The first export of each is shown on its own (it loads exceljs and words every
 * cell), then old and new take turns, median of HR_XLSX_RUNS (default 3).
 * Besides the time: how many polls were answered, the longest wait for a poll answer (how
 * long the store kept the screen waiting), the file's size, and whether the old and new
 * workbooks hold the same cells and fills (read back with exceljs). Baseline: the CSV of
 * the team list. Numbers only: timings on a shared machine are not a test.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { openPlannerStore } from '../../db/index.js';
import { dispatch } from '../../shared/api/dispatch.js';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract.js';
import type { Lang } from '../../shared/domain/text.js';
import { hrDataDir } from './hrBenchData.js';

const TEAMS = Number(process.env.HR_XLSX_TEAMS ?? 1000);
const RUNS = Number(process.env.HR_XLSX_RUNS ?? 3);
const BEFORE = process.env.HR_XLSX_BEFORE;
const TODAY = '2026-11-23';
const POLL_MS = 50;

/** What both versions of the store offer this bench: the API through dispatch. */
interface Api {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  close(): void;
}

interface ExportRun {
  ms: number;
  polls: number;
  longestWait: number;
  bytes: number;
  file: ApiOutput<'hr.exportPoll'> & { state: 'done' };
}

async function newApi(dataDir: string): Promise<Api> {
  const store = openPlannerStore({ dataDir, appVersion: 'bench', log: () => undefined });
  return apiOver(store, dispatch);
}

/** The store of the code in `dir` (a worktree of an earlier commit), loaded by tsx like this one. */
async function oldApi(dir: string, dataDir: string): Promise<Api> {
  const db = (await import(path.join(dir, 'db/index.ts'))) as { openPlannerStore: typeof openPlannerStore };
  const api = (await import(path.join(dir, 'shared/api/dispatch.ts'))) as { dispatch: typeof dispatch };
  return apiOver(db.openPlannerStore({ dataDir, appVersion: 'bench', log: () => undefined }), api.dispatch);
}

function apiOver(store: ReturnType<typeof openPlannerStore>, run: typeof dispatch): Api {
  return {
    async call(method, input) {
      const result = await run(store.handlers, method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.text.key}`);
      return result.value as never;
    },
    close: () => store.close(),
  };
}

async function exportAll(api: Api, lang: Lang = 'nl'): Promise<ExportRun> {
  const started = performance.now();
  const { jobId } = await api.call('hr.exportStart', { list: 'all', format: 'xlsx', today: TODAY, lang });
  let longestWait = 0;
  for (let polls = 1; ; polls += 1) {
    const asked = performance.now();
    const poll = await api.call('hr.exportPoll', { jobId });
    longestWait = Math.max(longestWait, performance.now() - asked);
    if (poll.state === 'done') {
      const bytes = Buffer.from(poll.file.dataBase64, 'base64').length;
      return { ms: performance.now() - started, polls, longestWait, bytes, file: poll };
    }
    if (poll.state === 'failed') throw new Error(poll.error.key);
    // The poll answer waits for the event loop: time spent before it counts as waiting too.
    const slept = performance.now();
    await new Promise((done) => setTimeout(done, POLL_MS));
    longestWait = Math.max(longestWait, performance.now() - slept - POLL_MS);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Every sheet's name and every cell's value and fill colour, as one comparable text. */
async function cellsOf(dataBase64: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  const parts: string[] = [];
  for (const sheet of workbook.worksheets) {
    parts.push(`#${sheet.name} ${JSON.stringify(sheet.views)} ${JSON.stringify(sheet.autoFilter)}`);
    parts.push(sheet.columns.map((c) => c.width).join(','));
    sheet.eachRow((row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const fill = cell.fill?.type === 'pattern' ? (cell.fill.fgColor?.argb ?? '') : '';
        parts.push(`${r},${c}:${JSON.stringify(cell.value)}${fill ? ` ${fill}` : ''}${cell.font?.bold ? ' b' : ''}`);
      });
    });
  }
  return parts.join('\n');
}

function line(label: string, ms: number, baseline: number): string {
  return `${label.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / baseline).toFixed(2).padStart(6)}x baseline`;
}

async function main(): Promise<void> {
  process.stdout.write(`HR XLSX of all lists, ${TEAMS} teams, median of ${RUNS}; load ${loadavg()[0]!.toFixed(1)}\n`);
  const { dataDir } = await hrDataDir(TEAMS);
  const apis: { name: string; api: Api }[] = [{ name: 'this code', api: await newApi(dataDir) }];
  if (BEFORE) {
    const copy = mkdtempSync(path.join(tmpdir(), 'wtp-hr-before-'));
    cpSync(dataDir, copy, { recursive: true });
    apis.unshift({ name: `before (${path.basename(BEFORE)})`, api: await oldApi(BEFORE, copy) });
  }
  try {
    // The first export after a visit of the HR screen loads exceljs and words every cell;
    // later ones (the median below) find exceljs loaded and, now, the cells worded.
    const firsts = new Map<string, ExportRun>();
    for (const { name, api } of apis) {
      await api.call('hr.summary', { today: TODAY });
      firsts.set(name, await exportAll(api));
    }
    const csv: number[] = [];
    const runs = new Map<string, ExportRun[]>(apis.map(({ name }) => [name, []]));
    for (let i = 0; i < RUNS; i += 1) {
      const [first] = apis;
      csv.push(await timed(() => first!.api.call('hr.export', { list: 'teams', format: 'csv', today: TODAY })));
      for (const { name, api } of apis) runs.get(name)!.push(await exportAll(api));
    }
    const baseline = median(csv);
    process.stdout.write(`${'baseline: CSV of the team list'.padEnd(52)} ${baseline.toFixed(0).padStart(7)} ms\n`);
    for (const [name, first] of firsts) {
      const label = `first XLSX after the summary, ${name}`;
      process.stdout.write(`${line(label, first.ms, baseline)}  (longest wait ${first.longestWait.toFixed(0)} ms)\n`);
    }
    for (const [name, done] of runs) {
      const ms = median(done.map((r) => r.ms));
      const wait = median(done.map((r) => r.longestWait));
      const { polls, bytes } = done[0]!;
      process.stdout.write(
        `${line(`XLSX as a job, ${name}`, ms, baseline)}  (${polls} polls, longest wait ${wait.toFixed(0)} ms, ${(bytes / 1e6).toFixed(2)} MB)\n`,
      );
    }
    if (apis.length === 2) {
      const [before, now] = [...runs.values()].map((done) => done[0]!.file.file.dataBase64);
      const same = (await cellsOf(before!)) === (await cellsOf(now!));
      process.stdout.write(`same sheets, cells, fills and widths as before: ${same ? 'yes' : 'NO'}\n`);
      const english = await Promise.all(apis.map(({ api }) => exportAll(api, 'en')));
      const [oldEnglish, newEnglish] = english.map((run) => run.file.file.dataBase64);
      const sameEnglish = (await cellsOf(oldEnglish!)) === (await cellsOf(newEnglish!));
      process.stdout.write(`the same in English: ${sameEnglish ? 'yes' : 'NO'}\n`);
    }
  } finally {
    for (const { api } of apis) api.close();
  }
  process.stdout.write(`load at the end ${loadavg()[0]!.toFixed(1)}\n`);
}

void main();
