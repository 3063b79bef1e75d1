import { BUILT_IN_FUNCTIONS } from '../catalogue/functions.js';
import { functionFromTemplate } from '../catalogue/functionFromTemplate.js';
import { DEFAULT_TEAM_ROLES } from '../catalogue/teamRoles.js';
import type { Assignment, Professional, Team, TeamFunction } from '../domain/schemas.js';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, type TeamPlan } from '../plan/planSchema.js';

/** The building blocks every sample team uses, so the teams differ only in what they are. */

/** A function of a sample team from a built-in template, with the sample's own changes. */
export function sampleFunction(id: string, key: string, overrides: Partial<TeamFunction> = {}): TeamFunction {
  const t = BUILT_IN_FUNCTIONS.find((f) => f.key === key);
  if (!t) throw new Error(`sample: no function template ${key}`);
  return { id, ...functionFromTemplate(t, t.name.nl), ...overrides };
}

/** Person number n of the sample pool in a function, for so many hours a week. */
export function sampleAssignment(functionId: string, personNumber: number, hours: number): Assignment {
  return { functionId, professionalId: `voorbeeld-prof-${String(personNumber).padStart(2, '0')}`, hours };
}

/** A sample team as a team plan; `pool` is the sample's whole pool, as in every sample plan. */
export function samplePlan(
  team: Team,
  functions: TeamFunction[],
  assignments: Assignment[],
  pool: readonly Professional[],
): TeamPlan {
  return {
    format: PLAN_FORMAT,
    version: PLAN_FORMAT_VERSION,
    competencies: [],
    teamRoles: DEFAULT_TEAM_ROLES.map((r) => ({ key: r.key, name: { ...r.name } })),
    team,
    functions,
    professionals: [...pool],
    assignments,
  };
}
