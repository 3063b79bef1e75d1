import type { Assignment, Professional, Team, TeamFunction } from '../../shared/domain/schemas.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';

/**
 * Pure, immutable edits of a team plan. The plan store swaps in the result as one new
 * object, so the coverage engine (a pure function of the plan) recomputes exactly once
 * per edit and a rollback is just putting the previous object back.
 */

function assignmentOf(plan: TeamPlan, functionId: string, professionalId: string): Assignment | undefined {
  return plan.assignments.find((a) => a.functionId === functionId && a.professionalId === professionalId);
}

/** Puts the person in the function with these hours (or changes the hours if already there). */
export function withAssignment(plan: TeamPlan, functionId: string, professionalId: string, hours: number): TeamPlan {
  const exists = assignmentOf(plan, functionId, professionalId) !== undefined;
  const assignments = exists
    ? plan.assignments.map((a) =>
        a.functionId === functionId && a.professionalId === professionalId ? { ...a, hours } : a,
      )
    : [...plan.assignments, { functionId, professionalId, hours }];
  return { ...plan, assignments };
}

export function withoutAssignment(plan: TeamPlan, functionId: string, professionalId: string): TeamPlan {
  return {
    ...plan,
    assignments: plan.assignments.filter((a) => !(a.functionId === functionId && a.professionalId === professionalId)),
  };
}

export function withMove(
  plan: TeamPlan,
  professionalId: string,
  fromId: string,
  toId: string,
  hours: number,
): TeamPlan {
  return withAssignment(withoutAssignment(plan, fromId, professionalId), toId, professionalId, hours);
}

/** Replaces the function, or adds it at `index` in the order (left out: last), as the store does. */
export function withFunction(plan: TeamPlan, fn: TeamFunction, index: number = plan.functions.length): TeamPlan {
  const exists = plan.functions.some((f) => f.id === fn.id);
  return {
    ...plan,
    functions: exists ? plan.functions.map((f) => (f.id === fn.id ? fn : f)) : plan.functions.toSpliced(index, 0, fn),
  };
}

export function withoutFunction(plan: TeamPlan, functionId: string): TeamPlan {
  return {
    ...plan,
    functions: plan.functions.filter((f) => f.id !== functionId),
    assignments: plan.assignments.filter((a) => a.functionId !== functionId),
  };
}

export function withProfessional(plan: TeamPlan, professional: Professional): TeamPlan {
  const exists = plan.professionals.some((p) => p.id === professional.id);
  return {
    ...plan,
    professionals: exists
      ? plan.professionals.map((p) => (p.id === professional.id ? professional : p))
      : [...plan.professionals, professional],
  };
}

export function withoutProfessional(plan: TeamPlan, professionalId: string): TeamPlan {
  return {
    ...plan,
    professionals: plan.professionals.filter((p) => p.id !== professionalId),
    assignments: plan.assignments.filter((a) => a.professionalId !== professionalId),
  };
}

export function withTeam(plan: TeamPlan, team: Team): TeamPlan {
  return { ...plan, team };
}
