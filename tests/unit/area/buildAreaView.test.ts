import { describe, expect, it } from 'vitest';
import { areaTables, buildAreaView, listAreas } from '../../../shared/area/index.js';
import { computeCoverage } from '../../../shared/engine/index.js';
import type { HrInput } from '../../../shared/hr/index.js';
import { fn, holds, needs, person, plan, team } from '../engine/fixtures.js';
import { breedPlan, input, jeugdPlan } from './areaFixtures.js';

describe('area view: which teams', () => {
  it('lists every area with a team, matching area names trimmed and without case', () => {
    expect(listAreas(input())).toEqual([
      { name: 'Anderwijk', teams: 1 },
      { name: 'Testwijk', teams: 2 },
    ]);
    const view = buildAreaView(input(), 'TESTWIJK');
    expect(view.area).toBe('Testwijk');
    expect(view.teams.map((t) => t.name)).toEqual(['Jeugdteam', 'Wijkteam Breed']);
  });

  it('counts main scenarios only: a variant is not a team of the area', () => {
    const variant = jeugdPlan({ name: 'Jeugdteam (variant)' });
    const view = buildAreaView(input(undefined, [variant]), 'Testwijk');
    expect(view.teams).toHaveLength(2);
    expect(listAreas(input(undefined, [variant])).find((a) => a.name === 'Testwijk')?.teams).toBe(2);
  });

  it('shows model, organisation type, mandate, target and age groups of each team', () => {
    const jeugd = buildAreaView(input(), 'Testwijk').teams.find((t) => t.teamId === 'jeugd')!;
    expect(jeugd).toMatchObject({
      model: 'targetGroup',
      organisationType: 'integraal',
      ageGroups: ['youth'],
      targetGroups: ['Jeugd en gezin'],
      mandate: ['parenting', 'safety'],
      terrain: ['parenting', 'safety'],
      terrainSource: 'mandate',
    });
  });

  it("gives each team exactly computeCoverage's numbers", () => {
    const view = buildAreaView(input(), 'Testwijk');
    for (const p of [breedPlan(), jeugdPlan()]) {
      const report = computeCoverage(p);
      const row = view.teams.find((t) => t.teamId === p.team.id)!;
      expect(row).toMatchObject({
        teamCoverage: report.teamCoverage,
        requirementsCovered: report.requirementsCovered,
        requirementsTotal: report.requirementsTotal,
        members: report.memberIds.length,
        hoursRequired: report.hoursRequired,
        hoursAllocated: report.hoursAllocated,
      });
      for (const c of view.competencies) {
        const mine = c.perTeam.find((t) => t.teamId === p.team.id)!;
        const profile = report.profile.find((e) => e.competency === c.competency)!;
        expect([mine.best, mine.requiredLevel]).toEqual([profile.best, profile.requiredLevel]);
      }
    }
  });
});

