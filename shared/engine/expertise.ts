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
  // A plan names a handful of expertise keys, so parallel arrays with indexOf beat Maps.
  const keys: string[] = [];
  const requiredBy: string[][] = [];
  const holders: string[][] = [];
  const neededInTeam: boolean[] = [];
  const slot = (key: string): number => {
    let k = keys.indexOf(key);
    if (k < 0) {
      k = keys.length;
      keys.push(key);
      requiredBy.push([]);
      holders.push([]);
      neededInTeam.push(false);
    }
    return k;
  };

  for (const fn of plan.functions) {
    for (const { expertise: key } of fn.expertise) {
      const k = slot(key);
      if (!requiredBy[k]!.includes(fn.id)) requiredBy[k]!.push(fn.id);
      if (fn.placement === 'team') neededInTeam[k] = true;
    }
  }
  for (const i of index.memberIndices) {
    const person = plan.professionals[i]!;
    for (const { key } of person.expertise) {
      const list = holders[slot(key)]!;
      // Members are visited once each, so a repeat can only be the last one added.
      if (list[list.length - 1] !== person.id) list.push(person.id);
    }
  }

  const result: ExpertiseCoverage[] = new Array<ExpertiseCoverage>(keys.length);
  for (let k = 0; k < keys.length; k += 1) {
    const held = holders[k]!;
    let status: ExpertiseStatus;
    if (held.length > 0) status = 'team';
    else status = neededInTeam[k] ? 'missing' : 'shell';
    result[k] = { key: keys[k]!, status, holders: held, requiredBy: requiredBy[k]! };
  }
  return result;
}
