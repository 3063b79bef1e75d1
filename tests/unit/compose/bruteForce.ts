import { compareScores, scoreOf, type ComposeScore, type Composition } from '../../../shared/compose/composition.js';
import type { ComposeInstance } from '../../../shared/compose/instance.js';
import type { ComposeLimits, ComposeObjective } from '../../../shared/compose/options.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';

/**
 * The lexicographic optimum by enumeration, for tiny instances: every subset of the
 * allowed (person, function) pairs, with the best hours for that subset from a max-flow
 * (independent of the MIP): each new pair gets the minimum hours, the rest of a person's
 * free hours flow to their functions up to what each function still asks.
 */
export function bruteForce(
  plan: TeamPlan,
  instance: ComposeInstance,
  objective: ComposeObjective,
  limits: ComposeLimits = {},
): { composition: Composition; score: ComposeScore } | null {
  const { people, functions } = instance;
  const lockedKey = new Map(instance.locked.map((s) => [s.person * functions.length + s.fn, s.hours]));
  const free: number[] = [];
  people.forEach((_, p) =>
    functions.forEach((_, f) => {
      if (instance.allowed[p]![f] && !lockedKey.has(p * functions.length + f)) free.push(p * functions.length + f);
    }),
  );
  if (free.length > 14) throw new Error('instance too large for brute force');
  let best: { composition: Composition; score: ComposeScore } | null = null;
  for (let mask = 0; mask < 1 << free.length; mask += 1) {
    const pairs = [...lockedKey.keys(), ...free.filter((_, i) => mask & (1 << i))];
    const composition = bestHours(instance, pairs, lockedKey);
    if (composition === null || !withinLimits(instance, composition, limits)) continue;
    const score = scoreOf(plan, composition);
    if (best === null || compareScores(score, best.score, objective) < 0) best = { composition, score };
  }
  return best;
}

function withinLimits(instance: ComposeInstance, composition: Composition, limits: ComposeLimits): boolean {
  const members = new Set(composition.map((a) => a.professionalId));
  const people = instance.people.filter((p) => members.has(p.id));
  if (limits.maxTeamSize !== undefined && people.length > limits.maxTeamSize) return false;
  if (limits.maxOrganisationShare !== undefined) {
    const counts = new Map<string, number>();
    for (const p of people)
      if (p.organisation !== '') counts.set(p.organisation, (counts.get(p.organisation) ?? 0) + 1);
    if ([...counts.values()].some((n) => n > limits.maxOrganisationShare! * people.length + 1e-9)) return false;
  }
  return (limits.requiredDisciplines ?? []).every((d) => people.some((p) => p.discipline === d));
}

/** Hours for a fixed set of pairs that leave the fewest hours unfilled; null when the minimums do not fit. */
function bestHours(
  instance: ComposeInstance,
  pairs: readonly number[],
  locked: ReadonlyMap<number, number>,
): Composition | null {
  const { people, functions, minHours } = instance;
  const F = functions.length;
  const hours = new Map<number, number>();
  const rest = people.map((p) => p.available);
  const need = functions.map((f) => f.hoursRequired);
  for (const key of pairs) {
    const h = locked.get(key) ?? minHours;
    hours.set(key, h);
    rest[Math.floor(key / F)]! -= h;
    need[key % F]! -= h;
  }
  // Locked hours may exceed what a person has free (they are kept as they are); new pairs may not.
  if (people.some((_, p) => rest[p]! < -1e-9 && pairs.some((k) => Math.floor(k / F) === p && !locked.has(k))))
    return null;
  // Max flow: source -> person (rest) -> function (pairs, not locked) -> sink (need).
  const open = pairs.filter((k) => !locked.has(k));
  const flow = new Map<number, number>(open.map((k) => [k, 0]));
  const cap = { person: rest.map((r) => Math.max(0, r)), fn: need.map((n) => Math.max(0, n)) };
  for (;;) {
    // BFS over persons and functions in the residual graph.
    const prev = new Map<string, string>();
    const queue: string[] = [];
    people.forEach((_, p) => {
      if (cap.person[p]! > 1e-9) {
        prev.set(`p${p}`, 's');
        queue.push(`p${p}`);
      }
    });
    let end: string | null = null;
    while (queue.length > 0 && end === null) {
      const node = queue.shift()!;
      const index = Number(node.slice(1));
      if (node[0] === 'p') {
        for (const k of open) {
          if (Math.floor(k / F) !== index || prev.has(`f${k % F}`)) continue;
          prev.set(`f${k % F}`, node);
          if (cap.fn[k % F]! > 1e-9) end = `f${k % F}`;
          queue.push(`f${k % F}`);
        }
      } else {
        for (const k of open) {
          if (k % F !== index || flow.get(k)! <= 1e-9 || prev.has(`p${Math.floor(k / F)}`)) continue;
          prev.set(`p${Math.floor(k / F)}`, node);
          queue.push(`p${Math.floor(k / F)}`);
        }
      }
    }
    if (end === null) break;
    const path: string[] = [];
    for (let n = end; n !== 's'; n = prev.get(n)!) path.unshift(n);
    let amount = Math.min(cap.person[Number(path[0]!.slice(1))]!, cap.fn[Number(end.slice(1))]!);
    for (let i = 1; i < path.length; i += 2) {
      // path: p f p f ... ; a step f -> p goes backwards over the pair (p, f).
      if (i + 1 < path.length)
        amount = Math.min(amount, flow.get(Number(path[i + 1]!.slice(1)) * F + Number(path[i]!.slice(1)))!);
    }
    for (let i = 0; i + 1 < path.length; i += 1) {
      const a = Number(path[i]!.slice(1));
      const b = Number(path[i + 1]!.slice(1));
      if (path[i]![0] === 'p') flow.set(a * F + b, flow.get(a * F + b)! + amount);
      else flow.set(b * F + a, flow.get(b * F + a)! - amount);
    }
    cap.person[Number(path[0]!.slice(1))]! -= amount;
    cap.fn[Number(end.slice(1))]! -= amount;
  }
  const out: Composition = [];
  for (const key of [...pairs].sort((a, b) => a - b)) {
    out.push({
      professionalId: people[Math.floor(key / F)]!.id,
      functionId: functions[key % F]!.id,
      hours: hours.get(key)! + (flow.get(key) ?? 0),
    });
  }
  return out;
}
