import type { LimitRef } from './limits.js';
import type { ComposeObjective } from './options.js';
import type { Composition, ComposeScore } from './composition.js';
import type { Uncoverable } from './uncoverable.js';

/**
 * What "Stel het team samen" answers. `status` is the solver's, mapped honestly (see
 * docs/compose.md, "Statuses"); everything about the team is measured by the coverage
 * engine on the composed plan.
 */
type ComposeStatus = 'optimal' | 'feasible' | 'timeLimit' | 'infeasible';

export interface ComposeResult {
  status: ComposeStatus;
  objective: { name: ComposeObjective; value: number };
  /** The tier where the search stopped unproven (feasible, timeLimit), else null. */
  stoppedAt: string | null;
  /** Best bound and relative gap of the tier named by `stoppedAt`; for optimal, the objective value and 0. */
  bound: number | null;
  gap: number | null;
  elapsedMs: number;
  composition: Composition;
  score: ComposeScore;
  /** The greedy baseline; null when it could not meet the limits. */
  greedy: { composition: Composition; score: ComposeScore } | null;
  /** The answer is the greedy composition, because the solver found nothing better in time. */
  fromGreedy: boolean;
  uncoverable: Uncoverable[];
  /** For `infeasible`: the limits that each alone cannot be met, or all of them when only together. */
  infeasibleLimits: LimitRef[];
  /** True when no single limit is infeasible by itself: the combination is. */
  infeasibleTogether: boolean;
}

export function objectiveValue(score: ComposeScore, objective: ComposeObjective): number {
  return objective === 'people' ? score.people : score.contractHours;
}
