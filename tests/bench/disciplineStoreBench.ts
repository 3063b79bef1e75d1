import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as StoreModule from '../../db/store.js';
import type * as DispatchModule from '../../shared/api/dispatch.js';
import type { Professional } from '../../shared/domain/schemas.js';

/**
 * What storing a discipline by the one rule (db/repositories/disciplines.ts) costs on the
 * paths that write many people: a spreadsheet import of 5,000 people (catalogued disciplines,
 * then 50 own ones, then those written with runs of spaces) and 200 updates to an own
 * discipline, three rounds each, ms. Pass another
 * checkout's folder to measure that build the same way (the store before the rule, say):
 * `npx tsx tests/bench/disciplineStoreBench.ts [/path/to/other/checkout]`.
 */

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../..'));
const { openPlannerStore } = (await import(path.join(root, 'db/store.ts'))) as typeof StoreModule;
const { dispatch } = (await import(path.join(root, 'shared/api/dispatch.ts'))) as typeof DispatchModule;

const PEOPLE = 5000;
const UPDATES = 200;

async function round(discipline: (i: number) => string): Promise<[number, number]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wtp-discipline-bench-'));
  const store = openPlannerStore({ dataDir: dir, appVersion: '0', seedSample: false, log: () => {} });
  try {
    await store.whenIdle();
    const rows = Array.from({ length: PEOPLE }, (_, i) => `Persoon ${i};${discipline(i)}`);
    const csv = ['Naam;Discipline', ...rows].join('\r\n');
    const file = { fileName: 'pool.csv', format: 'csv', dataBase64: Buffer.from(csv).toString('base64') };
    const start = performance.now();
    const imported = await dispatch(store.handlers, 'professionalsImport.commit', file);
    const importMs = performance.now() - start;
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const listed = await dispatch(store.handlers, 'professionals.list', {});
    if (!listed.ok) throw new Error(JSON.stringify(listed.error));
    const updateStart = performance.now();
    for (const p of (listed.value as Professional[]).slice(0, UPDATES)) {
      await dispatch(store.handlers, 'professionals.update', { id: p.id, discipline: 'Ervaringsdeskundige ' });
    }
    return [importMs, performance.now() - updateStart];
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const cases: [string, (i: number) => string][] = [
  ['catalogued ("maatschappelijk werker")', () => 'maatschappelijk werker'],
  ['own, 50 kinds', (i) => `Eigen discipline ${i % 50}`],
  ['own, 50 kinds, runs of spaces', (i) => `Eigen  discipline  ${i % 50}`],
];
console.log(`store in ${root}`);
for (const [label, discipline] of cases) {
  const rounds: [number, number][] = [];
  for (let k = 0; k < 3; k++) rounds.push(await round(discipline));
  const ms = (i: 0 | 1) => rounds.map((r) => r[i].toFixed(0)).join(' / ');
  console.log(`${label}: import of ${PEOPLE} ${ms(0)} ms; ${UPDATES} updates ${ms(1)} ms`);
}
