/**
 * How much closing a requirement is worth, by its state before the plan. Missing above
 * partial above thin, as issue 15 asks: covering a requirement nobody meets (3) beats
 * covering one that has too few people (2), which beats giving a requirement that rests
 * on one person a second holder (1). The score of a plan is the sum over the
 * requirements it closes; two partial requirements (4) therefore outweigh one missing (3).
 */
export const CLOSE_WEIGHT = { missing: 3, partial: 2, thin: 1 } as const;

export type OpenState = keyof typeof CLOSE_WEIGHT;

/**
 * Between plans with the same score, the one that brings more requirements nearer to
 * their number of people wins ("progress": newly qualified people on requirements that
 * were open, counted up to minPeople). As in the composer (docs/compose.md), the score
 * is multiplied by B = 1 + the most progress any plan could make, so no amount of
 * progress outweighs one point of score: value = B * score + progress.
 */
export function combinedValue(score: number, progress: number, b: number): number {
  return b * score + progress;
}
