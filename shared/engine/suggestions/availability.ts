import type { TeamPlan } from '../../plan/planSchema.js';
import type { CoverageReport, ProfessionalLoad } from '../types.js';

/**
 * Hours per week each professional already gives to other teams, by id. A plan file
 * holds one team, so the caller that knows the other teams (the app: `plan.get`
 * answers it) passes them in; without it, availability is judged on this plan alone.
 */
export type HoursElsewhere = Readonly<Record<string, number>>;

export const NO_HOURS_ELSEWHERE: HoursElsewhere = {};

/**
 * What a plan file says about hours in other teams: its `hoursInOtherTeams`, written by
 * the app's export from the same figures `plan.get` gives the board. A file without it
 * (older files) knows none, so its figures may be too optimistic; readers say so.
 */
export function hoursElsewhereInFile(plan: TeamPlan): HoursElsewhere {
  return plan.hoursInOtherTeams ?? NO_HOURS_ELSEWHERE;
}

/** Contract hours not assigned in this plan or elsewhere; below 0 when over the contract. */
function unassignedHours(load: ProfessionalLoad, elsewhere: HoursElsewhere): number {
  return load.contractHours - load.hoursAllocated - (elsewhere[load.id] ?? 0);
}

/** Contract hours not yet assigned in this plan or elsewhere, per professional index; never below 0. */
export function hoursAvailable(report: CoverageReport, elsewhere: HoursElsewhere = NO_HOURS_ELSEWHERE): number[] {
  return report.professionals.map((l) => Math.max(0, unassignedHours(l, elsewhere)));
}

/**
 * The hours one function can have of a person: what is free, plus `ownHours`, the hours
 * they already give that function (or the one they move from), which a change frees
 * again. Never below 0, and never above the contract: the own hours are part of what is
 * allocated.
 */
export function hoursFreeFor(
  load: ProfessionalLoad,
  ownHours: number,
  elsewhere: HoursElsewhere = NO_HOURS_ELSEWHERE,
): number {
  const free = unassignedHours(load, elsewhere) + ownHours;
  return Math.min(load.contractHours, Math.max(0, free));
}
