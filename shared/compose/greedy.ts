import { coverageWeight } from './buildModel.js';
import type { ComposeInstance } from './instance.js';
import type { Composition } from './composition.js';
import type { ComposeLimits } from './options.js';
import { mayJoinGrowingTeam, smallestTeamWithinShare } from './limits.js';

/**
 * A simple greedy composition that keeps every hard rule: the solver's first incumbent
 * and the baseline its answer may never be worse than. Like the engine's "best
 * additions" (shared/engine/suggestions/bestAdditions.ts) it adds one (person, function)
 * pair at a time, the one that covers most (weighted as in the model: a newly covered
 * requirement counts more than progress on one that stays partial); unlike it, it then
 * fills the functions' hours, gives every assignment at least the minimum hours and
 * respects the optional limits. Null when it cannot meet a limit (the solver may still).
 */
export function greedyComposition(instance: ComposeInstance, limits: ComposeLimits = {}): Composition | null {
  const { people, functions, requirements, minHours } = instance;
  const weight = coverageWeight(instance);
  const teamWide = instance.teamRequirements;
  const teamWideCount = teamWide.map(() => 0);
  const bringsTeamWide: boolean[][] = people.map(() => teamWide.map(() => false));
  teamWide.forEach((r, k) => r.qualified.forEach((p) => (bringsTeamWide[p]![k] = true)));
  const free = people.map((p) => p.available);
  const lacking = functions.map((f) => f.hoursRequired);
  const hours: number[][] = people.map(() => functions.map(() => 0));
  const inFunction: boolean[][] = people.map(() => functions.map(() => false));
  const qualifiedCount = requirements.map(() => 0);
  const qualifies: boolean[][] = people.map(() => requirements.map(() => false));
  requirements.forEach((r, i) => r.qualified.forEach((p) => (qualifies[p]![i] = true)));
  const members = new Set<number>();
  const byOrganisation = new Map<string, number>();

  const assign = (p: number, f: number, h: number): void => {
    inFunction[p]![f] = true;
    hours[p]![f] = h;
    free[p] = Math.max(0, free[p]! - h);
    lacking[f] = Math.max(0, lacking[f]! - h);
    if (!members.has(p)) {
      members.add(p);
      teamWide.forEach((_, k) => {
        if (bringsTeamWide[p]![k]) teamWideCount[k]! += 1;
      });
      const org = people[p]!.organisation;
      if (org !== '') byOrganisation.set(org, (byOrganisation.get(org) ?? 0) + 1);
    }
    for (const i of functions[f]!.requirements) if (qualifies[p]![i]) qualifiedCount[i]! += 1;
  };
  for (const seat of instance.locked) assign(seat.person, seat.fn, seat.hours);

  const organisationOf = (q: number): string => people[q]!.organisation;
  // Everyone who could take any function: the most people a team can ever have.
  const joinable = people.filter((_, p) => functions.some((_, f) => instance.allowed[p]![f])).length;
  const mayJoin = (p: number): boolean =>
    mayJoinGrowingTeam(p, { members, byOrganisation }, organisationOf, limits, joinable);
  const canTake = (p: number, f: number): boolean =>
    instance.allowed[p]![f]! && !inFunction[p]![f] && free[p]! >= minHours && mayJoin(p);
  const hoursFor = (p: number, f: number): number => Math.min(free[p]!, Math.max(minHours, lacking[f]!));

  // 1. Coverage, one best pair at a time.
  for (;;) {
    let best: { p: number; f: number; score: number } | null = null;
    functions.forEach((fn, f) => {
      people.forEach((_, p) => {
        if (!canTake(p, f)) return;
        let score = 0;
        for (const i of fn.requirements) {
          const r = requirements[i]!;
          if (!qualifies[p]![i] || qualifiedCount[i]! >= r.minPeople) continue;
          score += 1 + (qualifiedCount[i]! + 1 >= r.minPeople ? weight : 0);
        }
        // A newcomer also brings their vakkennis to the team as a whole.
        if (!members.has(p)) {
          teamWide.forEach((r, k) => {
            if (!bringsTeamWide[p]![k] || teamWideCount[k]! >= r.minPeople) return;
            score += 1 + (teamWideCount[k]! + 1 >= r.minPeople ? weight : 0);
          });
        }
        const better =
          best === null ||
          score > best.score ||
          (score === best.score && members.has(p) && !members.has(best.p)) ||
          (score === best.score && members.has(p) === members.has(best.p) && free[p]! > free[best.p]!);
        if (score > 0 && better) best = { p, f, score };
      });
    });
    if (best === null) break;
    const { p, f } = best;
    assign(p, f, hoursFor(p, f));
  }

  // 2. Hours: first more hours for people already in the function, then members in new
  // functions, then new people, always the one with most free hours.
  functions.forEach((_, f) => {
    for (let p = 0; p < people.length && lacking[f]! > 0; p += 1) {
      if (!inFunction[p]![f] || instance.locked.some((s) => s.person === p && s.fn === f)) continue;
      const extra = Math.min(free[p]!, lacking[f]!);
      hours[p]![f]! += extra;
      free[p]! -= extra;
      lacking[f]! -= extra;
    }
  });
  for (;;) {
    const f = lacking.findIndex((l) => l > 1e-9);
    if (f === -1) break;
    let best = -1;
    people.forEach((_, p) => {
      if (!canTake(p, f)) return;
      if (
        best === -1 ||
        (members.has(p) && !members.has(best)) ||
        (members.has(p) === members.has(best) && free[p]! > free[best]!)
      )
        best = p;
    });
    if (best === -1) {
      lacking[f] = 0; // nobody left for this function; the rest stays unfilled
      continue;
    }
    assign(best, f, hoursFor(best, f));
  }

  // 3. At least one person of each required discipline.
  for (const discipline of limits.requiredDisciplines ?? []) {
    if ([...members].some((p) => people[p]!.discipline === discipline)) continue;
    const candidate = people.findIndex(
      (person, p) => person.discipline === discipline && functions.some((_, f) => canTake(p, f)),
    );
    if (candidate === -1) return null;
    const f = functions.findIndex((_, f) => canTake(candidate, f));
    assign(candidate, f, minHours);
  }
  // 4. Dilute an organisation's share: the team grew with the share judged at the smallest
  // team that can hold it, so add the people who bring that smallest team closest (no
  // organisation, or one with few members so far), most free hours first.
  const shortOfShare = (newcomer: number | null): number => {
    const share = limits.maxOrganisationShare ?? 1;
    const org = newcomer === null ? '' : people[newcomer]!.organisation;
    const counts = org === '' ? byOrganisation : new Map(byOrganisation).set(org, (byOrganisation.get(org) ?? 0) + 1);
    const size = members.size + (newcomer === null ? 0 : 1);
    return smallestTeamWithinShare(counts, size, share) - size;
  };
  while (shortOfShare(null) > 0) {
    let best = -1;
    let bestShort = Infinity;
    people.forEach((_, p) => {
      if (members.has(p) || free[p]! < minHours) return;
      if (!functions.some((_, f) => instance.allowed[p]![f])) return;
      if (!mayJoin(p)) return;
      const short = shortOfShare(p);
      if (short < bestShort || (short === bestShort && free[p]! > free[best]!)) {
        best = p;
        bestShort = short;
      }
    });
    if (best === -1) return null;
    // Where the hours are most needed, else any function the person may take.
    const allowedHere = functions.flatMap((_, f) => (instance.allowed[best]![f] ? [f] : []));
    const f = allowedHere.reduce((a, b) => (lacking[b]! > lacking[a]! ? b : a));
    assign(best, f, hoursFor(best, f));
  }
  // Locked members are placed before any limit is checked, so they alone may exceed the team size.
  if (limits.maxTeamSize !== undefined && members.size > limits.maxTeamSize) return null;

  const out: Composition = [];
  people.forEach((person, p) =>
    functions.forEach((fn, f) => {
      if (inFunction[p]![f])
        out.push({ professionalId: person.id, functionId: fn.id, hours: Math.round(hours[p]![f]! * 100) / 100 });
    }),
  );
  return out;
}
