import type Database from 'better-sqlite3';
import type { Team } from '../../shared/domain/schemas.js';
import type { HrInput, HrOptions, HrScenarioPlan } from '../../shared/hr/index.js';
import { readHrFirstRows, type HrFirstRowsRead } from './readHrFirstRows.js';
import type { StoreContext } from '../context.js';
import { preloadPool } from '../importExport/planExport.js';
import { listTeamSummaries } from '../repositories/teams.js';
import { ensureHrChangeLog, hrChangeSeq, hrChangesSince } from './hrChangeLog.js';
import { ratingsAfter, readHrPool, type HrRatings } from './readHrPool.js';
import { updateHrRead, type HrRead } from './updateHrRead.js';
import { listHrScenarios, readScenarioEntries, type HrReadBase } from './readHrScenarios.js';

/** Everything HR reads at once, and what a later read after a write reuses. */
function readWhole(ctx: StoreContext, includeScenarios: boolean): HrRead {
  // The pool is read once; each scenario's members are picked from it.
  return readTeamsWith(ctx, preloadPool(ctx, readHrPool(ctx)), includeScenarios);
}

/** Every team (as a plan carries it) and HR's listing of their scenarios, variants when asked. */
function readTeamsAndListing(ctx: StoreContext, includeScenarios: boolean): Pick<HrRead, 'teams' | 'listing'> {
  const teams = new Map<string, Team>();
  for (const { isSample: _sample, scenarios: _scenarios, updatedAt: _updated, ...team } of listTeamSummaries(ctx)) {
    teams.set(team.id, team);
  }
  const listing = listHrScenarios(ctx).filter((s) => s.isMain || includeScenarios);
  return { teams, listing };
}

/** The read whole from its parts. */
function assembleRead(
  base: HrReadBase,
  { teams, listing }: Pick<HrRead, 'teams' | 'listing'>,
  scenarios: HrScenarioPlan[],
): HrRead {
  const competencies = base.catalogue.filter((c) => !c.builtIn).map((c) => ({ key: c.key, name: c.name }));
  return { input: { competencies, professionals: base.pool, scenarios }, base, teams, listing };
}

/** The teams and their scenarios, members taken from a pool read before. */
function readTeamsWith(ctx: StoreContext, base: HrReadBase, includeScenarios: boolean): HrRead {
  const parts = readTeamsAndListing(ctx, includeScenarios);
  return assembleRead(base, parts, readScenarioEntries(ctx, base, parts.listing, parts.teams, true));
}

/**
 * Scenarios the read in steps reads per step: at 1,000 teams the scenarios in one step took
 * about 0.2 s (quiet machine), the store answering nothing meanwhile; a hundred took about
 * a tenth of that, and the step with the teams and the listing 67 ms at 200 teams (load 2,
 * 2026-11-30), so fifty since the seventh round. Each step reads its scenarios with the
 * same set queries, limited to them.
 */
const HR_SCENARIOS_PER_STEP = 50;

/**
 * People whose ratings the read in steps reads per step: a region's 22,000 people's
 * 270,000 ratings took about 0.13 s in one step (quiet machine). 5,000 a step made the
 * first step at 200 teams (4,403 people, all in one) the warm-up's longest, 170 ms on a
 * store just opened (load 2, 2026-11-30; 45 ms when read again): a first visit that
 * lands in it waits for it. A thousand since the seventh round.
 */
const HR_PEOPLE_PER_STEP = 1000;

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
export function localHrSource(
  ctx: StoreContext,
  /** For the tests: fewer scenarios or people per step of `readInSteps`, to walk through several. */
  perStep: { scenarios?: number; people?: number } = {},
): HrInputSource & { lastRead(): HrReadReport | null } {
  const scenariosPerStep = perStep.scenarios ?? HR_SCENARIOS_PER_STEP;
  const peoplePerStep = perStep.people ?? HR_PEOPLE_PER_STEP;
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
      const ratings: HrRatings = new Map();
      // The last person whose ratings were read ('' before the first), null once all are.
      let ratingsRead: string | null = '';
      let base: HrReadBase | null = null;
      let parts: Pick<HrRead, 'teams' | 'listing'> | null = null;
      const scenarios: HrScenarioPlan[] = [];
      return () => {
        if (ctx.db !== db) return this.read();
        // The ratings a few thousand people per step; someone rated or added meanwhile is in
        // the log and read again at the end, as everything written after the first step.
        if (ratingsRead !== null) {
          const after = ratingsRead;
          ratingsRead = ctx.read(() => ratingsAfter(ctx, after, peoplePerStep, ratings));
          return null;
        }
        if (!base) {
          base = ctx.read(() => preloadPool(ctx, readHrPool(ctx, null, ratings)));
          return null;
        }
        const pool = base;
        // The teams and the listing with the first scenarios, then the next scenarios per step.
        // A scenario written after its step is in the log and read again at the end.
        if (!parts || scenarios.length < parts.listing.length) {
          const chunk = ctx.read(() => {
            parts ??= readTeamsAndListing(ctx, true);
            const part = parts.listing.slice(scenarios.length, scenarios.length + scenariosPerStep);
            // One step for all: the tables read whole, as `read` does.
            const whole = part.length === parts.listing.length;
            return readScenarioEntries(ctx, pool, part, parts.teams, whole);
          });
          scenarios.push(...chunk);
          return null;
        }
        const stepped = assembleRead(pool, parts, scenarios);
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
