import type { ExpertiseRequirement, Professional, Requirement } from '../domain/schemas.js';
import { expertiseLevelOf } from './expertiseLevel.js';
import { ratingOf, type PlanIndex, type Seat } from './planIndex.js';
import type { RequirementCoverage, RequirementStatus } from './types.js';

/**
 * One requirement of one function against that function's members.
 *
 * - qualified: distinct members rated >= level (missing rating = 0). Members are distinct
 *   by construction: the plan schema forbids the same person twice in one function.
 * - status: covered when qualified >= minPeople, partial when 0 < qualified < minPeople,
 *   missing when qualified = 0.
 * - shortfall: how many levels the best member lacks, max(0, level - best); with no
 *   members best is 0, so the shortfall is the full level.
 * - thin: covered by exactly one person, so one departure re-opens the gap.
 */
function statusOf(qualified: number, minPeople: number): RequirementStatus {
  if (qualified >= minPeople) return 'covered';
  return qualified === 0 ? 'missing' : 'partial';
}

export function coverRequirement(
  requirement: Requirement,
  seats: readonly Seat[],
  professionals: readonly Professional[],
  index: PlanIndex,
): RequirementCoverage {
  const { competency, level, minPeople } = requirement;
  const qualifiedIds: string[] = [];
  let best = 0;
  const column = index.competencyIndex.get(competency);
  const width = index.competencyKeys.length;
  for (const seat of seats) {
    const person = professionals[seat.professional]!;
    // Members always have a ratings row; the keyed lookup only serves a competency the
    // plan does not declare (unvalidated data in the UI).
    const rating =
      column === undefined
        ? ratingOf(person.ratings, competency)
        : index.ratings[index.memberRow[seat.professional]! * width + column]!;
    if (rating > best) best = rating;
    if (rating >= level) qualifiedIds.push(person.id);
  }
  return row('competency', competency, level, minPeople, qualifiedIds, best);
}

/**
 * A function-scope expertise requirement against the function's members, by exactly the
 * rules of a competency requirement; a person's "rating" is their expertise level
 * (0 when they do not bring it).
 */
export function coverExpertiseRequirement(
  requirement: ExpertiseRequirement,
  seats: readonly Seat[],
  professionals: readonly Professional[],
  index: PlanIndex,
): RequirementCoverage {
  const { expertise, level, minPeople } = requirement;
  const qualifiedIds: string[] = [];
  let best = 0;
  const column = index.expertiseIndex.get(expertise);
  const width = index.expertiseKeys.length;
  for (const seat of seats) {
    const person = professionals[seat.professional]!;
    const value =
      column === undefined
        ? expertiseLevelOf(person.expertise, expertise)
        : index.expertiseLevels[index.memberRow[seat.professional]! * width + column]!;
    if (value > best) best = value;
    if (value >= level) qualifiedIds.push(person.id);
  }
  return row('expertise', expertise, level, minPeople, qualifiedIds, best);
}

function row(
  kind: RequirementCoverage['kind'],
  key: string,
  level: number,
  minPeople: number,
  qualifiedIds: string[],
  best: number,
): RequirementCoverage {
  const qualified = qualifiedIds.length;
  const status = statusOf(qualified, minPeople);
  return {
    kind,
    competency: key,
    level,
    minPeople,
    qualified,
    qualifiedIds,
    status,
    shortfall: Math.max(0, level - best),
    thin: status === 'covered' && qualified === 1,
    best,
  };
}

/** Severity order used to compare statuses: a higher number is worse. */
export const STATUS_RANK: Record<RequirementStatus, number> = { covered: 0, partial: 1, missing: 2 };
