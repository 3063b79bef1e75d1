import { describe, expect, it } from 'vitest';
import { HIGHS_STATUS, type StageResult } from '../../../node/compose/highsClient.js';
import { HighsPool } from '../../../node/compose/highsRace.js';
import { mergeRace } from '../../../node/compose/raceOutcome.js';
import { buildModel } from '../../../shared/compose/buildModel.js';
import { valuesFromComposition } from '../../../shared/compose/composition.js';
import { greedyComposition } from '../../../shared/compose/greedy.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { writeLp } from '../../../shared/compose/lpFormat.js';
import { tierValue, type MipConstraint } from '../../../shared/compose/mip.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { randomPlan } from '../../bench/composeData.js';

function stopped(
  values: number[] | null,
  dualBound: number | null,
  status: number = HIGHS_STATUS.timeLimit,
): StageResult {
  return {
    status,
    hasSolution: values !== null,
    objective: values ? sum(values) : null,
    dualBound,
    gap: null,
    values,
    elapsedMs: 10,
  };
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('compose: what a race of searches on one model has shown', () => {
  it('takes a proof from whichever racer made it', () => {
    const proof = stopped([1, 1], 2, HIGHS_STATUS.optimal);
    expect(mergeRace([stopped([1, 2], 1.5), proof], 'min', sum)).toBe(proof);
    const infeasible = stopped(null, null, HIGHS_STATUS.infeasible);
    expect(mergeRace([stopped(null, null), infeasible], 'max', sum)).toBe(infeasible);
  });

  it('without a proof keeps the better incumbent and the tightest bound, for min and max', () => {
    // Racer A: incumbent 5, bound 2.5; racer B: incumbent 3, bound 2.9. Both bounds hold, so 2.9 does.
    const min = mergeRace([stopped([2, 3], 2.5), stopped([1, 2], 2.9)], 'min', sum);
    expect(min.values).toEqual([1, 2]);
    expect(min.dualBound).toBe(2.9);
    expect(min.status).toBe(HIGHS_STATUS.timeLimit);
    const max = mergeRace([stopped([2, 3], 7.5), stopped([1, 2], 6.1)], 'max', sum);
    expect(max.values).toEqual([2, 3]);
    expect(max.dualBound).toBe(6.1);
  });

  it('ignores the bound of a racer without a solution and an infinite one, as the single search does', () => {
    const merged = mergeRace([stopped(null, 9), stopped([4], -Infinity), stopped([5], 3)], 'min', sum);
    expect(merged.values).toEqual([4]);
    expect(merged.dualBound).toBe(3);
    expect(mergeRace([stopped(null, 9)], 'min', sum).dualBound).toBeNull();
  });
});

/** The goal tier of a 200 x 12 bench pool, coverage and unfilled hours held at greedy's values: seconds of search. */
function hardGoalTier() {
  const plan = randomPlan(7, 200, 12);
  const options = composeOptions();
  const instance = buildInstance(plan, options);
  const { model, layout } = buildModel(instance, 'people');
  const values = valuesFromComposition(instance, layout, greedyComposition(instance)!, model.variables.length);
  const held: MipConstraint[] = model.tiers.slice(0, 2).map((tier, k) => {
    const value = tierValue(tier, values);
    return tier.sense === 'max'
      ? { name: `hold${k}`, terms: tier.terms, lower: value - 0.5, upper: Infinity }
      : { name: `hold${k}`, terms: tier.terms, lower: -Infinity, upper: value + 1e-6 };
  });
  const goal = model.tiers[2]!;
  return { lp: writeLp(model, goal, held), names: model.variables.map((v) => v.name), start: values, goal };
}

describe('compose: a race of HiGHS workers', () => {
  it('proves the same optimum as one search, and races again after a winner ended the loser', async () => {
    const lp =
      'Minimize\n obj: a + b + c\nSubject To\n c1: a + b >= 1\n c2: b + c >= 1\n c3: a + c >= 1\nBinaries\n a\n b\n c\nEnd\n';
    const request = { lp, names: ['a', 'b', 'c'], options: { time_limit: 30, mip_rel_gap: 0 } };
    const single = new HighsPool({ racers: 1 });
    const racing = new HighsPool({ racers: 2 });
    try {
      const alone = await single.solve(request);
      for (let round = 0; round < 2; round += 1) {
        const raced = await racing.race(request, 'min', sum);
        expect(raced.status).toBe(HIGHS_STATUS.optimal);
        expect(raced.objective).toBe(alone.objective);
        expect(sum(raced.values!)).toBe(2);
      }
    } finally {
      await single.terminate();
      await racing.terminate();
    }
  }, 60_000);

  it('stops both racers at the time limit with an incumbent no worse than the start and a bound below it', async () => {
    const { lp, names, start, goal } = hardGoalTier();
    const pool = new HighsPool({ racers: 2 });
    try {
      const began = performance.now();
      const raced = await pool.race({ lp, names, start, options: { time_limit: 1, mip_rel_gap: 0 } }, goal.sense, (v) =>
        tierValue(goal, v),
      );
      expect(performance.now() - began).toBeLessThan(20_000);
      expect(raced.values).not.toBeNull();
      const value = tierValue(goal, raced.values!);
      expect(value).toBeLessThanOrEqual(tierValue(goal, start) + 1e-6);
      if (raced.status !== HIGHS_STATUS.optimal) {
        expect(raced.status).toBe(HIGHS_STATUS.timeLimit);
        // Stopped before the search proper (e.g. still in presolve), HiGHS knows no finite bound.
        if (raced.dualBound !== null) expect(raced.dualBound).toBeLessThanOrEqual(value + 1e-6);
      }
    } finally {
      await pool.terminate();
    }
  }, 60_000);

  it('ends every racer at once when terminated mid-race, and refuses to race afterwards', async () => {
    const { lp, names, start, goal } = hardGoalTier();
    const pool = new HighsPool({ racers: 2 });
    const race = pool.race({ lp, names, start, options: { time_limit: 600, mip_rel_gap: 0 } }, goal.sense, (v) =>
      tierValue(goal, v),
    );
    const started = performance.now();
    setTimeout(() => void pool.terminate(new Error('cancelled')), 500);
    await expect(race).rejects.toThrow('cancelled');
    // Long before the ten-minute limit: both workers were terminated, not waited for.
    expect(performance.now() - started).toBeLessThan(15_000);
    await expect(pool.race({ lp, names, options: {} }, goal.sense, (v) => tierValue(goal, v))).rejects.toThrow(
      'cancelled',
    );
  }, 60_000);
});
