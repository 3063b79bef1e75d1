import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHS_STATUS, HighsClient } from '../../../node/compose/highsClient.js';
import { buildModel } from '../../../shared/compose/buildModel.js';
import { valuesFromComposition } from '../../../shared/compose/composition.js';
import { holdTier } from '../../../shared/compose/holds.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { writeLp } from '../../../shared/compose/lpFormat.js';
import type { MipTier } from '../../../shared/compose/mip.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { boundFromRelaxation, relaxed } from '../../../shared/compose/subproblems.js';
import { bruteForce } from './bruteForce.js';
import { smallPlan, someLimits } from './smallPlans.js';

const goal: MipTier = {
  name: 'objective',
  sense: 'min',
  terms: [
    { v: 0, coef: 1 },
    { v: 1, coef: 1 },
  ],
  integral: true,
};

describe('compose: holding solved tiers', () => {
  it('holds an integral tier at its whole number, up to round-off only', () => {
    // A HiGHS solution of 7 people may add up to 6.99999999999995.
    const [row] = holdTier(goal, [3.99999999999995, 3], 2);
    expect(row!.upper).toBeGreaterThanOrEqual(7);
    expect(row!.upper).toBeLessThan(7 + 1e-5);
    expect(row!.lower).toBe(-Infinity);
    const coverage: MipTier = { ...goal, sense: 'max', holdParts: [[{ v: 0, coef: 1 }], [{ v: 1, coef: 1 }]] };
    const rows = holdTier(coverage, [5.0000001, 2], 0);
    expect(rows.map((r) => r.lower)).toEqual([5 - 6e-6, 2 - 3e-6]);
    expect(rows.map((r) => r.name)).toEqual(['tier0_0', 'tier0_1']);
  });

  it('holds a continuous tier at its value, up to round-off only', () => {
    const [row] = holdTier({ ...goal, integral: false }, [7.25, 0], 2);
    expect(row!.upper).toBeCloseTo(7.25 + 8.25e-6, 12);
  });

  it('keeps the brute-force optimum of the assignment tier, and its relaxation stays a bound (small plans, limits)', async () => {
    const client = new HighsClient();
    try {
      await fc.assert(
        fc.asyncProperty(
          smallPlan,
          fc.constantFrom('people' as const, 'contractHours' as const),
          someLimits,
          async (plan, objective, limits) => {
            const options = composeOptions({ objective, limits });
            const instance = buildInstance(plan, options);
            const best = bruteForce(plan, instance, objective, limits);
            if (best === null) return;
            const { model, layout } = buildModel(instance, objective, limits);
            const values = valuesFromComposition(instance, layout, best.composition, model.variables.length);
            // Coverage, unfilled hours and the goal held exactly at the brute-force optimum, as the runner does.
            const held = model.tiers.slice(0, 3).flatMap((tier, k) => holdTier(tier, values, k));
            const assignments = model.tiers[3]!;
            const names = model.variables.map((v) => v.name);
            const lp = await client.solve({ lp: writeLp(relaxed(model), assignments, held), names, options: {} });
            expect(lp.status).toBe(HIGHS_STATUS.optimal);
            expect(boundFromRelaxation(lp.objective!, 'min', true)).toBeLessThanOrEqual(best.score.assignments);
            const mip = await client.solve({
              lp: writeLp(model, assignments, held),
              names,
              start: values,
              options: { mip_rel_gap: 0, mip_abs_gap: 0.99 },
            });
            expect(mip.status).toBe(HIGHS_STATUS.optimal);
            expect(Math.round(mip.objective!)).toBe(best.score.assignments);
          },
        ),
        { seed: 20261130, numRuns: 60 },
      );
    } finally {
      await client.terminate();
    }
  }, 180_000);
});
