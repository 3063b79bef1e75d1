import { describe, expect, it } from 'vitest';
import { computeCoverage, whoClosesGaps } from '../../../shared/engine/index.js';
import { fn, person, plan } from './fixtures.js';

const requirement = (p: ReturnType<typeof plan>, functionId: string, competency: string) => {
  const f = computeCoverage(p).functions.find((x) => x.id === functionId)!;
  return f.requirements.find((r) => r.competency === competency)!;
};

describe('requirement coverage', () => {
  it('counts the distinct members rated at or above the level; a missing rating counts as 0', () => {
    const p = plan({
      functions: [fn('f', [['empathy', 3, 2]])],
      professionals: [
        person('a', { empathy: 3 }),
        person('b', { empathy: 4 }),
        person('c', { empathy: 2 }),
        person('d'),
      ],
      assignments: [
        ['a', 'f'],
        ['b', 'f'],
        ['c', 'f'],
        ['d', 'f'],
      ],
    });
    const r = requirement(p, 'f', 'empathy');
    expect(r.qualified).toBe(2);
    expect(r.qualifiedIds).toEqual(['a', 'b']);
    expect(r.status).toBe('covered');
    expect(r.best).toBe(4);
  });

  it('is covered at minPeople, partial below it, missing at zero', () => {
    const base = {
      functions: [fn('f', [['coaching', 2, 2]])],
      professionals: [person('a', { coaching: 2 }), person('b', { coaching: 3 }), person('c', { coaching: 1 })],
    };
    expect(
      requirement(
        plan({
          ...base,
          assignments: [
            ['a', 'f'],
            ['b', 'f'],
          ],
        }),
        'f',
        'coaching',
      ).status,
    ).toBe('covered');
    expect(
      requirement(
        plan({
          ...base,
          assignments: [
            ['a', 'f'],
            ['c', 'f'],
          ],
        }),
        'f',
        'coaching',
      ).status,
    ).toBe('partial');
    expect(requirement(plan({ ...base, assignments: [['c', 'f']] }), 'f', 'coaching').status).toBe('missing');
    expect(requirement(plan(base), 'f', 'coaching').status).toBe('missing');
  });

  it('gives the shortfall as the levels the best member lacks, and the full level without members', () => {
    const base = {
      functions: [fn('f', [['daring', 4]])],
      professionals: [person('a', { daring: 1 }), person('b', { daring: 2 }), person('c', { daring: 4 })],
    };
    expect(
      requirement(
        plan({
          ...base,
          assignments: [
            ['a', 'f'],
            ['b', 'f'],
          ],
        }),
        'f',
        'daring',
      ).shortfall,
    ).toBe(2);
    expect(requirement(plan({ ...base, assignments: [['c', 'f']] }), 'f', 'daring').shortfall).toBe(0);
    expect(requirement(plan(base), 'f', 'daring').shortfall).toBe(4);
    // Partial with a qualified member still has no shortfall: the level is there, the people are not.
    const partial = plan({
      functions: [fn('g', [['daring', 2, 3]])],
      professionals: base.professionals,
      assignments: [['c', 'g']],
    });
    expect(requirement(partial, 'g', 'daring')).toMatchObject({ status: 'partial', shortfall: 0 });
  });

  it('marks a requirement covered by exactly one person as thin, and only then', () => {
    const base = {
      functions: [fn('f', [['networking', 3]]), fn('g', [['networking', 3, 2]])],
      professionals: [person('a', { networking: 3 }), person('b', { networking: 4 })],
    };
    expect(requirement(plan({ ...base, assignments: [['a', 'f']] }), 'f', 'networking').thin).toBe(true);
    expect(
      requirement(
        plan({
          ...base,
          assignments: [
            ['a', 'f'],
            ['b', 'f'],
          ],
        }),
        'f',
        'networking',
      ).thin,
    ).toBe(false);
    // One qualified person out of two needed is partial, not thin.
    expect(requirement(plan({ ...base, assignments: [['a', 'g']] }), 'g', 'networking')).toMatchObject({
      status: 'partial',
      thin: false,
    });
  });

  it('treats a level-0 requirement as met by any member, but still missing without members', () => {
    const p = plan({
      functions: [fn('f', [['creativity', 0]]), fn('g', [['creativity', 0]])],
      professionals: [person('a')],
      assignments: [['a', 'f']],
    });
    expect(requirement(p, 'f', 'creativity').status).toBe('covered');
    expect(requirement(p, 'g', 'creativity').status).toBe('missing');
  });
});

