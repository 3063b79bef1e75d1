import { describe, expect, it } from 'vitest';
import { composeTeam } from '../../../node/compose/composeTeam.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { composeOutcome } from '../../../shared/compose/outcome.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { fn, holds, needs, person, plan } from '../engine/fixtures.js';

const run = { timeLimitSeconds: 20 };

async function outcomeOf(p: TeamPlan) {
  const options = composeOptions();
  return composeOutcome(p, await composeTeam(p, options, run), options.minHours);
}

/**
 * "Niemand in de pool kan dit dekken: Crisisinterventie (vakkennis)" beside 100% read as a
 * contradiction. Vakkennis asked of the whole team is no requirement row (docs/coverage.md),
 * so the dialog says it is not in the percentage - only when such an item is in the list.
 */
describe('the note under what nobody in the pool can cover', () => {
  it('is there when vakkennis asked of the whole team cannot be covered, beside 100%', async () => {
    const p = plan({
      functions: [fn('wijk', [['empathy', 2]], { hoursRequired: 8, expertise: [needs('crisis', 3, 1, 'team')] })],
      professionals: [person('a', { empathy: 3 }, { contractHours: 8 })],
    });
    const outcome = await outcomeOf(p);
    expect(outcome.uncoverable).toHaveLength(1);
    expect(outcome.after.teamCoverage).toBe(1);
    expect(outcome.uncoverableOutsideCoverage).toBe(true);
  });

  it('is not there when only competencies cannot be covered', async () => {
    const p = plan({
      functions: [fn('wijk', [['empathy', 4]], { hoursRequired: 8 })],
      professionals: [person('a', { empathy: 3 }, { contractHours: 8 })],
    });
    const outcome = await outcomeOf(p);
    expect(outcome.uncoverable).toHaveLength(1);
    expect(outcome.uncoverableOutsideCoverage).toBe(false);
  });

  it('is not there for vakkennis a function asks of its own members: that counts in the percentage', async () => {
    const p = plan({
      functions: [fn('jeugd', [], { hoursRequired: 8, expertise: [needs('youth', 3, 1, 'function')] })],
      professionals: [person('a', {}, { expertise: holds('youth:2'), contractHours: 8 })],
    });
    const outcome = await outcomeOf(p);
    expect(outcome.uncoverable).toHaveLength(1);
    expect(outcome.after.teamCoverage).toBe(0);
    expect(outcome.uncoverableOutsideCoverage).toBe(false);
  });
});
