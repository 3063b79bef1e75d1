import type { DevelopmentContext, TargetRow } from './context.js';
import { CLOSE_WEIGHT } from './weights.js';

/** Can the candidates close this row at all (enough people one level short)? */
function closable(target: TargetRow): boolean {
  const needed = target.state === 'thin' ? 1 : target.minPeople - target.qualified;
  return target.steps.length >= needed;
}

/**
 * A score no plan of k steps under the rules can beat, provable without a solver:
 * a row a plan closes has at least one of the plan's steps among its helpers, so a
 * plan's score is at most the sum, over its steps, of the weights of the closable rows
 * each step helps. The best such sum under the limits (k in total, maxStepsPerPerson
 * each) takes each person's best steps and then the best k of those - exact for this
 * relaxation, as the limits form a partition matroid. It is capped by the weight of all
 * closable rows. Greedy's distance to it is the gap stated when no solver ran.
 */
export function scoreUpperBound(context: DevelopmentContext, k: number): number {
  const weightOf = (t: number): number => {
    const target = context.targets[t]!;
    return closable(target) ? CLOSE_WEIGHT[target.state] : 0;
  };
  const perPerson = new Map<string, number[]>();
  context.candidates.forEach((step) => {
    const potential = step.rows.reduce((sum, t) => sum + weightOf(t), 0);
    perPerson.set(step.personId, [...(perPerson.get(step.personId) ?? []), potential]);
  });
  const best: number[] = [];
  for (const potentials of perPerson.values()) {
    best.push(...potentials.sort((a, b) => b - a).slice(0, context.rules.maxStepsPerPerson));
  }
  const topK = best
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, p) => sum + p, 0);
  const all = context.targets.reduce((sum, _, t) => sum + weightOf(t), 0);
  return Math.min(topK, all);
}
