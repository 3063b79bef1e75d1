import { HIGHS_STATUS, type StageResult } from './highsClient.js';

/**
 * What a portfolio race of HiGHS searches on ONE model has shown (docs/compose.md, "A
 * portfolio race on the cores"). Every racer solves the same rows from the same start, so:
 *
 * - a racer that ends with a proof (optimal, or infeasible) decides the race: its proof
 *   holds for the model, whichever racer made it;
 * - otherwise every racer's incumbent is a feasible point of the model, so the better one
 *   is kept, and every racer's dual bound is a valid bound on the model's optimum, so the
 *   tightest one is kept (the larger for a minimisation, the smaller for a maximisation).
 *
 * `objectiveOf` reads a racer's objective from its values (the tier's own terms), so that
 * incumbents compare on what the tier minimises, not on HiGHS's reported number alone.
 */
export function isDecisive(result: StageResult): boolean {
  return (
    (result.status === HIGHS_STATUS.optimal && result.values !== null) ||
    result.status === HIGHS_STATUS.infeasible ||
    result.status === HIGHS_STATUS.unboundedOrInfeasible
  );
}

export function mergeRace(
  results: readonly StageResult[],
  sense: 'min' | 'max',
  objectiveOf: (values: readonly number[]) => number,
): StageResult {
  if (results.length === 0) throw new Error('raceWithoutRacers');
  const decisive = results.find(isDecisive);
  if (decisive) return decisive;
  const better = (a: number, b: number): boolean => (sense === 'min' ? a < b : a > b);
  let best: StageResult | null = null;
  for (const r of results) {
    if (!r.values) continue;
    if (!best || better(objectiveOf(r.values), objectiveOf(best.values!))) best = r;
  }
  // A dual bound is only read when its racer has a solution (as the single search does:
  // without one HiGHS may report the bound of a search that never left the root's start).
  const tighter = (a: number, b: number): boolean => (sense === 'min' ? a > b : a < b);
  let bound: number | null = null;
  for (const r of results) {
    if (!r.hasSolution || r.dualBound === null || !Number.isFinite(r.dualBound)) continue;
    if (bound === null || tighter(r.dualBound, bound)) bound = r.dualBound;
  }
  const base = best ?? results[0]!;
  return {
    ...base,
    dualBound: bound,
    elapsedMs: Math.max(...results.map((r) => r.elapsedMs)),
  };
}
