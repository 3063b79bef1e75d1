import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactDevelopmentPlan } from '../../../node/development/exactDevelopmentPlan.js';
import { solveComposition } from '../../../node/compose/solveComposition.js';
import { buildContext } from '../../../shared/development/context.js';
import { evaluateSteps } from '../../../shared/development/evaluate.js';
import { greedyDevelopmentPlan } from '../../../shared/development/greedyPlan.js';
import { buildDevelopmentMip } from '../../../shared/development/mipModel.js';
import { bruteForceBest } from './bruteForce.js';
import { oneTeamArb, rulesArb, teamsArb, TODAY } from './randomTeams.js';

/**
 * The exact planner (HiGHS in a worker thread, as in the store process): its objective is
 * the engine's value for any set of steps, and its plan equals brute force on small
 * cases and is never worse than greedy. Each case starts a solver, so the runs are few.
 */

describe('the integer program', () => {
  it("has the engine's value as its objective for any chosen set of steps", async () => {
    await fc.assert(
      fc.asyncProperty(teamsArb, fc.array(fc.nat(50), { maxLength: 5 }), async (teams, picks) => {
        const rules = { maxStepsPerPerson: 4, assessedWithinMonths: null, excludedIds: [], onlyPersonId: null };
        const context = buildContext(teams, rules, TODAY);
        fc.pre(context.candidates.length > 0);
        const steps = [...new Set(picks.map((p) => p % context.candidates.length))];
        const mip = buildDevelopmentMip(context, context.candidates.length);
        // The chosen set fixed; the solver completes c, z and u at their best.
        const chosen = new Set(steps);
        mip.stepVariables.forEach((v, s) => {
          const fixed = chosen.has(s) ? 1 : 0;
          mip.model.variables[v] = { ...mip.model.variables[v]!, lower: fixed, upper: fixed };
        });
        const solved = await solveComposition(mip.model, { timeLimitSeconds: 10 });
        expect(solved.status).toBe('optimal');
        expect(Math.round(solved.tierValues[0]!)).toBe(evaluateSteps(context, steps).value);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

describe('the best k steps', () => {
  it('equal brute force on small cases and are never worse than greedy, within the rules', async () => {
    await fc.assert(
      fc.asyncProperty(teamsArb, rulesArb, fc.integer({ min: 1, max: 3 }), async (teams, rules, k) => {
        const context = buildContext(teams, rules, TODAY);
        fc.pre(context.candidates.length <= 10);
        const plan = await exactDevelopmentPlan(teams, k, rules, TODAY, { timeLimitSeconds: 10 });
        const greedy = greedyDevelopmentPlan(teams, k, rules, TODAY);
        const best = bruteForceBest(context, k);
        expect(['optimal', 'greedyOptimal']).toContain(plan.proof);
        expect(plan.score).toBe(best.score);
        expect(plan.score).toBeGreaterThanOrEqual(greedy.score);
        expect(plan.bound).toBe(plan.score);
        expect(plan.steps.length).toBeLessThanOrEqual(k);
        const perPerson = new Map<string, number>();
        for (const step of plan.steps) {
          perPerson.set(step.personId, (perPerson.get(step.personId) ?? 0) + 1);
          expect(rules.excludedIds).not.toContain(step.personId);
          expect(step.effects.length).toBeGreaterThan(0);
        }
        for (const count of perPerson.values()) expect(count).toBeLessThanOrEqual(rules.maxStepsPerPerson);
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it("states greedy's distance to optimal as a bound no plan beats", () => {
    fc.assert(
      fc.property(oneTeamArb, fc.integer({ min: 1, max: 3 }), (teams, k) => {
        const rules = { maxStepsPerPerson: 1, assessedWithinMonths: null, excludedIds: [], onlyPersonId: null };
        const context = buildContext(teams, rules, TODAY);
        fc.pre(context.candidates.length <= 10);
        const greedy = greedyDevelopmentPlan(teams, k, rules, TODAY);
        expect(greedy.method).toBe('greedy');
        expect(greedy.bound).toBeGreaterThanOrEqual(bruteForceBest(context, k).score);
        expect(greedy.proof).toBe(greedy.score >= greedy.bound ? 'greedyOptimal' : 'noSolver');
        if (greedy.proof === 'greedyOptimal') expect(greedy.score).toBe(bruteForceBest(context, k).score);
      }),
      { numRuns: 60 },
    );
  });
});
