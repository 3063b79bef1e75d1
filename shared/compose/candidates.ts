import type { ModelLayout } from './buildModel.js';
import type { ComposeInstance } from './instance.js';

/**
 * The people a search for a team AT a tier's known bound looks among, chosen without any
 * LP (docs/compose.md, "Sixth round"): the goal tier is proven at once when a team of
 * exactly the size known without an LP (./knownBounds.ts) exists, and such a team is
 * made of people who bring scarce qualifications and have hours to give. Each person
 * scores, per requirement they qualify for, the share of its `minPeople` they would
 * carry among everyone qualified (`minPeople / qualified`: a requirement few can meet
 * weighs more), summed and multiplied by their free hours; the `count` highest are kept.
 *
 * Only a choice of where to look: the search over these people is a restriction of the
 * model, so whatever it finds is a composition of the full model, and a miss only sends
 * the tier down its usual path (relaxation, restricted and full search). On 200 x 12
 * (seeds 3-6, where the known bound is the optimum) 40 people held a team of that size
 * on every seed, 30 people on three of four (docs/compose.md).
 */
const CANDIDATE_COUNT = 40;

/** Values in the model's variable order with each chosen person's switch `y` at 1, the rest 0. */
export function scarceCandidates(
  instance: ComposeInstance,
  layout: ModelLayout,
  variableCount: number,
  count: number = CANDIDATE_COUNT,
): number[] {
  const score = instance.people.map(() => 0);
  for (const r of [...instance.requirements, ...instance.teamRequirements])
    for (const p of r.qualified) score[p]! += r.minPeople / r.qualified.length;
  const inModel = instance.people.flatMap((_, p) => (layout.x[p]!.some((v) => v >= 0) ? [p] : []));
  const weight = (p: number) => score[p]! * instance.people[p]!.available;
  // Ties (e.g. people who qualify for nothing) keep the pool's order, so the choice is repeatable.
  const chosen = [...inModel].sort((a, b) => weight(b) - weight(a) || a - b).slice(0, count);
  const values = new Array<number>(variableCount).fill(0);
  for (const p of chosen) values[layout.y[p]!] = 1;
  return values;
}