describe('function and team coverage', () => {
  const p = plan({
    functions: [
      fn('f', [
        ['empathy', 3],
        ['coaching', 3],
        ['daring', 2],
        ['conflict', 4],
      ]),
      fn('empty'),
      fn('shell', [['empathy', 4]], { placement: 'shell', hoursRequired: 8 }),
    ],
    professionals: [person('a', { empathy: 3, coaching: 3, daring: 1 })],
    assignments: [['a', 'f', 10]],
  });
  const report = computeCoverage(p);

  it('is covered requirements over requirements for a function, 1 without requirements', () => {
    expect(report.functions[0]!.coverage).toBe(0.5);
    expect(report.functions[1]!.coverage).toBe(1);
  });

  it('is covered over all requirements of in-team functions for the team; the shell does not count', () => {
    expect(report.requirementsTotal).toBe(4);
    expect(report.requirementsCovered).toBe(2);
    expect(report.teamCoverage).toBe(0.5);
  });

  it('reports shell functions as in the shell, fully covered, without counting their hours', () => {
    const shell = report.functions[2]!;
    expect(shell).toMatchObject({ inShell: true, placement: 'shell', coverage: 1, memberIds: [] });
    expect(shell.requirements[0]!.status).toBe('missing');
    expect(report.hoursRequired).toBe(32);
  });

  it('is 1 for a team without requirements', () => {
    expect(computeCoverage(plan({ functions: [fn('f')], professionals: [] })).teamCoverage).toBe(1);
  });
});

describe('hours', () => {
  it('sums assignment hours per function and per professional, and flags over-allocation', () => {
    const p = plan({
      functions: [fn('f', [], { hoursRequired: 20 }), fn('g', [], { hoursRequired: 10 })],
      professionals: [person('a', {}, { contractHours: 24 }), person('b', {}, { contractHours: 16 })],
      assignments: [
        ['a', 'f', 16],
        ['a', 'g', 10],
        ['b', 'f', 6],
      ],
    });
    const report = computeCoverage(p);
    expect(report.functions.map((f) => f.hoursAllocated)).toEqual([22, 10]);
    expect(report.professionals[0]).toEqual({
      id: 'a',
      contractHours: 24,
      hoursAllocated: 26,
      overAllocated: true,
      functionIds: ['f', 'g'],
    });
    expect(report.professionals[1]!.overAllocated).toBe(false);
    expect(report.overAllocated).toEqual(['a']);
    expect(report.hoursAllocated).toBe(32);
  });

  it('does not flag a person whose decimal hours add up to exactly their contract', () => {
    const p = plan({
      functions: [fn('f'), fn('g')],
      professionals: [person('a', {}, { contractHours: 0.3 })],
      assignments: [
        ['a', 'f', 0.1],
        ['a', 'g', 0.2],
      ],
    });
    expect(computeCoverage(p).overAllocated).toEqual([]);
  });
});

describe('members and order', () => {
  it('lists members (people with an assignment) and function members in the plan order of professionals', () => {
    const p = plan({
      functions: [fn('f')],
      professionals: [person('z'), person('a'), person('m')],
      assignments: [
        ['m', 'f'],
        ['z', 'f'],
      ],
    });
    const report = computeCoverage(p);
    expect(report.memberIds).toEqual(['z', 'm']);
    expect(report.functions[0]!.memberIds).toEqual(['z', 'm']);
  });

  it('ignores assignments that point nowhere instead of crashing (unvalidated data in the UI)', () => {
    const p = plan({
      functions: [fn('f', [['empathy', 1]])],
      professionals: [person('a', { empathy: 2 })],
      assignments: [['a', 'f']],
    });
    const broken = { ...p, assignments: [...p.assignments, { professionalId: 'ghost', functionId: 'f', hours: 4 }] };
    expect(computeCoverage(broken)).toEqual(computeCoverage(p));
  });
});

