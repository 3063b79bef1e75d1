import type { TemplateNames } from '../../shared/catalogue/functionName.js';
import { computeCoverage, overAllocatedIds, type HoursElsewhere } from '../../shared/engine/index.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { scenarioChanges, type FunctionChanges } from '../scenarios/scenarioChanges.js';

type Placement = TeamPlan['assignments'][number];

/** The scenario as "Open als scenario" would make it: the same functions and pool, the composed assignments. */
function composedPlan(plan: TeamPlan, assignments: readonly Placement[]): TeamPlan {
  return { ...plan, assignments: [...assignments] };
}

/**
 * What the composition changes, function by function, before it is opened: the scenario
 * comparison's own rule (`scenarioChanges`) on the current plan and the composed one, so
 * the dialog and the comparison that follows name the same people with the same hours.
 */
export function composedChanges(
  plan: TeamPlan,
  assignments: readonly Placement[],
  templates?: TemplateNames,
): FunctionChanges[] {
  const composed = composedPlan(plan, assignments);
  return scenarioChanges(
    { plan, report: computeCoverage(plan) },
    { plan: composed, report: computeCoverage(composed) },
    templates,
  );
}

/**
 * The kept members who still work more hours than their contract in the composition, by
 * the board's rule (`overAllocatedIds`, hours in other teams included). With "Huidige leden
 * houden" their assignments are locked, so the solver cannot take hours away from them and
 * a proven optimum says nothing about them; the dialog says so. Ids in the plan's order.
 */
export function overContractKept(
  plan: TeamPlan,
  assignments: readonly Placement[],
  hoursElsewhere: HoursElsewhere,
): string[] {
  const kept = new Set(plan.assignments.map((a) => a.professionalId));
  return overAllocatedIds(computeCoverage(composedPlan(plan, assignments)), hoursElsewhere).filter((id) =>
    kept.has(id),
  );
}
