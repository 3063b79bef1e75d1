import { describe, expect, it } from 'vitest';
import { composeTeam } from '../../../node/compose/composeTeam.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { findUncoverable } from '../../../shared/compose/uncoverable.js';
import { fn, holds, needs, person, plan } from '../engine/fixtures.js';
import { expectValid } from './checks.js';

const run = { timeLimitSeconds: 20 };

/**
 * Vakkennis as a constraint of the composer: asked of a function's own members it is a
 * requirement like a competency; asked of the team, anyone in the chosen team counts.
 * In each plan below the people differ only in their expertise, so it alone decides.
 */
describe('compose: vakkennis decides who is chosen', () => {
  it('chooses the one person with the expertise at the level a function asks of its members', async () => {
    const p = plan({
      functions: [fn('jeugd', [['empathy', 2]], { hoursRequired: 8, expertise: [needs('youth', 3, 1, 'function')] })],
      professionals: [
        person('a', { empathy: 3 }, { expertise: holds('youth:2'), contractHours: 8 }),
        person('b', { empathy: 3 }, { expertise: holds('youth:3'), contractHours: 8 }),
        person('c', { empathy: 3 }, { contractHours: 8 }),
      ],
    });
    const options = composeOptions();
    const result = await composeTeam(p, options, run);
    expect(result.status).toBe('optimal');
    expect(result.composition.map((a) => a.professionalId)).toEqual(['b']);
    expect(result.score.requirementsCovered).toBe(2);
    expectValid(p, options, result);
  });

  it('chooses people who bring team-wide expertise, in whatever function they work', async () => {
    const p = plan({
      functions: [
        fn('wijk', [['empathy', 2]], { hoursRequired: 8, expertise: [needs('debt', 2, 2, 'team')] }),
        fn('jeugd', [['empathy', 2]], { hoursRequired: 8 }),
      ],
      professionals: [
        person('a', { empathy: 3 }, { contractHours: 16 }),
        person('b', { empathy: 3 }, { expertise: holds('debt:2'), contractHours: 8 }),
        person('c', { empathy: 3 }, { expertise: holds('debt:3'), contractHours: 8 }),
      ],
    });
    const options = composeOptions();
    const result = await composeTeam(p, options, run);
    expect(result.status).toBe('optimal');
    expect(new Set(result.composition.map((a) => a.professionalId))).toEqual(new Set(['b', 'c']));
    expect(result.score.teamExpertiseCovered).toBe(1);
    expectValid(p, options, result);
  });

  it('names vakkennis nobody in the pool brings at the level as uncoverable', () => {
    const p = plan({
      functions: [fn('f', [], { expertise: [needs('crisis', 4, 1, 'function'), needs('youth', 2, 2, 'team')] })],
      professionals: [person('a', {}, { expertise: holds('crisis:3', 'youth:2') })],
    });
    const items = findUncoverable(buildInstance(p, composeOptions()));
    expect(items.map((u) => [u.kind, u.competency, u.qualified])).toEqual([
      ['expertise', 'crisis', 0],
      ['expertise', 'youth', 1],
    ]);
  });
});
