import type { ComposeOutcome } from '../api/composeSchemas.js';
import { computeCoverage } from '../engine/coverage.js';
import type { TeamPlan } from '../plan/planSchema.js';
import { composedPlan } from './composition.js';
import { limitMessage } from './limits.js';
import type { ComposeResult } from './result.js';
import { uncoverableMessage } from './uncoverable.js';

/**
 * What the app's dialog shows of a composition: the solver's status and the team's
 * numbers before and after, both measured by the coverage engine (the board's numbers).
 * `wrappedUp`: the user ended the search early ("Nu afronden").
 */
export function composeOutcome(
  plan: TeamPlan,
  result: ComposeResult,
  minHours: number,
  wrappedUp = false,
): ComposeOutcome {
  const after = result.status === 'infeasible' ? plan : composedPlan(plan, result.composition);
  return {
    status: result.status,
    objective: result.objective,
    bound: result.bound,
    gap: result.gap,
    stoppedAt: result.stoppedAt,
    fromGreedy: result.fromGreedy,
    before: teamNumbers(plan),
    after: teamNumbers(after),
    assignments: result.composition.map((a) => ({
      professionalId: a.professionalId,
      functionId: a.functionId,
      hours: a.hours,
    })),
    uncoverable: result.uncoverable.map((u) => uncoverableMessage(plan, u, minHours)),
    uncoverableOutsideCoverage: result.uncoverable.some((u) => u.teamWide),
    infeasibleLimits: result.infeasibleLimits.map(limitMessage),
    infeasibleTogether: result.infeasibleTogether,
    wrappedUp,
  };
}

function teamNumbers(plan: TeamPlan): ComposeOutcome['before'] {
  const report = computeCoverage(plan);
  return {
    teamCoverage: report.teamCoverage,
    requirementsCovered: report.requirementsCovered,
    requirementsTotal: report.requirementsTotal,
    people: report.memberIds.length,
    hoursAllocated: report.hoursAllocated,
    hoursRequired: report.hoursRequired,
  };
}
