import { describe, expect, it } from 'vitest';
import { composeTeam } from '../../../node/compose/composeTeam.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { randomPlan } from '../../bench/composeData.js';

describe('compose: cancellation', () => {
  // With two racers the pool also holds the second worker, started beside the first.
  it.each([1, 2])(
    'ends a running solve at once by terminating its worker threads (%i racers)',
    async (racers) => {
      const plan = randomPlan(7, 200, 12);
      const controller = new AbortController();
      const started = performance.now();
      const pending = composeTeam(plan, composeOptions(), {
        timeLimitSeconds: 600,
        signal: controller.signal,
        racers,
      });
      setTimeout(() => controller.abort(), 1500);
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
      // Well before the ten-minute limit: the worker was terminated, not waited for.
      expect(performance.now() - started).toBeLessThan(15_000);
    },
    60_000,
  );

  it('refuses to start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      composeTeam(randomPlan(1, 5, 2), composeOptions(), { timeLimitSeconds: 5, signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
