import { describe, expect, it } from 'vitest';
import { byDeadline } from '../../../node/compose/byDeadline.js';
import { solveComposition } from '../../../node/compose/solveComposition.js';
import { buildModel } from '../../../shared/compose/buildModel.js';
import { valuesFromComposition } from '../../../shared/compose/composition.js';
import { greedyComposition } from '../../../shared/compose/greedy.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { knownBounds } from '../../../shared/compose/knownBounds.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { randomPlan } from '../../bench/composeData.js';

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

describe('compose: a search is stopped when it overruns the time limit', () => {
  it('passes an answer or an error through in time, and answers null (stopping the search) after the grace', async () => {
    expect(await byDeadline(Promise.resolve(7), performance.now() + 1000, 0, () => expect.fail('stopped'))).toBe(7);
    await expect(
      byDeadline(Promise.reject(new Error('broken')), performance.now() + 1000, 0, () => expect.fail('stopped')),
    ).rejects.toThrow('broken');

    let stops = 0;
    expect(await byDeadline(never<number>(), performance.now() + 5, 5, () => (stops += 1))).toBeNull();
    expect(stops).toBe(1);

    // A search that rejects once it was stopped (its worker terminated) raises nothing.
    let rejectLate: (error: Error) => void = () => undefined;
    const late = new Promise<number>((_, reject) => (rejectLate = reject));
    expect(await byDeadline(late, performance.now(), 0, () => rejectLate(new Error('terminated')))).toBeNull();
  });

  it('answers with the start and the bounds known so far when a real search overruns (200 x 12)', async () => {
    const plan = randomPlan(1, 200, 12);
    const options = composeOptions();
    const instance = buildInstance(plan, options);
    const { model, layout } = buildModel(instance, 'people');
    const start = valuesFromComposition(instance, layout, greedyComposition(instance)!, model.variables.length);
    // A limit of 60 s with the search stopped 0.3 s in: HiGHS's own limit cannot have ended it.
    const result = await solveComposition(model, {
      timeLimitSeconds: 60,
      overrunGraceMs: -59_700,
      start,
      knownBound: knownBounds(instance, layout, model.variables, 'people'),
    });
    expect(result.status).toBe('feasible');
    expect(result.stoppedAt).toBe('objective');
    expect(result.solution).toEqual(Array.from(start));
    expect(result.bound).toBe(7);
    expect(Number.isFinite(result.gap)).toBe(true);
  }, 60_000);
});
