import type { TeamPlan } from '../plan/planSchema.js';
import { assessExpertise } from './expertise.js';
import { indexPlan, type PlanIndex } from './planIndex.js';
import { buildProfile } from './profile.js';
import { coverRequirement } from './requirementCoverage.js';
import type { CoverageReport, FunctionCoverage, ProfessionalLoad } from './types.js';

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

  const functions: FunctionCoverage[] = plan.functions.map((fn, f) => {
    const seats = index.seatsByFunction[f]!;
    const memberIds: string[] = [];
    let allocated = 0;
    for (const seat of seats) {
      memberIds.push(professionals[seat.index]!.id);
      allocated += seat.hours;
    }
    let covered = 0;
    const requirements = fn.requirements.map((r) => {
      const result = coverRequirement(r, seats, professionals);
      if (result.status === 'covered') covered += 1;
      return result;
    });
    const inShell = fn.placement === 'shell';
    if (!inShell) {
      requirementsTotal += requirements.length;
      requirementsCovered += covered;
      hoursRequired += fn.hoursRequired;
      hoursAllocated += allocated;
    }
    return {
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
  });

  const loads: ProfessionalLoad[] = professionals.map((p, i) => {
    const seats = index.seatsByProfessional[i]!;
    let allocated = 0;
    const functionIds: string[] = [];
    for (const seat of seats) {
      allocated += seat.hours;
      functionIds.push(plan.functions[seat.index]!.id);
    }
    return {
      id: p.id,
      contractHours: p.contractHours,
      hoursAllocated: allocated,
      overAllocated: isOverAllocated(allocated, p.contractHours),
      functionIds,
    };
  });

  return {
    teamCoverage: requirementsTotal === 0 ? 1 : requirementsCovered / requirementsTotal,
    requirementsTotal,
    requirementsCovered,
    functions,
    professionals: loads,
    overAllocated: loads.filter((l) => l.overAllocated).map((l) => l.id),
    memberIds: index.memberIndices.map((i) => professionals[i]!.id),
    profile: buildProfile(plan, index),
    expertise: assessExpertise(plan, index),
    hoursRequired,
    hoursAllocated,
  };
}

/**
 * Hours are decimals (e.g. 4.5 + 3.2); a tolerance keeps float noise from flagging a
 * person whose assignments add up to exactly their contract.
 */
const HOURS_TOLERANCE = 1e-9;

export function isOverAllocated(allocated: number, contractHours: number): boolean {
  return allocated > contractHours + HOURS_TOLERANCE;
}
