import type { DevelopmentPlan, DevelopmentRules } from '../../shared/api/developmentSchemas.js';
import { buildContext, type DevelopmentTeam } from '../../shared/development/context.js';
import { evaluateSteps } from '../../shared/development/evaluate.js';
import { greedyAnswer } from '../../shared/development/greedyPlan.js';
import { buildDevelopmentMip, chosenSteps, startValues } from '../../shared/development/mipModel.js';
import { planOutput } from '../../shared/development/planOutput.js';
import { withinLimits } from '../../shared/development/selection.js';
import { solveComposition } from '../compose/solveComposition.js';

interface ExactOptions {
  timeLimitSeconds: number;
  signal?: AbortSignal;
}

/**
 * The best k development steps, exactly: the integer program of
 * shared/development/mipModel.ts solved by the composer's HiGHS runner (a worker
 * thread), started from greedy's plan. The answer is always re-judged by the coverage
 * engine, and greedy's plan is kept when the solver's is not better (only possible when
 * time ran out). When greedy already reaches the provable bound, no solver is started.
 */
export async function exactDevelopmentPlan(
  teams: readonly DevelopmentTeam[],
  k: number,
  rules: DevelopmentRules,
  today: string,
  options: ExactOptions,
): Promise<DevelopmentPlan> {
  const context = buildContext(teams, rules, today);
  const greedy = greedyAnswer(context, k);
  // Greedy reached a value no plan can beat: proven without starting a solver.
  if (greedy.value >= greedy.valueBound) {
    return planOutput(context, greedy.steps, k, {
      method: 'greedy',
      proof: 'greedyOptimal',
      bound: greedy.score,
      greedyScore: greedy.score,
    });
  }
  const mip = buildDevelopmentMip(context, k);
  const solved = await solveComposition(mip.model, {
    timeLimitSeconds: options.timeLimitSeconds,
    start: startValues(context, mip, greedy.steps),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const steps = solved.solution ? chosenSteps(mip, solved.solution) : [];
  const exactValue = evaluateSteps(context, steps).value;
  const greedyValue = evaluateSteps(context, greedy.steps).value;
  const useExact = solved.solution !== null && withinLimits(context, steps, k) && exactValue >= greedyValue;
  const proven = solved.status === 'optimal';
  // The solver's bound is on B * score + progress; progress < B, so floor(bound / B) bounds the score.
  const solverBound = solved.bound === null ? null : Math.floor((solved.bound + 1e-6) / context.b);
  const bound = proven
    ? evaluateSteps(context, useExact ? steps : greedy.steps).score
    : Math.min(greedy.bound, solverBound ?? greedy.bound);
  return planOutput(context, useExact ? steps : greedy.steps, k, {
    method: useExact ? 'exact' : 'greedy',
    proof: proven ? 'optimal' : 'timeLimit',
    bound,
    greedyScore: greedy.score,
  });
}
