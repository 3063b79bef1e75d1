import { describe, expect, it } from 'vitest';
import { byDeadline } from '../../../node/compose/byDeadline.js';
import { composeTeam } from '../../../node/compose/composeTeam.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { randomPlan } from '../../bench/composeData.js';

/** "Nu afronden": a running composition answers at once with what it has, and says so honestly. */

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

describe('compose: finishing early', () => {
  it('ends a search like an overrun when asked to wrap up, at once or later, and never after the answer came', async () => {
    const later = new AbortController();
    let stops = 0;
    const pending = byDeadline(never<number>(), performance.now() + 60_000, 0, () => (stops += 1), later.signal);
    later.abort();
    expect(await pending).toBeNull();
    expect(stops).toBe(1);

    // Asked before the search even started: null without waiting.
    expect(
      await byDeadline(never<number>(), performance.now() + 60_000, 0, () => (stops += 1), later.signal),
    ).toBeNull();
    expect(stops).toBe(2);

    // An answer that came first stands; a wrap-up afterwards stops nothing.
    const after = new AbortController();
    expect(await byDeadline(Promise.resolve(7), performance.now() + 60_000, 0, () => (stops += 1), after.signal)).toBe(
      7,
    );
    after.abort();
    expect(stops).toBe(2);
  });

  it('answers with the fewest people proven when asked while the assignments are searched (200 x 12, seed 8)', async () => {
    // Seed 8: the fewest people are proven within seconds, the fewest assignments stay open for long.
    const plan = randomPlan(8, 200, 12);
    const wrapUp = new AbortController();
    let askedAt = Number.NaN;
    const stages: string[] = [];
    const result = await composeTeam(plan, composeOptions(), {
      timeLimitSeconds: 300,
      wrapUp: wrapUp.signal,
      onStage: (stage) => {
        stages.push(stage);
        if (stage === 'assignments') {
          askedAt = performance.now();
          wrapUp.abort();
        }
      },
    });
    const answeredAfter = performance.now() - askedAt;
    expect(stages).toContain('assignments');
    // Far within the five-minute limit: the wrap-up ended the search, not the clock.
    expect(answeredAfter).toBeLessThan(60_000);
    expect(result.status).toBe('feasible');
    expect(result.stoppedAt).toBe('assignments');
    // The open tier still has its bound and gap.
    expect(result.bound).not.toBeNull();
    expect(Number.isFinite(result.gap)).toBe(true);
    // The tiers proven before the wrap-up hold: coverage and open hours at least the greedy
    // start's, and fewer people (the greedy needs 16 on these pools, the optimum 6-8).
    const greedy = result.greedy!.score;
    expect(result.score.requirementsCovered).toBeGreaterThanOrEqual(greedy.requirementsCovered);
    expect(result.score.unfilledHours).toBeLessThanOrEqual(greedy.unfilledHours);
    expect(result.score.people).toBeLessThan(greedy.people);
    expect(result.composition.length).toBeGreaterThan(0);
    // The hours polish did not run, yet no function gets hours it does not ask where they can be taken.
    for (const fn of plan.functions) {
      const seats = result.composition.filter((a) => a.functionId === fn.id);
      const hours = seats.reduce((sum, a) => sum + a.hours, 0);
      expect(hours).toBeGreaterThanOrEqual(fn.hoursRequired - 1e-9);
      expect(hours).toBeLessThanOrEqual(Math.max(fn.hoursRequired, 4 * seats.length) + 0.01 * seats.length + 1e-9);
    }
  }, 300_000);
});
