import { describe, expect, it } from 'vitest';
import {
  bestAdditions,
  buildJsonReport,
  computeCoverage,
  impactOfLeaving,
  whoClosesGaps,
} from '../../../shared/engine/index.js';
import { fn, holds, needs, person, plan } from './fixtures.js';

/**
 * Vakkennis asked of a function's own members (scope `function`) is a requirement row
 * like a competency: members at or above the level qualify, and it counts in function
 * and team coverage. Scope `team` asks it of the team as a whole and leaves the
 * function's coverage alone.
 */
function teamWith(levels: Record<string, number>, minPeople = 1) {
  const ids = Object.keys(levels);
  return plan({
    functions: [fn('f', [['empathy', 2]], { expertise: [needs('youth', 3, minPeople, 'function')] })],
    professionals: ids.map((id) =>
      person(id, { empathy: 3 }, { expertise: levels[id]! > 0 ? holds(`youth:${levels[id]}`) : [] }),
    ),
    assignments: ids.map((id): [string, string] => [id, 'f']),
  });
}

describe('a function-scope expertise requirement', () => {
  it('is covered by enough members at the level, and counts in function and team coverage', () => {
    const report = computeCoverage(teamWith({ a: 3, b: 4 }, 2));
    const row = report.functions[0]!.requirements.find((r) => r.kind === 'expertise')!;
    expect(row).toMatchObject({ competency: 'youth', status: 'covered', qualified: 2, qualifiedIds: ['a', 'b'] });
    expect(row.thin).toBe(false);
    expect(report.functions[0]!.coverage).toBe(1);
    expect(report.requirementsTotal).toBe(2);
    expect(report.requirementsCovered).toBe(2);
  });

  it('is thin when it rests on one member', () => {
    const row = computeCoverage(teamWith({ a: 3, b: 1 })).functions[0]!.requirements[1]!;
    expect(row).toMatchObject({ kind: 'expertise', status: 'covered', thin: true, qualified: 1 });
  });

  it('is partial with fewer qualified members than asked, and lowers the coverage', () => {
    const report = computeCoverage(teamWith({ a: 3, b: 2 }, 2));
    const row = report.functions[0]!.requirements[1]!;
    expect(row).toMatchObject({ status: 'partial', qualified: 1, shortfall: 0 });
    expect(report.functions[0]!.coverage).toBe(0.5);
    expect(report.teamCoverage).toBe(0.5);
  });

  it('is missing when members bring it below the level, with the levels they lack as shortfall', () => {
    const report = computeCoverage(teamWith({ a: 1, b: 0 }));
    const row = report.functions[0]!.requirements[1]!;
    expect(row).toMatchObject({ status: 'missing', qualified: 0, best: 1, shortfall: 2 });
    expect(report.requirementsCovered).toBe(1);
  });

  it('does not count a team-scope requirement in the function or the team coverage', () => {
    const p = plan({
      functions: [fn('f', [['empathy', 2]], { expertise: [needs('youth', 3, 2, 'team')] })],
      professionals: [person('a', { empathy: 3 })],
      assignments: [['a', 'f']],
    });
    const report = computeCoverage(p);
    expect(report.functions[0]!.requirements).toHaveLength(1);
    expect(report.teamCoverage).toBe(1);
    expect(report.expertise[0]).toMatchObject({ key: 'youth', status: 'missing', requiredLevel: 3, requiredPeople: 2 });
  });

  it('appears in the JSON report as expertiseRequirements, and only where a function has them', () => {
    const json = buildJsonReport(teamWith({ a: 3, b: 2 }, 2));
    expect(json.functions[0]!.expertiseRequirements).toEqual([
      { expertise: 'youth', level: 3, minPeople: 2, qualified: 1, status: 'partial', shortfall: 0, thin: false },
    ]);
    expect(json.functions[0]!.requirements.map((r) => r.competency)).toEqual(['empathy']);
    expect(json.suggestions).toContainEqual(expect.objectContaining({ functionId: 'f', expertise: 'youth' }));
    const without = buildJsonReport(plan({ functions: [fn('g', [['empathy', 2]])], professionals: [] }));
    expect('expertiseRequirements' in without.functions[0]!).toBe(false);
  });
});

describe('suggestions for vakkennis', () => {
  const p = plan({
    functions: [fn('f', [], { expertise: [needs('debt', 3, 1, 'function')] }), fn('g')],
    professionals: [
      person('member', {}, { expertise: holds('debt:2') }),
      person('low', {}, { expertise: holds('debt:2'), contractHours: 40 }),
      person('expert', {}, { expertise: holds('debt:3'), contractHours: 8 }),
    ],
    assignments: [['member', 'f']],
  });

  it('who closes the gap proposes the person with the expertise at the level, and only them', () => {
    const [gap] = whoClosesGaps(p);
    expect(gap).toMatchObject({ functionId: 'f', kind: 'expertise', competency: 'debt', status: 'missing' });
    expect(gap!.candidates.map((c) => c.professionalId)).toEqual(['expert']);
    expect(gap!.candidates[0]).toMatchObject({ rating: 3, newlyCovered: 1 });
  });

  it('best additions count an expertise requirement a person would cover', () => {
    const [first] = bestAdditions(p, 1);
    expect(first).toMatchObject({ professionalId: 'expert', functionId: 'f', newlyCovered: 1, teamCoverageAfter: 1 });
  });

  it('leaving reports an expertise requirement that becomes missing or thin', () => {
    const two = plan({
      functions: [fn('f', [], { expertise: [needs('debt', 2, 1, 'function'), needs('youth', 2, 1, 'function')] })],
      professionals: [
        person('a', {}, { expertise: holds('debt:3', 'youth:2') }),
        person('b', {}, { expertise: holds('youth:3') }),
      ],
      assignments: [
        ['a', 'f'],
        ['b', 'f'],
      ],
    });
    const impact = impactOfLeaving(two, 'a');
    expect(impact.lost).toEqual([
      { functionId: 'f', kind: 'expertise', competency: 'debt', from: 'covered', to: 'missing' },
    ]);
    expect(impact.becomeThin).toEqual([{ functionId: 'f', kind: 'expertise', competency: 'youth' }]);
    expect(impact.teamCoverageAfter).toBe(0.5);
  });
});
