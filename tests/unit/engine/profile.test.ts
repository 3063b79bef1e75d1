import { describe, expect, it } from 'vitest';
import { BUILT_IN_COMPETENCY_KEYS } from '../../../shared/catalogue/competencies.js';
import { computeCoverage } from '../../../shared/engine/index.js';
import { teamPlanSchema } from '../../../shared/plan/planSchema.js';
import { fn, person, plan } from './fixtures.js';

describe('team profile', () => {
  const p = plan({
    functions: [
      fn('f', [['empathy', 2]]),
      fn('g', [
        ['empathy', 3],
        ['daring', 3],
      ]),
      fn('shell', [['coaching', 4]], { placement: 'shell' }),
    ],
    professionals: [
      person('a', { empathy: 3, daring: 3, coaching: 2 }),
      person('b', { empathy: 2, daring: 1 }),
      person('pool', { empathy: 4, daring: 4, coaching: 4 }),
    ],
    assignments: [
      ['a', 'f'],
      ['b', 'g'],
    ],
  });
  const profile = computeCoverage(p).profile;
  const entry = (key: string) => profile.find((e) => e.competency === key)!;

  it('lists all 12 competencies of the generalist profile in order', () => {
    expect(profile.map((e) => e.competency)).toEqual(BUILT_IN_COMPETENCY_KEYS);
  });

  it('counts members only (not the pool) at each level; a missing rating is level 0', () => {
    expect(entry('empathy').countsByLevel).toEqual([0, 0, 1, 1, 0]);
    expect(entry('coaching').countsByLevel).toEqual([1, 0, 1, 0, 0]);
    expect(entry('empathy').best).toBe(3);
  });

  it('takes the strictest level an in-team function requires; shell requirements do not count', () => {
    expect(entry('empathy').requiredLevel).toBe(3);
    expect(entry('coaching').requiredLevel).toBeNull();
  });

  it('names the holders at the required level, or at "competent" (2) when nothing requires it', () => {
    expect(entry('empathy').holders).toEqual(['a']);
    expect(entry('coaching').holders).toEqual(['a']);
  });

  it('flags a required competency held by exactly one member as resting on a single person', () => {
    expect(entry('empathy').singlePerson).toBe(true);
    expect(entry('daring').singlePerson).toBe(true);
    // Not required: one holder is no single point of failure for the team's functions.
    expect(entry('coaching').singlePerson).toBe(false);
  });

  it('is not single-person when two members hold it, or when nobody does', () => {
    const two = plan({
      functions: [fn('f', [['empathy', 2]])],
      professionals: [person('a', { empathy: 2 }), person('b', { empathy: 3 })],
      assignments: [
        ['a', 'f'],
        ['b', 'f'],
      ],
    });
    expect(computeCoverage(two).profile.find((e) => e.competency === 'empathy')!.singlePerson).toBe(false);
    const none = plan({
      functions: [fn('f', [['empathy', 4]])],
      professionals: [person('a', { empathy: 2 })],
      assignments: [['a', 'f']],
    });
    expect(computeCoverage(none).profile.find((e) => e.competency === 'empathy')).toMatchObject({
      holders: [],
      singlePerson: false,
    });
  });

  it('adds the plan’s own competencies after the built-in ones', () => {
    const custom = teamPlanSchema.parse({
      ...plan({ functions: [], professionals: [] }),
      competencies: [{ key: 'digital-skills', name: { nl: 'Digitale vaardigheid', en: 'Digital skills' } }],
    });
    expect(computeCoverage(custom).profile.at(-1)!.competency).toBe('digital-skills');
    expect(computeCoverage(custom).profile).toHaveLength(13);
  });
});
