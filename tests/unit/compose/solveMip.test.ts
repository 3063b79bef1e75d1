import { describe, expect, it } from 'vitest';
import { solveMip } from '../../../node/compose/solveMip.js';

const KNAPSACK = [
  'Maximize',
  ' obj: 5 a + 4 b + 3 c',
  'st',
  ' weight: 2 a + 3 b + c <= 4',
  'Bounds',
  ' 0 <= a <= 1',
  ' 0 <= b <= 1',
  ' 0 <= c <= 1',
  'Generals',
  ' a b c',
  'End',
  '',
].join('\n');

describe('solveMip: one LP-format program with a time limit and a signal', () => {
  it('proves the optimum and returns the values by name', async () => {
    const answer = await solveMip(KNAPSACK, ['a', 'b', 'c'], { timeLimitSeconds: 10 });
    expect(answer.status).toBe('optimal');
    expect(answer.objective).toBe(8);
    expect(answer.values).toEqual({ a: 1, b: 0, c: 1 });
  });

  it('says infeasible when no point meets the rows', async () => {
    const lp = KNAPSACK.replace('weight: 2 a + 3 b + c <= 4', 'weight: 2 a + 3 b + c >= 7');
    expect((await solveMip(lp, ['a', 'b', 'c'], { timeLimitSeconds: 10 })).status).toBe('infeasible');
  });

  it('rejects with the signal reason when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped by user'));
    await expect(solveMip(KNAPSACK, ['a'], { timeLimitSeconds: 10, signal: controller.signal })).rejects.toThrow(
      'stopped by user',
    );
  });
});
