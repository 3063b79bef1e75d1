import type { TeamPlan } from '../plan/planSchema.js';
import { expertiseLevelOf } from './expertiseLevel.js';
import type { PlanIndex } from './planIndex.js';
import type { ExpertiseCoverage, ExpertiseStatus } from './types.js';

/**
 * Expertise (vakkennis) in the team versus the shell. Listed: every expertise some
 * function asks for, then every other expertise a member brings, in first-seen order
 * (functions in plan order first, then members in plan order), so the list is stable.
 *
 * - requiredLevel: the highest level an in-team function asks (either scope), the
 *   strictest demand the team has to meet; holders are the members at that level or
 *   above. When no in-team function asks, any member who brings it is a holder.
 * - requiredPeople: the most people an in-team function asks to have it anywhere in the
 *   team (scope `team`), 0 when none does.
 * - team: at least one holder; shell: no holder and only shell functions ask for it (the
 *   team signals and refers, a design choice, not a gap); missing: an in-team function
 *   asks for it and no member holds it at the level.
 *
 * A version 1 plan asked level 2 of one person and gave every holder level 2, so its
 * list is exactly what version 1 reported.
 */
export function assessExpertise(plan: TeamPlan, index: PlanIndex): ExpertiseCoverage[] {
  // A plan names a handful of expertise keys, so parallel arrays with indexOf beat Maps.
  const keys: string[] = [];
  const requiredBy: string[][] = [];
  const requiredLevel: (number | null)[] = [];
  const requiredPeople: number[] = [];
  const slot = (key: string): number => {
    let k = keys.indexOf(key);
    if (k < 0) {
      k = keys.length;
      keys.push(key);
      requiredBy.push([]);
      requiredLevel.push(null);
      requiredPeople.push(0);
    }
    return k;
  };

  for (const fn of plan.functions) {
    for (const need of fn.expertise) {
      const k = slot(need.expertise);
      if (!requiredBy[k]!.includes(fn.id)) requiredBy[k]!.push(fn.id);
      if (fn.placement !== 'team') continue;
      if (requiredLevel[k] === null || need.level > requiredLevel[k]!) requiredLevel[k] = need.level;
      if (need.scope === 'team' && need.minPeople > requiredPeople[k]!) requiredPeople[k] = need.minPeople;
    }
  }
  const members = index.memberIndices.map((i) => plan.professionals[i]!);
  for (const person of members) for (const { key } of person.expertise) slot(key);

  const result: ExpertiseCoverage[] = new Array<ExpertiseCoverage>(keys.length);
  for (let k = 0; k < keys.length; k += 1) {
    const key = keys[k]!;
    const threshold = Math.max(1, requiredLevel[k] ?? 1);
    const holders: string[] = [];
    for (const person of members) if (expertiseLevelOf(person.expertise, key) >= threshold) holders.push(person.id);
    let status: ExpertiseStatus;
    if (holders.length > 0) status = 'team';
    else status = requiredLevel[k] === null ? 'shell' : 'missing';
    result[k] = {
      key,
      status,
      holders,
      requiredBy: requiredBy[k]!,
      requiredLevel: requiredLevel[k]!,
      requiredPeople: requiredPeople[k]!,
    };
  }
  return result;
}
