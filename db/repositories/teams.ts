import type { Scenario, TeamSummary } from '../../shared/api/entities.js';
import type { Team } from '../../shared/domain/schemas.js';
import { dutchOrder, isoOrder } from '../../shared/hr/dutchOrder.js';
import { withSameName } from '../../shared/domain/sameName.js';
import type { StoreContext } from '../context.js';
import { parseStringList, stringList } from './json.js';
import { parseTeamSetup, teamSetupJson } from './teamSetup.js';

/** Teams with their design answers, and their scenarios (named variants of the composition). */

interface TeamRow {
  id: string;
  name: string;
  area: string;
  organisation_type: Team['organisationType'];
  model: Team['model'];
  positioning: Team['positioning'];
  age_groups_json: string;
  breadth_scope: Team['design']['breadth']['scope'];
  breadth_collective: number;
  breadth_notes: string;
  depth_mode: Team['design']['depth']['mode'];
  depth_notes: string;
  integration_mode: Team['design']['integration']['mode'];
  integration_notes: string;
  questions_reach: Team['design']['questions']['reach'];
  questions_arrival: Team['design']['questions']['arrival'];
  questions_notes: string;
  setup_json: string;
  is_sample: number;
  updated_at: string;
}

interface ScenarioRow {
  id: string;
  team_id: string;
  name: string;
  is_main: number;
  updated_at: string;
}

function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    area: row.area,
    organisationType: row.organisation_type,
    model: row.model,
    positioning: row.positioning,
    ageGroups: parseStringList(row.age_groups_json) as Team['ageGroups'],
    design: {
      breadth: { scope: row.breadth_scope, collective: row.breadth_collective === 1, notes: row.breadth_notes },
      questions: { reach: row.questions_reach, arrival: row.questions_arrival, notes: row.questions_notes },
      depth: { mode: row.depth_mode, notes: row.depth_notes },
      integration: { mode: row.integration_mode, notes: row.integration_notes },
    },
    ...parseTeamSetup(row.setup_json),
  };
}

function teamParams(team: Team): unknown[] {
  return [
    team.name,
    team.area,
    team.organisationType,
    team.model,
    team.positioning,
    stringList(team.ageGroups),
    team.design.breadth.scope,
    team.design.breadth.collective ? 1 : 0,
    team.design.breadth.notes,
    team.design.depth.mode,
    team.design.depth.notes,
    team.design.integration.mode,
    team.design.integration.notes,
    team.design.questions.reach,
    team.design.questions.arrival,
    team.design.questions.notes,
    teamSetupJson(team),
  ];
}

