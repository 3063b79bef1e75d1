import type { TeamPlan } from '../plan/planSchema.js';
import type { PlanIndex } from './planIndex.js';
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
const COMPETENT_LEVEL = 2;

export function buildProfile(plan: TeamPlan, index: PlanIndex): CompetencyProfileEntry[] {
  const { memberIndices, ratings, competencyKeys, competencyIndex } = index;
  const width = competencyKeys.length;
  // Required level per column (-1: not required); an array, since every column is read.
  const required = new Int8Array(width).fill(-1);
  for (const fn of plan.functions) {
    if (fn.placement !== 'team') continue;
    for (const r of fn.requirements) {
      const column = competencyIndex.get(r.competency);
      if (column !== undefined && r.level > required[column]!) required[column] = r.level;
    }
  }
  const profile: CompetencyProfileEntry[] = new Array<CompetencyProfileEntry>(width);
  for (let column = 0; column < width; column += 1) {
    const requiredLevel = required[column]! < 0 ? null : required[column]!;
    const threshold = requiredLevel ?? COMPETENT_LEVEL;
    const countsByLevel: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    const holders: string[] = [];
    let best = 0;
    for (let row = 0; row < memberIndices.length; row += 1) {
      const rating = ratings[row * width + column]!;
      countsByLevel[rating as 0 | 1 | 2 | 3 | 4] += 1;
      if (rating > best) best = rating;
      if (rating >= threshold) holders.push(plan.professionals[memberIndices[row]!]!.id);
    }
    profile[column] = {
      competency: competencyKeys[column]!,
      best,
      countsByLevel,
      requiredLevel,
      holders,
      singlePerson: requiredLevel !== null && holders.length === 1,
    };
  }
  return profile;
}
