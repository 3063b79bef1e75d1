import { functionText, type TemplateNames } from '../../shared/catalogue/functionName.js';
import type { LocalText } from '../../shared/domain/text.js';
import type { CoverageReport, RequirementKind, RequirementStatus } from '../../shared/engine/types.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';

/** An in-team requirement that is not covered; the screen words it (function, competency, status). */
export interface ScenarioGap {
  /** The function's name by the one rule (`functionText`): a catalogue function reads in the reader's language. */
  functionName: LocalText;
  /** A competency, or vakkennis asked of the function's members (its key in `competency`). */
  kind: RequirementKind;
  competency: string;
  status: Exclude<RequirementStatus, 'covered'>;
}

export interface ScenarioSide {
  teamCoverage: number;
  requirementsCovered: number;
  requirementsTotal: number;
  hoursAllocated: number;
  hoursRequired: number;
  gaps: ScenarioGap[];
  members: string[];
}

export interface ScenarioComparison {
  a: ScenarioSide;
  b: ScenarioSide;
  /** Names of members only in A, only in B. */
  onlyInA: string[];
  onlyInB: string[];
  /** Both have exactly the same people (then "nobody only here" is because they are the same). */
  samePeople: boolean;
}

function side(plan: TeamPlan, report: CoverageReport, templates: TemplateNames | undefined): ScenarioSide {
  const names = new Map(plan.professionals.map((p) => [p.id, p.name]));
  const functionNames = new Map(plan.functions.map((f) => [f.id, functionText(f, templates)]));
  return {
    teamCoverage: report.teamCoverage,
    requirementsCovered: report.requirementsCovered,
    requirementsTotal: report.requirementsTotal,
    hoursAllocated: report.hoursAllocated,
    hoursRequired: report.hoursRequired,
    gaps: report.functions
      .filter((f) => !f.inShell)
      .flatMap((f) =>
        f.requirements.flatMap((r) =>
          r.status === 'covered'
            ? []
            : [{ functionName: functionNames.get(f.id)!, kind: r.kind, competency: r.competency, status: r.status }],
        ),
      ),
    members: report.memberIds.map((id) => names.get(id) ?? id),
  };
}

/**
 * Two scenarios side by side: coverage, gaps, hours, and who differs. `templates` are the
 * catalogue's template names (the renderer passes the user's own too, as the board does).
 */
export function compareScenarios(
  a: { plan: TeamPlan; report: CoverageReport },
  b: { plan: TeamPlan; report: CoverageReport },
  templates?: TemplateNames,
): ScenarioComparison {
  const sa = side(a.plan, a.report, templates);
  const sb = side(b.plan, b.report, templates);
  const inA = new Set(sa.members);
  const inB = new Set(sb.members);
  const onlyInA = sa.members.filter((m) => !inB.has(m));
  const onlyInB = sb.members.filter((m) => !inA.has(m));
  return { a: sa, b: sb, onlyInA, onlyInB, samePeople: onlyInA.length === 0 && onlyInB.length === 0 };
}
