import type { Assignment } from '../../shared/domain/schemas.js';
import type { StoreContext } from '../context.js';

/** Who fills which function, with how many hours per week. */

interface AssignmentRow {
  function_id: string;
  professional_id: string;
  hours: number;
}

function toAssignment(row: AssignmentRow): Assignment {
  return { functionId: row.function_id, professionalId: row.professional_id, hours: row.hours };
}

export function upsertAssignment(ctx: StoreContext, a: Assignment): void {
  ctx
    .stmt(
      `INSERT INTO assignments (function_id, professional_id, hours) VALUES (?, ?, ?)
       ON CONFLICT (function_id, professional_id) DO UPDATE SET hours = excluded.hours`,
    )
    .run(a.functionId, a.professionalId, a.hours);
}

export function getAssignment(ctx: StoreContext, functionId: string, professionalId: string): Assignment | null {
  const row = ctx
    .stmt('SELECT * FROM assignments WHERE function_id = ? AND professional_id = ?')
    .get(functionId, professionalId) as AssignmentRow | undefined;
  return row ? toAssignment(row) : null;
}

export function deleteAssignment(ctx: StoreContext, functionId: string, professionalId: string): boolean {
  return (
    ctx.stmt('DELETE FROM assignments WHERE function_id = ? AND professional_id = ?').run(functionId, professionalId)
      .changes > 0
  );
}

/**
 * Hours per professional in the main scenarios of the other teams than the one this
 * scenario belongs to. Variants of other teams are drafts and do not bind anyone; the
 * team's own variants are alternatives to this scenario, not extra work.
 */
export function hoursInOtherTeams(ctx: StoreContext, scenarioId: string): Record<string, number> {
  const rows = ctx
    .stmt(
      `SELECT a.professional_id, SUM(a.hours) AS hours FROM assignments a
       JOIN functions f ON f.id = a.function_id
       JOIN scenarios s ON s.id = f.scenario_id
       WHERE s.is_main = 1 AND s.team_id <> (SELECT team_id FROM scenarios WHERE id = ?)
       GROUP BY a.professional_id ORDER BY a.professional_id`,
    )
    .all(scenarioId) as { professional_id: string; hours: number }[];
  return Object.fromEntries(rows.map((r) => [r.professional_id, r.hours]));
}

/** In function order, then by the person's name: the order of a plan file. */
export function listScenarioAssignments(ctx: StoreContext, scenarioId: string): Assignment[] {
  const rows = ctx
    .stmt(
      `SELECT a.function_id, a.professional_id, a.hours FROM assignments a
       JOIN functions f ON f.id = a.function_id
       JOIN professionals p ON p.id = a.professional_id
       WHERE f.scenario_id = ? ORDER BY f.position, f.id, p.name COLLATE NOCASE, p.id`,
    )
    .all(scenarioId) as AssignmentRow[];
  return rows.map(toAssignment);
}

interface PersonAssignment {
  teamName: string;
  scenarioName: string;
  functionName: string;
  hours: number;
}

export function listAssignmentsOfProfessional(ctx: StoreContext, professionalId: string): PersonAssignment[] {
  return ctx
    .stmt(
      `SELECT t.name AS teamName, s.name AS scenarioName, f.name AS functionName, a.hours AS hours
       FROM assignments a JOIN functions f ON f.id = a.function_id
       JOIN scenarios s ON s.id = f.scenario_id JOIN teams t ON t.id = s.team_id
       WHERE a.professional_id = ? ORDER BY t.name COLLATE NOCASE, t.id, s.is_main DESC, s.name COLLATE NOCASE, f.position`,
    )
    .all(professionalId) as PersonAssignment[];
}

/**
 * Where this person works: their places in the main scenarios of every team, the hours that
 * bind them (variants are drafts; `hoursInOtherTeams` counts the same). Teams by name, then
 * functions in their order.
 */
export function mainAssignmentsOfProfessional(
  ctx: StoreContext,
  professionalId: string,
): { teamName: string; functionName: string; templateKey: string | null; hours: number }[] {
  return ctx
    .stmt(
      `SELECT t.name AS teamName, f.name AS functionName, f.template_key AS templateKey, a.hours AS hours
       FROM assignments a JOIN functions f ON f.id = a.function_id
       JOIN scenarios s ON s.id = f.scenario_id JOIN teams t ON t.id = s.team_id
       WHERE a.professional_id = ? AND s.is_main = 1 ORDER BY t.name COLLATE NOCASE, t.id, f.position`,
    )
    .all(professionalId) as { teamName: string; functionName: string; templateKey: string | null; hours: number }[];
}

/** Every place of this person, in every scenario of every team, as stored (before a removal). */
export function assignmentsOfProfessional(ctx: StoreContext, professionalId: string): Assignment[] {
  const rows = ctx
    .stmt('SELECT function_id, professional_id, hours FROM assignments WHERE professional_id = ? ORDER BY function_id')
    .all(professionalId) as AssignmentRow[];
  return rows.map(toAssignment);
}
