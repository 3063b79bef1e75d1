import { coverageWeight, type ModelLayout } from './buildModel.js';
import { fewestMembers } from './fewestMembers.js';
import type { ComposeInstance } from './instance.js';
import type { MipVariable } from './mip.js';
import type { ComposeLimits, ComposeObjective } from './options.js';

/**
 * Bounds for the goal tier and the assignment tier known WITHOUT an LP, from what the
 * earlier tiers are held at (docs/compose.md, "Bounds known without an LP"). The runner
 * asks for them before a tier's relaxation starts, so a tier stopped while its
 * relaxation is still being solved (a busy machine, a short time limit) still reports a
 * bound and a gap. Each is a lower bound on the tier's optimum under the held rows:
 *
 * - coverage held at `C*` covered requirements, `Z*` progress: when `C*` is every
 *   requirement that can be covered at all, each of them is forced covered (`c = 1`), so
 *   each function f has at least `k_f` members, the fewest distinct people of the pool
 *   (with an allowed pair in f) who meet all of f's requirements, found exactly;
 *   team-wide vakkennis forces `minPeople` people into the team;
 * - unfilled hours held at `U*`: function f gets at least `hoursRequired_f - U*` hours
 *   (every `u_f <= sum u <= U*`), so at least as many members as its largest pair caps
 *   need to reach that; the team gets at least `sum hoursRequired - U*`, so at least as
 *   many people as the largest free hours need;
 * - the goal held at `P*` people, proven minimal: the assignment tier's points are points
 *   of the goal tier, so they have at least `P*` people, and `y_p <= sum_f x[p,f]`
 *   (row `used`) gives every one of them an assignment.
 */
export type KnownBound = (tierName: string, held: readonly number[]) => number | null;

/** A whole-number count reached when a sum of hours (with the solver's round-off) is at least `need`. */
function fewestToReach(capacities: readonly number[], need: number): number {
  if (need <= 1e-9) return 0;
  const sorted = [...capacities].sort((a, b) => b - a);
  let sum = 0;
  for (const [k, cap] of sorted.entries()) {
    sum += cap;
    if (sum >= need - 1e-9) return k + 1;
  }
  // Not even everyone reaches it: no point keeps the held rows, any count is a bound.
  return sorted.length;
}

