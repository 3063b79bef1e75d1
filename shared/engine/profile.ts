import type { TeamPlan } from '../plan/planSchema.js';
import { ratingOf, type PlanIndex } from './planIndex.js';
import type { CompetencyProfileEntry } from './types.js';

/**
 * The team profile: per competency, how strong the team's members are together.
 *
 * - requiredLevel: the highest level any in-team function asks for this competency (the
 *   strictest demand the team has to meet), null when no in-team function asks for it.
 * - holders: members rated at or above requiredLevel; for a competency nothing requires,
 *   members rated at or above COMPETENT_LEVEL ("bekwaam"), so the profile still shows
 *   who carries it.
 * - singlePerson: the team needs it and exactly one member holds it at the required
 *   level. That person's departure or absence leaves the team without it.
 */
export const COMPETENT_LEVEL = 2;

export function requiredLevels(plan: TeamPlan): Map<string, number> {
  const levels = new Map<string, number>();
  for (const fn of plan.functions) {
    if (fn.placement !== 'team') continue;
    for (const r of fn.requirements) {
      const current = levels.get(r.competency);
      if (current === undefined || r.level > current) levels.set(r.competency, r.level);
    }
  }
  return levels;
}

export function buildProfile(plan: TeamPlan, index: PlanIndex): CompetencyProfileEntry[] {
  const levels = requiredLevels(plan);
  const members = index.memberIndices.map((i) => plan.professionals[i]!);
  return index.competencyKeys.map((competency) => {
    const requiredLevel = levels.get(competency) ?? null;
    const threshold = requiredLevel ?? COMPETENT_LEVEL;
    const countsByLevel: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    const holders: string[] = [];
    let best = 0;
    for (const person of members) {
      const rating = ratingOf(person.ratings, competency);
      countsByLevel[rating] = (countsByLevel[rating] ?? 0) + 1;
      if (rating > best) best = rating;
      if (rating >= threshold) holders.push(person.id);
    }
    return {
      competency,
      best,
      countsByLevel,
      requiredLevel,
      holders,
      singlePerson: requiredLevel !== null && holders.length === 1,
    };
  });
}
