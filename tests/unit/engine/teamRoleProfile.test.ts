import { describe, expect, it } from 'vitest';
import { teamRoleProfile } from '../../../shared/engine/teamRoleProfile.js';
import { fn, person, plan } from './fixtures.js';

const p = plan({
  functions: [fn('f')],
  professionals: [
    person('a', {}, { teamRoles: { driver: 3, connector: 4, critic: 1 } }),
    person('b', {}, { teamRoles: { driver: 4, connector: 2 } }),
    person('c', {}, { teamRoles: {} }),
    person('pool', {}, { teamRoles: { ideas: 4 } }),
  ],
  assignments: [
    ['a', 'f'],
    ['b', 'f'],
    ['c', 'f'],
  ],
});

describe('teamRoleProfile', () => {
  const profile = teamRoleProfile(p, ['a', 'b', 'c']);
  const line = (key: string) => profile.lines.find((l) => l.key === key)!;

  it('gives one line per team role of the plan, in the plan\u2019s order', () => {
    expect(profile.lines.map((l) => l.key)).toEqual(p.teamRoles.map((r) => r.key));
    expect(profile.rated).toBe(true);
  });

  it('lists the members at level 3 or more, strongest first, and the best level', () => {
    expect(line('driver')).toMatchObject({ holders: ['b', 'a'], bestLevel: 4 });
    expect(line('connector')).toMatchObject({ holders: ['a'], bestLevel: 4 });
    expect(line('critic')).toMatchObject({ holders: [], bestLevel: 1 });
  });

  it('counts members per level 0..4, an unrated member at 0; people outside the team do not count', () => {
    expect(line('driver').countsPerLevel).toEqual([1, 0, 0, 1, 1]);
    expect(line('connector').countsPerLevel).toEqual([1, 0, 1, 0, 1]);
    expect(line('ideas')).toMatchObject({ holders: [], bestLevel: 0, countsPerLevel: [3, 0, 0, 0, 0] });
  });

  it('is not rated while no member has a rating for one of the plan\u2019s roles', () => {
    expect(teamRoleProfile(p, ['c']).rated).toBe(false);
    expect(teamRoleProfile(p, []).lines.every((l) => l.bestLevel === 0 && l.holders.length === 0)).toBe(true);
  });
});
