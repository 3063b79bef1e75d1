import type { TeamPlan } from '../../shared/plan/planSchema.js';

/**
 * Vakgebieden the team's functions ask for that nobody with hours in the team holds:
 * the expertise a consultation arrangement should cover. In order of first mention.
 */
export function lackedExpertise(plan: Pick<TeamPlan, 'functions' | 'assignments' | 'professionals'>): string[] {
  const members = new Set(plan.assignments.map((a) => a.professionalId));
  const held = new Set(
    plan.professionals.filter((p) => members.has(p.id)).flatMap((p) => p.expertise.map((e) => e.key)),
  );
  const asked = plan.functions.flatMap((f) => f.expertise.map((e) => e.expertise));
  return [...new Set(asked)].filter((key) => !held.has(key));
}
