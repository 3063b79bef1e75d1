import type { MipModel, MipTier, MipVariable, SwitchGroup } from './mip.js';

/**
 * Derived models the solver runner uses to solve one tier faster, each with a proof of
 * why it is safe (docs/compose.md, "Solving a tier"):
 *
 * - the LP relaxation: the same rows and bounds without integrality. Its optimum is a
 *   bound no integer point can beat, so an incumbent that reaches it (rounded to the next
 *   whole number for an integral tier) is proven optimal without any branching;
 * - a restriction: every group whose switch is off in both the relaxation and the
 *   incumbent is fixed off (its switch and dependents at 0). Every point of the restricted
 *   model is a point of the full model, so its solutions are valid incumbents; the
 *   incumbent itself stays inside, so the restriction is never infeasible.
 */

export function relaxed(model: MipModel): MipModel {
  return { ...model, variables: model.variables.map((v) => (v.integer ? { ...v, integer: false } : v)) };
}

/** Values at or below this count as "off" (LP solutions carry tiny noise). */
const OFF = 1e-6;

export function restricted(
  model: MipModel,
  groups: readonly SwitchGroup[],
  keep: readonly (ArrayLike<number> | null | undefined)[],
): { model: MipModel; kept: number } {
  const variables: MipVariable[] = model.variables.slice();
  let kept = 0;
  for (const g of groups) {
    if (keep.some((values) => values && values[g.switch]! > OFF)) {
      kept += 1;
      continue;
    }
    // Only groups that may be switched off at all (a locked member has lower bound 1).
    if (variables[g.switch]!.lower > 0) {
      kept += 1;
      continue;
    }
    for (const v of [g.switch, ...g.dependents]) variables[v] = { ...variables[v]!, lower: 0, upper: 0 };
  }
  return { model: { ...model, variables }, kept };
}

/**
 * The best value any integer point can reach, from the relaxation's optimum: for an
 * integral tier the next whole number (with a tolerance for the LP's own accuracy).
 */
export function boundFromRelaxation(value: number, sense: 'max' | 'min', integral: boolean): number {
  if (!integral) return value;
  const tolerance = 1e-6 * (1 + Math.abs(value));
  return sense === 'min' ? Math.ceil(value - tolerance) : Math.floor(value + tolerance);
}

/**
 * The best bound known for a tier the search left open: the tightest of the full
 * search's dual bound and every other valid bound (the relaxation's, one known without
 * an LP, the tier's best possible value): the largest for min, the smallest for max;
 * null when none is known. The dual bound is a relaxation's bound too, so for an integral
 * tier it rounds to the next whole number in the same way: no integer point lies between.
 */
export function tierBound(
  tier: Pick<MipTier, 'sense' | 'integral'>,
  dualBound: number | null,
  ...others: (number | null | undefined)[]
): number | null {
  const dual =
    dualBound !== null && Number.isFinite(dualBound) ? boundFromRelaxation(dualBound, tier.sense, tier.integral) : null;
  const known = [dual, ...others].filter((b): b is number => b !== null && b !== undefined && Number.isFinite(b));
  if (known.length === 0) return null;
  return tier.sense === 'min' ? Math.max(...known) : Math.min(...known);
}
