import type Database from 'better-sqlite3';
import type { Team } from '../../shared/domain/schemas.js';
import type { HrInput, HrOptions } from '../../shared/hr/index.js';
import { readHrFirstRows, type HrFirstRowsRead } from './readHrFirstRows.js';
import type { StoreContext } from '../context.js';
import { preloadPool } from '../importExport/planExport.js';
import { listTeamSummaries } from '../repositories/teams.js';
import { ensureHrChangeLog, hrChangeSeq, hrChangesSince } from './hrChangeLog.js';
import { ratingsInProfileOrder, readHrPool, type HrRatings } from './readHrPool.js';
import { updateHrRead, type HrRead } from './updateHrRead.js';
import { listHrScenarios, readScenarioEntries, type HrReadBase } from './readHrScenarios.js';

/** Everything HR reads at once, and what a later read after a write reuses. */
function readWhole(ctx: StoreContext, includeScenarios: boolean): HrRead {
  // The pool is read once; each scenario's members are picked from it.
  return readTeamsWith(ctx, preloadPool(ctx, readHrPool(ctx)), includeScenarios);
}

/** The teams and their scenarios, members taken from a pool read before. */
function readTeamsWith(ctx: StoreContext, base: HrReadBase, includeScenarios: boolean): HrRead {
  const teams = new Map<string, Team>();
  for (const { isSample: _sample, scenarios: _scenarios, updatedAt: _updated, ...team } of listTeamSummaries(ctx)) {
    teams.set(team.id, team);
  }
  const listing = listHrScenarios(ctx).filter((s) => s.isMain || includeScenarios);
  const scenarios = readScenarioEntries(ctx, base, listing, teams, true);
  const competencies = base.catalogue.filter((c) => !c.builtIn).map((c) => ({ key: c.key, name: c.name }));
  return { input: { competencies, professionals: base.pool, scenarios }, base, teams, listing };
}

/**
 * Everything the HR overview needs, read in one transaction so every team is seen at the
 * same moment: each team's main scenario (and its variants when asked) with its members
 * only, the custom competencies and the whole pool.
 */
export function readHrInput(ctx: StoreContext, includeScenarios: boolean): HrInput {
  return ctx.read(() => readWhole(ctx, includeScenarios).input);
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
  /**
   * The same read in a few steps, for the idle warm-up (no step blocks the store as long
   * as the whole read): each call does one step and gives null, the last gives the input,
   * as of that moment. Sources without it are read in one step.
   */
  readInSteps?(): () => HrInput | null;
  /**
   * Only the matrix's first `count` rows of the overview `options` asks for, with the
   * columns, areas and how many rows there are, for a first visit before anything is read
   * (readHrFirstRows.ts). Sources without it are read whole.
   */
  readFirstRows?(count: number, options: Pick<HrOptions, 'includeScenarios' | 'filter'>): HrFirstRowsRead;
}

const connectionIds = new WeakMap<Database.Database, number>();
let nextConnectionId = 1;

function connectionId(db: Database.Database): number {
  let id = connectionIds.get(db);
  if (id === undefined) {
    id = nextConnectionId++;
    connectionIds.set(db, id);
  }
  return id;
}

/** How the last read went (the tests check that a write is followed by a small read). */
interface HrReadReport {
  whole: boolean;
  scenariosRead: number;
}

/**
 * The local store as HR's source. Its version is the position of the connection's HR
 * change log (hrChangeLog.ts): every write of HR's input moves it, nothing else does, and
 * a restore (a new connection) gets a new id. A read after a write reads again only what
 * the log names (updateHrRead.ts) and takes the rest from the previous read; a change of
 * the catalogue or the team roles, a new connection or the first read read everything.
 */
export function localHrSource(ctx: StoreContext): HrInputSource & { lastRead(): HrReadReport | null } {
  let last: { db: Database.Database; seq: number; read: HrRead } | null = null;
  let report: HrReadReport | null = null;
  return {
    version() {
      ensureHrChangeLog(ctx.db);
      return `${connectionId(ctx.db)}:${hrChangeSeq(ctx)}`;
    },
    read() {
      const db = ctx.db;
      ensureHrChangeLog(db);
      const next = ctx.read(() => {
        const seq = hrChangeSeq(ctx);
        const update = last?.db === db ? updateHrRead(ctx, last.read, hrChangesSince(ctx, last.seq)) : null;
        if (update) {
          report = { whole: false, scenariosRead: update.scenariosRead };
          return { db, seq, read: update.read };
        }
        const read = readWhole(ctx, true);
        report = { whole: true, scenariosRead: read.input.scenarios.length };
        return { db, seq, read };
      });
      last = next;
      return next.read.input;
    },
    lastRead: () => report,
    readFirstRows: (count, options) => readHrFirstRows(ctx, count, options),
    readInSteps() {
      const db = ctx.db;
      ensureHrChangeLog(db);
      // Each step reads at its own moment; whatever was written after the first is in the
      // log and read again at the end (updateHrRead), so the whole is as of the last step.
      const since = hrChangeSeq(ctx);
      let ratings: HrRatings | null = null;
      let base: HrReadBase | null = null;
      let teams: HrRead | null = null;
      return () => {
        if (ctx.db !== db) return this.read();
        if (!ratings) {
          ratings = ctx.read(() => ratingsInProfileOrder(ctx, null));
          return null;
        }
        if (!base) {
          const read = ratings;
          base = ctx.read(() => preloadPool(ctx, readHrPool(ctx, null, read)));
          return null;
        }
        if (!teams) {
          const pool = base;
          teams = ctx.read(() => readTeamsWith(ctx, pool, true));
          return null;
        }
        const stepped = teams;
        const next = ctx.read(() => {
          const seq = hrChangeSeq(ctx);
          const update = updateHrRead(ctx, stepped, hrChangesSince(ctx, since));
          return { db, seq, read: update?.read ?? readWhole(ctx, true) };
        });
        last = next;
        report = { whole: true, scenariosRead: next.read.input.scenarios.length };
        return next.read.input;
      };
    },
  };
}
