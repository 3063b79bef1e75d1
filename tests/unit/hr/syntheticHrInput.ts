import { BUILT_IN_COMPETENCY_KEYS } from '../../../shared/catalogue/competencies.js';
import { BUILT_IN_FUNCTIONS } from '../../../shared/catalogue/functions.js';
import { DISCIPLINE_KEYS } from '../../../shared/catalogue/disciplines.js';
import { TEAM_MODELS, ORGANISATION_TYPES } from '../../../shared/catalogue/teamDesign.js';
import type { Assignment, Professional, TeamFunction } from '../../../shared/domain/schemas.js';
import type { HrInput, HrScenarioPlan } from '../../../shared/hr/index.js';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION } from '../../../shared/plan/planSchema.js';
import { DIRECT_QUESTIONS, NO_FUNCTION_DETAILS, NO_TEAM_SETUP, teamWide } from '../../support/planParts.js';

/**
 * A municipality-sized HR input for the bench and the scale tests: `teams` teams of
 * `perTeam` people each, all built-in functions in the team, deterministic ratings (a
 * linear congruential sequence, so every run measures the same data), some people in
 * two teams (so over-allocation is real work) and every fifth person never assessed.
 */
export function syntheticHrInput(teams = 200, perTeam = 25): HrInput {
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const professionals: Professional[] = [];
  const scenarios: HrScenarioPlan[] = [];
  const organisations = ['Welzijn Noord', 'Thuiszorg Oost', 'GGZ Midden', 'Jeugdzorg West', 'Gemeente'];
  let previous: Professional[] = [];
  for (let t = 0; t < teams; t += 1) {
    const teamId = `team-${t}`;
    const functions: TeamFunction[] = BUILT_IN_FUNCTIONS.slice(0, 8).map((template, f) => ({
      id: `${teamId}-fn-${f}`,
      templateKey: template.key,
      name: template.name.nl,
      placement: 'team',
      hoursRequired: template.defaultHours,
      requirements: template.requirements.map((r) => ({ ...r })),
      expertise: template.expertise.map(teamWide),
      ...NO_FUNCTION_DETAILS,
    }));
    const members: Professional[] = [];
    const assignments: Assignment[] = [];
    for (let m = 0; m < perTeam; m += 1) {
      // Every tenth seat is taken by someone from the previous team: shared staff.
      const shared = t > 0 && m % 10 === 0;
      const person: Professional = shared
        ? previous[m]!
        : {
            id: `p-${t}-${m}`,
            name: `Medewerker ${t}-${m}`,
            discipline: DISCIPLINE_KEYS[next(DISCIPLINE_KEYS.length)]!,
            organisation: organisations[next(organisations.length)]!,
            binding: next(2) === 0 ? 'functional' : 'hierarchical',
            contractHours: 16 + next(4) * 6,
            ratings: Object.fromEntries(BUILT_IN_COMPETENCY_KEYS.map((k) => [k, next(5)])),
            expertise: [],
            assessedOn: m % 5 === 0 ? null : `20${20 + next(6)}-0${1 + next(9)}-1${next(9)}`,
            teamRoles: {},
          };
      if (!shared) professionals.push(person);
      members.push(person);
      assignments.push({
        professionalId: person.id,
        functionId: functions[m % functions.length]!.id,
        hours: 8 + next(12),
      });
    }
    previous = members;
    scenarios.push({
      teamId,
      scenarioId: `${teamId}-main`,
      scenarioName: 'Hoofdscenario',
      isMain: true,
      isSample: false,
      plan: {
        format: PLAN_FORMAT,
        version: PLAN_FORMAT_VERSION,
        competencies: [],
        teamRoles: [],
        team: {
          id: teamId,
          name: `Wijkteam ${String(t).padStart(3, '0')}`,
          area: `Gebied ${t % 12}`,
          organisationType: ORGANISATION_TYPES[t % ORGANISATION_TYPES.length]!,
          model: TEAM_MODELS[t % TEAM_MODELS.length]!,
          positioning: 'consortium',
          ageGroups: ['adults'],
          design: {
            breadth: { scope: 'all', collective: false, notes: '' },
            questions: DIRECT_QUESTIONS,
            depth: { mode: 'solve', notes: '' },
            integration: { mode: 'seconded', notes: '' },
          },
          ...NO_TEAM_SETUP,
        },
        functions,
        professionals: members,
        assignments,
      },
    });
  }
  return { competencies: [], professionals, scenarios };
}
