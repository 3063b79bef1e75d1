import type { TeamPlan } from '../plan/planSchema.js';
import { assessExpertise } from './expertise.js';
import { isOverAllocated } from './overAllocation.js';
import { indexPlan, type PlanIndex } from './planIndex.js';
import { buildProfile } from './profile.js';
import { coverExpertiseRequirement, coverRequirement } from './requirementCoverage.js';
import type { CoverageReport, FunctionCoverage, ProfessionalLoad, RequirementCoverage } from './types.js';

/**
 * The coverage engine: how well the people assigned to a team's functions meet the
 * functions' competency requirements, hours and expertise. Pure and deterministic: the
 * same plan gives the same report, whatever the order of its assignments.
 *
 * Function coverage = covered requirements / requirements (1 when there are none).
 * Shell functions ask nothing of the team: their requirements are still evaluated (to
 * show what the team could offer itself) but their coverage is 1 by definition, and
 * they never count in the team's totals, gaps or hours. Team coverage = covered /
 * all requirements of in-team functions (1 when there are none).
 *
 * A professional is over-allocated when the hours of all their assignments in this plan
 * exceed their contract hours. See docs/coverage.md for the full description.
 */
export function computeCoverage(plan: TeamPlan, index: PlanIndex = indexPlan(plan)): CoverageReport {
  const { professionals } = plan;
  let requirementsTotal = 0;
  let requirementsCovered = 0;
  let hoursRequired = 0;
  let hoursAllocated = 0;

  // Indexed loops rather than map/filter: this runs on every drag frame.
  const functions: FunctionCoverage[] = new Array<FunctionCoverage>(plan.functions.length);
  for (let f = 0; f < plan.functions.length; f += 1) {
    const fn = plan.functions[f]!;
    const seats = index.seatsByFunction[f]!;
    const memberIds: string[] = new Array<string>(seats.length);
    let allocated = 0;
    for (let s = 0; s < seats.length; s += 1) {
      memberIds[s] = professionals[seats[s]!.professional]!.id;
      allocated += seats[s]!.hours;
    }
    let covered = 0;
    const requirements: RequirementCoverage[] = new Array<RequirementCoverage>(fn.requirements.length);
    for (let r = 0; r < fn.requirements.length; r += 1) {
      const result = coverRequirement(fn.requirements[r]!, seats, professionals, index);
      if (result.status === 'covered') covered += 1;
      requirements[r] = result;
    }
    // Vakkennis asked of the function's own members counts exactly like a competency;
    // scope `team` asks it of the team as a whole (./expertise.ts) and is no row here.
    for (let e = 0; e < fn.expertise.length; e += 1) {
      const need = fn.expertise[e]!;
      if (need.scope !== 'function') continue;
      const result = coverExpertiseRequirement(need, seats, professionals, index);
      if (result.status === 'covered') covered += 1;
      requirements.push(result);
    }
    const inShell = fn.placement === 'shell';
    if (!inShell) {
      requirementsTotal += requirements.length;
      requirementsCovered += covered;
      hoursRequired += fn.hoursRequired;
      hoursAllocated += allocated;
    }
    functions[f] = {
      id: fn.id,
      name: fn.name,
      placement: fn.placement,
      inShell,
      coverage: inShell || requirements.length === 0 ? 1 : covered / requirements.length,
      hoursRequired: fn.hoursRequired,
      hoursAllocated: allocated,
      memberIds,
      requirements,
    };
  }

  const loads: ProfessionalLoad[] = new Array<ProfessionalLoad>(professionals.length);
  const overAllocated: string[] = [];
  for (let p = 0; p < professionals.length; p += 1) {
    const person = professionals[p]!;
    const seats = index.seatsByProfessional[p]!;
    let allocated = 0;
    const functionIds: string[] = new Array<string>(seats.length);
    for (let s = 0; s < seats.length; s += 1) {
      allocated += seats[s]!.hours;
      functionIds[s] = plan.functions[seats[s]!.fn]!.id;
    }
    const over = isOverAllocated(allocated, person.contractHours);
    if (over) overAllocated.push(person.id);
    loads[p] = {
      id: person.id,
      contractHours: person.contractHours,
      hoursAllocated: allocated,
      overAllocated: over,
      functionIds,
    };
  }

  const memberIds: string[] = new Array<string>(index.memberIndices.length);
  for (let m = 0; m < memberIds.length; m += 1) memberIds[m] = professionals[index.memberIndices[m]!]!.id;

  return {
    teamCoverage: requirementsTotal === 0 ? 1 : requirementsCovered / requirementsTotal,
    requirementsTotal,
    requirementsCovered,
    functions,
    professionals: loads,
    overAllocated,
    memberIds,
    profile: buildProfile(plan, index),
    expertise: assessExpertise(plan, index),
    hoursRequired,
    hoursAllocated,
  };
}
