/**
 * The fewest distinct people of a pool who together meet every one of a function's
 * requirements (requirement r: at least minPeople[r] of them qualified for r), computed
 * exactly. A function's members are distinct people, so any composition that covers
 * those requirements gives the function at least this many members (docs/compose.md,
 * "Bounds known without an LP").
 *
 * Exact, not greedy (a greedy cover can need more people than the optimum, so it would
 * not be a lower bound): people with the same qualification profile (the set of
 * requirements they meet) are interchangeable here, so a dynamic programme over the
 * profiles and the vector of still-missing qualified people per requirement finds the
 * optimum. States are at most prod (minPeople_r + 1): 81 for four requirements asking
 * two people each. Above STATE_LIMIT it gives up on exactness and answers the largest
 * minPeople, which is still a lower bound (that requirement alone needs as many people).
 *
 * Returns null when even the whole pool cannot meet the requirements.
 */
const STATE_LIMIT = 200_000;

export function fewestMembers(minPeople: readonly number[], qualifies: readonly (readonly boolean[])[]): number | null {
  const needs = minPeople.map((n) => Math.max(0, n));
  if (needs.every((n) => n === 0)) return 0;
  // Mixed radix: the state is the vector of missing people, digit r in 0..needs[r].
  const radix: number[] = [];
  let states = 1;
  for (const n of needs) {
    radix.push(states);
    states *= n + 1;
  }
  if (states > STATE_LIMIT) {
    const eligibleEach = needs.every((n, r) => qualifies.filter((q) => q[r]).length >= n);
    return eligibleEach ? Math.max(...needs) : null;
  }
  const profiles = new Map<string, { meets: number[]; count: number }>();
  for (const q of qualifies) {
    const meets = needs.flatMap((n, r) => (n > 0 && q[r] ? [r] : []));
    if (meets.length === 0) continue;
    const key = meets.join(',');
    const known = profiles.get(key);
    if (known) known.count += 1;
    else profiles.set(key, { meets, count: 1 });
  }
  const start = needs.reduce((s, n, r) => s + n * radix[r]!, 0);
  const digit = (state: number, r: number): number => Math.floor(state / radix[r]!) % (needs[r]! + 1);
  /** One more person of this profile: every requirement they meet misses one fewer. */
  const step = (state: number, meets: readonly number[]): number => {
    let next = state;
    for (const r of meets) if (digit(state, r) > 0) next -= radix[r]!;
    return next;
  };
  // best[s]: fewest people that leave exactly the vector s missing (Infinity: unreachable).
  let best = new Float64Array(states).fill(Infinity);
  best[start] = 0;
  const most = Math.max(...needs);
  for (const { meets, count } of profiles.values()) {
    const next = best.slice();
    // More than the largest minPeople of one profile never helps.
    const usable = Math.min(count, most);
    for (let s = 0; s < states; s += 1) {
      if (best[s] === Infinity) continue;
      let state = s;
      for (let k = 1; k <= usable; k += 1) {
        state = step(state, meets);
        if (best[s]! + k < next[state]!) next[state] = best[s]! + k;
      }
    }
    best = next;
  }
  return best[0] === Infinity ? null : best[0]!;
}
