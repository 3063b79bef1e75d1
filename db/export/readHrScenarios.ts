import { z } from 'zod';
import type { FunctionRow } from '../repositories/functions.js';
import {
  consultationSchema,
  expertiseRequirementSchema,
  teamFunctionSchema,
  type Assignment,
  type Professional,
  type Requirement,
  type Team,
  type TeamFunction,
} from '../../shared/domain/schemas.js';
import type { HrScenarioPlan } from '../../shared/hr/index.js';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION } from '../../shared/plan/planSchema.js';
import type { StoreContext } from '../context.js';
import { customCompetencies, type preloadPool } from '../importExport/planExport.js';
import { memoParse } from './memoParse.js';
import { DEFAULT_MAIN_SCENARIO_NAME } from '../service/names.js';

/**
 * HR's scenarios read with a few set queries (all functions, all requirements, all
 * assignments at once, or those of a set of scenarios) instead of five queries per
 * scenario. Each plan is what `readScenarioPlan(ctx, id, 'membersOnly', 'file', pool)`
 * gives without `exportedAt`, in the same order (tested equal): functions as placed,
 * members and each function's people in the pool's order (name, then id: the order the
 * plan export sorts them in).
 */

/** What every plan shares, read once per HR read (`preloadPool`). */
export type HrReadBase = ReturnType<typeof preloadPool>;

/** A scenario in HR's order: teams by name, the main scenario first, then variants by name. */
export interface HrScenarioListing {
  teamId: string;
  isSample: boolean;
  scenarioId: string;
  scenarioName: string;
  isMain: boolean;
}

export function listHrScenarios(ctx: StoreContext): HrScenarioListing[] {
  const rows = ctx
    .stmt(
      `SELECT t.id AS teamId, t.is_sample AS isSample, s.id AS scenarioId, s.name AS scenarioName, s.is_main AS isMain
       FROM scenarios s JOIN teams t ON t.id = s.team_id
       ORDER BY t.name COLLATE NOCASE, t.id, s.is_main DESC, s.name COLLATE NOCASE, s.id`,
    )
    .all() as { teamId: string; isSample: number; scenarioId: string; scenarioName: string; isMain: number }[];
  return rows.map((r) => ({ ...r, isSample: r.isSample === 1, isMain: r.isMain === 1 }));
}

/** Scenarios to read: a JSON array of ids, or null for every scenario. */
type Only = string | null;

/**
 * The repository's `toFunction` (same schemas, same keys in the same order; tested equal
 * through the plan export), its JSON columns checked once per distinct text.
 */
function functionReader(): (row: FunctionRow, requirements: Requirement[]) => TeamFunction {
  const expertise = memoParse(z.array(expertiseRequirementSchema));
  const lifeDomains = memoParse(teamFunctionSchema.shape.lifeDomains);
  const consultation = memoParse(consultationSchema);
  return (row, requirements) => ({
    id: row.id,
    templateKey: row.template_key,
    name: row.name,
    placement: row.placement,
    hoursRequired: row.hours_required,
    requirements,
    expertise: expertise(row.expertise_json),
    lifeDomains: lifeDomains(row.life_domains_json),
    consultation: row.consultation_json === null ? null : consultation(row.consultation_json),
    escalation: row.escalation,
  });
}