describe('custom competencies (the catalogue is data)', () => {
  it('covers a requirement on a competency the plan adds, exactly like a built-in one', () => {
    const p = plan({
      competencies: [{ key: 'digital-skills', name: { nl: 'Digitale vaardigheid', en: 'Digital skills' } }],
      functions: [fn('f', [['digital-skills', 3, 2]])],
      professionals: [
        person('a', { 'digital-skills': 4 }),
        person('b', { 'digital-skills': 3 }),
        person('c', { 'digital-skills': 1 }),
      ],
      assignments: [
        ['a', 'f'],
        ['b', 'f'],
        ['c', 'f'],
      ],
    });
    const r = computeCoverage(p).functions[0]!.requirements[0]!;
    expect(r).toMatchObject({
      competency: 'digital-skills',
      qualified: 2,
      qualifiedIds: ['a', 'b'],
      status: 'covered',
      best: 4,
    });
  });

  it('still reads ratings for a competency the plan does not declare (unvalidated data while editing)', () => {
    const p = plan({ functions: [fn('f')], professionals: [person('a')], assignments: [['a', 'f']] });
    const editing = {
      ...p,
      functions: [{ ...p.functions[0]!, requirements: [{ competency: 'undeclared', level: 2, minPeople: 1 }] }],
      professionals: [{ ...p.professionals[0]!, ratings: { undeclared: 3 } }],
    };
    expect(computeCoverage(editing).functions[0]!.requirements[0]).toMatchObject({
      qualified: 1,
      best: 3,
      status: 'covered',
    });
  });
});

describe('custom competency keys that objects inherit', () => {
  it('treats "constructor" or "tostring"-like keys without a rating as 0, not as the inherited property', () => {
    const p = plan({
      competencies: [
        { key: 'constructor', name: { nl: 'Opbouwen', en: 'Building' } },
        { key: 'valueof', name: { nl: 'Waarde', en: 'Value' } },
      ],
      functions: [fn('f', [['constructor', 1]])],
      professionals: [person('a'), person('pool', { constructor: 2 }), person('unrated')],
      assignments: [['a', 'f']],
    });
    const report = computeCoverage(p);
    expect(report.functions[0]!.requirements[0]).toMatchObject({ qualified: 0, best: 0, status: 'missing' });
    expect(report.profile.find((e) => e.competency === 'constructor')!.countsByLevel).toEqual([1, 0, 0, 0, 0]);
    const gaps = whoClosesGaps(p);
    expect(gaps[0]!.candidates.map((c) => [c.professionalId, c.rating])).toEqual([['pool', 2]]);
  });
});

describe('unvalidated ratings while editing', () => {
  it('keeps out-of-range or fractional ratings on the 0-4 scale instead of wrapping them', () => {
    const p = plan({
      functions: [
        fn('f', [
          ['empathy', 4],
          ['daring', 1],
        ]),
      ],
      professionals: [person('a')],
      assignments: [['a', 'f']],
    });
    const draft = {
      ...p,
      professionals: [{ ...p.professionals[0]!, ratings: { empathy: 9, daring: -1, coaching: 2.7 } }],
    };
    const report = computeCoverage(draft);
    expect(report.functions[0]!.requirements.map((r) => [r.best, r.status])).toEqual([
      [4, 'covered'],
      [0, 'missing'],
    ]);
    const counts = (key: string) => report.profile.find((e) => e.competency === key)!.countsByLevel;
    expect(counts('empathy')).toEqual([0, 0, 0, 0, 1]);
    expect(counts('daring')).toEqual([1, 0, 0, 0, 0]);
    expect(counts('coaching')).toEqual([0, 0, 1, 0, 0]);
  });
});
