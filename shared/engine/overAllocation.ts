import { NO_HOURS_ELSEWHERE, type HoursElsewhere } from './suggestions/availability.js';
import type { CoverageReport, ProfessionalLoad } from './types.js';

/**
 * Over-allocation, the one rule the board, HR, the print and the report share: a person
 * is over-allocated when their hours in ALL teams together exceed their contract hours.
 * A plan holds one team, so the hours a person gives to other teams come in from the
 * caller that knows them (the app: `plan.get`; HR: the main scenarios of every team).
 */

/**
 * Hours are decimals (e.g. 4.5 + 3.2); a tolerance keeps float noise from flagging a
 * person whose assignments add up to exactly their contract.
 */
const HOURS_TOLERANCE = 1e-9;

export function isOverAllocated(hoursInAllTeams: number, contractHours: number): boolean {
  return hoursInAllTeams > contractHours + HOURS_TOLERANCE;
}

/** A person's hours in this plan plus those in other teams. */
export function hoursInAllTeams(load: ProfessionalLoad, elsewhere: HoursElsewhere = NO_HOURS_ELSEWHERE): number {
  return load.hoursAllocated + (elsewhere[load.id] ?? 0);
}

/**
 * The people of this plan who are over-allocated, in the plan's order. Only people with
 * hours in this plan count: someone in the pool who works only elsewhere is that team's
 * concern, not this one's.
 */
export function overAllocatedIds(report: CoverageReport, elsewhere: HoursElsewhere = NO_HOURS_ELSEWHERE): string[] {
  return report.professionals
    .filter((load) => load.hoursAllocated > 0 && isOverAllocated(hoursInAllTeams(load, elsewhere), load.contractHours))
    .map((load) => load.id);
}
