/**
 * A mixed-integer program as plain data: solver-independent, structured-cloneable (it
 * crosses into a worker thread) and small enough to write as LP text. Objectives come
 * as a list of tiers in priority order; the solver runner optimises them one after the
 * other (see lexicographic solving in docs/compose.md).
 */
export interface MipVariable {
  name: string;
  lower: number;
  upper: number;
  integer: boolean;
}

export interface Term {
  /** Index into the model's variables. */
  v: number;
  coef: number;
}

/** What one solve optimises: a tier's sense and terms, as both model writers take it. */
export interface MipObjective {
  sense: 'max' | 'min';
  terms: readonly Term[];
}

export interface MipConstraint {
  name: string;
  terms: Term[];
  /** -Infinity when there is no lower side. */
  lower: number;
  /** +Infinity when there is no upper side. */
  upper: number;
}

export interface MipTier {
  /** What the tier measures, e.g. "coverage"; the runner reports where it stopped by this name. */
  name: string;
  sense: 'max' | 'min';
  terms: Term[];
  /**
   * The tier's value is a whole number at every feasible integer point, so a gap below 1
   * proves optimality and fixing it later needs no tolerance.
   */
  integral: boolean;
  /**
   * Hold the solved tier by these parts, each at its own value, instead of by the
   * weighted sum. Only valid when the weights separate the parts lexicographically
   * (then "sum >= optimum" and "each part >= its value" admit the same integer points);
   * the separate rows give the solver a much tighter relaxation in later tiers.
   */
  holdParts?: Term[][];
  /**
   * A value no feasible point can beat (an upper bound for max, lower for min), known
   * without solving. A start that reaches it is optimal for this tier: the runner then
   * skips the solve, which saves seconds on large pools where greedy covers everything.
   */
  bestPossible?: number;
  /** Solve with every integer variable fixed at the previous tier's values (an LP polish). */
  fixIntegers?: boolean;
}

/** A switch (e.g. y[p], "person p is in the team") and the variables that are 0 whenever it is 0 (x[p,*], h[p,*]). */
export interface SwitchGroup {
  switch: number;
  dependents: number[];
}

export interface MipModel {
  variables: MipVariable[];
  constraints: MipConstraint[];
  tiers: MipTier[];
  /**
   * Switches with the variables that must be 0 when the switch is 0 (a person and their
   * pairs). The runner restricts a tier to the groups its relaxation and incumbent use to
   * find a good incumbent fast (shared/compose/subproblems.ts); optional.
   */
  groups?: SwitchGroup[];
}

export function tierValue(tier: MipTier, values: ArrayLike<number>): number {
  let sum = 0;
  for (const t of tier.terms) sum += t.coef * values[t.v]!;
  return sum;
}