describe('area view: combined coverage', () => {
  it('says which team fulfils which function in-team and which leaves it to the shell', () => {
    const view = buildAreaView(input(), 'Testwijk');
    const crisis = view.functions.find((f) => f.key === 'crisisIntervention')!;
    expect(crisis.inTeam).toEqual([
      { teamId: 'jeugd', members: 1, hoursAllocated: 12 },
      { teamId: 'breed', members: 1, hoursAllocated: 8 },
    ]);
    const shell = view.functions.find((f) => f.inShell.length > 0)!;
    expect(shell).toMatchObject({ inTeam: [], inShell: ['breed'] });
  });

  it('gives per competency the best level in the area and the teams holding it at their required level', () => {
    const view = buildAreaView(input(), 'Testwijk');
    const conflict = view.competencies.find((c) => c.competency === 'conflict')!;
    expect(conflict.bestInArea).toBe(4);
    expect(conflict.heldAtRequiredBy).toEqual(['jeugd']);
    const empathy = view.competencies.find((c) => c.competency === 'empathy')!;
    expect(empathy.heldAtRequiredBy).toEqual(['breed']);
    // Jeugd's Ann also has empathy 3, but Jeugd asks nothing of it: held, not required.
    expect(empathy.perTeam.find((t) => t.teamId === 'jeugd')).toMatchObject({ requiredLevel: null, best: 3 });
  });

  it("puts each team's coverage, hours and members right beside its name, where a narrow screen shows them", () => {
    const teams = areaTables(buildAreaView(input(), 'Testwijk'), 'nl').find((t) => t.sheet === 'Teams')!;
    expect(teams.columns.slice(0, 4)).toEqual(['Team', 'Teamdekking', 'Uren ingezet / nodig', 'Teamleden']);
    const view = buildAreaView(input(), 'Testwijk');
    const breed = view.teams.find((t) => t.teamId === 'breed')!;
    const row = teams.rows.find((r) => r[0] === breed.name)!;
    expect(row.slice(1, 4)).toEqual([
      `${Math.round(breed.teamCoverage * 100)}%`,
      `${breed.hoursAllocated} / ${breed.hoursRequired}`,
      breed.members,
    ]);
  });

  it('words a competency only a shell function asks as asked in the shell, not as not asked', () => {
    const view = buildAreaView(input(), 'Testwijk');
    const coaching = view.competencies.find((c) => c.competency === 'coaching')!;
    // Breed's shell function asks coaching 4; no in-team function of either team does.
    expect(coaching.perTeam.find((t) => t.teamId === 'breed')).toMatchObject({
      requiredLevel: null,
      askedInShell: true,
    });
    expect(coaching.perTeam.find((t) => t.teamId === 'jeugd')).toMatchObject({
      requiredLevel: null,
      askedInShell: false,
    });
    const cells = (lang: 'nl' | 'en') => {
      const table = areaTables(view, lang).find((t) => t.sheet === (lang === 'nl' ? 'Competenties' : 'Competencies'))!;
      const row = table.rows.find((r) => r[0] === (lang === 'nl' ? 'Coachen' : 'Coaching'))!;
      const column = (name: string) => row[table.columns.indexOf(name)];
      return [column('Wijkteam Breed'), column('Jeugdteam')];
    };
    expect(cells('nl')).toEqual(['in de schil gevraagd, beste 0', 'niet gevraagd, beste 0']);
    expect(cells('en')).toEqual(['asked in the shell, best 0', 'not asked, best 0']);
  });

  it('gives per expertise the best level each team brings', () => {
    const debt = buildAreaView(input(), 'Testwijk').expertise.find((e) => e.key === 'debt')!;
    expect(debt.bestInArea).toBe(3);
    expect(debt.perTeam).toEqual([
      { teamId: 'jeugd', bestLevel: 3, holders: 1, atLevel: 1, status: 'team' },
      { teamId: 'breed', bestLevel: 0, holders: 0, atLevel: 3, status: 'missing' },
    ]);
  });
});

