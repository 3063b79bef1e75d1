import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestAdditions,
  buildJsonReport,
  computeCoverage,
  impactOfLeaving,
  MIN_ASSIGNMENT_HOURS,
  whoClosesGaps,
} from '../../../shared/engine/index.js';
import { levelFor } from '../../../shared/engine/expertiseLevel.js';
import { STATUS_RANK } from '../../../shared/engine/requirementCoverage.js';
import { teamPlanSchema } from '../../../shared/plan/planSchema.js';
import { planArb, planWithFreePairArb } from './arbitraryPlan.js';
import { withAssignment } from './fixtures.js';

const runs = { numRuns: 200 };

describe('coverage engine properties', () => {
  it('generates only plans the plan schema accepts (so the properties speak about real plans)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(teamPlanSchema.safeParse(plan).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('never lowers any coverage number when a member is added to a function', () => {
    fc.assert(
      fc.property(planWithFreePairArb, ({ plan, pair }) => {
        fc.pre(pair !== null);
        const before = computeCoverage(plan);
        const after = computeCoverage(withAssignment(plan, pair![0], pair![1]));
        expect(after.teamCoverage).toBeGreaterThanOrEqual(before.teamCoverage);
        expect(after.requirementsCovered).toBeGreaterThanOrEqual(before.requirementsCovered);
        before.functions.forEach((f, i) => {
          const g = after.functions[i]!;
          expect(g.coverage).toBeGreaterThanOrEqual(f.coverage);
          f.requirements.forEach((r, j) => {
            const s = g.requirements[j]!;
            expect(s.qualified).toBeGreaterThanOrEqual(r.qualified);
            expect(s.best).toBeGreaterThanOrEqual(r.best);
            expect(s.shortfall).toBeLessThanOrEqual(r.shortfall);
            expect(STATUS_RANK[s.status]).toBeLessThanOrEqual(STATUS_RANK[r.status]);
          });
        });
        before.profile.forEach((c, i) => {
          expect(after.profile[i]!.best).toBeGreaterThanOrEqual(c.best);
          expect(after.profile[i]!.holders.length).toBeGreaterThanOrEqual(c.holders.length);
        });
      }),
      runs,
    );
  });

  it('restores the report exactly when a member is removed and then re-added (in another order)', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), (plan, pick) => {
        fc.pre(plan.assignments.length > 0);
        const leaver = plan.assignments[pick % plan.assignments.length]!.professionalId;
        const theirs = plan.assignments.filter((a) => a.professionalId === leaver);
        const without = { ...plan, assignments: plan.assignments.filter((a) => a.professionalId !== leaver) };
        const back = { ...without, assignments: [...without.assignments, ...theirs.reverse()] };
        expect(computeCoverage(back)).toEqual(computeCoverage(plan));
      }),
      runs,
    );
  });

  it('keeps every count within its bounds: covered <= requirements, qualified <= members, coverage in [0, 1]', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const report = computeCoverage(plan);
        expect(report.requirementsCovered).toBeLessThanOrEqual(report.requirementsTotal);
        expect(report.teamCoverage).toBeGreaterThanOrEqual(0);
        expect(report.teamCoverage).toBeLessThanOrEqual(1);
        for (const f of report.functions) {
          expect(f.coverage).toBeGreaterThanOrEqual(0);
          expect(f.coverage).toBeLessThanOrEqual(1);
          for (const r of f.requirements) {
            expect(r.qualified).toBeLessThanOrEqual(f.memberIds.length);
            expect(r.qualifiedIds).toHaveLength(r.qualified);
            expect(r.shortfall).toBeGreaterThanOrEqual(0);
            expect(r.shortfall).toBeLessThanOrEqual(r.level);
          }
        }
        for (const c of report.profile) {
          expect(c.countsByLevel.reduce((a, b) => a + b, 0)).toBe(report.memberIds.length);
        }
      }),
      runs,
    );
  });

  it('is deterministic: the same plan, or a copy of it, gives the same JSON report byte for byte', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const once = JSON.stringify(buildJsonReport(plan, { today: '2026-06-01' }));
        expect(JSON.stringify(buildJsonReport(structuredClone(plan), { today: '2026-06-01' }))).toBe(once);
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of the assignments', () => {
    fc.assert(
      fc.property(
        planArb.chain((plan) =>
          fc.shuffledSubarray(plan.assignments, { minLength: plan.assignments.length }).map((a) => ({ plan, a })),
        ),
        ({ plan, a }) => {
          expect(computeCoverage({ ...plan, assignments: a })).toEqual(computeCoverage(plan));
        },
      ),
      runs,
    );
  });
});

