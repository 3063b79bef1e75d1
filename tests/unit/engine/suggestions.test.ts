import { describe, expect, it } from 'vitest';
import {
  bestAdditions,
  computeCoverage,
  departureImpacts,
  hasRoomFor,
  impactOfLeaving,
  MIN_ASSIGNMENT_HOURS,
  whoClosesGaps,
} from '../../../shared/engine/index.js';
import { DEFAULT_MIN_HOURS } from '../../../shared/compose/options.js';
import { fn, person, plan, withAssignment } from './fixtures.js';

describe('who closes the gap', () => {
  const p = plan({
    functions: [
      fn('f', [
        ['empathy', 3],
        ['daring', 3],
        ['coaching', 2],
      ]),
      fn('shell', [['conflict', 4]], { placement: 'shell' }),
    ],
    professionals: [
      person('member', { empathy: 3, coaching: 2 }),
      person('both', { empathy: 4, daring: 3 }, { contractHours: 8 }),
      person('daringOnly', { daring: 4 }, { contractHours: 24 }),
      person('daringBusy', { daring: 3 }, { contractHours: 24 }),
      person('tooLow', { daring: 2 }),
    ],
    assignments: [['member', 'f', 16]],
  });

  it('lists each gap of an in-team function once, never the shell', () => {
    const gaps = whoClosesGaps(p);
    expect(gaps.map((g) => `${g.functionId}.${g.competency}`)).toEqual(['f.daring']);
    expect(gaps[0]!.status).toBe('missing');
  });

  it('ranks people not in the function and rated high enough: by newly covered, then free hours', () => {
    const [gap] = whoClosesGaps(p);
    expect(gap!.candidates.map((c) => c.professionalId)).toEqual(['daringOnly', 'daringBusy', 'both']);
    expect(gap!.candidates.find((c) => c.professionalId === 'both')).toEqual({
      professionalId: 'both',
      newlyCovered: 1,
      hoursAvailable: 8,
      hasRoom: true,
      rating: 3,
    });
  });

  it('puts qualified people without room for an assignment after everyone with room, and marks them', () => {
    // The tour's case: the best matches had 0, 1 or 2 hours free and came first, so
    // "Plaatsen" booked someone over their contract.
    const full = plan({
      functions: [
        fn('f', [
          ['empathy', 3],
          ['daring', 3],
        ]),
        fn('g', [], { hoursRequired: 60 }),
      ],
      professionals: [
        person('fullBoth', { empathy: 3, daring: 3 }, { contractHours: 24 }),
        person('almostBoth', { empathy: 3, daring: 3 }, { contractHours: 24 }),
        person('freeDaring', { daring: 3 }, { contractHours: 24 }),
        person('justEnough', { daring: 3 }, { contractHours: 24 }),
      ],
      assignments: [
        ['fullBoth', 'g', 24],
        ['almostBoth', 'g', 22],
        ['freeDaring', 'g', 8],
        ['justEnough', 'g', 24 - MIN_ASSIGNMENT_HOURS],
      ],
    });
    const gap = whoClosesGaps(full).find((g) => g.competency === 'daring')!;
    expect(gap.candidates.map((c) => [c.professionalId, c.newlyCovered, c.hoursAvailable, c.hasRoom])).toEqual([
      ['freeDaring', 1, 16, true],
      ['justEnough', 1, MIN_ASSIGNMENT_HOURS, true],
      ['almostBoth', 2, 2, false],
    ]);
    // Without room they still show when nobody else has the level: worth knowing, marked.
    const [onlyFull] = whoClosesGaps(full, undefined, 5, { freeDaring: 16, justEnough: 1 }).filter(
      (g) => g.competency === 'daring',
    );
    expect(onlyFull!.candidates.map((c) => [c.professionalId, c.hasRoom])).toEqual([
      ['almostBoth', false],
      ['fullBoth', false],
      ['justEnough', false],
      ['freeDaring', false],
    ]);
  });

  it('counts hours a candidate already gives to other teams: less free time ranks lower, never below zero', () => {
    const [gap] = whoClosesGaps(p, undefined, 3, { daringOnly: 20, both: 100 });
    expect(gap!.candidates.map((c) => [c.professionalId, c.hoursAvailable, c.hasRoom])).toEqual([
      ['daringBusy', 24, true],
      ['daringOnly', 4, true],
      ['both', 0, false],
    ]);
  });

  it('prefers a candidate who covers more requirements of the function over one with more time', () => {
    const wide = plan({
      functions: [
        fn('f', [
          ['empathy', 3],
          ['daring', 3],
        ]),
      ],
      professionals: [
        person('both', { empathy: 3, daring: 3 }, { contractHours: 4 }),
        person('one', { daring: 4 }, { contractHours: 36 }),
      ],
    });
    const gap = whoClosesGaps(wide).find((g) => g.competency === 'daring')!;
    expect(gap.candidates.map((c) => [c.professionalId, c.newlyCovered])).toEqual([
      ['both', 2],
      ['one', 1],
    ]);
  });

  it('keeps a helper for a requirement needing several people even when one more does not cover it yet', () => {
    const many = plan({
      functions: [fn('f', [['empathy', 2, 3]])],
      professionals: [person('a', { empathy: 2 }), person('b', { empathy: 2 })],
      assignments: [['a', 'f']],
    });
    const [gap] = whoClosesGaps(many);
    expect(gap).toMatchObject({ status: 'partial', candidates: [{ professionalId: 'b', newlyCovered: 0 }] });
  });

  it('never lists free hours below zero and honours the limit', () => {
    const busy = withAssignment(p, 'both', 'shell', 20);
    const [gap] = whoClosesGaps(busy, undefined, 2);
    expect(gap!.candidates).toHaveLength(2);
    expect(
      whoClosesGaps(busy, undefined, 5)[0]!.candidates.find((c) => c.professionalId === 'both')!.hoursAvailable,
    ).toBe(0);
  });

  it('leaves the candidate list empty when nobody in the pool has the level', () => {
    const hopeless = plan({
      functions: [fn('f', [['innovation', 4]])],
      professionals: [person('a', { innovation: 3 })],
    });
    expect(whoClosesGaps(hopeless)).toEqual([
      { functionId: 'f', kind: 'competency', competency: 'innovation', status: 'missing', candidates: [] },
    ]);
  });
});

