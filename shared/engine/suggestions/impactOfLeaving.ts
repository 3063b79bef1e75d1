import type { TeamPlan } from '../../plan/planSchema.js';
import { computeCoverage } from '../coverage.js';
import { STATUS_RANK } from '../requirementCoverage.js';
import type { LeavingImpact } from '../types.js';

/**
 * "What if X leaves": the plan without X's assignments, compared requirement by
 * requirement with the plan as it is. Only in-team requirements count; shell functions
 * are never gaps. Removing a person can only lower counts, so every change is a loss.
 */
export function impactOfLeaving(plan: TeamPlan, professionalId: string): LeavingImpact {
  const before = computeCoverage(plan);
  const after = computeCoverage({
    ...plan,
    assignments: plan.assignments.filter((a) => a.professionalId !== professionalId),
  });
  const lost: LeavingImpact['lost'] = [];
  const becomeThin: LeavingImpact['becomeThin'] = [];
  before.functions.forEach((fn, f) => {
    if (fn.inShell) return;
    fn.requirements.forEach((was, j) => {
      const now = after.functions[f]!.requirements[j]!;
      if (STATUS_RANK[now.status] > STATUS_RANK[was.status]) {
        lost.push({ functionId: fn.id, competency: was.competency, from: was.status, to: now.status });
      } else if (now.thin && !was.thin) {
        becomeThin.push({ functionId: fn.id, competency: was.competency });
      }
    });
  });
  return {
    professionalId,
    lost,
    becomeThin,
    teamCoverageBefore: before.teamCoverage,
    teamCoverageAfter: after.teamCoverage,
  };
}
