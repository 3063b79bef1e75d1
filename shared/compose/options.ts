import type { HoursElsewhere } from '../engine/suggestions/availability.js';
import { MIN_ASSIGNMENT_HOURS } from '../engine/suggestions/room.js';

/**
 * What the team leader asks of "Stel het team samen". Everything except the plan itself
 * has a default, so the command line and (later) the app dialog pass only what the
 * user changed. See docs/compose.md for the meaning of each rule.
 */
export type ComposeObjective = 'people' | 'contractHours';

export const COMPOSE_OBJECTIVES: readonly ComposeObjective[] = ['people', 'contractHours'];

export interface ComposeLimits {
  /** At most this many people in the team (locked members included). */
  maxTeamSize?: number;
  /** No mother organisation may supply more than this share (0..1] of the team's people. */
  maxOrganisationShare?: number;
  /** At least one member of each of these disciplines. */
  requiredDisciplines?: readonly string[];
}

export interface ComposeOptions {
  objective: ComposeObjective;
  /** Every new assignment gets at least this many hours per week. */
  minHours: number;
  /** Assignments (professionalId, functionId) that stay, with their current hours. */
  locked: readonly { professionalId: string; functionId: string }[];
  /** Professionals never to be used. */
  excluded: readonly string[];
  /** Hours per week each professional already gives to other teams. */
  hoursElsewhere: HoursElsewhere;
  limits: ComposeLimits;
}

/** The same minimum the suggestions use to tell who has room (shared/engine/suggestions/room.ts). */
export const DEFAULT_MIN_HOURS = MIN_ASSIGNMENT_HOURS;

export function composeOptions(partial: Partial<ComposeOptions> = {}): ComposeOptions {
  return {
    objective: partial.objective ?? 'people',
    minHours: partial.minHours ?? DEFAULT_MIN_HOURS,
    locked: partial.locked ?? [],
    excluded: partial.excluded ?? [],
    hoursElsewhere: partial.hoursElsewhere ?? {},
    limits: partial.limits ?? {},
  };
}