describe('room for an assignment', () => {
  const load = (contractHours: number, hoursAllocated: number) => ({
    id: 'a',
    contractHours,
    hoursAllocated,
    overAllocated: false,
    functionIds: [],
  });

  it('is the over-allocation rule asked ahead: the minimum assignment must fit the contract in all teams', () => {
    expect(hasRoomFor(load(24, 24 - MIN_ASSIGNMENT_HOURS))).toBe(true);
    expect(hasRoomFor(load(24, 24 - MIN_ASSIGNMENT_HOURS + 0.5))).toBe(false);
    expect(hasRoomFor(load(24, 10), { a: 10 })).toBe(true);
    expect(hasRoomFor(load(24, 10), { a: 11 })).toBe(false);
    // Decimals that add up to exactly the contract are no over-allocation (float noise).
    expect(hasRoomFor(load(7.3, 1.1 + 2.2))).toBe(true);
  });

  it('uses the same minimum as the composer', () => {
    expect(DEFAULT_MIN_HOURS).toBe(MIN_ASSIGNMENT_HOURS);
  });
});

describe('best k additions', () => {
  const p = plan({
    functions: [
      fn(
        'f',
        [
          ['empathy', 3],
          ['daring', 3],
          ['coaching', 3],
        ],
        { hoursRequired: 20 },
      ),
      fn('g', [['networking', 3]], { hoursRequired: 8 }),
    ],
    professionals: [
      person('wide', { empathy: 3, daring: 3 }, { contractHours: 12 }),
      person('coach', { coaching: 4, networking: 3 }, { contractHours: 32 }),
      person('net', { networking: 3 }, { contractHours: 36 }),
    ],
  });

  it('picks the addition that newly covers the most first, and reports team coverage after each step', () => {
    const picks = bestAdditions(p, 3);
    expect(picks.map((a) => [a.professionalId, a.functionId, a.newlyCovered])).toEqual([
      ['wide', 'f', 2],
      ['net', 'g', 1],
      ['coach', 'f', 1],
    ]);
    expect(picks.map((a) => a.teamCoverageAfter)).toEqual([0.5, 0.75, 1]);
    expect(picks[0]!.suggestedHours).toBe(12);
  });

  it('books only the hours a person has left after other teams', () => {
    const [first] = bestAdditions(p, 1, { wide: 8 });
    expect([first!.professionalId, first!.suggestedHours]).toEqual(['wide', 4]);
  });

  it('never books a person without room for an assignment, however much they would cover', () => {
    // 'wide' covers two requirements at once, but has 2 hours left after other teams.
    const picks = bestAdditions(p, 3, { wide: 10 });
    expect(picks.map((a) => a.professionalId)).not.toContain('wide');
    expect(picks.every((a) => a.suggestedHours > 0)).toBe(true);
  });

  it('books at least the minimum assignment, also where the function lacks fewer hours or none', () => {
    // f asks 10 hours and has 8; g asks 8 and has them: 2 and 0 hours lacking.
    const almostFull = plan({
      functions: [
        fn('f', [['empathy', 3, 2]], { hoursRequired: 10 }),
        fn('g', [['coaching', 3, 2]], { hoursRequired: 8 }),
      ],
      professionals: [
        person('in-f', { empathy: 3 }),
        person('in-g', { coaching: 3 }),
        person('both', { empathy: 3, coaching: 3 }),
      ],
      assignments: [
        ['in-f', 'f', 8],
        ['in-g', 'g', 8],
      ],
    });
    const picks = bestAdditions(almostFull, 2);
    expect(picks.map((a) => [a.functionId, a.suggestedHours])).toEqual([
      ['f', MIN_ASSIGNMENT_HOURS],
      ['g', MIN_ASSIGNMENT_HOURS],
    ]);
  });

  it('matches the coverage engine when the additions are actually made', () => {
    let next = p;
    for (const pick of bestAdditions(p, 3)) {
      next = withAssignment(next, pick.professionalId, pick.functionId, pick.suggestedHours);
      expect(computeCoverage(next).teamCoverage).toBe(pick.teamCoverageAfter);
    }
  });

  it('stops at k, and when no addition helps any more', () => {
    expect(bestAdditions(p, 1)).toHaveLength(1);
    expect(bestAdditions(p, 0)).toEqual([]);
    expect(bestAdditions(p, 10)).toHaveLength(3);
  });

  it('works toward a requirement that needs several people, step by step', () => {
    const many = plan({
      functions: [fn('f', [['empathy', 2, 2]])],
      professionals: [person('a', { empathy: 2 }), person('b', { empathy: 3 })],
    });
    expect(bestAdditions(many, 5).map((a) => [a.professionalId, a.newlyCovered])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });
});

describe('what if someone leaves', () => {
  const p = plan({
    functions: [
      fn('f', [
        ['empathy', 3],
        ['daring', 3, 2],
        ['coaching', 2],
      ]),
      fn('shell', [['empathy', 1]], { placement: 'shell' }),
    ],
    professionals: [person('a', { empathy: 3, daring: 3, coaching: 2 }), person('b', { daring: 3, coaching: 2 })],
    assignments: [
      ['a', 'f'],
      ['b', 'f'],
      ['a', 'shell'],
    ],
  });

  it('lists the in-team requirements that get worse, and those that become thin', () => {
    const impact = impactOfLeaving(p, 'a');
    expect(impact.lost).toEqual([
      { functionId: 'f', kind: 'competency', competency: 'empathy', from: 'covered', to: 'missing' },
      { functionId: 'f', kind: 'competency', competency: 'daring', from: 'covered', to: 'partial' },
    ]);
    expect(impact.becomeThin).toEqual([{ functionId: 'f', kind: 'competency', competency: 'coaching' }]);
    expect(impact.teamCoverageBefore).toBe(1);
    expect(impact.teamCoverageAfter).toBeCloseTo(1 / 3);
  });

  it('is empty for someone who is not a member', () => {
    const pool = plan({
      functions: p.functions,
      professionals: [...p.professionals, person('c')],
      assignments: [
        ['a', 'f'],
        ['b', 'f'],
      ],
    });
    expect(impactOfLeaving(pool, 'c')).toMatchObject({ lost: [], becomeThin: [] });
  });
});

describe('who is indispensable', () => {
  it('lists every member, most requirements lost first, then most left thin, then plan order', () => {
    const p = plan({
      functions: [
        fn('f', [
          ['empathy', 3],
          ['daring', 3],
        ]),
        fn('g', [['coaching', 2]]),
      ],
      professionals: [
        person('spare', { empathy: 3 }),
        person('key', { empathy: 3, daring: 3 }),
        person('coach', { coaching: 2 }),
        person('pool', { coaching: 4 }),
      ],
      assignments: [
        ['spare', 'f'],
        ['key', 'f'],
        ['coach', 'g'],
      ],
    });
    const impacts = departureImpacts(p);
    expect(impacts.map((i) => [i.professionalId, i.lost.length, i.becomeThin.length])).toEqual([
      ['key', 1, 1],
      ['coach', 1, 0],
      ['spare', 0, 1],
    ]);
    expect(impacts[0]).toEqual(impactOfLeaving(p, 'key'));
  });

  it('is empty for a team without members', () => {
    expect(departureImpacts(plan({ functions: [fn('f')], professionals: [person('pool')] }))).toEqual([]);
  });
});
