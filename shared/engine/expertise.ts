import type { TeamPlan } from '../plan/planSchema.js';
import type { PlanIndex } from './planIndex.js';
import type { ExpertiseCoverage, ExpertiseStatus } from './types.js';

/**
 * Expertise (vakkennis) in the team versus the shell. Listed: every expertise some
 * function asks for, then every other expertise a member brings, in first-seen order
 * (functions in plan order first, then members in plan order), so the list is stable.
 *
 * - team: at least one member brings it;
 * - shell: no member brings it and only shell functions ask for it: the team signals and
 *   refers, which is a design choice, not a gap;
 * - missing: an in-team function asks for it and no member brings it.
 */
export function assessExpertise(plan: TeamPlan, index: PlanIndex): ExpertiseCoverage[] {
  const requiredBy = new Map<string, string[]>();
  const neededInTeam = new Set<string>();
  for (const fn of plan.functions) {
    for (const key of fn.expertise) {
      const list = requiredBy.get(key);
      if (list === undefined) requiredBy.set(key, [fn.id]);
      else if (!list.includes(fn.id)) list.push(fn.id);
      if (fn.placement === 'team') neededInTeam.add(key);
    }
  }

  const holders = new Map<string, string[]>();
  for (const i of index.memberIndices) {
    const person = plan.professionals[i]!;
    for (const key of person.expertise) {
      const list = holders.get(key);
      if (list === undefined) holders.set(key, [person.id]);
      else if (!list.includes(person.id)) list.push(person.id);
    }
  }

  const keys = [...requiredBy.keys()];
  for (const key of holders.keys()) if (!requiredBy.has(key)) keys.push(key);

  return keys.map((key) => {
    const held = holders.get(key) ?? [];
    let status: ExpertiseStatus;
    if (held.length > 0) status = 'team';
    else status = neededInTeam.has(key) ? 'missing' : 'shell';
    return { key, status, holders: held, requiredBy: requiredBy.get(key) ?? [] };
  });
}
