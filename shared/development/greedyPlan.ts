import type { DevelopmentPlan, DevelopmentRules } from '../api/developmentSchemas.js';
import { buildContext, type DevelopmentContext, type DevelopmentTeam } from './context.js';
import { evaluateSteps } from './evaluate.js';
import { greedySteps } from './greedy.js';
import { planOutput } from './planOutput.js';
import { upperBounds } from './upperBound.js';

/** Greedy's steps with their score and the provable bound, for the exact planner to start from. */
export function greedyAnswer(
  context: DevelopmentContext,
  k: number,
): { steps: number[]; score: number; value: number; bound: number; valueBound: number } {
  const steps = greedySteps(context, k);
  const { score, value } = evaluateSteps(context, steps);
  const bounds = upperBounds(context, k);
  return { steps, score, value, bound: bounds.score, valueBound: bounds.value };
}

/**
 * The development plan without a solver (where HiGHS cannot run, as in the page): greedy,
 * with the gap to optimal stated as the provable upper bound of ./upperBound.ts. When
 * greedy reaches that bound it is proven best after all.
 */
export function greedyDevelopmentPlan(
  teams: readonly DevelopmentTeam[],
  k: number,
  rules: DevelopmentRules,
  today: string,
): DevelopmentPlan {
  const context = buildContext(teams, rules, today);
  const greedy = greedyAnswer(context, k);
  return planOutput(context, greedy.steps, k, {
    method: 'greedy',
    proof: greedy.score >= greedy.bound || greedy.value >= greedy.valueBound ? 'greedyOptimal' : 'noSolver',
    bound: greedy.value >= greedy.valueBound ? greedy.score : greedy.bound,
    greedyScore: greedy.score,
  });
}
