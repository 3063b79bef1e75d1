import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Professional } from '../../../shared/domain/schemas.js';
import { buildContext, eligible, type DevelopmentContext } from '../../../shared/development/context.js';
import { evaluateSteps } from '../../../shared/development/evaluate.js';
import { greedySteps } from '../../../shared/development/greedy.js';
import { withinLimits } from '../../../shared/development/selection.js';
import { upperBounds } from '../../../shared/development/upperBound.js';
import { computeCoverage } from '../../../shared/engine/index.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { bruteForceBest } from './bruteForce.js';
import { oneTeamArb, rulesArb, teamsArb, TODAY } from './randomTeams.js';

const NO_RULES = { maxStepsPerPerson: 1, assessedWithinMonths: null, excludedIds: [], onlyPersonId: null };

/** The test's own way of taking a step: the person's rating or vakkennis level set one higher. */
function raise(plan: TeamPlan, context: DevelopmentContext, steps: readonly number[]): TeamPlan {
  const professionals = plan.professionals.map((p): Professional => {
    let result = p;
    for (const s of steps) {
      const step = context.candidates[s]!;
      if (step.personId !== p.id) continue;
      if (step.kind === 'competency') result = { ...result, ratings: { ...result.ratings, [step.key]: step.to } };
      else
        result = {
          ...result,
          expertise: [
            ...result.expertise.filter((e) => e.key !== step.key),
            { key: step.key, level: step.to, assessedOn: null },
          ],
        };
    }
    return result;
  });
  return { ...plan, professionals };
}

/** The coverage change the engine reports, in the plan's weights: read straight from two reports. */
function engineChange(context: DevelopmentContext, steps: readonly number[]) {
  let score = 0;
  let newlyCovered = 0;
  context.teams.forEach((team) => {
    const before = computeCoverage(team.plan);
    const after = computeCoverage(raise(team.plan, context, steps));
    newlyCovered += after.requirementsCovered - before.requirementsCovered;
    before.functions.forEach((fn, f) => {
      if (fn.inShell) return;
      fn.requirements.forEach((was, r) => {
        const now = after.functions[f]!.requirements[r]!;
        if (was.status !== 'covered' && now.status === 'covered') score += was.status === 'missing' ? 3 : 2;
        if (was.thin && now.qualified >= 2) score += 1;
      });
    });
  });
  return { score, newlyCovered };
}

describe("a step's value is the engine's coverage change", () => {
  it('for every single candidate step', () => {
    fc.assert(
      fc.property(teamsArb, (teams) => {
        const context = buildContext(teams, NO_RULES, TODAY);
        context.candidates.forEach((_, s) => {
          const value = evaluateSteps(context, [s]);
          const change = engineChange(context, [s]);
          expect(value.score).toBe(change.score);
          expect(value.closed.missing + value.closed.partial).toBe(change.newlyCovered);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('for any set of steps taken together (steps interact)', () => {
    fc.assert(
      fc.property(teamsArb, fc.array(fc.nat(50), { maxLength: 6 }), (teams, picks) => {
        const context = buildContext(teams, NO_RULES, TODAY);
        if (context.candidates.length === 0) return;
        const steps = [...new Set(picks.map((p) => p % context.candidates.length))];
        const value = evaluateSteps(context, steps);
        const change = engineChange(context, steps);
        expect(value.score).toBe(change.score);
        expect(value.closed.missing + value.closed.partial).toBe(change.newlyCovered);
      }),
      { numRuns: 150 },
    );
  });

  it('a candidate always lifts the person exactly to the level of a row it helps, and never above 4', () => {
    fc.assert(
      fc.property(teamsArb, (teams) => {
        const context = buildContext(teams, NO_RULES, TODAY);
        for (const step of context.candidates) {
          expect(step.to).toBe(step.from + 1);
          expect(step.to).toBeLessThanOrEqual(4);
          for (const r of step.rows) expect(context.targets[r]!.level).toBe(step.to);
        }
      }),
    );
  });
});

/** Greedy without shortcuts: every remaining step re-judged by the engine on the whole plan, each round. */
function naiveGreedy(context: DevelopmentContext, k: number): number[] {
  const chosen: number[] = [];
  for (;;) {
    const base = evaluateSteps(context, chosen).value;
    let best = -1;
    let bestGain = 0;
    context.candidates.forEach((_, s) => {
      if (chosen.includes(s) || !withinLimits(context, [...chosen, s], k)) return;
      const gain = evaluateSteps(context, [...chosen, s]).value - base;
      if (gain > bestGain) [best, bestGain] = [s, gain];
    });
    if (best === -1) return chosen;
    chosen.push(best);
  }
}

describe('greedy and its bound', () => {
  it('picks exactly what greedy without its shortcuts picks', () => {
    fc.assert(
      fc.property(teamsArb, rulesArb, fc.integer({ min: 1, max: 5 }), (teams, rules, k) => {
        const context = buildContext(teams, rules, TODAY);
        expect(greedySteps(context, k)).toEqual(naiveGreedy(context, k));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the limits, never beats brute force, and brute force never beats the stated bound', () => {
    fc.assert(
      fc.property(oneTeamArb, rulesArb, fc.integer({ min: 1, max: 3 }), (teams, rules, k) => {
        const context = buildContext(teams, rules, TODAY);
        fc.pre(context.candidates.length <= 10);
        const steps = greedySteps(context, k);
        expect(withinLimits(context, steps, k)).toBe(true);
        const greedy = evaluateSteps(context, steps);
        const best = bruteForceBest(context, k);
        expect(greedy.value).toBeLessThanOrEqual(best.value);
        const bounds = upperBounds(context, k);
        expect(best.score).toBeLessThanOrEqual(bounds.score);
        expect(best.value).toBeLessThanOrEqual(bounds.value);
      }),
      { numRuns: 120 },
    );
  });
});

describe('the rules', () => {
  it('only eligible people get candidate steps: not excluded, assessed within the months asked', () => {
    fc.assert(
      fc.property(teamsArb, rulesArb, (teams, rules) => {
        const context = buildContext(teams, rules, TODAY);
        for (const step of context.candidates) {
          expect(rules.excludedIds).not.toContain(step.personId);
          if (rules.onlyPersonId !== null) expect(step.personId).toBe(rules.onlyPersonId);
          if (rules.assessedWithinMonths !== null) {
            expect(step.person.assessedOn).not.toBeNull();
            expect(step.person.assessedOn! >= '2025-11-29').toBe(true);
          }
        }
      }),
    );
  });

  it("the assessment boundary is the HR list's: exactly M months ago still counts", () => {
    const base = { maxStepsPerPerson: 1, assessedWithinMonths: 12, excludedIds: [], onlyPersonId: null };
    const p = (assessedOn: string | null) => ({ id: 'x', assessedOn }) as Professional;
    expect(eligible(p('2025-11-29'), base, TODAY)).toBe(true);
    expect(eligible(p('2025-11-28'), base, TODAY)).toBe(false);
    expect(eligible(p(null), base, TODAY)).toBe(false);
    expect(eligible(p(null), { ...base, assessedWithinMonths: null }, TODAY)).toBe(true);
    expect(eligible(p('2026-01-01'), { ...base, excludedIds: ['x'] }, TODAY)).toBe(false);
    expect(eligible(p('2026-01-01'), { ...base, onlyPersonId: 'y' }, TODAY)).toBe(false);
  });
});
