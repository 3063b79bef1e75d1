import { hoursInAllTeams, isOverAllocated } from '../overAllocation.js';
import type { ProfessionalLoad } from '../types.js';
import { NO_HOURS_ELSEWHERE, type HoursElsewhere } from './availability.js';

/**
 * The fewest hours a week a new assignment is worth. The composer gives every new
 * assignment at least this many (its default `minHours`), and the suggestions count a
 * person as able to join only with this much free: one figure for both.
 */
export const MIN_ASSIGNMENT_HOURS = 4;

/**
 * Whether a person can take `hours` more a week without going over their contract: the
 * over-allocation rule (`isOverAllocated`, over all teams) asked before the assignment
 * instead of after it, so a suggestion never offers what the board would then warn about.
 */
export function hasRoomFor(
  load: ProfessionalLoad,
  elsewhere: HoursElsewhere = NO_HOURS_ELSEWHERE,
  hours: number = MIN_ASSIGNMENT_HOURS,
): boolean {
  return !isOverAllocated(hoursInAllTeams(load, elsewhere) + hours, load.contractHours);
}

/**
 * The hours a suggested assignment books: what the function still lacks (nothing: the
 * minimum), at most what the person has free, and not under MIN_ASSIGNMENT_HOURS when the
 * person has that much free. One rule for the report's best additions and the board's
 * "Plaatsen" and drop, so neither books a 1- or 2-hour assignment the composer would never make.
 */
export function offeredHours(free: number, lacking: number): number {
  return Math.max(0, Math.min(free, Math.max(lacking, MIN_ASSIGNMENT_HOURS)));
}
