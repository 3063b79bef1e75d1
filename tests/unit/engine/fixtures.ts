import type {
  ExpertiseRequirement,
  HeldExpertise,
  Professional,
  Team,
  TeamFunction,
} from '../../../shared/domain/schemas.js';
import { teamPlanSchema, type TeamPlan } from '../../../shared/plan/planSchema.js';
import { emptyTeamSetup } from '../../../shared/domain/teamSetup.js';

/**
 * Small builders so each test states only what matters to it. Every plan goes through
 * the real plan schema, so a test can never run the engine on a plan the app would reject.
 */

export function team(overrides: Partial<Team> = {}): Team {
  return {
    id: 'team-1',
    name: 'Wijkteam Test',
    area: 'Testwijk',
    organisationType: 'geintegreerd',
    model: 'A1',
    positioning: 'municipality',
    ageGroups: ['youth', 'adults', 'elderly'],
    design: {
      breadth: { scope: 'all', collective: false, notes: '' },
      questions: { reach: 'all', arrival: 'direct', notes: '' },
      depth: { mode: 'solve', notes: '' },
      integration: { mode: 'seconded', notes: '' },
    },
    ...emptyTeamSetup(),
    ...overrides,
  };
}

/** A function; `requirements` as [competency, level, minPeople?] triples. */
export function fn(
  id: string,
  requirements: [string, number, number?][] = [],
  overrides: Partial<TeamFunction> = {},
): TeamFunction {
  return {
    id,
    templateKey: null,
    name: `Functie ${id}`,
    placement: 'team',
    hoursRequired: 16,
    requirements: requirements.map(([competency, level, minPeople = 1]) => ({ competency, level, minPeople })),
    expertise: [],
    lifeDomains: [],
    consultation: null,
    escalation: '',
    ...overrides,
  };
}

/**
 * Expertise a function asks for, by key: `needs('youth')` is what a version 1 plan meant
 * (level 2, one person, anywhere in the team); `needs('youth', 3, 2, 'function')` is a
 * requirement counted among the function's members.
 */
export function needs(
  expertise: string,
  level = 2,
  minPeople = 1,
  scope: ExpertiseRequirement['scope'] = 'team',
): ExpertiseRequirement {
  return { expertise, level, minPeople, scope };
}

/** Expertise a person holds, as keys (level 2) or `key:level`. */
export function holds(...entries: string[]): HeldExpertise[] {
  return entries.map((entry) => {
    const [key, level] = entry.split(':');
    return { key: key!, level: level === undefined ? 2 : Number(level), assessedOn: null };
  });
}

export function person(
  id: string,
  ratings: Record<string, number> = {},
  overrides: Partial<Professional> = {},
): Professional {
  return {
    id,
    name: `Persoon ${id}`,
    discipline: 'socialWorker',
    organisation: 'Stichting Test',
    binding: 'functional',
    contractHours: 32,
    ratings,
    expertise: [],
    assessedOn: '2026-01-01',
    teamRoles: {},
    ...overrides,
  };
}

export interface PlanParts {
  team?: Team;
  competencies?: TeamPlan['competencies'];
  functions: TeamFunction[];
  professionals: Professional[];
  /** [professionalId, functionId, hours?] */
  assignments?: [string, string, number?][];
}

export function plan(parts: PlanParts): TeamPlan {
  return teamPlanSchema.parse({
    format: 'wijkteam-plan',
    version: 2,
    competencies: parts.competencies ?? [],
    team: parts.team ?? team(),
    functions: parts.functions,
    professionals: parts.professionals,
    assignments: (parts.assignments ?? []).map(([professionalId, functionId, hours = 8]) => ({
      professionalId,
      functionId,
      hours,
    })),
  });
}

/** The same plan with one more assignment (no validation: the caller keeps ids valid). */
export function withAssignment(p: TeamPlan, professionalId: string, functionId: string, hours = 4): TeamPlan {
  return { ...p, assignments: [...p.assignments, { professionalId, functionId, hours }] };
}
