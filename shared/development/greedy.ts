import type { DevelopmentContext } from './context.js';
import { targetsByTeam, teamValue, type PlanValue } from './evaluate.js';
import { StepBudget } from './selection.js';

/**
 * Greedy: k times, the one step that adds the most value to the steps already chosen,
 * judged by the coverage engine on the plan with all chosen steps applied (steps
 * interact: two people each one level short can close a requirement together). Ties go
 * to the earlier candidate (plan order of teams, functions, rows and members). It stops
 * early when no step adds anything.
 *
 * A step's gain only depends on the teams its person works in, so after a pick only
 * the gains of candidates sharing a team with the picked person are asked again; the
 * others' gains are unchanged by definition, not by approximation.
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
  const gains = context.candidates.map((_, s) => gainOf(s));
  const budget = new StepBudget(context, k);
  const taken = new Set<number>();

  while (!budget.full) {
    let best = -1;
    for (let s = 0; s < gains.length; s += 1) {
      if (taken.has(s) || !budget.fits(s)) continue;
      if (best === -1 || gains[s]! > gains[best]!) best = s;
    }
    if (best === -1 || gains[best]! <= 0) break;
    chosen.push(best);
    taken.add(best);
    budget.take(best);
    const touched = context.candidates[best]!.teams;
    for (const t of touched) current[t] = teamValue(context, byTeam[t]!, t, chosen);
    for (let s = 0; s < gains.length; s += 1) {
      if (!taken.has(s) && context.candidates[s]!.teams.some((t) => touched.includes(t))) gains[s] = gainOf(s);
    }
  }
  return chosen;
}
