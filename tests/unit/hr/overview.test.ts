import { describe, expect, it } from 'vitest';
import { adviseDesign } from '../../../shared/engine/index.js';
import { buildHrOverview } from '../../../shared/hr/index.js';
import { INPUT, TODAY, noord, options } from './hrFixtures.js';

function cell(rowTeam: string, competency: string, overview = buildHrOverview(INPUT, options())) {
  const row = overview.rows.find((r) => r.teamName === rowTeam)!;
  return row.cells.find((c) => c.competency === competency)!;
}

describe('HR overview: the matrix', () => {
  it('has one row per team (main scenarios), sorted by name, with the engine numbers', () => {
    const overview = buildHrOverview(INPUT, options());
    expect(overview.rows.map((r) => r.teamName)).toEqual(['Wijkteam Noord', 'Wijkteam Zuid']);
    const noordRow = overview.rows[0]!;
    expect(noordRow.teamCoverage).toBe(0.5);
    expect([noordRow.requirementsCovered, noordRow.requirementsTotal]).toEqual([1, 2]);
    // The shell function's hours and requirements do not count, as in the engine.
    expect([noordRow.hoursRequired, noordRow.hoursAllocated]).toEqual([40, 32]);
    expect(noordRow.members).toBe(2);
  });

  it('colours each competency by its worst in-team requirement', () => {
    expect(cell('Wijkteam Noord', 'empathy')).toMatchObject({
      severity: 'thin',
      requiredLevel: 3,
      best: 3,
      openRequirements: 0,
    });
    expect(cell('Wijkteam Noord', 'networking')).toMatchObject({
      severity: 'partial',
      requiredLevel: 2,
      openRequirements: 1,
    });
    // Only the shell function asks for coaching: not the team's gap, but asked, in the shell.
    expect(cell('Wijkteam Noord', 'coaching')).toMatchObject({ severity: 'inShell', requiredLevel: null, best: 4 });
    expect(cell('Wijkteam Zuid', 'conflict')).toMatchObject({ severity: 'missing', requiredLevel: 3, best: 1 });
    expect(buildHrOverview(INPUT, options()).competencies).toHaveLength(12);
  });

  it('gives the mix of disciplines and mother organisations with members and hours', () => {
    const row = buildHrOverview(INPUT, options()).rows[0]!;
    expect(row.disciplines).toEqual([
      { key: 'socialWorker', people: 1, hours: 20 },
      { key: 'mentalHealthNurse', people: 1, hours: 12 },
    ]);
    expect(row.organisations.map((o) => o.key)).toEqual(['Stichting Test', 'GGZ Midden']);
  });

  it('adds the variants as rows of their own only when asked, after their main scenario', () => {
    expect(buildHrOverview(INPUT, options()).rows).toHaveLength(2);
    const rows = buildHrOverview(INPUT, options({ includeScenarios: true })).rows;
    expect(rows.map((r) => [r.teamName, r.isMain])).toEqual([
      ['Wijkteam Noord', true],
      ['Wijkteam Noord', false],
      ['Wijkteam Zuid', true],
    ]);
  });
});

