/**
 * A CPU profile of the first `hr.summary` on a freshly opened store over the bench data
 * (`HR_PROFILE_TEAMS`, default 200), or of the XLSX of all lists after it
 * (`HR_PROFILE=xlsx`). Writes `hr-<what>-<teams>.cpuprofile` into the system's temporary folder; open
 * it in Chromium's DevTools (Performance) or VS Code. Used to find where "Performance at
 * scale" in docs/hr-and-print.md says the time goes.
 *
 *   npx tsx tests/bench/hrProfile.ts
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPlannerStore } from '../../db/index.js';
import { dispatch } from '../../shared/api/dispatch.js';
import { hrDataDir } from './hrBenchData.js';

const TODAY = '2026-11-29';

async function main(): Promise<void> {
  const teams = Number(process.env.HR_PROFILE_TEAMS ?? 200);
  const what = process.env.HR_PROFILE === 'xlsx' ? 'xlsx' : 'summary';
  const { dataDir } = await hrDataDir(teams);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // The warm-up off: the profile is of a first summary that finds nothing made.
  const store = openPlannerStore({ dataDir, appVersion: 'bench', log: () => undefined, hrWarmUp: false });
  try {
    if (what === 'xlsx') await dispatch(store.handlers, 'hr.summary', { today: TODAY });
    await session.post('Profiler.start');
    const started = performance.now();
    const result =
      what === 'xlsx'
        ? await dispatch(store.handlers, 'hr.export', { today: TODAY, list: 'all', format: 'xlsx' })
        : await dispatch(store.handlers, 'hr.summary', { today: TODAY });
    const took = performance.now() - started;
    const { profile } = await session.post('Profiler.stop');
    const file = path.join(tmpdir(), `hr-${what}-${teams}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    process.stdout.write(
      `${what}, ${teams} teams: ${took.toFixed(0)} ms (ok: ${String(result.ok)}), profile in ${file}\n`,
    );
  } finally {
    store.close();
  }
}

void main();
