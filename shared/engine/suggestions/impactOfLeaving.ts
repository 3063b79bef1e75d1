import type { TeamPlan } from '../../plan/planSchema.js';
import { computeCoverage } from '../coverage.js';
import { STATUS_RANK } from '../requirementCoverage.js';
import type { CoverageReport, LeavingImpact } from '../types.js';

/**
 * "What if X leaves": the plan without X's assignments, compared requirement by
 * requirement with the plan as it is. Only in-team requirements count; shell functions
 * are never gaps. Removing a person can only lower counts, so every change is a loss.
 */
export function impactOfLeaving(
  plan: TeamPlan,
  professionalId: string,
  before: CoverageReport = computeCoverage(plan),
): LeavingImpact {
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
        lost.push({ functionId: fn.id, kind: was.kind, competency: was.competency, from: was.status, to: now.status });
      } else if (now.thin && !was.thin) {
        becomeThin.push({ functionId: fn.id, kind: was.kind, competency: was.competency });
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

/**
 * The impact of each member leaving, most harmful first: most requirements lost, then
 * most becoming thin, then the plan's order. Answers "who is indispensable?" for the
 * team leader and HR; members whose departure changes nothing are included at the end.
 */
export function departureImpacts(plan: TeamPlan, report: CoverageReport = computeCoverage(plan)): LeavingImpact[] {
  const impacts = report.memberIds.map((id, order) => ({ impact: impactOfLeaving(plan, id, report), order }));
  impacts.sort(
    (a, b) =>
      b.impact.lost.length - a.impact.lost.length ||
      b.impact.becomeThin.length - a.impact.becomeThin.length ||
      a.order - b.order,
  );
  return impacts.map((i) => i.impact);
}