export function insertTeam(ctx: StoreContext, team: Team, isSample: boolean): void {
  const now = ctx.nowIso();
  ctx
    .stmt(
      `INSERT INTO teams (id, name, area, organisation_type, model, positioning, age_groups_json, breadth_scope,
         breadth_collective, breadth_notes, depth_mode, depth_notes, integration_mode, integration_notes,
         questions_reach, questions_arrival, questions_notes, setup_json, is_sample, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(team.id, ...teamParams(team), isSample ? 1 : 0, now, now);
}

export function updateTeam(ctx: StoreContext, team: Team): void {
  ctx
    .stmt(
      `UPDATE teams SET name = ?, area = ?, organisation_type = ?, model = ?, positioning = ?, age_groups_json = ?,
         breadth_scope = ?, breadth_collective = ?, breadth_notes = ?, depth_mode = ?, depth_notes = ?,
         integration_mode = ?, integration_notes = ?, questions_reach = ?, questions_arrival = ?, questions_notes = ?,
         setup_json = ?, updated_at = ?
       WHERE id = ?`,
    )
    .run(...teamParams(team), ctx.nowIso(), team.id);
}

export function touchTeam(ctx: StoreContext, teamId: string): void {
  ctx.stmt('UPDATE teams SET updated_at = ? WHERE id = ?').run(ctx.nowIso(), teamId);
}

function getTeamRow(ctx: StoreContext, id: string): TeamRow | null {
  return (ctx.stmt('SELECT * FROM teams WHERE id = ?').get(id) as TeamRow | undefined) ?? null;
}

export function getTeam(ctx: StoreContext, id: string): Team | null {
  const row = getTeamRow(ctx, id);
  return row ? toTeam(row) : null;
}

export function deleteTeam(ctx: StoreContext, id: string): boolean {
  return ctx.stmt('DELETE FROM teams WHERE id = ?').run(id).changes > 0;
}

function toScenario(row: ScenarioRow): Scenario {
  return { id: row.id, teamId: row.team_id, name: row.name, isMain: row.is_main === 1, updatedAt: row.updated_at };
}

function summary(row: TeamRow, scenarios: Scenario[]): TeamSummary {
  return { ...toTeam(row), isSample: row.is_sample === 1, scenarios, updatedAt: row.updated_at };
}

/**
 * Main scenario first, then variants by name in the app's one Dutch order (`dutchOrder`:
 * "Variant 2" before "Variant 10"); SQLite's NOCASE orders digit by digit, and
 * better-sqlite3 cannot register a collation, so the order is applied here.
 */
const byScenarioOrder = (a: Scenario, b: Scenario): number =>
  Number(b.isMain) - Number(a.isMain) || dutchOrder(a.name, b.name) || isoOrder(a.id, b.id);

/** Teams by name in the same Dutch order: "Wijkteam 9" before "Wijkteam 10", in the picker and HR. */
const byTeamName = (a: TeamRow, b: TeamRow): number => dutchOrder(a.name, b.name) || isoOrder(a.id, b.id);

export function teamSummary(ctx: StoreContext, id: string): TeamSummary | null {
  const row = getTeamRow(ctx, id);
  if (!row) return null;
  const scenarios = (ctx.stmt('SELECT * FROM scenarios WHERE team_id = ?').all(id) as ScenarioRow[])
    .map(toScenario)
    .sort(byScenarioOrder);
  return summary(row, scenarios);
}

export function listTeamSummaries(ctx: StoreContext): TeamSummary[] {
  const rows = (ctx.stmt('SELECT * FROM teams').all() as TeamRow[]).sort(byTeamName);
  const byTeam = new Map<string, Scenario[]>();
  for (const s of ctx.stmt('SELECT * FROM scenarios').all() as ScenarioRow[]) {
    const list = byTeam.get(s.team_id) ?? [];
    list.push(toScenario(s));
    byTeam.set(s.team_id, list);
  }
  return rows.map((row) => summary(row, (byTeam.get(row.id) ?? []).sort(byScenarioOrder)));
}

export function insertScenario(
  ctx: StoreContext,
  scenario: { id: string; teamId: string; name: string; isMain: boolean },
): void {
  const now = ctx.nowIso();
  ctx
    .stmt('INSERT INTO scenarios (id, team_id, name, is_main, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(scenario.id, scenario.teamId, scenario.name, scenario.isMain ? 1 : 0, now, now);
}

export function getScenario(ctx: StoreContext, id: string): Scenario | null {
  const row = ctx.stmt('SELECT * FROM scenarios WHERE id = ?').get(id) as ScenarioRow | undefined;
  return row ? toScenario(row) : null;
}

/** The team's scenarios by id and name, for the one rule of a same name (`withSameName`). */
export function scenarioNames(ctx: StoreContext, teamId: string): { id: string; name: string }[] {
  return ctx.stmt('SELECT id, name FROM scenarios WHERE team_id = ?').all(teamId) as { id: string; name: string }[];
}

/** Another scenario of the team with the same name (`withSameName`: trimmed, without case), or undefined. */
export function scenarioWithSameName(
  ctx: StoreContext,
  teamId: string,
  name: string,
  exceptId: string | null,
): { id: string; name: string } | undefined {
  return withSameName(name, scenarioNames(ctx, teamId), exceptId);
}

export function scenarioNameTaken(ctx: StoreContext, teamId: string, name: string, exceptId: string | null): boolean {
  return scenarioWithSameName(ctx, teamId, name, exceptId) !== undefined;
}

/** Another team with the same name (`withSameName`: trimmed, without case), or undefined. */
export function teamWithSameName(
  ctx: StoreContext,
  name: string,
  exceptId: string | null,
): { id: string; name: string } | undefined {
  return withSameName(name, teamNames(ctx), exceptId);
}

/** Every team by id and name, for the one rule of a same name. */
export function teamNames(ctx: StoreContext): { id: string; name: string }[] {
  return ctx.stmt('SELECT id, name FROM teams').all() as { id: string; name: string }[];
}

export function renameScenario(ctx: StoreContext, id: string, name: string): void {
  ctx.stmt('UPDATE scenarios SET name = ?, updated_at = ? WHERE id = ?').run(name, ctx.nowIso(), id);
}

export function touchScenario(ctx: StoreContext, id: string): void {
  const now = ctx.nowIso();
  ctx.stmt('UPDATE scenarios SET updated_at = ? WHERE id = ?').run(now, id);
  ctx.stmt('UPDATE teams SET updated_at = ? WHERE id = (SELECT team_id FROM scenarios WHERE id = ?)').run(now, id);
}

export function deleteScenario(ctx: StoreContext, id: string): void {
  ctx.stmt('DELETE FROM scenarios WHERE id = ?').run(id);
}

/** Two statements because the partial unique index allows only one main per team at any moment. */
export function makeMainScenario(ctx: StoreContext, scenario: Scenario): void {
  const now = ctx.nowIso();
  ctx
    .stmt('UPDATE scenarios SET is_main = 0, updated_at = ? WHERE team_id = ? AND is_main = 1')
    .run(now, scenario.teamId);
  ctx.stmt('UPDATE scenarios SET is_main = 1, updated_at = ? WHERE id = ?').run(now, scenario.id);
}

export function listSampleTeamIds(ctx: StoreContext): string[] {
  return ctx.stmt('SELECT id FROM teams WHERE is_sample = 1').pluck().all() as string[];
}

/**
 * A person removed from the pool is forgotten as a team's leidinggevende too: their id and
 * name leave every team they led (the team keeps no leader until one is chosen again).
 */
export function forgetLeader(ctx: StoreContext, professionalId: string): void {
  ctx
    .stmt(
      `UPDATE teams SET setup_json = json_set(setup_json, '$.leader', json('null')), updated_at = ?
       WHERE json_extract(setup_json, '$.leader.professionalId') = ?`,
    )
    .run(ctx.nowIso(), professionalId);
}

/** The teams this person leads, with the whole leader entry (spans and accountability too), before a removal. */
export function teamsLedBy(ctx: StoreContext, professionalId: string): { teamId: string; leader: Team['leader'] }[] {
  const rows = ctx
    .stmt(
      `SELECT id, json_extract(setup_json, '$.leader') AS leader FROM teams
       WHERE json_extract(setup_json, '$.leader.professionalId') = ? ORDER BY id`,
    )
    .all(professionalId) as { id: string; leader: string }[];
  return rows.map((r) => ({ teamId: r.id, leader: JSON.parse(r.leader) as Team['leader'] }));
}

/** Puts a leader entry back on a team, if the team still exists and has no leader chosen since. */
export function restoreLeader(ctx: StoreContext, teamId: string, leader: Team['leader']): void {
  ctx
    .stmt(
      `UPDATE teams SET setup_json = json_set(setup_json, '$.leader', json(?)), updated_at = ?
       WHERE id = ? AND json_type(setup_json, '$.leader') IS NOT 'object'`,
    )
    .run(JSON.stringify(leader), ctx.nowIso(), teamId);
}
