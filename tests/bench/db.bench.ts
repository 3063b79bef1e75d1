import fs from 'node:fs';
import { bench, describe } from 'vitest';
import { BUILT_IN_COMPETENCY_KEYS } from '../../shared/catalogue/competencies.js';
import { dispatch } from '../../shared/api/dispatch.js';
import { openPlannerStore, type PlannerStore } from '../../db/index.js';
import { benchDir, professionalsCsv, rawDatabase, rawImport, rawPlanLoader, TEAM_FUNCTIONS } from './dbBenchData.js';
import { nl } from '../support/inLanguage.js';
import { plainTeamInput } from '../support/teamInput.js';
import { hrDataDir } from './hrBenchData.js';

/**
 * Storage benchmark (`npm run bench`). Each store operation is measured in the same run
 * against raw better-sqlite3 prepared statements doing the same work on the same schema
 * with the same pragmas (WAL, synchronous=FULL), and the ratio is printed. Targets from
 * issue #3: import 5,000 x 12 ratings < 1 s and within 1.5x of raw; full team plan
 * (25 people, 12 functions) < 5 ms; one assignment write < 1 ms at the median.
 * Not a test: nothing fails on a slow machine; the numbers are printed.
 */

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeMs(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function openStore(): PlannerStore {
  return openPlannerStore({ dataDir: benchDir(), appVersion: 'bench', seedSample: false, log: () => {} });
}

async function call(store: PlannerStore, method: string, input: unknown): Promise<unknown> {
  const result = await dispatch(store.handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${nl(result.error.text)}`);
  return result.value;
}

/** A store with one team of 12 functions and a pool of 25 rated people, 30 assignments. */
async function teamStore() {
  const store = openStore();
  const team = (await call(store, 'teams.create', {
    ...plainTeamInput('Bench'),
    functionTemplateKeys: TEAM_FUNCTIONS,
  })) as { scenarios: { id: string }[] };
  const scenarioId = team.scenarios[0]!.id;
  const plan = ((await call(store, 'plan.get', { scenarioId })) as { plan: { functions: { id: string }[] } }).plan;
  const people: string[] = [];
  for (let i = 0; i < 25; i += 1) {
    const ratings = Object.fromEntries(BUILT_IN_COMPETENCY_KEYS.map((k, c) => [k, (i + c) % 5]));
    const p = (await call(store, 'professionals.create', {
      name: `Persoon ${i}`,
      discipline: 'socialWorker',
      binding: 'functional',
      contractHours: 32,
      ratings,
    })) as { id: string };
    people.push(p.id);
  }
  for (let i = 0; i < 30; i += 1) {
    await call(store, 'assignments.set', {
      functionId: plan.functions[i % 12]!.id,
      professionalId: people[i % 25]!,
      hours: 4 + (i % 8),
    });
  }
  return { store, scenarioId, functionIds: plan.functions.map((f) => f.id), people };
}

const csv = professionalsCsv(5000);
const csvBase64 = Buffer.from(csv).toString('base64');

async function measureImport() {
  const storeTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const store = openStore();
    storeTimes.push(
      await timeMs(() =>
        call(store, 'professionalsImport.commit', { fileName: 'bench.csv', format: 'csv', dataBase64: csvBase64 }),
      ),
    );
    await store.whenIdle();
    store.close();
    const raw = rawDatabase(benchDir());
    rawTimes.push(await timeMs(() => rawImport(raw, csv)));
    raw.close();
  }
  // Best of five, interleaved: one 10 MB commit is at the mercy of whatever else uses the
  // disk; the fastest run of each side is the fairest comparison of the work itself.
  return { store: Math.min(...storeTimes), raw: Math.min(...rawTimes) };
}

async function measurePlanAndWrites() {
  const { store, scenarioId, functionIds, people } = await teamStore();
  await store.whenIdle();
  const raw = rawDatabase(benchDir());
  // The raw side gets the same team, pool and assignments, written with plain SQL.
  const rawScenario = seedRawTeam(raw);
  const load = rawPlanLoader(raw);
  const planStore: number[] = [];
  const planRaw: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    planStore.push(await timeMs(() => call(store, 'plan.get', { scenarioId })));
    planRaw.push(await timeMs(() => load(rawScenario.scenarioId)));
  }
  const writeStore: number[] = [];
  const writeRaw: number[] = [];
  const upsert = raw.prepare(
    'INSERT INTO assignments (function_id, professional_id, hours) VALUES (?, ?, ?) ON CONFLICT (function_id, professional_id) DO UPDATE SET hours = excluded.hours',
  );
  for (let i = 0; i < 300; i += 1) {
    writeStore.push(
      await timeMs(() =>
        call(store, 'assignments.set', {
          functionId: functionIds[i % 12]!,
          professionalId: people[i % 25]!,
          hours: 1 + (i % 20),
        }),
      ),
    );
    writeRaw.push(
      await timeMs(() =>
        raw.transaction(() => upsert.run(rawScenario.functionIds[i % 12], rawScenario.people[i % 25], 1 + (i % 20)))(),
      ),
    );
  }
  await store.whenIdle();
  store.close();
  raw.close();
  return {
    plan: { store: median(planStore), raw: median(planRaw) },
    write: { store: median(writeStore), raw: median(writeRaw) },
  };
}

function seedRawTeam(db: ReturnType<typeof rawDatabase>) {
  const now = new Date().toISOString();
  const scenarioId = 'raw-scenario';
  const functionIds = TEAM_FUNCTIONS.map((_, i) => `raw-fn-${i}`);
  const people = Array.from({ length: 25 }, (_, i) => `raw-p-${i}`);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO teams (id, name, organisation_type, model, positioning, breadth_scope, breadth_collective, depth_mode, integration_mode, created_at, updated_at)
       VALUES ('raw-team', 'Bench', 'integraal', 'A1', 'municipality', 'all', 0, 'solve', 'mandated', ?, ?)`,
    ).run(now, now);
    db.prepare(
      "INSERT INTO scenarios (id, team_id, name, is_main, created_at, updated_at) VALUES (?, 'raw-team', 'Hoofdscenario', 1, ?, ?)",
    ).run(scenarioId, now, now);
    const fn = db.prepare(
      "INSERT INTO functions (id, scenario_id, template_key, name, placement, hours_required, position) VALUES (?, ?, ?, ?, 'team', 24, ?)",
    );
    const req = db.prepare(
      'INSERT INTO function_requirements (function_id, competency, level, min_people, position) SELECT ?, competency, level, min_people, position FROM template_requirements WHERE template_key = ?',
    );
    TEAM_FUNCTIONS.forEach((key, i) => {
      fn.run(functionIds[i], scenarioId, key, key, i);
      req.run(functionIds[i], key);
    });
    const person = db.prepare(
      "INSERT INTO professionals (id, name, discipline, binding, contract_hours, created_at, updated_at) VALUES (?, ?, 'socialWorker', 'functional', 32, ?, ?)",
    );
    const rating = db.prepare('INSERT INTO ratings (professional_id, competency, level) VALUES (?, ?, ?)');
    people.forEach((id, i) => {
      person.run(id, `Persoon ${i}`, now, now);
      BUILT_IN_COMPETENCY_KEYS.forEach((k, c) => rating.run(id, k, (i + c) % 5));
    });
    const assign = db.prepare('INSERT INTO assignments (function_id, professional_id, hours) VALUES (?, ?, ?)');
    for (let i = 0; i < 30; i += 1) assign.run(functionIds[i % 12], people[i % 25], 4 + (i % 8));
  })();
  return { scenarioId, functionIds, people };
}

