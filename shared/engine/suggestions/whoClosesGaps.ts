import type { TeamPlan } from '../../plan/planSchema.js';
import { computeCoverage } from '../coverage.js';
import type { Professional } from '../../domain/schemas.js';
import { levelFor } from '../expertiseLevel.js';
import { indexPlan } from '../planIndex.js';
import type { CoverageReport, FunctionCoverage, GapCandidate, GapSuggestion } from '../types.js';
import { hoursAvailable, NO_HOURS_ELSEWHERE, type HoursElsewhere } from './availability.js';
import { hasRoomFor } from './room.js';

/**
 * "Who closes the gap": for every gap (an in-team requirement that is partial or
 * missing), the professionals not yet in that function who are rated at or above the
 * required level (for a function-scope expertise requirement: who bring that expertise
 * at or above the level), best first. A candidate can be anyone in the pool, also a member of
 * other functions.
 *
 * Ranking: first everyone with room for an assignment (at least MIN_ASSIGNMENT_HOURS free,
 * `hasRoomFor`), then the rest, marked `hasRoom: false`: a qualified person without the
 * hours is still worth knowing when nobody else has the level, but not before someone who
 * can take the work. Within each, most requirements of the function newly covered if the
 * candidate joined it, then most hours still free, then the plan's order of professionals
 * (so ties are stable).
 * `newlyCovered` may be 0 for a real helper: when a requirement needs three people and
 * has one, a second qualified person helps without covering it yet.
 * Free hours leave out the hours a person already gives to other teams, when given.
 */
export function whoClosesGaps(
  plan: TeamPlan,
  report?: CoverageReport,
  limit = 3,
  hoursElsewhere: HoursElsewhere = NO_HOURS_ELSEWHERE,
): GapSuggestion[] {
  const index = indexPlan(plan);
  const coverage = report ?? computeCoverage(plan, index);
  const free = hoursAvailable(coverage, hoursElsewhere);
  const room = coverage.professionals.map((load) => hasRoomFor(load, hoursElsewhere));
  const suggestions: GapSuggestion[] = [];

  coverage.functions.forEach((fn, f) => {
    if (fn.inShell) return;
    const gaps = fn.requirements.filter((r) => r.status !== 'covered');
    if (gaps.length === 0) return;
    const isMember = new Set(index.seatsByFunction[f]!.map((s) => s.professional));
    const newly = new Map<number, number>();
    plan.professionals.forEach((_, p) => {
      if (!isMember.has(p)) newly.set(p, newlyCoveredBy(plan.professionals[p]!, fn));
    });

    for (const gap of gaps) {
      const candidates: (GapCandidate & { order: number })[] = [];
      for (const [p, newlyCovered] of newly) {
        const rating = levelFor(plan.professionals[p]!, gap.kind, gap.competency);
        if (rating < gap.level) continue;
        candidates.push({
          professionalId: plan.professionals[p]!.id,
          newlyCovered,
          hoursAvailable: free[p]!,
          hasRoom: room[p]!,
          rating,
          order: p,
        });
      }
      candidates.sort(
        (a, b) =>
          Number(b.hasRoom) - Number(a.hasRoom) ||
          b.newlyCovered - a.newlyCovered ||
          b.hoursAvailable - a.hoursAvailable ||
          a.order - b.order,
      );
      suggestions.push({
        functionId: fn.id,
        kind: gap.kind,
        competency: gap.competency,
        status: gap.status,
        candidates: candidates.slice(0, Math.max(0, limit)).map(({ order: _order, ...c }) => c),
      });
    }
  });
  return suggestions;
}

/** Requirements of the function that joining would take from not covered to covered. */
function newlyCoveredBy(person: Professional, fn: FunctionCoverage): number {
  let count = 0;
  for (const r of fn.requirements) {
    if (r.status !== 'covered' && r.qualified + 1 >= r.minPeople && levelFor(person, r.kind, r.competency) >= r.level) {
      count += 1;
    }
  }
  return count;
}
