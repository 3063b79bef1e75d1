import type { Team } from '../../shared/domain/schemas.js';
import type { HrInput, HrScenarioPlan } from '../../shared/hr/index.js';
import type { StoreContext } from '../context.js';
import { teamSummary } from '../repositories/teams.js';
import type { HrChange } from './hrChangeLog.js';
import { readHrPool } from './readHrPool.js';
import { readScenarioEntries, type HrReadBase, type HrScenarioListing } from './readHrScenarios.js';
import { listHrScenarios } from './readHrScenarios.js';

/** A read of HR's input with the parts the next read after a write starts from. */
export interface HrRead {
  input: HrInput;
  base: HrReadBase;
  teams: ReadonlyMap<string, Team>;
  listing: readonly HrScenarioListing[];
}

/**
 * The read after a write: `previous` with only what `changes` name read again. What
 * depends on what:
 * - a person (their row or a rating): the pool, and every scenario they are in now or were
 *   in before (their ratings, hours and name are in those plans);
 * - a team or one of its scenarios (name, main flag, a new or deleted variant): the team,
 *   the order of the listing, and all of that team's scenarios;
 * - a function, requirement or assignment: that scenario;
 * - the catalogue or the team roles: every plan's custom competencies and roles, so
 *   nothing is reused (null: the caller reads everything).
 * Every other scenario's entry is the previous object itself, so the analysis cache
 * recognises it without looking at its content. Null also when something the log does
 * not explain turns up (a person in the pool that neither read knows): then a whole read
 * is the safe answer.
 */
export function updateHrRead(
  ctx: StoreContext,
  previous: HrRead,
  changes: readonly HrChange[],
): { read: HrRead; scenariosRead: number } | null {
  if (changes.some((c) => c.kind === 'all')) return null;
  const idsOf = (kind: HrChange['kind']) => new Set(changes.filter((c) => c.kind === kind).map((c) => c.id));
  const people = idsOf('person');
  const changedTeams = idsOf('team');
  const dirty = idsOf('scenario');

  let base = previous.base;
  if (people.size > 0) {
    const pool = poolWith(ctx, previous.base, [...people]);
    if (!pool) return null;
    base = { ...previous.base, pool, position: new Map(pool.map((p, i) => [p.id, i])) };
    for (const entry of previous.input.scenarios) {
      if (entry.plan.professionals.some((p) => people.has(p.id))) dirty.add(entry.scenarioId);
    }
    const now = ctx
      .stmt(
        `SELECT DISTINCT f.scenario_id FROM assignments a JOIN functions f ON f.id = a.function_id
         WHERE a.professional_id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .all(JSON.stringify([...people])) as string[];
    for (const id of now) dirty.add(id);
  }

  let teams = previous.teams;
  let listing = previous.listing;
  if (changedTeams.size > 0) {
    const next = new Map(previous.teams);
    for (const id of changedTeams) {
      const summary = teamSummary(ctx, id);
      if (!summary) {
        next.delete(id);
        continue;
      }
      const { isSample: _sample, scenarios: _scenarios, updatedAt: _updated, ...team } = summary;
      next.set(id, team);
    }
    teams = next;
    listing = listHrScenarios(ctx);
  }

  const kept = new Map<string, HrScenarioPlan>(previous.input.scenarios.map((s) => [s.scenarioId, s]));
  const toRead = listing.filter(
    (s) => dirty.has(s.scenarioId) || changedTeams.has(s.teamId) || !kept.has(s.scenarioId),
  );
  const fresh = new Map(readScenarioEntries(ctx, base, toRead, teams, false).map((s) => [s.scenarioId, s]));
  const scenarios = listing.map((s) => fresh.get(s.scenarioId) ?? kept.get(s.scenarioId)!);
  return {
    read: { input: { ...previous.input, professionals: base.pool, scenarios }, base, teams, listing },
    scenariosRead: toRead.length,
  };
}

/**
 * The pool in its order (name, then id) with `people` read afresh and everyone else as
 * before; null if someone else is new.
 */
function poolWith(ctx: StoreContext, previous: HrReadBase, people: string[]): HrReadBase['pool'] | null {
  const fresh = new Map(readHrPool(ctx, people).map((p) => [p.id, p]));
  const order = ctx.stmt('SELECT id FROM professionals ORDER BY name COLLATE NOCASE, id').pluck().all() as string[];
  const pool: HrReadBase['pool'] = [];
  for (const id of order) {
    const index = previous.position.get(id);
    const person = fresh.get(id) ?? (index === undefined ? undefined : previous.pool[index]);
    if (!person) return null;
    pool.push(person);
  }
  return pool;
}