describe('HR overview: the lists', () => {
  it('finds people over-allocated across teams, counting main scenarios only', () => {
    const { overAllocated } = buildHrOverview(INPUT, options({ includeScenarios: true }));
    // Bert works 30 hours only in a draft: not over-allocated. Anna works 20 + 20 on a 32-hour contract.
    expect(overAllocated).toHaveLength(1);
    expect(overAllocated[0]).toMatchObject({ name: 'Anna Aalders', contractHours: 32, hoursAllocated: 40, excess: 8 });
    expect(overAllocated[0]!.assignments.map((a) => [a.teamName, a.hours])).toEqual([
      ['Wijkteam Zuid', 20],
      ['Wijkteam Noord', 20],
    ]);
  });

  it('lists people never assessed or assessed longer ago than the chosen months, with their teams', () => {
    const at24 = buildHrOverview(INPUT, options()).assessments;
    expect(at24.map((a) => [a.name, a.reason, a.age?.months ?? null])).toEqual([
      ['Dana Dekker', 'missing', null],
      ['Bert Bos', 'outdated', 82],
    ]);
    expect(at24[1]!.teams.map((t) => t.teamName)).toEqual(['Wijkteam Noord']);
    const at6 = buildHrOverview(INPUT, options({ assessmentMonths: 6 })).assessments;
    expect(at6.map((a) => a.name)).toEqual(['Dana Dekker', 'Bert Bos', 'Chris Claes', 'Anna Aalders']);
    expect(at6.find((a) => a.name === 'Chris Claes')!.age?.months).toBe(11);
  });

  it('lists competencies that rest on one person in a team', () => {
    const { singlePerson } = buildHrOverview(INPUT, options());
    expect(singlePerson.map((s) => [s.teamName, s.competency, s.requiredLevel, s.holderName])).toEqual([
      ['Wijkteam Noord', 'empathy', 3, 'Anna Aalders'],
      ['Wijkteam Noord', 'networking', 2, 'Anna Aalders'],
    ]);
  });

  it('lists the open design advice of each team, without what the other lists already say', () => {
    const { advice } = buildHrOverview(INPUT, options());
    const engine = adviseDesign(noord, undefined, { today: TODAY }).filter((a) => a.severity !== 'info');
    const noordAdvice = advice.filter((a) => a.teamName === 'Wijkteam Noord').map((a) => a.rule);
    expect(noordAdvice.length).toBeGreaterThan(0);
    expect(noordAdvice).toEqual(
      engine.map((a) => a.rule).filter((r) => r !== 'competency-single-person' && r !== 'over-allocated'),
    );
    expect(advice.some((a) => a.rule === 'over-allocated' || a.rule === 'competency-single-person')).toBe(false);
    expect(buildHrOverview(INPUT, options()).rows[0]!.openAdvice).toBe(noordAdvice.length);
  });
});

describe('HR overview: filters', () => {
  it('narrows rows and lists by model, area and organisation type', () => {
    const a2 = buildHrOverview(INPUT, options({ filter: { area: '', model: 'A2', organisationType: '' } }));
    expect(a2.rows.map((r) => r.teamName)).toEqual(['Wijkteam Zuid']);
    expect(a2.singlePerson).toEqual([]);
    expect(a2.advice.every((a) => a.teamName === 'Wijkteam Zuid')).toBe(true);
    // Anna works in Zuid too, so she stays; Dana (no team) only shows without a filter.
    expect(a2.overAllocated.map((p) => p.name)).toEqual(['Anna Aalders']);
    expect(a2.assessments.map((p) => p.name)).toEqual([]);

    const noordArea = buildHrOverview(INPUT, options({ filter: { area: 'Noord', model: '', organisationType: '' } }));
    expect(noordArea.rows.map((r) => r.teamName)).toEqual(['Wijkteam Noord']);
    expect(noordArea.assessments.map((p) => p.name)).toEqual(['Bert Bos']);

    const none = buildHrOverview(INPUT, options({ filter: { area: 'Noord', model: 'A2', organisationType: '' } }));
    expect([none.rows, none.overAllocated, none.assessments]).toEqual([[], [], []]);
    const integraal = buildHrOverview(
      INPUT,
      options({ filter: { area: '', model: '', organisationType: 'integraal' } }),
    );
    expect(integraal.rows.map((r) => r.teamName)).toEqual(['Wijkteam Noord']);
  });

  it('offers the areas of all teams, whatever the filter', () => {
    const overview = buildHrOverview(INPUT, options({ filter: { area: 'Zuid', model: '', organisationType: '' } }));
    expect(overview.areas).toEqual(['Noord', 'Zuid']);
  });
});