export function knownBounds(
  instance: ComposeInstance,
  layout: ModelLayout,
  variables: readonly MipVariable[],
  objective: ComposeObjective,
  limits: ComposeLimits = {},
): KnownBound {
  const { people, functions, requirements, teamRequirements, minHours } = instance;
  const weight = coverageWeight(instance);
  const coverable = layout.c.filter((v) => variables[v]!.upper >= 1).length;
  const lockedHours = new Map(instance.locked.map((s) => [s.person * functions.length + s.fn, s.hours]));
  const lockedPeople = new Set(instance.locked.map((s) => s.person));
  const inModel = people.map((_, p) => layout.x[p]!.some((v) => v >= 0));
  // The model's own caps: a pair's cap (locked: its hours), a person's free hours (locked overflow kept).
  const pairCap = (p: number, f: number): number =>
    lockedHours.get(p * functions.length + f) ??
    Math.min(people[p]!.available, Math.max(minHours, functions[f]!.hoursRequired));
  const personCap = people.map((person, p) =>
    Math.max(
      person.available,
      instance.locked.filter((s) => s.person === p).reduce((sum, s) => sum + s.hours, 0),
    ),
  );
  // k_f per function when every coverable requirement is forced covered (computed once).
  const coveredMembers = functions.map((_, f) => {
    const own = requirements.filter((r, i) => r.fn === f && variables[layout.c[i]!]!.upper >= 1);
    const pool = people.flatMap((_, p) => (layout.x[p]![f]! >= 0 ? [p] : []));
    const qualified = own.map((r) => new Set(r.qualified));
    return (
      fewestMembers(
        own.map((r) => r.minPeople),
        pool.map((p) => qualified.map((q) => q.has(p))),
      ) ?? 0
    );
  });
  const teamMembers = teamRequirements.reduce(
    (most, r, k) => (variables[layout.c[requirements.length + k]!]!.upper >= 1 ? Math.max(most, r.minPeople) : most),
    0,
  );

  /** Members each function must have under the held coverage and unfilled hours. */
  const membersPerFunction = (held: readonly number[]): number[] => {
    const allCovered = held.length > 0 && Math.floor(Math.round(held[0]!) / weight) >= coverable;
    const open = held.length > 1 ? held[1]! + 1e-6 * (1 + Math.abs(held[1]!)) : Infinity;
    return functions.map((fn, f) => {
      const byHours = fewestToReach(
        people.flatMap((_, p) => (layout.x[p]![f]! >= 0 ? [pairCap(p, f)] : [])),
        fn.hoursRequired - open,
      );
      return Math.max(byHours, allCovered ? coveredMembers[f]! : 0);
    });
  };

  /** The fewest people any point keeping the held coverage and unfilled hours has. */
  const fewestPeople = (held: readonly number[]): number => {
    const allCovered = held.length > 0 && Math.floor(Math.round(held[0]!) / weight) >= coverable;
    const open = held.length > 1 ? held[1]! + 1e-6 * (1 + Math.abs(held[1]!)) : Infinity;
    const hoursNeeded = functions.reduce((sum, f) => sum + f.hoursRequired, 0) - open;
    return Math.max(
      lockedPeople.size,
      new Set(limits.requiredDisciplines ?? []).size,
      allCovered ? teamMembers : 0,
      ...membersPerFunction(held),
      fewestToReach(
        people.flatMap((_, p) => (inModel[p] ? [personCap[p]!] : [])),
        hoursNeeded,
      ),
    );
  };

  /**
   * The cheapest contract hours of a team that keeps the held rows: at least the
   * cheapest `fewestPeople` contracts, and at least the fractional knapsack that buys
   * the hours to fill (the LP optimum of min sum contract*y with sum cap*y >= hours,
   * 0 <= y <= 1, locked people at 1: a relaxation of the model's rows).
   */
  const cheapestContracts = (held: readonly number[]): number => {
    const open = held.length > 1 ? held[1]! + 1e-6 * (1 + Math.abs(held[1]!)) : Infinity;
    const candidates = people.flatMap((_, p) => (inModel[p] ? [p] : []));
    const locked = candidates.filter((p) => lockedPeople.has(p));
    const lockedCost = locked.reduce((sum, p) => sum + people[p]!.contractHours, 0);
    const byPeople =
      lockedCost +
      candidates
        .filter((p) => !lockedPeople.has(p))
        .map((p) => people[p]!.contractHours)
        .sort((a, b) => a - b)
        .slice(0, Math.max(0, fewestPeople(held) - locked.length))
        .reduce((sum, c) => sum + c, 0);
    let need =
      functions.reduce((sum, f) => sum + f.hoursRequired, 0) - open - locked.reduce((sum, p) => sum + personCap[p]!, 0);
    let byHours = lockedCost;
    const others = candidates
      .filter((p) => !lockedPeople.has(p) && personCap[p]! > 0)
      .sort((a, b) => people[a]!.contractHours / personCap[a]! - people[b]!.contractHours / personCap[b]!);
    for (const p of others) {
      if (need <= 1e-9) break;
      const share = Math.min(1, need / personCap[p]!);
      byHours += share * people[p]!.contractHours;
      need -= share * personCap[p]!;
    }
    // A round-off margin: the bound must never pass the optimum by LP noise.
    return Math.max(byPeople, byHours - 1e-6 * (1 + byHours));
  };

  return (tierName, held) => {
    if (tierName === 'objective' && held.length >= 2)
      return objective === 'people' ? fewestPeople(held) : cheapestContracts(held);
    if (tierName === 'assignments' && held.length >= 3) {
      const perFunction = membersPerFunction(held).reduce((sum, k) => sum + k, 0);
      const team = objective === 'people' ? Math.round(held[2]!) : fewestPeople(held);
      return Math.max(perFunction, team, fewestPeople(held));
    }
    return null;
  };
}
