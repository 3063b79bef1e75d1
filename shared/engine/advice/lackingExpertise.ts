import type { TeamPlan } from '../../plan/planSchema.js';

/**
 * Vakkennis the team lacks: asked for by a function (in the team or the schil, either
 * scope) or named by the sources as typical for the model, yet held by no member at the
 * level asked. Computed here from the plan itself rather than from the coverage report,
 * so the consultation checks stay independent of how the engine counts requirements.
 */
interface LackingExpertise {
  key: string;
  /** The highest level any function asks for; 1 ("some") when only the model names it. */
  level: number;
  /** Ids of the functions that ask for it, in plan order. */
  requiredBy: string[];
}

/**
 * The sources' own example per model: Integraal werken in de wijk (2017), "Voor- en nadelen van
 * model A1" names youth.
 */
const TYPICAL_EXPERTISE_BY_MODEL: Partial<Record<TeamPlan['team']['model'], readonly string[]>> = {
  A1: ['youth'],
};

export function lackingExpertise(plan: TeamPlan, memberIds: readonly string[]): LackingExpertise[] {
  const asked = new Map<string, LackingExpertise>();
  for (const key of TYPICAL_EXPERTISE_BY_MODEL[plan.team.model] ?? []) {
    asked.set(key, { key, level: 1, requiredBy: [] });
  }
  for (const f of plan.functions) {
    for (const requirement of f.expertise) {
      const entry = asked.get(requirement.expertise) ?? { key: requirement.expertise, level: 1, requiredBy: [] };
      entry.level = Math.max(entry.level, requirement.level);
      if (!entry.requiredBy.includes(f.id)) entry.requiredBy.push(f.id);
      asked.set(requirement.expertise, entry);
    }
  }
  const members = new Set(memberIds);
  const best = new Map<string, number>();
  for (const p of plan.professionals) {
    if (!members.has(p.id)) continue;
    for (const held of p.expertise) best.set(held.key, Math.max(best.get(held.key) ?? 0, held.level));
  }
  return [...asked.values()].filter((e) => (best.get(e.key) ?? 0) < e.level);
}

/**
 * Whether the team has agreed whom to consult for this expertise: a consultation on the
 * team itself, or a schil function that asks for it and records whom to call.
 */
export function hasConsultation(plan: TeamPlan, expertise: string): boolean {
  if (plan.team.consultations.some((c) => c.expertise === expertise)) return true;
  return plan.functions.some(
    (f) => f.placement === 'shell' && f.consultation !== null && f.expertise.some((e) => e.expertise === expertise),
  );
}