/**
 * Opening a region's data file (issue 12: 1,000 teams of 25, < 300 ms): the probe with
 * quick_check, the lock, the pragmas, the catalogue check. Baseline: the same open of a
 * file holding only the sample. Median of 5, each open followed by a close.
 */
async function measureOpen() {
  const sample = (await hrDataDir(0)).dataDir;
  const region = (await hrDataDir(1000)).dataDir;
  const timeOpen = async (dataDir: string) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      let store: PlannerStore | null = null;
      times.push(
        await timeMs(() => {
          store = openPlannerStore({ dataDir, appVersion: 'bench', log: () => {} });
        }),
      );
      (store as PlannerStore | null)?.close();
    }
    return median(times);
  };
  const result = { raw: await timeOpen(sample), store: await timeOpen(region) };
  fs.rmSync(sample, { recursive: true, force: true });
  fs.rmSync(region, { recursive: true, force: true });
  return result;
}

const opened = await measureOpen();
const imported = await measureImport();
const { plan, write } = await measurePlanAndWrites();
const row = (label: string, m: { store: number; raw: number }, target: string, ok: boolean) =>
  `${label.padEnd(44)} store ${m.store.toFixed(3).padStart(9)} ms   raw ${m.raw.toFixed(3).padStart(9)} ms   ratio ${(m.store / m.raw).toFixed(2).padStart(5)}x   target ${target.padEnd(26)} ${ok ? 'met' : 'NOT MET'}`;
console.log(
  [
    '',
    'Storage benchmark (raw = better-sqlite3 prepared statements, same schema and pragmas; import best of 5, others median)',
    row(
      'import 5,000 professionals x 12 ratings',
      imported,
      '< 1000 ms and <= 1.5x raw',
      imported.store < 1000 && imported.store / imported.raw <= 1.5,
    ),
    row('load full team plan (25 people, 12 functions)', plan, '< 5 ms', plan.store < 5),
    row('one assignment write (own transaction)', write, '< 1 ms', write.store < 1),
    `${'open a file with 1,000 teams x 25 (22,003 people)'.padEnd(44)} store ${opened.store.toFixed(3).padStart(9)} ms   ` +
      `sample-only file ${opened.raw.toFixed(3).padStart(9)} ms   ratio ${(opened.store / opened.raw).toFixed(2).padStart(5)}x   ` +
      `target < 300 ms ${opened.store < 300 ? 'met' : 'NOT MET'}`,
    '',
  ].join('\n'),
);

describe('storage: load a full team plan (25 people, 12 functions)', async () => {
  const { store, scenarioId } = await teamStore();
  const raw = rawDatabase(benchDir());
  const rawScenario = seedRawTeam(raw);
  const load = rawPlanLoader(raw);
  bench(
    'store plan.get via dispatch',
    async () => {
      await call(store, 'plan.get', { scenarioId });
    },
    { time: 500 },
  );
  bench(
    'raw prepared statements',
    () => {
      load(rawScenario.scenarioId);
    },
    { time: 500 },
  );
});
