import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEAM_MODELS } from '../../../shared/catalogue/teamDesign.js';
import type { Professional } from '../../../shared/domain/schemas.js';
import { adviseDesign } from '../../../shared/engine/index.js';
import { buildHrOverview, EMPTY_HR_FILTER, type HrInput } from '../../../shared/hr/index.js';
import { planArb } from '../engine/arbitraryPlan.js';

/**
 * Random teams that share one pool (ids p0..p7 mean the same person in every team), so
 * loads across teams and the filters can be checked against a naive recount.
 */
const inputArb: fc.Arbitrary<HrInput> = fc
  .array(fc.tuple(planArb, fc.constantFrom(...TEAM_MODELS), fc.boolean()), { minLength: 1, maxLength: 5 })
  .map((teams) => {
    const pool = new Map<string, Professional>();
    const scenarios = teams.map(([plan, model, isMain], t) => {
      const professionals = plan.professionals.map((p) => pool.get(p.id) ?? p);
      for (const p of professionals) if (!pool.has(p.id)) pool.set(p.id, p);
      return {
        teamId: `t${t}`,
        scenarioId: `s${t}`,
        scenarioName: isMain ? 'Hoofdscenario' : 'Variant',
        isMain,
        isSample: false,
        plan: {
          ...plan,
          professionals,
          team: { ...plan.team, id: `t${t}`, name: `Team ${t}`, model, area: `Gebied ${t % 2}` },
        },
      };
    });
    return { competencies: [], professionals: [...pool.values()], scenarios };
  });

const today = '2026-06-15';

describe('HR overview properties', () => {
  it('over-allocated people are exactly those whose main-scenario hours exceed their contract', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const overview = buildHrOverview(input, {
          today,
          assessmentMonths: 12,
          includeScenarios: true,
          filter: EMPTY_HR_FILTER,
        });
        const hours = new Map<string, number>();
        for (const s of input.scenarios) {
          if (!s.isMain) continue;
          for (const a of s.plan.assignments) hours.set(a.professionalId, (hours.get(a.professionalId) ?? 0) + a.hours);
        }
        const expected = input.professionals
          .filter((p) => (hours.get(p.id) ?? 0) > p.contractHours + 1e-9)
          .map((p) => p.id);
        expect(overview.overAllocated.map((p) => p.professionalId).sort()).toEqual(expected.sort());
        for (const p of overview.overAllocated) expect(p.excess).toBeCloseTo(p.hoursAllocated - p.contractHours);
      }),
      { numRuns: 150 },
    );
  });

  it('filtering by model partitions the rows; every cell is notRequired (or inShell) exactly when no in-team function asks', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const all = buildHrOverview(input, {
          today,
          assessmentMonths: 12,
          includeScenarios: true,
          filter: EMPTY_HR_FILTER,
        });
        expect(all.rows).toHaveLength(input.scenarios.length);
        const parts = TEAM_MODELS.map(
          (model) =>
            buildHrOverview(input, {
              today,
              assessmentMonths: 12,
              includeScenarios: true,
              filter: { ...EMPTY_HR_FILTER, model },
            }).rows.length,
        );
        expect(parts.reduce((a, b) => a + b, 0)).toBe(all.rows.length);
        for (const row of all.rows) {
          const plan = input.scenarios.find((s) => s.scenarioId === row.scenarioId)!.plan;
          for (const cell of row.cells) {
            const asked = plan.functions.some(
              (f) =>
                f.placement === 'team' &&
                (cell.kind === 'competency'
                  ? f.requirements.some((r) => r.competency === cell.competency)
                  : f.expertise.some((e) => e.expertise === cell.competency)),
            );
            // Vakkennis only shell functions ask, with no member holding it, is "in de schil".
            expect(cell.severity === 'notRequired' || cell.severity === 'inShell').toBe(!asked);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('HR assessments agree with the engine', () => {
  const dateArb = fc
    .tuple(fc.integer({ min: 2018, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

  it('at 24 months, the members HR lists as outdated or never assessed are those the advice rules name', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.option(dateArb, { nil: null }), { minLength: 8, maxLength: 8 }),
        dateArb,
        (plan, dates, today) => {
          const people = plan.professionals.map((p, i) => ({ ...p, assessedOn: dates[i] ?? null }));
          const withDates = { ...plan, professionals: people };
          const input: HrInput = {
            competencies: [],
            professionals: people,
            scenarios: [
              {
                teamId: 't',
                scenarioId: 's',
                scenarioName: 'Hoofdscenario',
                isMain: true,
                isSample: false,
                plan: withDates,
              },
            ],
          };
          const overview = buildHrOverview(input, {
            today,
            assessmentMonths: 24,
            includeScenarios: false,
            filter: EMPTY_HR_FILTER,
          });
          const members = new Set(withDates.assignments.map((a) => a.professionalId));
          const listed = (reason: string) =>
            overview.assessments
              .filter((a) => a.reason === reason && members.has(a.professionalId))
              .map((a) => a.professionalId)
              .sort();
          const advised = (rule: string) =>
            adviseDesign(withDates, undefined, { today })
              .filter((a) => a.rule === rule)
              .map((a) => a.subject!.id)
              .sort();
          expect(listed('outdated')).toEqual(advised('assessment-outdated'));
          expect(listed('missing')).toEqual(advised('assessment-missing'));
        },
      ),
      { numRuns: 200 },
    );
  });
});
