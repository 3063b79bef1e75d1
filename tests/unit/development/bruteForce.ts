import type { DevelopmentContext } from '../../../shared/development/context.js';
import { evaluateSteps } from '../../../shared/development/evaluate.js';
import { withinLimits } from '../../../shared/development/selection.js';

/** The best value over every set of at most k candidate steps within the limits, by enumeration. */
export function bruteForceBest(context: DevelopmentContext, k: number): { value: number; score: number } {
  let best = { value: 0, score: 0 };
  const n = context.candidates.length;
  const visit = (start: number, chosen: number[]): void => {
    const v = evaluateSteps(context, chosen);
    if (v.value > best.value) best = { value: v.value, score: v.score };
    if (chosen.length === k) return;
    for (let s = start; s < n; s += 1) {
      const next = [...chosen, s];
      if (withinLimits(context, next, k)) visit(s + 1, next);
    }
  };
  visit(0, []);
  return best;
}
