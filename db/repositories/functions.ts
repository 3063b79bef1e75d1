import { z } from 'zod';
import {
  consultationSchema,
  expertiseRequirementSchema,
  teamFunctionSchema,
  type Requirement,
  type TeamFunction,
} from '../../shared/domain/schemas.js';
import type { StoreContext } from '../context.js';
import { parseStored } from './json.js';

const expertiseListSchema = z.array(expertiseRequirementSchema);
const lifeDomainsSchema = teamFunctionSchema.shape.lifeDomains;

/** Functions of a scenario, in the order the team leader put them, with their requirements. */

/** A `functions` row as stored; HR's set-query read (db/export/readHrScenarios.ts) reads the same columns. */
export interface FunctionRow {
  id: string;
  scenario_id: string;
  template_key: string | null;
  name: string;
  placement: 'team' | 'shell';
  hours_required: number;
  expertise_json: string;
  life_domains_json: string;
  consultation_json: string | null;
  escalation: string;
}

interface RequirementRow {
  function_id: string;
  competency: string;
  level: number;
  min_people: number;
}

interface StoredFunction extends TeamFunction {
  scenarioId: string;
}

function toFunction(row: FunctionRow, requirements: Requirement[]): StoredFunction {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    templateKey: row.template_key,
    name: row.name,
    placement: row.placement,
    hoursRequired: row.hours_required,
    requirements,
    expertise: parseStored(row.expertise_json, expertiseListSchema),
    lifeDomains: parseStored(row.life_domains_json, lifeDomainsSchema),
    consultation: row.consultation_json === null ? null : parseStored(row.consultation_json, consultationSchema),
    escalation: row.escalation,
  };
}

function toRequirement(row: RequirementRow): Requirement {
  return { competency: row.competency, level: row.level, minPeople: row.min_people };
}

/** The function's columns after its hours, in table order. */
function detailParams(fn: TeamFunction): unknown[] {
  return [
    JSON.stringify(fn.expertise),
    JSON.stringify(fn.lifeDomains),
    fn.consultation === null ? null : JSON.stringify(fn.consultation),
    fn.escalation,
  ];
}

export function insertFunction(ctx: StoreContext, scenarioId: string, fn: TeamFunction, position?: number): void {
  const at =
    position ??
    (ctx
      .stmt('SELECT coalesce(max(position), -1) + 1 FROM functions WHERE scenario_id = ?')
      .pluck()
      .get(scenarioId) as number);
  ctx
    .stmt(
      `INSERT INTO functions (id, scenario_id, template_key, name, placement, hours_required, expertise_json,
         life_domains_json, consultation_json, escalation, position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(fn.id, scenarioId, fn.templateKey, fn.name, fn.placement, fn.hoursRequired, ...detailParams(fn), at);
  setRequirements(ctx, fn.id, fn.requirements);
}

/**
 * Moves a function to `index` in its scenario's order (0 is first; past the end is last) and
 * numbers the scenario's functions 0, 1, 2, ... again. Undoing a removal puts the function
 * back with this where it stood, since the print and the board follow this order.
 */
export function moveFunctionTo(ctx: StoreContext, scenarioId: string, functionId: string, index: number): void {
  const ids = ctx
    .stmt('SELECT id FROM functions WHERE scenario_id = ? AND id <> ? ORDER BY position, id')
    .pluck()
    .all(scenarioId, functionId) as string[];
  ids.splice(Math.min(index, ids.length), 0, functionId);
  const setPosition = ctx.stmt('UPDATE functions SET position = ? WHERE id = ?');
  ids.forEach((id, position) => setPosition.run(position, id));
}

export function updateFunction(ctx: StoreContext, fn: TeamFunction): void {
  ctx
    .stmt(
      `UPDATE functions SET template_key = ?, name = ?, placement = ?, hours_required = ?, expertise_json = ?,
         life_domains_json = ?, consultation_json = ?, escalation = ? WHERE id = ?`,
    )
    .run(fn.templateKey, fn.name, fn.placement, fn.hoursRequired, ...detailParams(fn), fn.id);
  setRequirements(ctx, fn.id, fn.requirements);
}

export function setRequirements(ctx: StoreContext, functionId: string, requirements: readonly Requirement[]): void {
  ctx.stmt('DELETE FROM function_requirements WHERE function_id = ?').run(functionId);
  const insert = ctx.stmt(
    'INSERT INTO function_requirements (function_id, competency, level, min_people, position) VALUES (?, ?, ?, ?, ?)',
  );
  requirements.forEach((r, i) => insert.run(functionId, r.competency, r.level, r.minPeople, i));
}

export function getFunction(ctx: StoreContext, id: string): StoredFunction | null {
  const row = ctx.stmt('SELECT * FROM functions WHERE id = ?').get(id) as FunctionRow | undefined;
  if (!row) return null;
  const requirements = (
    ctx
      .stmt(
        'SELECT function_id, competency, level, min_people FROM function_requirements WHERE function_id = ? ORDER BY position',
      )
      .all(id) as RequirementRow[]
  ).map(toRequirement);
  return toFunction(row, requirements);
}

export function functionExists(ctx: StoreContext, id: string): boolean {
  return ctx.stmt('SELECT 1 FROM functions WHERE id = ?').get(id) !== undefined;
}

export function deleteFunction(ctx: StoreContext, id: string): boolean {
  return ctx.stmt('DELETE FROM functions WHERE id = ?').run(id).changes > 0;
}

export function listFunctions(ctx: StoreContext, scenarioId: string): StoredFunction[] {
  const rows = ctx
    .stmt('SELECT * FROM functions WHERE scenario_id = ? ORDER BY position, id')
    .all(scenarioId) as FunctionRow[];
  const requirementRows = ctx
    .stmt(
      `SELECT r.function_id, r.competency, r.level, r.min_people FROM function_requirements r
       JOIN functions f ON f.id = r.function_id WHERE f.scenario_id = ? ORDER BY r.function_id, r.position`,
    )
    .all(scenarioId) as RequirementRow[];
  const byFunction = new Map<string, Requirement[]>();
  for (const r of requirementRows) {
    const list = byFunction.get(r.function_id) ?? [];
    list.push(toRequirement(r));
    byFunction.set(r.function_id, list);
  }
  return rows.map((row) => toFunction(row, byFunction.get(row.id) ?? []));
}