describe('area view: vakkennis counted as the board counts it', () => {
  // One member at level 3, two at level 2, one at 1; the team asks level 2: three hold it at ≥ 2.
  const kees = person('kees', {}, { name: 'Kees', expertise: holds('debt:3') });
  const lot = person('lot', {}, { name: 'Lot', expertise: holds('debt:2') });
  const mo = person('mo', {}, { name: 'Mo', expertise: holds('debt:2') });
  const nel = person('nel', {}, { name: 'Nel', expertise: holds('debt:1') });
  const oneTeam = plan({
    team: team({ id: 'schuld', name: 'Team Schuld', area: 'Testwijk' }),
    functions: [fn('s-1', [], { expertise: [needs('debt', 2, 2, 'team')] })],
    professionals: [kees, lot, mo, nel],
    assignments: [
      ['kees', 's-1', 8],
      ['lot', 's-1', 8],
      ['mo', 's-1', 8],
      ['nel', 's-1', 8],
    ],
  });
  const hrInput: HrInput = {
    competencies: [],
    professionals: [kees, lot, mo, nel],
    scenarios: [
      {
        teamId: 'schuld',
        scenarioId: 's',
        scenarioName: 'Hoofdscenario',
        isMain: true,
        isSample: false,
        plan: oneTeam,
      },
    ],
  };

  it('counts the people at the level the team asks, the number the board shows', () => {
    const debt = buildAreaView(hrInput, 'Testwijk').expertise.find((e) => e.key === 'debt')!;
    const board = computeCoverage(oneTeam).expertise.find((e) => e.key === 'debt')!;
    expect(debt.perTeam).toEqual([{ teamId: 'schuld', bestLevel: 3, holders: 3, atLevel: 2, status: 'team' }]);
    expect(debt.perTeam[0]!.holders).toBe(board.holders.length);
  });

  it('words the cell so the count cannot be read as people at the best level, in both languages', () => {
    const cell = (lang: 'nl' | 'en') =>
      areaTables(buildAreaView(hrInput, 'Testwijk'), lang).find(
        (t) => t.sheet === (lang === 'nl' ? 'Vakkennis' : 'Specialist knowledge'),
      )!.rows[0]![2];
    expect(cell('nl')).toBe('beste niveau 3; 3 op niveau ≥ 2 (in het team)');
    expect(cell('en')).toMatch(/^best level 3; 3 at level ≥ 2 \(/);
  });
});

describe('area view: gaps', () => {
  it('separates a gap no team of the area covers from one another team covers', () => {
    const gaps = buildAreaView(input(), 'Testwijk').gaps;
    // Jeugd asks networking 3; the best anyone in the area has is 2: nobody covers it.
    const networking = gaps.find((g) => g.subject === 'networking')!;
    expect(networking).toMatchObject({ teamId: 'jeugd', status: 'missing', level: 3, coveredBy: [] });
    // Breed asks conflict 3 and has only Bo at 0; Jeugd's Cas has 4.
    expect(gaps.find((g) => g.subject === 'conflict')).toMatchObject({
      teamId: 'breed',
      status: 'missing',
      coveredBy: ['jeugd'],
    });
    expect(gaps.find((g) => g.kind === 'expertise')).toMatchObject({
      teamId: 'breed',
      subject: 'debt',
      level: 3,
      coveredBy: ['jeugd'],
    });
    // Vakkennis asked of a function's own members is one gap, named as vakkennis, never a competency row.
    expect(gaps.filter((g) => g.subject === 'debt')).toHaveLength(1);
    // The area's own gaps come first.
    expect(gaps[0]!.coveredBy).toEqual([]);
  });

  it('counts vakkennis asked of the whole team once, as a gap of the team', () => {
    const teamWide = breedPlan();
    teamWide.functions[0]!.expertise = [{ expertise: 'debt', level: 3, minPeople: 1, scope: 'team' }];
    const gaps = buildAreaView(input([teamWide, jeugdPlan()]), 'Testwijk').gaps.filter((g) => g.subject === 'debt');
    expect(gaps).toEqual([expect.objectContaining({ kind: 'expertise', teamId: 'breed', coveredBy: ['jeugd'] })]);
  });

  it('lets only a level at or above the asked one close a gap elsewhere', () => {
    const higher = breedPlan();
    higher.functions[0]!.expertise = [{ expertise: 'debt', level: 4, minPeople: 1, scope: 'function' }];
    const gaps = buildAreaView(input([higher, jeugdPlan()]), 'Testwijk').gaps;
    expect(gaps.find((g) => g.kind === 'expertise')).toMatchObject({ level: 4, coveredBy: [] });
  });
});

describe('area view: overlaps', () => {
  it('finds two teams claiming the same terrain for the same age group', () => {
    const view = buildAreaView(input([breedPlan({ mandate: ['parenting', 'income'] }), jeugdPlan()]), 'Testwijk');
    expect(view.overlaps).toEqual([
      {
        teamIds: ['jeugd', 'breed'],
        domains: ['parenting'],
        ageGroups: ['youth'],
        sharedTargetGroups: [],
        basis: 'mandate',
      },
    ]);
  });

  it('finds none when the age groups differ', () => {
    const adults = breedPlan({ mandate: ['parenting'], ageGroups: ['adults', 'elderly'] });
    expect(buildAreaView(input([adults, jeugdPlan()]), 'Testwijk').overlaps).toEqual([]);
  });

  it("uses a team's in-team functions as its terrain when it has no mandate, and says so", () => {
    const [overlap] = buildAreaView(input(), 'Testwijk').overlaps;
    // Breed has no mandate; its in-team function serves income and parenting (the shell's mental health does not).
    expect(overlap).toMatchObject({ domains: ['parenting'], ageGroups: ['youth'], basis: 'functions' });
    const breed = buildAreaView(input(), 'Testwijk').teams.find((t) => t.teamId === 'breed')!;
    expect([breed.terrain, breed.terrainSource]).toEqual([['income', 'parenting'], 'functions']);
  });

  it('names target groups both teams share, without minding case', () => {
    const view = buildAreaView(input([breedPlan({ targetGroups: ['jeugd en gezin '] }), jeugdPlan()]), 'Testwijk');
    expect(view.overlaps[0]!.sharedTargetGroups).toEqual(['Jeugd en gezin']);
  });
});

describe('area view: people in several teams', () => {
  it('gives hours per team, in the area and in all teams, and over-allocation by the one rule', () => {
    const [ann, ...others] = buildAreaView(input(), 'Testwijk').sharedPeople;
    expect(others.map((p) => p.name)).toEqual(['Bo']);
    expect(ann).toMatchObject({
      name: 'Ann',
      perTeam: [
        { teamId: 'jeugd', hours: 8 },
        { teamId: 'breed', hours: 20 },
      ],
      hoursInArea: 28,
      // Her 8 hours in Anderwijk count too: 36 on a 32-hour contract.
      hoursInAllTeams: 36,
      contractHours: 32,
      overAllocated: true,
    });
    expect(others[0]).toMatchObject({ hoursInArea: 16, hoursInAllTeams: 16, overAllocated: false });
  });

  it('is not over-allocated at exactly the contract', () => {
    const view = buildAreaView(input([breedPlan(), jeugdPlan()]), 'Testwijk');
    expect(view.sharedPeople.find((p) => p.name === 'Ann')).toMatchObject({
      hoursInAllTeams: 28,
      overAllocated: false,
    });
  });
});
