import type { DevelopmentContext, TargetRow } from './context.js';
import { CLOSE_WEIGHT } from './weights.js';

/** Can the candidates close this row at all (enough people one level short)? */
function closable(target: TargetRow): boolean {
  const needed = target.state === 'thin' ? 1 : target.minPeople - target.qualified;
  return target.steps.length >= needed;
}

/** The most one row can add to a plan's score. */
function rowScore(target: TargetRow): number {
  return closable(target) ? CLOSE_WEIGHT[target.state] : 0;
}

/** The most one step can add to B * score + progress through one row: its closure, and one person of progress. */
function rowValueForStep(context: DevelopmentContext, target: TargetRow): number {
  return context.b * rowScore(target) + (target.state === 'thin' ? 0 : 1);
}

/**
 * What one step can add to a plan's value at most, whatever else the plan holds: each
 * row it helps closes at most once and gains at most one person from it. Greedy uses it
 * to skip asking the engine about steps that cannot beat the best gain found.
 */
export function stepPotentials(context: DevelopmentContext): number[] {
  return context.candidates.map((step) =>
    step.rows.reduce((sum, t) => sum + rowValueForStep(context, context.targets[t]!), 0),
  );
}

/** The best sum of per-step potentials under the limits: each person's best, then the best k. */
function bestSum(context: DevelopmentContext, potentials: readonly number[], k: number): number {
  const perPerson = new Map<string, number[]>();
  context.candidates.forEach((step, s) => {
    perPerson.set(step.personId, [...(perPerson.get(step.personId) ?? []), potentials[s]!]);
  });
  const best: number[] = [];
  for (const list of perPerson.values()) {
    best.push(...list.sort((a, b) => b - a).slice(0, context.rules.maxStepsPerPerson));
  }
  return best
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, p) => sum + p, 0);
}

/**
 * Bounds no plan of k steps under the rules can beat, provable without a solver: a row a
 * plan closes has at least one of the plan's steps among its helpers, and each step adds
 * at most one person of progress to a row, so a plan's score (and value) is at most the
 * sum over its steps of what each could add through the rows it helps. The best such sum
 * under the limits (k in total, maxStepsPerPerson each) takes each person's best steps and
 * then the best k - exact for this relaxation, as the limits form a partition matroid. The
 * score bound is also capped by the weight of all closable rows. Greedy's distance to the
 * score bound is the gap stated when no solver ran; reaching the value bound proves greedy
 * optimal without one.
 */
export function upperBounds(context: DevelopmentContext, k: number): { score: number; value: number } {
  const scores = context.candidates.map((step) => step.rows.reduce((sum, t) => sum + rowScore(context.targets[t]!), 0));
  const all = context.targets.reduce((sum, target) => sum + rowScore(target), 0);
  return { score: Math.min(bestSum(context, scores, k), all), value: bestSum(context, stepPotentials(context), k) };
}
