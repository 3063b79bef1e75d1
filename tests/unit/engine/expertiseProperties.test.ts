import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/engine/index.js';
import { STATUS_RANK } from '../../../shared/engine/requirementCoverage.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { planArb } from './arbitraryPlan.js';

const runs = { numRuns: 200 };

/** The plan with one professional's level for one expertise raised to `level` (added when they lacked it). */
function raised(plan: TeamPlan, professional: number, key: string, level: number): TeamPlan {
  return {
    ...plan,
    professionals: plan.professionals.map((p, i) => {
      if (i !== professional) return p;
      const others = p.expertise.filter((e) => e.key !== key);
      const current = p.expertise.find((e) => e.key === key)?.level ?? 0;
      return { ...p, expertise: [...others, { key, level: Math.max(current, level), assessedOn: null }] };
    }),
  };
}

describe('vakkennis properties', () => {
  it('never lowers any coverage number when one member’s expertise level is raised', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.nat(),
        fc.constantFrom('youth', 'debt', 'mentalHealth', 'crisis'),
        fc.integer({ min: 1, max: 4 }),
        (plan, pick, key, level) => {
          fc.pre(plan.professionals.length > 0);
          const before = computeCoverage(plan);
          const after = computeCoverage(raised(plan, pick % plan.professionals.length, key, level));
          expect(after.teamCoverage).toBeGreaterThanOrEqual(before.teamCoverage);
          expect(after.requirementsCovered).toBeGreaterThanOrEqual(before.requirementsCovered);
          before.functions.forEach((fn, f) => {
            expect(after.functions[f]!.coverage).toBeGreaterThanOrEqual(fn.coverage);
            fn.requirements.forEach((r, j) => {
              const now = after.functions[f]!.requirements[j]!;
              expect(now.qualified).toBeGreaterThanOrEqual(r.qualified);
              expect(STATUS_RANK[now.status]).toBeLessThanOrEqual(STATUS_RANK[r.status]);
              expect(now.shortfall).toBeLessThanOrEqual(r.shortfall);
            });
          });
          before.expertise.forEach((e) => {
            const now = after.expertise.find((x) => x.key === e.key)!;
            expect(now.holders.length).toBeGreaterThanOrEqual(e.holders.length);
          });
        },
      ),
      runs,
    );
  });

  it('gives the same function and team coverage when every expertise requirement has scope team, as without them', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const teamWide: TeamPlan = {
          ...plan,
          functions: plan.functions.map((f) => ({
            ...f,
            expertise: f.expertise.map((e) => ({ ...e, scope: 'team' as const })),
          })),
        };
        const without: TeamPlan = { ...plan, functions: plan.functions.map((f) => ({ ...f, expertise: [] })) };
        const a = computeCoverage(teamWide);
        const b = computeCoverage(without);
        expect(a.functions).toEqual(b.functions);
        expect(a.teamCoverage).toBe(b.teamCoverage);
        expect(a.requirementsTotal).toBe(b.requirementsTotal);
      }),
      runs,
    );
  });

  it('counts each function-scope expertise requirement as one more requirement of its in-team function', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const report = computeCoverage(plan);
        plan.functions.forEach((f, i) => {
          const rows = report.functions[i]!.requirements;
          expect(rows.filter((r) => r.kind === 'expertise').map((r) => r.competency)).toEqual(
            f.expertise.filter((e) => e.scope === 'function').map((e) => e.expertise),
          );
        });
      }),
      runs,
    );
  });
});
