import { bench, describe } from 'vitest';
import { exactDevelopmentPlan } from '../../node/development/exactDevelopmentPlan.js';
import { solveComposition } from '../../node/compose/solveComposition.js';
import { buildContext } from '../../shared/development/context.js';
import { greedyDevelopmentPlan } from '../../shared/development/greedyPlan.js';
import { buildDevelopmentMip } from '../../shared/development/mipModel.js';
import { computeCoverage } from '../../shared/engine/index.js';
import { syntheticHrInput } from '../unit/hr/syntheticHrInput.js';

/**
 * The development plan in `npm run bench`: all 200 teams of 25 people at once (people
 * shared between teams), k = 5, one step per person. Vitest prints each case relative to
 * the others of its group, so the baseline - one coverage engine pass over the same
 * 200 plans - sits beside greedy (no solver), the exact plan as the store process makes
 * it (greedy, then HiGHS in a worker thread unless greedy already meets the provable
 * bound, as it does on these teams) and the integer program solved by HiGHS from
 * scratch, without greedy's start or the bound. Never an assertion.
 */
const input = syntheticHrInput(200, 25);
const teams = input.scenarios.map((s) => ({ teamId: s.teamId, teamName: s.plan.team.name, plan: s.plan }));
const rules = { maxStepsPerPerson: 1, assessedWithinMonths: null, excludedIds: [], onlyPersonId: null };
const TODAY = '2026-11-29';
let sink = 0;

describe('development plan, 200 teams x 25 people, k = 5', () => {
  bench('baseline: coverage engine over the 200 plans', () => {
    for (const t of teams) sink += computeCoverage(t.plan).teamCoverage;
  });
  bench(
    'greedy plan (engine-judged, with its bound)',
    () => {
      sink += greedyDevelopmentPlan(teams, 5, rules, TODAY).score;
    },
    { time: 3000, iterations: 3 },
  );
  bench(
    'exact plan as the store process makes it (here greedy meets the bound)',
    async () => {
      sink += (await exactDevelopmentPlan(teams, 5, rules, TODAY, { timeLimitSeconds: 30 })).score;
    },
    { time: 3000, iterations: 3 },
  );
  bench(
    'integer program alone: HiGHS from scratch (worker start included)',
    async () => {
      const mip = buildDevelopmentMip(buildContext(teams, rules, TODAY), 5);
      sink += (await solveComposition(mip.model, { timeLimitSeconds: 30 })).tierValues[0] ?? 0;
    },
    { time: 3000, iterations: 3 },
  );
});

export { sink };
