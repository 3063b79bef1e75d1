import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeTeam } from '../../../node/compose/composeTeam.js';
import { compareScores } from '../../../shared/compose/composition.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { bruteForce } from './bruteForce.js';
import { expectValid } from './checks.js';
import { smallPlan } from './smallPlans.js';

describe('compose: optimal by the lexicographic objective', () => {
  it('equals a brute-force optimum on small random plans, and keeps every rule', async () => {
    await fc.assert(
      fc.asyncProperty(
        smallPlan,
        fc.constantFrom('people' as const, 'contractHours' as const),
        fc.constantFrom(2, 4),
        async (plan, objective, minHours) => {
          const options = composeOptions({ objective, minHours });
          // Two racers whatever the machine's cores, so the property runs through the race.
          const result = await composeTeam(plan, options, { timeLimitSeconds: 20, racers: 2 });
          expect(result.status).toBe('optimal');
          const best = bruteForce(plan, buildInstance(plan, options), objective);
          expect(best).not.toBeNull();
          expect(compareScores(result.score, best!.score, objective)).toBe(0);
          expectValid(plan, options, result);
        },
      ),
      { seed: 20261129, numRuns: 25 },
    );
  }, 600_000);
});
