import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, coverageWeight } from '../../../shared/compose/buildModel.js';
import { scoreOf, valuesFromComposition } from '../../../shared/compose/composition.js';
import { greedyComposition } from '../../../shared/compose/greedy.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { writeLp } from '../../../shared/compose/lpFormat.js';
import { tierValue } from '../../../shared/compose/mip.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { smallPlan } from './smallPlans.js';

describe('compose model', () => {
  it('accepts the greedy composition as a feasible start whose tiers match the engine-measured score', () => {
    fc.assert(
      fc.property(smallPlan, fc.constantFrom(2, 4), (plan, minHours) => {
        const options = composeOptions({ minHours });
        const instance = buildInstance(plan, options);
        const { model, layout } = buildModel(instance, 'people');
        const greedy = greedyComposition(instance)!;
        const values = valuesFromComposition(instance, layout, greedy, model.variables.length);
        model.variables.forEach((v, i) => {
          expect(values[i]).toBeGreaterThanOrEqual(v.lower - 1e-9);
          expect(values[i]).toBeLessThanOrEqual(v.upper + 1e-9);
        });
        for (const c of model.constraints) {
          const sum = c.terms.reduce((s, t) => s + t.coef * values[t.v]!, 0);
          expect(sum, c.name).toBeGreaterThanOrEqual(c.lower - 1e-6);
          expect(sum, c.name).toBeLessThanOrEqual(c.upper + 1e-6);
        }
        const score = scoreOf(plan, greedy);
        expect(tierValue(model.tiers[0]!, values)).toBe(
          coverageWeight(instance) * (score.requirementsCovered + score.teamExpertiseCovered) + score.progress,
        );
        expect(tierValue(model.tiers[1]!, values)).toBeCloseTo(score.unfilledHours, 6);
        expect(tierValue(model.tiers[2]!, values)).toBe(score.people);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('writes CPLEX LP text with bounds and integer columns', () => {
    const lp = writeLp(
      {
        variables: [
          { name: 'x0', lower: 0, upper: 1, integer: true },
          { name: 'h0', lower: 0, upper: 7.5, integer: false },
        ],
        constraints: [
          {
            name: 'hmin',
            terms: [
              { v: 1, coef: 1 },
              { v: 0, coef: -4 },
            ],
            lower: 0,
            upper: Infinity,
          },
        ],
        tiers: [],
      },
      { sense: 'max', terms: [{ v: 1, coef: 2 }] },
    );
    expect(lp).toBe(
      [
        'Maximize',
        ' obj: 2 h0',
        'st',
        ' hmin_lo: h0 - 4 x0 >= 0',
        'Bounds',
        ' 0 <= x0 <= 1',
        ' 0 <= h0 <= 7.5',
        'Generals',
        ' x0',
        'End',
        '',
      ].join('\n'),
    );
  });
});
