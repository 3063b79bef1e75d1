import { describe, expect, it } from 'vitest';
import { composeTeam } from '../../../node/compose/composeTeam.js';
import { WorkerKeeper, type KeepableWorker } from '../../../node/compose/keptWorker.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { randomPlan } from '../../bench/composeData.js';

class FakeWorker implements KeepableWorker {
  waiting: boolean[] = [];
  constructor(public idle = true) {}
  keepAlive(waiting: boolean): void {
    this.waiting.push(waiting);
  }
}

describe('compose: one idle HiGHS worker kept for the next composition', () => {
  it('keeps one idle worker, hands it out once, and lets it wait without holding the process open', () => {
    const keeper = new WorkerKeeper<FakeWorker>();
    const first = new FakeWorker();
    const second = new FakeWorker();
    expect(keeper.keep(first)).toBe(true);
    expect(keeper.keep(second)).toBe(false);
    expect(first.waiting).toEqual([true]);
    expect(keeper.take()).toBe(first);
    expect(first.waiting).toEqual([true, false]);
    expect(keeper.take()).toBeNull();
  });

  it('never keeps a busy worker, and drops one that died while it waited', () => {
    const keeper = new WorkerKeeper<FakeWorker>();
    expect(keeper.keep(new FakeWorker(false))).toBe(false);
    const dying = new FakeWorker();
    expect(keeper.keep(dying)).toBe(true);
    dying.idle = false;
    expect(keeper.take()).toBeNull();
    expect(dying.waiting).toEqual([true]);
    // The place is free again.
    expect(keeper.keep(new FakeWorker())).toBe(true);
  });

  it('composes the same team again on the kept worker, also after a cancelled composition', async () => {
    const plan = randomPlan(2, 20, 3);
    const run = { timeLimitSeconds: 30 };
    const first = await composeTeam(plan, composeOptions(), run);
    const again = await composeTeam(plan, composeOptions(), run);
    expect(first.status).toBe('optimal');
    expect(again.status).toBe('optimal');
    expect(again.score).toEqual(first.score);
    const controller = new AbortController();
    const cancelled = composeTeam(randomPlan(1, 200, 12), composeOptions(), { ...run, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(cancelled).rejects.toThrow();
    const after = await composeTeam(plan, composeOptions(), run);
    expect(after.score).toEqual(first.score);
  }, 120_000);
});
