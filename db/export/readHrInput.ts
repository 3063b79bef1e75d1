import type Database from 'better-sqlite3';
import type { HrInput } from '../../shared/hr/index.js';
import type { StoreContext } from '../context.js';
import { preloadPool, readScenarioPlan } from '../importExport/planExport.js';
import { listTeamSummaries } from '../repositories/teams.js';
import { readHrPool } from './readHrPool.js';

/**
 * Everything the HR overview needs, read in one transaction so every team is seen at the
 * same moment: each team's main scenario (and its variants when asked) with its members
 * only, the custom competencies and the whole pool.
 */
export function readHrInput(ctx: StoreContext, includeScenarios: boolean): HrInput {
  return ctx.read(() => {
    // The pool is read once; each scenario's members are picked from it.
    const pool = preloadPool(ctx, readHrPool(ctx));
    const scenarios: HrInput['scenarios'] = [];
    for (const team of listTeamSummaries(ctx)) {
      for (const scenario of team.scenarios) {
        if (!scenario.isMain && !includeScenarios) continue;
        const { plan } = readScenarioPlan(ctx, scenario.id, 'membersOnly', 'file', pool);
        // `exportedAt` means nothing here; the plan keeps the custom competencies it uses (the engine needs them).
        const { exportedAt: _exportedAt, ...rest } = plan;
        scenarios.push({
          teamId: team.id,
          scenarioId: scenario.id,
          scenarioName: scenario.name,
          isMain: scenario.isMain,
          isSample: team.isSample,
          plan: rest,
        });
      }
    }
    const competencies = pool.catalogue.filter((c) => !c.builtIn).map((c) => ({ key: c.key, name: c.name }));
    return { competencies, professionals: pool.pool, scenarios };
  });
}

/**
 * Where the HR overview, its exports and the area view read their teams from. The local
 * store is one source; another (a shared database with its own freshness) plugs in by
 * giving the same two answers.
 */
export interface HrInputSource {
  /** Changes whenever what `read` returns may have changed; cheap, asked before every use of the cache. */
  version(): string;
  /** Every team with its variants, the pool and the custom competencies. */
  read(): HrInput;
}

const connectionIds = new WeakMap<Database.Database, number>();
let nextConnectionId = 1;

/**
 * The local store as HR's source. Its version is SQLite's count of rows this connection
 * has changed: this process is the only writer (it holds the file's lock), so every
 * write moves it, and a restore (a new connection) gets a new id.
 */
export function localHrSource(ctx: StoreContext): HrInputSource {
  return {
    version() {
      const db = ctx.db;
      let id = connectionIds.get(db);
      if (id === undefined) {
        id = nextConnectionId++;
        connectionIds.set(db, id);
      }
      return `${id}:${String(ctx.stmt('SELECT total_changes()').pluck().get())}`;
    },
    read: () => readHrInput(ctx, true),
  };
}
