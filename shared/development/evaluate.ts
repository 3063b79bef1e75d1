import { computeCoverage } from '../engine/coverage.js';
import type { RequirementCoverage } from '../engine/types.js';
import { applySteps } from './applySteps.js';
import type { DevelopmentContext, TargetRow } from './context.js';
import { CLOSE_WEIGHT, combinedValue } from './weights.js';

/** A plan's worth, read from the engine's rows after the steps. */
export interface PlanValue {
  score: number;
  progress: number;
  closed: { missing: number; partial: number; thin: number };
  /** B * score + progress: what greedy and the exact solver maximise. */
  value: number;
}

/** What happens to one target row: closed or not, and how many people it gained. */
export function rowOutcome(target: TargetRow, after: RequirementCoverage): { closed: boolean; progress: number } {
  if (target.state === 'thin') return { closed: after.qualified >= 2, progress: 0 };
  return {
    closed: after.status === 'covered',
    progress: Math.min(after.qualified, target.minPeople) - target.qualified,
  };
}

/** The engine's rows of one team after the given steps (indices into the candidates). */
export function teamRowsAfter(
  context: DevelopmentContext,
  team: number,
  steps: readonly number[],
): RequirementCoverage[][] {
  const raises = steps.map((s) => context.candidates[s]!).filter((c) => c.teams.includes(team));
  const report = computeCoverage(applySteps(context.teams[team]!.plan, raises));
  return report.functions.map((fn) => fn.requirements);
}

/** Targets per team, so one team can be re-judged alone. */
export function targetsByTeam(context: DevelopmentContext): TargetRow[][] {
  const byTeam: TargetRow[][] = context.teams.map(() => []);
  for (const target of context.targets) byTeam[target.team]!.push(target);
  return byTeam;
}

function emptyValue(): PlanValue {
  return { score: 0, progress: 0, closed: { missing: 0, partial: 0, thin: 0 }, value: 0 };
}

function addRows(total: PlanValue, targets: readonly TargetRow[], rows: RequirementCoverage[][]): void {
  for (const target of targets) {
    const outcome = rowOutcome(target, rows[target.fn]![target.row]!);
    total.progress += outcome.progress;
    if (outcome.closed) {
      total.score += CLOSE_WEIGHT[target.state];
      total.closed[target.state] += 1;
    }
  }
}

/** The value of one team under the given steps (only that team's rows). */
export function teamValue(
  context: DevelopmentContext,
  targets: readonly TargetRow[],
  team: number,
  steps: readonly number[],
): PlanValue {
  const total = emptyValue();
  if (targets.length > 0) addRows(total, targets, teamRowsAfter(context, team, steps));
  total.value = combinedValue(total.score, total.progress, context.b);
  return total;
}

/**
 * The value of a set of steps: every team is re-run through the coverage engine with the
 * levels raised, and each open or thin row is compared with its state before. Never a
 * rule of its own: the same function judges greedy's picks, the solver's answer and the
 * tests' brute force.
 */
export function evaluateSteps(context: DevelopmentContext, steps: readonly number[]): PlanValue {
  const total = emptyValue();
  const byTeam = targetsByTeam(context);
  const touched = new Set(steps.flatMap((s) => context.candidates[s]!.teams));
  byTeam.forEach((targets, team) => {
    // A team no step touches keeps its rows, so it adds nothing: no need to ask the engine.
    if (targets.length > 0 && touched.has(team)) addRows(total, targets, teamRowsAfter(context, team, steps));
  });
  total.value = combinedValue(total.score, total.progress, context.b);
  return total;
}