describe('suggestion properties', () => {
  it('suggests only people outside the function who are rated at the required level', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const report = computeCoverage(plan);
        for (const gap of whoClosesGaps(plan, report, 10)) {
          const fn = report.functions.find((f) => f.id === gap.functionId)!;
          const requirement = fn.requirements.find((r) => r.kind === gap.kind && r.competency === gap.competency)!;
          expect(fn.inShell).toBe(false);
          expect(requirement.status).not.toBe('covered');
          for (const c of gap.candidates) {
            expect(fn.memberIds).not.toContain(c.professionalId);
            const person = plan.professionals.find((p) => p.id === c.professionalId)!;
            expect(levelFor(person, gap.kind, gap.competency)).toBeGreaterThanOrEqual(requirement.level);
          }
        }
      }),
      runs,
    );
  });

  it('best additions predict the coverage the engine computes once they are made, and never lower it', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: 0, max: 5 }), (plan, k) => {
        let next = plan;
        let previous = computeCoverage(plan).teamCoverage;
        const picks = bestAdditions(plan, k);
        expect(picks.length).toBeLessThanOrEqual(k);
        for (const pick of picks) {
          next = withAssignment(next, pick.professionalId, pick.functionId, Math.max(1, pick.suggestedHours));
          const actual = computeCoverage(next).teamCoverage;
          expect(pick.teamCoverageAfter).toBeCloseTo(actual, 12);
          expect(actual).toBeGreaterThanOrEqual(previous);
          previous = actual;
        }
      }),
      runs,
    );
  });

  it('the impact of leaving equals the coverage without that person, and only ever lowers it', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), (plan, pick) => {
        fc.pre(plan.professionals.length > 0);
        const id = plan.professionals[pick % plan.professionals.length]!.id;
        const impact = impactOfLeaving(plan, id);
        const without = computeCoverage({
          ...plan,
          assignments: plan.assignments.filter((a) => a.professionalId !== id),
        });
        expect(impact.teamCoverageAfter).toBe(without.teamCoverage);
        expect(impact.teamCoverageAfter).toBeLessThanOrEqual(impact.teamCoverageBefore);
        const lostCovered = impact.lost.filter((l) => l.from === 'covered').length;
        const report = computeCoverage(plan);
        expect(report.requirementsCovered - without.requirementsCovered).toBe(lostCovered);
      }),
      runs,
    );
  });
});

describe('order and ranking properties', () => {
  it('changes no count when the professionals are listed in another order', () => {
    fc.assert(
      fc.property(
        planArb.chain((plan) =>
          fc
            .shuffledSubarray(plan.professionals, { minLength: plan.professionals.length })
            .map((people) => ({ plan, people })),
        ),
        ({ plan, people }) => {
          const a = computeCoverage(plan);
          const b = computeCoverage({ ...plan, professionals: people });
          expect(b.teamCoverage).toBe(a.teamCoverage);
          expect(new Set(b.memberIds)).toEqual(new Set(a.memberIds));
          a.functions.forEach((f, i) => {
            f.requirements.forEach((r, j) => {
              const s = b.functions[i]!.requirements[j]!;
              expect([s.qualified, s.status, s.shortfall, s.thin]).toEqual([
                r.qualified,
                r.status,
                r.shortfall,
                r.thin,
              ]);
              expect([...s.qualifiedIds].sort()).toEqual([...r.qualifiedIds].sort());
            });
          });
        },
      ),
      runs,
    );
  });

  it('never ranks a candidate with fewer than the minimum assignment hours free above one who has them', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        for (const gap of whoClosesGaps(plan, undefined, 20)) {
          const hasRoom = gap.candidates.map((c) => c.hoursAvailable >= MIN_ASSIGNMENT_HOURS);
          expect(hasRoom.slice(hasRoom.indexOf(false) + 1 || hasRoom.length)).not.toContain(true);
          expect(gap.candidates.map((c) => c.hasRoom)).toEqual(hasRoom);
        }
      }),
      runs,
    );
  });

  it('books best additions only for people with room, so the plan never goes over a contract', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const report = computeCoverage(plan);
        const free = new Map(report.professionals.map((l) => [l.id, l.contractHours - l.hoursAllocated]));
        for (const pick of bestAdditions(plan, 5)) {
          const left = free.get(pick.professionalId)!;
          expect(left).toBeGreaterThanOrEqual(MIN_ASSIGNMENT_HOURS);
          expect(pick.suggestedHours).toBeLessThanOrEqual(left);
          free.set(pick.professionalId, left - pick.suggestedHours);
        }
      }),
      runs,
    );
  });

  it('ranks gap candidates with room first, then by newly covered, then free hours', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        for (const gap of whoClosesGaps(plan, undefined, 20)) {
          for (let i = 1; i < gap.candidates.length; i += 1) {
            const [prev, next] = [gap.candidates[i - 1]!, gap.candidates[i]!];
            // Nobody without room for an assignment comes before someone with room.
            expect(Number(prev.hasRoom)).toBeGreaterThanOrEqual(Number(next.hasRoom));
            if (prev.hasRoom !== next.hasRoom) continue;
            expect(prev.newlyCovered).toBeGreaterThanOrEqual(next.newlyCovered);
            if (prev.newlyCovered === next.newlyCovered)
              expect(prev.hoursAvailable).toBeGreaterThanOrEqual(next.hoursAvailable);
          }
        }
      }),
      runs,
    );
  });
});
