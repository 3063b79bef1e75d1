import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeTeam } from '../../../node/compose/composeTeam.js';
import type { PhaseTiming } from '../../../node/compose/phaseTiming.js';
import { solveComposition } from '../../../node/compose/solveComposition.js';
import { buildModel } from '../../../shared/compose/buildModel.js';
import { scarceCandidates } from '../../../shared/compose/candidates.js';
import { compareScores, compositionFromValues, scoreOf } from '../../../shared/compose/composition.js';
import { knownBounds } from '../../../shared/compose/knownBounds.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { randomPlan } from '../../bench/composeData.js';
import { fn, person, plan } from '../engine/fixtures.js';
import { bruteForce } from './bruteForce.js';
import { greedyTrap, smallPlan, someLimits } from './smallPlans.js';

/** The steps the runner took for one tier, in order (from composeTeam's onPhase). */
async function composeWithSteps(p: Parameters<typeof composeTeam>[0], options = composeOptions()) {
  const phases: PhaseTiming[] = [];
  const result = await composeTeam(p, options, { timeLimitSeconds: 30, onPhase: (t) => phases.push(t) });
  const stepsOf = (tier: string) => phases.filter((t) => t.tier === tier).map((t) => t.phase);
  return { result, stepsOf };
}

describe('compose: the goal tier proven at its known bound, without its LP', () => {
  it('chooses the people with the scarcest qualifications and the most free hours, only people in the model', () => {
    const p = plan({
      functions: [
        fn(
          'f',
          [
            ['empathy', 3],
            ['daring', 3],
          ],
          { hoursRequired: 8 },
        ),
      ],
      professionals: [
        person('rare', { daring: 3 }, { contractHours: 16 }),
        person('both', { empathy: 3, daring: 3 }, { contractHours: 12 }),
        person('common', { empathy: 3 }, { contractHours: 32 }),
        person('common2', { empathy: 3 }, { contractHours: 8 }),
        person('none', {}, { contractHours: 32 }),
        person('busy', { daring: 3 }, { contractHours: 2 }),
      ],
    });
    const instance = buildInstance(p, composeOptions());
    const { model, layout } = buildModel(instance, 'people');
    const chosen = (count: number) =>
      instance.people.flatMap((person, i) =>
        scarceCandidates(instance, layout, model.variables.length, count)[layout.y[i]!] === 1 ? [person.id] : [],
      );
    // daring: three qualified ('busy' has no pair: 2 free hours < the minimum of 4), empathy three.
    // Scores: rare 1/3*16, both (1/3+1/3)*12, common 1/3*32, common2 1/3*8, none 0 (listed in pool order).
    expect(chosen(2)).toEqual(['both', 'common']);
    expect(chosen(3)).toEqual(['rare', 'both', 'common']);
    expect(chosen(10)).toEqual(['rare', 'both', 'common', 'common2', 'none']);
    const values = scarceCandidates(instance, layout, model.variables.length, 2);
    expect(values).toHaveLength(model.variables.length);
    expect(values.reduce((sum, v) => sum + v, 0)).toBe(2);
  });

  it('proves a set-cover trap at its known bound (two people) where greedy takes three, no relaxation solved', async () => {
    const p = greedyTrap();
    const { result, stepsOf } = await composeWithSteps(p);
    expect(result.status).toBe('optimal');
    expect(result.score.people).toBe(2);
    expect(stepsOf('objective')).toEqual(['knownBound', 'atKnownBound']);
  }, 60_000);

  it('falls back to the relaxation when no team of the known size exists, and still proves the optimum', async () => {
    // Each function alone needs one person (the known bound is 1), but nobody is qualified for both.
    const p = plan({
      functions: [
        fn('f1', [['empathy', 3]], { hoursRequired: 8 }),
        fn('f2', [['networking', 3]], { hoursRequired: 8 }),
      ],
      professionals: [person('e', { empathy: 3 }), person('n', { networking: 3 }), person('x', { daring: 4 })],
    });
    const { result, stepsOf } = await composeWithSteps(p);
    expect(result.status).toBe('optimal');
    expect(result.score.people).toBe(2);
    expect(stepsOf('objective').slice(0, 3)).toEqual(['knownBound', 'atKnownBound', 'relaxation']);
  }, 60_000);

  it('equals the brute-force optimum on small random plans, whichever way the goal tier was proven', async () => {
    const ways = { atKnownBound: 0, fallback: 0 };
    await fc.assert(
      fc.asyncProperty(smallPlan, someLimits, fc.constantFrom(1, 2, 40), async (p, limits, count) => {
        const options = composeOptions({ limits });
        const instance = buildInstance(p, options);
        const { model, layout } = buildModel(instance, 'people', limits);
        const phases: PhaseTiming[] = [];
        // No greedy start: the coverage tier's solution is rarely a smallest team, so the
        // goal tier's search at its known bound runs often; one or two candidates make it
        // miss (and fall back) often too.
        const solved = await solveComposition(model, {
          timeLimitSeconds: 30,
          knownBound: knownBounds(instance, layout, model.variables, 'people', limits),
          candidates: (tier) =>
            tier === 'objective' ? scarceCandidates(instance, layout, model.variables.length, count) : null,
          onPhase: (t) => phases.push(t),
        });
        const best = bruteForce(p, instance, 'people', limits);
        if (best === null) {
          expect(solved.status).toBe('infeasible');
          return;
        }
        expect(solved.status).toBe('optimal');
        const score = scoreOf(p, compositionFromValues(instance, layout, solved.solution!));
        expect(compareScores(score, best.score, 'people')).toBe(0);
        const steps = phases.filter((t) => t.tier === 'objective').map((t) => t.phase);
        if (steps.includes('atKnownBound')) {
          if (steps.includes('relaxation') || steps.includes('full')) ways.fallback += 1;
          else ways.atKnownBound += 1;
        }
      }),
      { numRuns: 120 },
    );
    // Both paths were taken (otherwise the property would not test them).
    expect(ways.atKnownBound).toBeGreaterThan(0);
    expect(ways.fallback).toBeGreaterThan(0);
  }, 600_000);

  it('proves the fewest people of a 200 x 12 pool (seed 4) without the goal tier LP', async () => {
    const { result, stepsOf } = await composeWithSteps(randomPlan(4, 200, 12));
    expect(result.score.people).toBe(8);
    expect(['optimal', 'feasible']).toContain(result.status);
    expect(result.stoppedAt === null || result.stoppedAt === 'assignments').toBe(true);
    expect(stepsOf('objective')).toEqual(['knownBound', 'atKnownBound']);
  }, 120_000);
});
