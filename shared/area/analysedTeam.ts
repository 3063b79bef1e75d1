import type { Professional } from '../domain/schemas.js';
import { computeCoverage } from '../engine/index.js';
import type { CoverageReport } from '../engine/types.js';
import type { HrScenarioPlan } from '../hr/types.js';

/** One team of the area with the engine's report of its main scenario: every number in the view comes from here. */
export interface AnalysedTeam {
  entry: HrScenarioPlan;
  report: CoverageReport;
  /** The team's members (people with at least one assignment), in the plan's order. */
  members: Professional[];
}

export function analyseTeam(entry: HrScenarioPlan): AnalysedTeam {
  const report = computeCoverage(entry.plan);
  const byId = new Map(entry.plan.professionals.map((p) => [p.id, p]));
  const members = report.memberIds.flatMap((id) => {
    const p = byId.get(id);
    return p ? [p] : [];
  });
  return { entry, report, members };
}
