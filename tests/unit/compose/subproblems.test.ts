import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeTeam } from '../../../node/compose/composeTeam.js';
import { HighsClient } from '../../../node/compose/highsClient.js';
import { buildModel } from '../../../shared/compose/buildModel.js';
import { compareScores, valuesFromComposition } from '../../../shared/compose/composition.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { writeLp } from '../../../shared/compose/lpFormat.js';
import { tierValue, type MipConstraint, type MipModel } from '../../../shared/compose/mip.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { boundFromRelaxation, relaxed, restricted, tierBound } from '../../../shared/compose/subproblems.js';
import { randomPlan } from '../../bench/composeData.js';
import { bruteForce } from './bruteForce.js';
import { smallPlan } from './smallPlans.js';

const tiny: MipModel = {
  variables: [
    { name: 'y0', lower: 0, upper: 1, integer: true },
    { name: 'x0', lower: 0, upper: 1, integer: true },
    { name: 'y1', lower: 0, upper: 1, integer: true },
    { name: 'x1', lower: 0, upper: 1, integer: true },
    { name: 'y2', lower: 1, upper: 1, integer: true },
  ],
  constraints: [],
  tiers: [],
  groups: [
    { switch: 0, dependents: [1] },
    { switch: 2, dependents: [3] },
    { switch: 4, dependents: [] },
  ],
};

describe('compose subproblems: relaxation and restriction', () => {
  it('relaxes integrality and nothing else', () => {
    const lp = relaxed(tiny);
    expect(lp.variables.every((v) => !v.integer)).toBe(true);
    expect(lp.variables.map((v) => [v.lower, v.upper])).toEqual(tiny.variables.map((v) => [v.lower, v.upper]));
    expect(tiny.variables[0]!.integer).toBe(true);
  });

  it('keeps groups switched on in the relaxation or the incumbent, and locked ones; fixes the rest at 0', () => {
    const { model, kept } = restricted(tiny, tiny.groups!, [[0, 0, 0.3, 0, 1], null]);
    expect(kept).toBe(2);
    expect(model.variables.map((v) => [v.lower, v.upper])).toEqual([
      [0, 0],
      [0, 0],
      [0, 1],
      [0, 1],
      [1, 1],
    ]);
    expect(restricted(tiny, tiny.groups!, [[1, 1, 0, 0, 1]]).model.variables[2]!.upper).toBe(0);
  });

  it('rounds a relaxation bound to the next whole number only for integral tiers, with tolerance for LP noise', () => {
    expect(boundFromRelaxation(7.3173, 'min', true)).toBe(8);
    expect(boundFromRelaxation(7.0000000001, 'min', true)).toBe(7);
    expect(boundFromRelaxation(6.9999999999, 'max', true)).toBe(7);
    expect(boundFromRelaxation(6.5, 'max', true)).toBe(6);
    expect(boundFromRelaxation(6.5, 'min', false)).toBe(6.5);
  });

  it("reports an open tier's bound as the tighter of the search's and the relaxation's, rounded when integral", () => {
    const assignments = { sense: 'min', integral: true } as const;
    // HiGHS stopped at 28.87 assignments: no whole number of assignments lies below 29.
    expect(tierBound(assignments, 28.869, 28)).toBe(29);
    expect(tierBound(assignments, 27.2, 29)).toBe(29);
    expect(tierBound(assignments, null, 28)).toBe(28);
    expect(tierBound(assignments, Infinity, null)).toBeNull();
    expect(tierBound({ sense: 'max', integral: true }, 3576.6, 3577)).toBe(3576);
    expect(tierBound({ sense: 'min', integral: false }, 241.3, null)).toBe(241.3);
  });

  it('combines every bound known for a tier as the tightest, and answers one without any solve', () => {
    const assignments = { sense: 'min', integral: true } as const;
    // Stopped in the relaxation: no dual bound, no relaxation, only the bound known without an LP.
    expect(tierBound(assignments, null, null, 26)).toBe(26);
    expect(tierBound(assignments, 28.2, 28, 26)).toBe(29);
    expect(tierBound(assignments, null, 27, 28, undefined)).toBe(28);
    // Coverage (max): the best possible value bounds it from above, the dual bound may be tighter.
    expect(tierBound({ sense: 'max', integral: true }, null, null, null, 3600)).toBe(3600);
    expect(tierBound({ sense: 'max', integral: true }, 3576.6, null, null, 3600)).toBe(3576);
    expect(tierBound({ sense: 'min', integral: false }, null, null, null, 0)).toBe(0);
  });

  it('never bounds the goal tier above the brute-force optimum (the relaxation is a valid bound)', async () => {
    const client = new HighsClient();
    try {
      await fc.assert(
        fc.asyncProperty(
          smallPlan,
          fc.constantFrom('people' as const, 'contractHours' as const),
          async (plan, objective) => {
            const options = composeOptions({ objective });
            const instance = buildInstance(plan, options);
            const best = bruteForce(plan, instance, objective)!;
            const { model, layout } = buildModel(instance, objective);
            const values = valuesFromComposition(instance, layout, best.composition, model.variables.length);
            // Hold coverage and unfilled hours at the brute-force optimum, as the runner does.
            const held: MipConstraint[] = model.tiers.slice(0, 2).map((tier, k) => {
              const value = tierValue(tier, values);
              return tier.sense === 'max'
                ? { name: `hold${k}`, terms: tier.terms, lower: value - 1e-6, upper: Infinity }
                : { name: `hold${k}`, terms: tier.terms, lower: -Infinity, upper: value + 1e-6 };
            });
            const goal = model.tiers[2]!;
            const lp = await client.solve({
              lp: writeLp(relaxed(model), goal, held),
              names: model.variables.map((v) => v.name),
              options: {},
            });
            expect(lp.objective).not.toBeNull();
            const bound = boundFromRelaxation(lp.objective!, goal.sense, goal.integral);
            expect(bound).toBeLessThanOrEqual(tierValue(goal, values) + 1e-6);
          },
        ),
        { seed: 20261130, numRuns: 40 },
      );
    } finally {
      await client.terminate();
    }
  }, 120_000);

  it('proves the same optimum as the direct search on pools too large for brute force', async () => {
    for (const seed of [1, 2, 3]) {
      const plan = randomPlan(seed, 14, 3);
      const options = composeOptions();
      const fast = await composeTeam(plan, options, { timeLimitSeconds: 60, racers: 2 });
      const direct = await composeTeam(plan, options, { timeLimitSeconds: 60, strategy: 'direct' });
      expect(fast.status).toBe('optimal');
      expect(direct.status).toBe('optimal');
      expect(compareScores(fast.score, direct.score, 'people')).toBe(0);
    }
  }, 300_000);
});
