/**
 * Upgrades a plan file of format version 1 to version 2 before it is parsed, so a
 * version 1 file keeps its meaning (docs/team-plan-format.md, "Version 1 files"):
 *
 * - a professional's expertise was a yes/no list: each key becomes expertise at level 2
 *   ("competent", what "brings this expertise" meant), assessed when the person's
 *   competencies were (their `assessedOn`);
 * - a function's expertise was a list of keys meaning "the team must have this knowledge
 *   at hand": each becomes a requirement of level 2 for one person with scope `team`,
 *   counted anywhere in the team, exactly as before;
 * - the team gets the question axis its model implies: A2 is for complex and multiple
 *   questions referred by the voorliggend veld and the first line; every other model
 *   takes all questions from residents directly.
 *
 * Works on the raw JSON and never throws: a part that does not have the version 1 shape
 * is left as it is, and the schema then names the problem at its exact place.
 */
const V1_EXPERTISE_LEVEL = 2;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function upgradeProfessional(person: unknown): unknown {
  if (!isRecord(person) || !Array.isArray(person.expertise)) return person;
  const assessedOn = typeof person.assessedOn === 'string' ? person.assessedOn : null;
  return {
    ...person,
    expertise: person.expertise.map((key) =>
      typeof key === 'string' ? { key, level: V1_EXPERTISE_LEVEL, assessedOn } : key,
    ),
  };
}

function upgradeFunction(fn: unknown): unknown {
  if (!isRecord(fn) || !Array.isArray(fn.expertise)) return fn;
  return {
    ...fn,
    expertise: fn.expertise.map((key) =>
      typeof key === 'string' ? { expertise: key, level: V1_EXPERTISE_LEVEL, minPeople: 1, scope: 'team' } : key,
    ),
  };
}

function upgradeTeam(team: unknown): unknown {
  if (!isRecord(team) || !isRecord(team.design) || 'questions' in team.design) return team;
  const complex = team.model === 'A2';
  return {
    ...team,
    design: {
      ...team.design,
      questions: complex
        ? { reach: 'complex', arrival: 'referred', notes: '' }
        : { reach: 'all', arrival: 'direct', notes: '' },
    },
  };
}

function upgradeV1Plan(plan: Record<string, unknown>): Record<string, unknown> {
  return {
    ...plan,
    version: 2,
    team: upgradeTeam(plan.team),
    functions: Array.isArray(plan.functions) ? plan.functions.map(upgradeFunction) : plan.functions,
    professionals: Array.isArray(plan.professionals) ? plan.professionals.map(upgradeProfessional) : plan.professionals,
  };
}

/** A plan of any version this planner reads, as the current version; anything else is left for the schema to judge. */
export function upgradeToCurrent(input: unknown): unknown {
  return isRecord(input) && input.version === 1 ? upgradeV1Plan(input) : input;
}
