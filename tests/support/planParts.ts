import type { ExpertiseRequirement, HeldExpertise, Team, TeamFunction } from '../../shared/domain/schemas.js';
import { emptyTeamSetup } from '../../shared/domain/teamSetup.js';

/**
 * The parts of a plan (format 2) that generated test and bench data leave empty, so a
 * generator states only what it varies.
 */
export const NO_TEAM_SETUP = emptyTeamSetup();

export const NO_FUNCTION_DETAILS: Pick<TeamFunction, 'lifeDomains' | 'consultation' | 'escalation'> = {
  lifeDomains: [],
  consultation: null,
  escalation: '',
};

export const DIRECT_QUESTIONS: Team['design']['questions'] = { reach: 'all', arrival: 'direct', notes: '' };

/** What a version 1 plan meant by listing expertise on a function: level 2, one person, anywhere in the team. */
export function teamWide(expertise: string): ExpertiseRequirement {
  return { expertise, level: 2, minPeople: 1, scope: 'team' };
}

/** What a version 1 plan meant by a person's expertise key: level 2. */
export function heldAt2(key: string): HeldExpertise {
  return { key, level: 2, assessedOn: null };
}
