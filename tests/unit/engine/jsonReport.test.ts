import { describe, expect, it } from 'vitest';
import { buildJsonReport } from '../../../shared/engine/index.js';
import { fn, person, plan, team } from './fixtures.js';

describe('the JSON report', () => {
  const p = plan({
    team: team({ id: 'oost', name: 'Wijkteam Oost', model: 'A2' }),
    functions: [
      fn(
        'f',
        [
          ['empathy', 3],
          ['daring', 2, 2],
        ],
        { hoursRequired: 20 },
      ),
      fn('s', [['coaching', 4]], { placement: 'shell' }),
    ],
    professionals: [
      person('a', { empathy: 3, daring: 2 }, { contractHours: 8 }),
      person('b', { daring: 3 }),
      person('c', { daring: 4 }),
    ],
    assignments: [['a', 'f', 12]],
  });
  const report = buildJsonReport(p, { today: '2026-06-01' });

  it('has the stable top-level keys, in a fixed order', () => {
    expect(Object.keys(report)).toEqual([
      'format',
      'version',
      'today',
      'team',
      'teamCoverage',
      'requirementsTotal',
      'requirementsCovered',
      'hoursRequired',
      'hoursAllocated',
      'functions',
      'overAllocated',
      'professionals',
      'profile',
      'expertise',
      'advice',
      'suggestions',
      'bestAdditions',
      'departures',
    ]);
    expect(report).toMatchObject({
      format: 'wijkteam-report',
      version: 1,
      today: '2026-06-01',
      team: { id: 'oost', name: 'Wijkteam Oost', organisationType: 'geintegreerd', model: 'A2' },
      teamCoverage: 0.5,
      requirementsTotal: 2,
      requirementsCovered: 1,
      hoursRequired: 20,
      hoursAllocated: 12,
      overAllocated: ['a'],
    });
  });

  it('gives each function and requirement exactly the documented fields', () => {
    expect(report.functions[0]).toEqual({
      id: 'f',
      name: 'Functie f',
      placement: 'team',
      coverage: 0.5,
      hoursRequired: 20,
      hoursAllocated: 12,
      members: ['a'],
      requirements: [
        { competency: 'empathy', level: 3, minPeople: 1, qualified: 1, status: 'covered', shortfall: 0, thin: true },
        { competency: 'daring', level: 2, minPeople: 2, qualified: 1, status: 'partial', shortfall: 0, thin: false },
      ],
    });
    expect(report.functions[1]).toMatchObject({ id: 's', placement: 'shell', coverage: 1, members: [] });
  });

  it('gives the requirements of a shell function the status inShell, never missing', () => {
    const shell = report.functions.find((f) => f.placement === 'shell')!;
    expect(shell.members).toEqual([]);
    expect(shell.requirements.map((r) => r.status)).toEqual(['inShell']);
    const inTeam = report.functions.filter((f) => f.placement === 'team').flatMap((f) => f.requirements);
    expect(inTeam.every((r) => r.status !== 'inShell')).toBe(true);
  });

  it('writes each advice out in both languages, names filled in', () => {
    const over = report.advice.find((a) => a.rule === 'over-allocated')!;
    expect(over.message).toEqual({
      nl: 'Persoon a is voor 12 uur ingezet, maar heeft een contract van 8 uur. Verminder uren of verdeel het werk anders.',
      en: 'Persoon a is allocated 12 hours but has a contract of 8 hours. Reduce hours or share the work differently.',
    });
    expect(report.overAllocated).toEqual(['a']);
  });

  it('includes advice with rule and severity, gap suggestions and best additions', () => {
    expect(report.advice.map((a) => [a.rule, a.severity])).toEqual(
      expect.arrayContaining([
        ['over-allocated', 'warning'],
        ['front-field-missing', 'warning'],
        ['function-short-of-hours', 'info'],
      ]),
    );
    expect(report.suggestions).toEqual([
      {
        functionId: 'f',
        competency: 'daring',
        status: 'partial',
        candidates: [
          { professionalId: 'b', newlyCovered: 1, hoursAvailable: 32, hasRoom: true, rating: 3 },
          { professionalId: 'c', newlyCovered: 1, hoursAvailable: 32, hasRoom: true, rating: 4 },
        ],
      },
    ]);
    expect(report.bestAdditions).toEqual([
      { professionalId: 'b', functionId: 'f', newlyCovered: 1, suggestedHours: 8, teamCoverageAfter: 1 },
    ]);
  });

  it('says what each member leaving would cost', () => {
    expect(report.departures).toEqual([
      {
        professionalId: 'a',
        lost: [
          { functionId: 'f', competency: 'empathy', from: 'covered', to: 'missing' },
          { functionId: 'f', competency: 'daring', from: 'partial', to: 'missing' },
        ],
        becomeThin: [],
        teamCoverageBefore: 0.5,
        teamCoverageAfter: 0,
      },
    ]);
  });

  it('limits candidates and additions to the suggestions option', () => {
    const one = buildJsonReport(p, { suggestions: 1 });
    expect(one.suggestions[0]!.candidates).toHaveLength(1);
    expect(buildJsonReport(p, { suggestions: 0 })).toMatchObject({
      bestAdditions: [],
      suggestions: [{ candidates: [] }],
    });
  });

  it('survives a JSON round trip unchanged (plain data only)', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
