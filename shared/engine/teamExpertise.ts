import type { ExpertiseRequirement, Professional } from '../domain/schemas.js';
import { expertiseLevelOf } from './expertiseLevel.js';
import type { RequirementStatus } from './types.js';

/** How a team-scope vakkennis requirement fares among all members of the team. */
interface TeamExpertiseCoverage {
  /** Members who bring the expertise at or above the level. */
  qualified: number;
  status: RequirementStatus;
  /** Covered, but by exactly one member. */
  thin: boolean;
}

/**
 * Vakkennis a function asks of the team as a whole (scope `team`), judged among all
 * members by the rules of a requirement row: covered with at least minPeople members at
 * the level, partial with fewer, missing with none. It is no row of the function and
 * never changes its coverage (the version 1 meaning); HR and the print show it beside them.
 */
export function coverTeamExpertise(
  need: ExpertiseRequirement,
  members: readonly Professional[],
): TeamExpertiseCoverage {
  let qualified = 0;
  for (const p of members) if (expertiseLevelOf(p.expertise, need.expertise) >= need.level) qualified += 1;
  const status: RequirementStatus = qualified >= need.minPeople ? 'covered' : qualified === 0 ? 'missing' : 'partial';
  return { qualified, status, thin: status === 'covered' && qualified === 1 };
}
