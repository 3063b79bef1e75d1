import type { Professional } from '../domain/schemas.js';
import type { RequirementKind } from '../engine/types.js';
import type { TeamPlan } from '../plan/planSchema.js';

/** What a step does to a person, without its bookkeeping. */
interface LevelRaise {
  personId: string;
  kind: RequirementKind;
  key: string;
  to: number;
}

function raised(person: Professional, step: LevelRaise): Professional {
  if (step.kind === 'competency') return { ...person, ratings: { ...person.ratings, [step.key]: step.to } };
  // Every entry of the key is raised (the engine reads the highest), or one is added.
  const has = person.expertise.some((e) => e.key === step.key);
  const expertise = has
    ? person.expertise.map((e) => (e.key === step.key ? { ...e, level: Math.max(e.level, step.to) } : e))
    : [...person.expertise, { key: step.key, level: step.to, assessedOn: null }];
  return { ...person, expertise };
}

/**
 * The plan as it would be once these steps are taken: the people's levels raised, the
 * rest unchanged. Only the coverage engine judges it; nothing here is ever stored.
 */
export function applySteps(plan: TeamPlan, steps: readonly LevelRaise[]): TeamPlan {
  if (steps.length === 0) return plan;
  const professionals = plan.professionals.map((person) => {
    let result = person;
    for (const step of steps) if (step.personId === person.id) result = raised(result, step);
    return result;
  });
  return { ...plan, professionals };
}
