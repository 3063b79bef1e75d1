import type { ModelLayout } from './buildModel.js';
import { compositionFromValues, valuesFromComposition } from './composition.js';
import type { ComposeInstance } from './instance.js';
import type { ComposeLimits } from './options.js';
import { mayJoinTeam } from './limits.js';

/**
 * A start for the unfilled-hours tier: the coverage tier's solution with the functions'
 * open hours filled the way the greedy fills them (more hours for members already in the
 * function, then members in another function, then new people, always the one with most
 * free hours). Null when it fills nothing.
 *
 * Why it is a valid incumbent with every earlier tier held: it only adds hours and
 * assignments, never removes one, so every qualified-member count and every team-wide
 * count can only grow (coverage and progress stay at or above the held optimum); each
 * pair stays within its model cap `min(available, max(minHours, hoursRequired))`, each
 * new pair has at least `minHours`, no person goes above their free hours, and a new
 * person joins only when the team size and organisation share limits still hold
 * (required disciplines only get easier). Locked pairs keep their hours.
 *
 * Why it is needed: the unfilled-hours tier is continuous and searched directly; started
 * from a coverage solution with many hours open, HiGHS could spend the whole time limit
 * closing the last hours (50 x 12 seed 1), which this start closes in microseconds.
 */
export function fillHoursStart(
  instance: ComposeInstance,
  layout: ModelLayout,
  values: ArrayLike<number>,
  variableCount: number,
  limits: ComposeLimits = {},
): Float64Array | null {
  const { people, functions, minHours } = instance;
  const composition = compositionFromValues(instance, layout, values);
  const personIndex = new Map(people.map((p, i) => [p.id, i]));
  const functionIndex = new Map(functions.map((f, i) => [f.id, i]));
  const lockedPair = new Set(instance.locked.map((s) => s.person * functions.length + s.fn));
  const hours: number[][] = people.map(() => functions.map(() => 0));
  const inFunction: boolean[][] = people.map(() => functions.map(() => false));
  const used = people.map(() => 0);
  const given = functions.map(() => 0);
  const members = new Set<number>();
  const byOrganisation = new Map<string, number>();
  const join = (p: number): void => {
    if (members.has(p)) return;
    members.add(p);
    const org = people[p]!.organisation;
    if (org !== '') byOrganisation.set(org, (byOrganisation.get(org) ?? 0) + 1);
  };
  for (const a of composition) {
    const p = personIndex.get(a.professionalId)!;
    const f = functionIndex.get(a.functionId)!;
    inFunction[p]![f] = true;
    hours[p]![f] = a.hours;
    used[p]! += a.hours;
    given[f]! += a.hours;
    join(p);
  }
  const lacking = (f: number): number => Math.max(0, functions[f]!.hoursRequired - given[f]!);
  const free = (p: number): number => Math.max(0, people[p]!.available - used[p]!);
  const cap = (p: number, f: number): number =>
    Math.min(people[p]!.available, Math.max(minHours, functions[f]!.hoursRequired));
  const before = functions.reduce((sum, _, f) => sum + lacking(f), 0);
  if (before <= 1e-9) return null;
  const add = (p: number, f: number, extra: number): void => {
    hours[p]![f]! += extra;
    used[p]! += extra;
    given[f]! += extra;
  };
  const mayJoin = (p: number): boolean =>
    mayJoinTeam(p, { members, byOrganisation }, (q) => people[q]!.organisation, limits);

  functions.forEach((_, f) => {
    // 1. More hours for members already in the function (up to the pair's cap).
    for (let p = 0; p < people.length && lacking(f) > 1e-9; p += 1) {
      if (!inFunction[p]![f] || lockedPair.has(p * functions.length + f)) continue;
      const extra = Math.min(free(p), lacking(f), cap(p, f) - hours[p]![f]!);
      if (extra > 0) add(p, f, extra);
    }
    // 2. Then new pairs: members first, then newcomers, always the one with most free hours.
    while (lacking(f) > 1e-9) {
      let best = -1;
      people.forEach((_, p) => {
        if (!instance.allowed[p]![f] || inFunction[p]![f] || free(p) < minHours || !mayJoin(p)) return;
        if (
          best === -1 ||
          (members.has(p) && !members.has(best)) ||
          (members.has(p) === members.has(best) && free(p) > free(best))
        )
          best = p;
      });
      if (best === -1) break;
      inFunction[best]![f] = true;
      join(best);
      add(best, f, Math.min(free(best), cap(best, f), Math.max(minHours, lacking(f))));
    }
  });
  const after = functions.reduce((sum, _, f) => sum + lacking(f), 0);
  if (after >= before - 1e-9) return null;
  const filled = people.flatMap((person, p) =>
    functions.flatMap((fn, f) =>
      inFunction[p]![f] ? [{ professionalId: person.id, functionId: fn.id, hours: hours[p]![f]! }] : [],
    ),
  );
  return valuesFromComposition(instance, layout, filled, variableCount);
}
