import type { ApiOutput } from '../../shared/api/contract.js';
import { parsePlan } from '../../shared/plan/parsePlan.js';
import { dutchOrder } from '../../shared/hr/dutchOrder.js';

type ConflictSide = ApiOutput<'shared.conflict'>['mine'];
type Summary = Omit<ConflictSide, 'queuedAt' | 'basedOn'>;

/**
 * One side of a conflict in a few facts a team leader recognises (name, functions, who is
 * in the team), read from a queued or published plan. A plan this planner cannot read
 * (published by a newer version) still shows with its name and no counts.
 */
export function conflictSide(plan: unknown): Summary {
  const parsed = parsePlan(plan);
  if (!parsed.ok) {
    const name = (plan as { team?: { name?: unknown } } | null)?.team?.name;
    return { teamName: typeof name === 'string' ? name : '', functions: 0, members: 0, memberNames: [] };
  }
  const { team, functions, assignments, professionals } = parsed.plan;
  const memberIds = new Set(assignments.map((a) => a.professionalId));
  const memberNames = professionals
    .filter((p) => memberIds.has(p.id))
    .map((p) => p.name)
    .sort(dutchOrder);
  return { teamName: team.name, functions: functions.length, members: memberIds.size, memberNames };
}
