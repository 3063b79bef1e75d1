import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../shared/compose/buildModel.js';
import { valuesFromComposition } from '../../../shared/compose/composition.js';
import { fillHoursStart } from '../../../shared/compose/fillHours.js';
import { greedyComposition } from '../../../shared/compose/greedy.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { tierValue } from '../../../shared/compose/mip.js';
import { composeOptions, type ComposeLimits } from '../../../shared/compose/options.js';
import { randomPlan } from '../../bench/composeData.js';
import { violations } from './checks.js';

const cases: { seed: number; pool: number; fns: number; limits: ComposeLimits }[] = [
  { seed: 1, pool: 30, fns: 6, limits: {} },
  { seed: 2, pool: 50, fns: 12, limits: {} },
  { seed: 3, pool: 40, fns: 8, limits: {} },
  { seed: 4, pool: 40, fns: 8, limits: { maxTeamSize: 9 } },
];

describe('compose: the unfilled-hours start fills hours greedily', () => {
  for (const { seed, pool, fns, limits } of cases) {
    it(`keeps every rule and limit, never lowers coverage, and fills hours (seed ${seed}, ${pool} x ${fns})`, () => {
      const plan = randomPlan(seed, pool, fns);
      const options = composeOptions({ limits });
      const instance = buildInstance(plan, options);
      const { model, layout } = buildModel(instance, options.objective, limits);
      const greedy = greedyComposition(instance, limits);
      expect(greedy).not.toBeNull();
      // A coverage solution with hours still open: every assignment cut back to the minimum.
      const thin = greedy!.map((a) => ({ ...a, hours: options.minHours }));
      const start = valuesFromComposition(instance, layout, thin, model.variables.length);
      expect(violations(model, start)).toEqual([]);
      const filled = fillHoursStart(instance, layout, start, model.variables.length, limits);
      expect(filled).not.toBeNull();
      expect(violations(model, filled!)).toEqual([]);
      const [coverage, unfilled] = model.tiers;
      expect(tierValue(coverage!, filled!)).toBeGreaterThanOrEqual(tierValue(coverage!, start));
      expect(tierValue(unfilled!, filled!)).toBeLessThan(tierValue(unfilled!, start));
    });
  }

  it('answers null when no hours are open', () => {
    const plan = randomPlan(1, 30, 6);
    const options = composeOptions();
    const instance = buildInstance(plan, options);
    const { model, layout } = buildModel(instance, options.objective);
    const greedy = greedyComposition(instance)!;
    const start = valuesFromComposition(instance, layout, greedy, model.variables.length);
    expect(tierValue(model.tiers[1]!, start)).toBe(0);
    expect(fillHoursStart(instance, layout, start, model.variables.length)).toBeNull();
  });
});
