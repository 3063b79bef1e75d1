import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeTeam } from '../../../node/compose/composeTeam.js';
import { buildModel, coverageWeight } from '../../../shared/compose/buildModel.js';
import { fewestMembers } from '../../../shared/compose/fewestMembers.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { knownBounds } from '../../../shared/compose/knownBounds.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { randomPlan } from '../../bench/composeData.js';
import { bruteForce } from './bruteForce.js';
import { smallPlan, someLimits } from './smallPlans.js';

/** The fewest people by trying every subset of the pool, smallest first. */
function fewestByEnumeration(minPeople: readonly number[], qualifies: readonly (readonly boolean[])[]): number | null {
  let best: number | null = null;
  for (let mask = 0; mask < 1 << qualifies.length; mask += 1) {
    const chosen = qualifies.filter((_, p) => mask & (1 << p));
    const meets = minPeople.every((n, r) => chosen.filter((q) => q[r]).length >= n);
    if (meets && (best === null || chosen.length < best)) best = chosen.length;
  }
  return best;
}

const profiles = fc
  .record({
    minPeople: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 12 }),
    people: fc.integer({ min: 0, max: 10 }),
  })
  .chain(({ minPeople, people }) =>
    fc.record({
      minPeople: fc.constant(minPeople),
      qualifies: fc.array(fc.array(fc.boolean(), { minLength: minPeople.length, maxLength: minPeople.length }), {
        minLength: people,
        maxLength: people,
      }),
    }),
  );

describe('compose: bounds known without an LP', () => {
  it('finds the fewest people who meet every requirement exactly (a lower bound where the states are too many)', () => {
    let exact = 0;
    fc.assert(
      fc.property(profiles, ({ minPeople, qualifies }) => {
        const expected = fewestByEnumeration(minPeople, qualifies);
        const found = fewestMembers(minPeople, qualifies);
        const states = minPeople.reduce((s, n) => s * (n + 1), 1);
        if (states <= 200_000) {
          exact += 1;
          expect(found).toBe(expected);
        } else if (expected !== null) {
          expect(found).not.toBeNull();
          expect(found!).toBeLessThanOrEqual(expected);
        }
      }),
      { seed: 20261130, numRuns: 400 },
    );
    // The property must mostly check equality, not only the fallback.
    expect(exact).toBeGreaterThan(300);
  });

  it('counts interchangeable people once per profile and needs no more than the largest minPeople of one profile', () => {
    // Two requirements, each asking three people; three all-rounders suffice.
    const allRound = [true, true];
    expect(fewestMembers([3, 3], [allRound, allRound, allRound, [true, false], [false, true]])).toBe(3);
    // Without all-rounders each requirement needs its own three.
    expect(
      fewestMembers(
        [3, 3],
        [
          [true, false],
          [true, false],
          [true, false],
          [false, true],
          [false, true],
          [false, true],
        ],
      ),
    ).toBe(6);
    expect(fewestMembers([2], [[true]])).toBeNull();
    expect(fewestMembers([0, 0], [])).toBe(0);
  });

  it('never passes the brute-force optimum of the goal and assignment tiers (small plans, both goals, limits)', () => {
    let tight = 0;
    let positive = 0;
    fc.assert(
      fc.property(
        smallPlan,
        fc.constantFrom('people' as const, 'contractHours' as const),
        someLimits,
        (plan, objective, limits) => {
          const options = composeOptions({ objective, limits });
          const instance = buildInstance(plan, options);
          const best = bruteForce(plan, instance, objective, limits);
          if (best === null) return;
          const { model, layout } = buildModel(instance, objective, limits);
          const bound = knownBounds(instance, layout, model.variables, objective, limits);
          // The held values exactly as the runner keeps them: the tiers' optimal values.
          const s = best.score;
          const coverage = coverageWeight(instance) * (s.requirementsCovered + s.teamExpertiseCovered) + s.progress;
          const goal = objective === 'people' ? s.people : s.contractHours;
          const goalBound = bound('objective', [coverage, s.unfilledHours]);
          const assignmentBound = bound('assignments', [coverage, s.unfilledHours, goal]);
          expect(goalBound).not.toBeNull();
          expect(assignmentBound).not.toBeNull();
          expect(goalBound!).toBeLessThanOrEqual(goal + 1e-9);
          expect(assignmentBound!).toBeLessThanOrEqual(s.assignments);
          if (assignmentBound === s.assignments) tight += 1;
          if (assignmentBound! > 0) positive += 1;
        },
      ),
      { seed: 20261130, numRuns: 120 },
    );
    // Not a bound that is always 0: it often proves the tier on its own.
    expect(positive).toBeGreaterThan(20);
    expect(tight).toBeGreaterThan(10);
  }, 120_000);

  it('gives the assignment tier of 200 x 12 the per-function sums measured before (26, 25, 23 on seeds 1-3)', () => {
    const sums = [1, 2, 3].map((seed) => {
      const plan = randomPlan(seed, 200, 12);
      const instance = buildInstance(plan, composeOptions());
      const { model, layout } = buildModel(instance, 'people');
      const bound = knownBounds(instance, layout, model.variables, 'people');
      // Everything covered, no hours open, and a team of one person: the functions' sum decides.
      return bound('assignments', [model.tiers[0]!.bestPossible!, 0, 1]);
    });
    expect(sums).toEqual([26, 25, 23]);
  });

  it('reports a finite bound and gap when time runs out before the relaxation ends (200 x 12, real solve)', async () => {
    const plan = randomPlan(1, 200, 12);
    const stages: string[] = [];
    // A fresh worker compiles HiGHS first; 0.3 s is far less than the goal tier's relaxation needs.
    const result = await composeTeam(plan, composeOptions(), {
      timeLimitSeconds: 0.3,
      onStage: (stage) => stages.push(stage),
    });
    expect(result.status).toBe('feasible');
    expect(result.stoppedAt).toBe('objective');
    expect(stages).toEqual(['objective']);
    expect(Number.isFinite(result.bound)).toBe(true);
    expect(Number.isFinite(result.gap)).toBe(true);
    // Seven people at least (the exact per-function count), and never above the team found.
    expect(result.bound).toBe(7);
    expect(result.bound!).toBeLessThanOrEqual(result.score.people);
    expect(result.gap).toBeCloseTo((result.score.people - 7) / result.score.people, 12);
  }, 60_000);
});