function functionsByScenario(ctx: StoreContext, only: Only): Map<string, TeamFunction[]> {
  const rows = (
    only === null
      ? ctx.stmt('SELECT * FROM functions ORDER BY scenario_id, position, id').all()
      : ctx
          .stmt(
            `SELECT * FROM functions WHERE scenario_id IN (SELECT value FROM json_each(?))
             ORDER BY scenario_id, position, id`,
          )
          .all(only)
  ) as FunctionRow[];
  const requirementRows = (
    only === null
      ? ctx.stmt('SELECT function_id, competency, level, min_people, position FROM function_requirements').raw().all()
      : ctx
          .stmt(
            `SELECT function_id, competency, level, min_people, position FROM function_requirements
             WHERE function_id IN (SELECT id FROM functions WHERE scenario_id IN (SELECT value FROM json_each(?)))`,
          )
          .raw()
          .all(only)
  ) as [functionId: string, competency: string, level: number, minPeople: number, position: number][];
  // Unsorted from SQLite, put in each function's order here (the repository sorts by function, then position).
  const rowsOf = new Map<string, typeof requirementRows>();
  for (const row of requirementRows) {
    let list = rowsOf.get(row[0]);
    if (!list) {
      list = [];
      rowsOf.set(row[0], list);
    }
    list.push(row);
  }
  const requirements = new Map<string, Requirement[]>();
  for (const [functionId, list] of rowsOf) {
    list.sort((a, b) => a[4] - b[4]);
    requirements.set(
      functionId,
      list.map(([, competency, level, minPeople]) => ({ competency, level, minPeople })),
    );
  }
  const toFunction = functionReader();
  const byScenario = new Map<string, TeamFunction[]>();
  for (const row of rows) {
    const fn = toFunction(row, requirements.get(row.id) ?? []);
    let list = byScenario.get(row.scenario_id);
    if (!list) {
      list = [];
      byScenario.set(row.scenario_id, list);
    }
    list.push(fn);
  }
  return byScenario;
}

/**
 * Each function's assignments, its people in the pool's order; an assignment of someone
 * not in the pool is left out, as the repository's join does.
 */
function assignmentsByFunction(
  ctx: StoreContext,
  only: Only,
  position: Map<string, number>,
): Map<string, Assignment[]> {
  const rows = (
    only === null
      ? ctx.stmt('SELECT function_id, professional_id, hours FROM assignments').raw().all()
      : ctx
          .stmt(
            `SELECT function_id, professional_id, hours FROM assignments
             WHERE function_id IN (SELECT id FROM functions WHERE scenario_id IN (SELECT value FROM json_each(?)))`,
          )
          .raw()
          .all(only)
  ) as [functionId: string, professionalId: string, hours: number][];
  const byFunction = new Map<string, Assignment[]>();
  for (const [functionId, professionalId, hours] of rows) {
    if (!position.has(professionalId)) continue;
    let list = byFunction.get(functionId);
    if (!list) {
      list = [];
      byFunction.set(functionId, list);
    }
    list.push({ functionId, professionalId, hours });
  }
  for (const list of byFunction.values())
    list.sort((a, b) => position.get(a.professionalId)! - position.get(b.professionalId)!);
  return byFunction;
}

/**
 * The HR entries of `listing` (HR's order kept), each scenario's plan with its members
 * only. `teams` holds the team of every listed scenario; `only` says whether the listing
 * is every scenario (null: read the tables whole) or a part (read just those scenarios).
 */
export function readScenarioEntries(
  ctx: StoreContext,
  base: HrReadBase,
  listing: readonly HrScenarioListing[],
  teams: ReadonlyMap<string, Team>,
  whole: boolean,
): HrScenarioPlan[] {
  if (listing.length === 0) return [];
  const only = whole ? null : JSON.stringify(listing.map((s) => s.scenarioId));
  const functions = functionsByScenario(ctx, only);
  const assignments = assignmentsByFunction(ctx, only, base.position);
  return listing.map((s) => {
    const fns = functions.get(s.scenarioId) ?? [];
    const planAssignments = fns.flatMap((f) => assignments.get(f.id) ?? []);
    const professionals = membersInPoolOrder(planAssignments, base);
    return {
      teamId: s.teamId,
      scenarioId: s.scenarioId,
      scenarioName: s.scenarioName,
      isMain: s.isMain,
      isSample: s.isSample,
      plan: {
        format: PLAN_FORMAT,
        version: PLAN_FORMAT_VERSION,
        // As the plan export writes it: the name whenever it is not the default.
        ...(s.scenarioName !== DEFAULT_MAIN_SCENARIO_NAME ? { scenario: s.scenarioName } : {}),
        competencies: customCompetencies(base.catalogue, fns, professionals, false),
        teamRoles: base.teamRoles,
        team: teams.get(s.teamId)!,
        functions: fns,
        professionals,
        assignments: planAssignments,
      },
    };
  });
}

function membersInPoolOrder(assignments: readonly Assignment[], { pool, position }: HrReadBase): Professional[] {
  const ids = new Set(assignments.map((a) => a.professionalId));
  return [...ids]
    .map((id) => position.get(id)!)
    .sort((a, b) => a - b)
    .map((i) => pool[i]!);
}
