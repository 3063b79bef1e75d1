import type { DevelopmentContext } from './context.js';
import { targetsByTeam, teamValue, type PlanValue } from './evaluate.js';
import { StepBudget } from './selection.js';
import { stepPotentials } from './upperBound.js';

/**
 * Greedy: k times, the one step that adds the most value to the steps already chosen,
 * judged by the coverage engine on the plan with all chosen steps applied (steps
 * interact: two people each one level short can close a requirement together). Ties go
 * to the earlier candidate (plan order of teams, functions, rows and members). It stops
 * early when no step adds anything.
 *
 * Two shortcuts keep it fast without changing a single pick:
 * - a step's gain only depends on the teams its person works in, so after a pick only
 *   the gains of candidates sharing a team with the picked person are stale;
 * - candidates are visited by their potential (the most they could ever add,
 *   ./upperBound.ts), and the search stops as soon as no remaining candidate's potential
 *   can beat (or, being earlier, tie) the best gain found, so most are never asked.
 */
export function greedySteps(context: DevelopmentContext, k: number): number[] {
  const byTeam = targetsByTeam(context);
  const chosen: number[] = [];
  const current: PlanValue[] = context.teams.map((_, t) => teamValue(context, byTeam[t]!, t, []));
  const gainOf = (s: number): number => {
    let gain = 0;
    for (const t of context.candidates[s]!.teams) {
      gain += teamValue(context, byTeam[t]!, t, [...chosen, s]).value - current[t]!.value;
    }
    return gain;
  };
  const potential = stepPotentials(context);
  const order = context.candidates.map((_, s) => s).sort((a, b) => potential[b]! - potential[a]! || a - b);
  const gains: (number | null)[] = context.candidates.map(() => null);
  const budget = new StepBudget(context, k);
  const taken = new Set<number>();

  while (!budget.full) {
    let best = -1;
    for (const s of order) {
      if (best !== -1) {
        const bestGain = gains[best]!;
        if (potential[s]! < bestGain || (potential[s] === bestGain && s > best)) break;
      }
      if (taken.has(s) || !budget.fits(s)) continue;
      const gain = gains[s] ?? (gains[s] = gainOf(s));
      if (best === -1 || gain > gains[best]! || (gain === gains[best]! && s < best)) best = s;
    }
    if (best === -1 || gains[best]! <= 0) break;
    chosen.push(best);
    taken.add(best);
    budget.take(best);
    const touched = context.candidates[best]!.teams;
    for (const t of touched) current[t] = teamValue(context, byTeam[t]!, t, chosen);
    context.candidates.forEach((step, s) => {
      if (step.teams.some((t) => touched.includes(t))) gains[s] = null;
    });
  }
  return chosen;
}
