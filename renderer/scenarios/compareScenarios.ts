import type { CoverageReport } from '../../shared/engine/types.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';

export interface ScenarioSide {
  teamCoverage: number;
  requirementsCovered: number;
  requirementsTotal: number;
  hoursAllocated: number;
  hoursRequired: number;
  /** "Function: competency" of every in-team requirement that is not covered. */
  gaps: string[];
  members: string[];
}

export interface ScenarioComparison {
  a: ScenarioSide;
  b: ScenarioSide;
  /** Names of members only in A, only in B. */
  onlyInA: string[];
  onlyInB: string[];
}

function side(plan: TeamPlan, report: CoverageReport, competencyName: (key: string) => string): ScenarioSide {
  const names = new Map(plan.professionals.map((p) => [p.id, p.name]));
  return {
    teamCoverage: report.teamCoverage,
    requirementsCovered: report.requirementsCovered,
    requirementsTotal: report.requirementsTotal,
    hoursAllocated: report.hoursAllocated,
    hoursRequired: report.hoursRequired,
    gaps: report.functions
      .filter((f) => !f.inShell)
      .flatMap((f) => f.requirements.filter((r) => r.status !== 'covered').map((r) => `${f.name}: ${competencyName(r.competency)}`)),
    members: report.memberIds.map((id) => names.get(id) ?? id),
  };
}

/** Two scenarios side by side: coverage, gaps, hours, and who differs. */
export function compareScenarios(
  a: { plan: TeamPlan; report: CoverageReport },
  b: { plan: TeamPlan; report: CoverageReport },
  competencyName: (key: string) => string,
): ScenarioComparison {
  const sa = side(a.plan, a.report, competencyName);
  const sb = side(b.plan, b.report, competencyName);
  const inA = new Set(sa.members);
  const inB = new Set(sb.members);
  return {
    a: sa,
    b: sb,
    onlyInA: sa.members.filter((m) => !inB.has(m)),
    onlyInB: sb.members.filter((m) => !inA.has(m)),
  };
}
