import type { ExpertiseCoverage } from '../../shared/engine/types.js';

/**
 * Whether the board's Vakkennis list shows vakkennis the whole team must have and has not
 * (fewer members at the level than asked, none included) beside the team coverage
 * percentage. Such vakkennis is no requirement row (docs/coverage.md), so the percentage can
 * be 100% with it missing; then the list says why (`coverage.teamExpertiseNotCounted`, the
 * same sentence as Stel samen's).
 */
export function teamExpertiseShort(expertise: readonly ExpertiseCoverage[]): boolean {
  return expertise.some((e) => e.requiredPeople > 0 && e.holders.length < e.requiredPeople);
}
