import { describe, expect, it } from 'vitest';
import { HIGHS_STATUS } from '../../../node/compose/highsClient.js';
import { HighsPool } from '../../../node/compose/highsRace.js';
import { buildModel } from '../../../shared/compose/buildModel.js';
import { valuesFromComposition } from '../../../shared/compose/composition.js';
import { greedyComposition } from '../../../shared/compose/greedy.js';
import { holdTier } from '../../../shared/compose/holds.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { writeLp } from '../../../shared/compose/lpFormat.js';
import type { MipModel } from '../../../shared/compose/mip.js';
import { modelArrays } from '../../../shared/compose/modelArrays.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { relaxed } from '../../../shared/compose/subproblems.js';
import { randomPlan } from '../../bench/composeData.js';

describe('compose: a model handed to HiGHS as arrays instead of LP text', () => {
  it('packs the rows, merges a column listed twice, and fixes integers for the polish', () => {
    const model: MipModel = {
      variables: [
        { name: 'a', lower: 0, upper: 1, integer: true },
        { name: 'b', lower: 0, upper: 8, integer: false },
      ],
      constraints: [
        {
          name: 'r1',
          terms: [
            { v: 0, coef: 2 },
            { v: 1, coef: 1 },
            { v: 0, coef: 1 },
          ],
          lower: -Infinity,
          upper: 4,
        },
        { name: 'r2', terms: [{ v: 1, coef: -1 }], lower: 1, upper: 1 },
      ],
      tiers: [],
    };
    const hold = { name: 'hold', terms: [{ v: 1, coef: 1 }], lower: 2, upper: Infinity };
    const arrays = modelArrays(model, { sense: 'max', terms: [{ v: 0, coef: 3 }] }, [hold]);
    expect(arrays.numRows).toBe(3);
    expect([...arrays.starts]).toEqual([0, 2, 3, 4]);
    expect([...arrays.indices]).toEqual([0, 1, 1, 1]);
    expect([...arrays.values]).toEqual([3, 1, -1, 1]);
    expect([...arrays.rowLower]).toEqual([-Infinity, 1, 2]);
    expect([...arrays.rowUpper]).toEqual([4, 1, Infinity]);
    expect([...arrays.colCost]).toEqual([3, 0]);
    expect([...arrays.integrality]).toEqual([1, 0]);
    const polish = modelArrays(model, { sense: 'min', terms: [] }, [], [0.9999, 3]);
    expect([...polish.colLower]).toEqual([1, 0]);
    expect([...polish.colUpper]).toEqual([1, 8]);
    expect([...polish.integrality]).toEqual([0, 0]);
  });

  it('gives HiGHS the same optimum as the LP text, for a relaxation and a MIP with held tiers', async () => {
    const plan = randomPlan(3, 30, 4);
    const instance = buildInstance(plan, composeOptions());
    const { model, layout } = buildModel(instance, 'people');
    const start = valuesFromComposition(instance, layout, greedyComposition(instance)!, model.variables.length);
    const held = [...holdTier(model.tiers[0]!, start, 0), ...holdTier(model.tiers[1]!, start, 1)];
    const goal = model.tiers[2]!;
    const names = model.variables.map((v) => v.name);
    const pool = new HighsPool({ racers: 1 });
    try {
      for (const m of [relaxed(model), model]) {
        const options = { time_limit: 60, mip_rel_gap: 0 };
        const fromText = await pool.solve({ lp: writeLp(m, goal, held), names, options });
        const fromArrays = await pool.solve({ model: modelArrays(m, goal, held), names, options });
        expect(fromText.status).toBe(HIGHS_STATUS.optimal);
        expect(fromArrays.status).toBe(HIGHS_STATUS.optimal);
        expect(fromArrays.objective!).toBeCloseTo(fromText.objective!, 6);
      }
    } finally {
      await pool.terminate();
    }
  }, 60_000);
});
