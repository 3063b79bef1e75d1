import { describe, expect, it } from 'vitest';
import { fn, person, plan } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';

/** A team of three with the default six team roles; ratings per member. */
function rated(...ratings: Record<string, number>[]) {
  return plan({
    functions: [fn('f')],
    professionals: [
      ...ratings.map((teamRoles, i) => person(`p${i}`, {}, { name: `Lid ${i}`, teamRoles })),
      person('pool', {}, { teamRoles: { driver: 4, connector: 4, ideas: 4, organiser: 4, finisher: 4, critic: 4 } }),
    ],
    assignments: ratings.map((_, i): [string, string] => [`p${i}`, 'f']),
  });
}

describe('team-role-absent', () => {
  it('lists the roles no member has at level 3 or more, in one advice (the pool does not count)', () => {
    const p = rated(
      { driver: 3, connector: 4, ideas: 2 },
      { driver: 4, connector: 3, organiser: 3, finisher: 3, critic: 2 },
      { organiser: 3, finisher: 4 },
    );
    const advice = adviceFor('team-role-absent', p);
    expect(advice).toHaveLength(1);
    expect(nl(advice[0]!.message)).toContain(
      'deze 2 teamrollen sterk (niveau 3 of hoger): Ideeënbron, Kritische toetser',
    );
    expect(en(advice[0]!.message)).toContain('these 2 team roles strongly (level 3 or higher)');
  });

  it('is silent when every role has a strong member, and before anyone is rated', () => {
    const all = { driver: 3, connector: 3, ideas: 3, organiser: 3, finisher: 3, critic: 3 };
    expect(adviceFor('team-role-absent', rated(all, all))).toEqual([]);
    expect(adviceFor('team-role-absent', rated({}, {}))).toEqual([]);
  });
});

describe('team-role-single-person', () => {
  it('names each role that exactly one member has strongly, and its holder', () => {
    const p = rated({ driver: 3, ideas: 4 }, { driver: 4, ideas: 2 });
    const advice = adviceFor('team-role-single-person', p);
    expect(advice).toHaveLength(1);
    expect(nl(advice[0]!.message)).toMatch(/^De teamrol .+ rust alleen op Lid 0\./);
    expect(en(advice[0]!.message)).toContain('rests on Lid 0 alone');
  });

  it('is silent before anyone is rated', () => {
    expect(adviceFor('team-role-single-person', rated({}, {}))).toEqual([]);
  });
});

describe('team-roles-not-rated', () => {
  it('gives one tip when no member has a team-role rating yet', () => {
    const advice = adviceFor('team-roles-not-rated', rated({}, {}));
    expect(advice).toHaveLength(1);
    expect(advice[0]!.severity).toBe('info');
  });

  it('is silent once one member is rated, without members, and without team roles in the plan', () => {
    expect(adviceFor('team-roles-not-rated', rated({ critic: 1 }, {}))).toEqual([]);
    expect(adviceFor('team-roles-not-rated', rated())).toEqual([]);
    expect(adviceFor('team-roles-not-rated', { ...rated({}, {}), teamRoles: [] })).toEqual([]);
  });
});
