import type { ApiOutput } from '../../shared/api/contract.js';
import { parsePlan } from '../../shared/plan/parsePlan.js';
import { dutchOrder } from '../../shared/hr/dutchOrder.js';

type ConflictSide = ApiOutput<'shared.conflict'>['mine'];
type Summary = Omit<ConflictSide, 'queuedAt' | 'basedOn'>;

/**
 * One side of a conflict in a few facts a team leader recognises (name, functions, who is
 * in the team, hours per week), read from a queued or published plan. A plan this planner
 * cannot read (published by a newer version) is marked unreadable, with its name when it
 * has one: the screen says so rather than showing 0 functions and nobody.
 */
export function conflictSide(plan: unknown): Summary {
  const parsed = parsePlan(plan);
  if (!parsed.ok) {
    const name = (plan as { team?: { name?: unknown } } | null)?.team?.name;
    return {
      readable: false,
      teamName: typeof name === 'string' ? name : '',
      functions: 0,
      members: 0,
      memberNames: [],
      hours: 0,
    };
  }
  const { team, functions, assignments, professionals } = parsed.plan;
  const memberIds = new Set(assignments.map((a) => a.professionalId));
  const memberNames = professionals
    .filter((p) => memberIds.has(p.id))
    .map((p) => p.name)
    .sort(dutchOrder);
  const hours = assignments.reduce((sum, a) => sum + a.hours, 0);
  return {
    readable: true,
    teamName: team.name,
    functions: functions.length,
    members: memberIds.size,
    memberNames,
    hours,
  };
}
