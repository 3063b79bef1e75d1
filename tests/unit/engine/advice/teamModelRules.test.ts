import { describe, expect, it } from 'vitest';
import { fn, holds, person, plan, team } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';

describe('a1-no-youth-expertise', () => {
  const functions = [fn('f')];
  it('warns when an A1 team has no member with youth expertise (the pool does not count)', () => {
    const p = plan({
      team: team({ model: 'A1' }),
      functions,
      professionals: [person('a', {}, { expertise: holds('debt') }), person('pool', {}, { expertise: holds('youth') })],
      assignments: [['a', 'f']],
    });
    const [advice] = adviceFor('a1-no-youth-expertise', p);
    expect(advice).toMatchObject({ severity: 'warning', subject: { kind: 'team', id: 'team-1' } });
    expect(nl(advice!.message)).toMatch(/jeugdexpertise/);
    expect(en(advice!.message)).toMatch(/youth expertise/);
  });

  it('is silent when a member brings youth expertise, or when the model is not A1', () => {
    const members = {
      functions,
      professionals: [person('a', {}, { expertise: holds('youth') })],
      assignments: [['a', 'f']] as [string, string][],
    };
    expect(adviceFor('a1-no-youth-expertise', plan({ team: team({ model: 'A1' }), ...members }))).toEqual([]);
    expect(
      adviceFor('a1-no-youth-expertise', plan({ team: team({ model: 'A2' }), functions, professionals: [] })),
    ).toEqual([]);
  });
});

describe('a1-narrow-breadth', () => {
  it('notes an A1 team that serves only some age groups, naming the missing ones', () => {
    const p = plan({ team: team({ model: 'A1', ageGroups: ['adults'] }), functions: [], professionals: [] });
    const [advice] = adviceFor('a1-narrow-breadth', p);
    expect(advice!.severity).toBe('info');
    expect(nl(advice!.message)).toContain('Jeugd (0-17), Ouderen (65+)');
  });

  it('notes an A1 team whose breadth answer is "focused"', () => {
    const narrow = team({ model: 'A1' });
    narrow.design.breadth.scope = 'focused';
    expect(adviceFor('a1-narrow-breadth', plan({ team: narrow, functions: [], professionals: [] }))).toHaveLength(1);
  });

  it('is silent for a broad A1 team and for other models', () => {
    expect(
      adviceFor('a1-narrow-breadth', plan({ team: team({ model: 'A1' }), functions: [], professionals: [] })),
    ).toEqual([]);
    expect(
      adviceFor(
        'a1-narrow-breadth',
        plan({ team: team({ model: 'targetGroup', ageGroups: ['youth'] }), functions: [], professionals: [] }),
      ),
    ).toEqual([]);
  });
});

describe('a2-no-access-route', () => {
  it('notes an A2 team whose plan has no access function anywhere', () => {
    const [advice] = adviceFor(
      'a2-no-access-route',
      plan({ team: team({ model: 'A2' }), functions: [fn('f')], professionals: [] }),
    );
    expect(advice).toMatchObject({ severity: 'info', subject: { kind: 'team' } });
    expect(nl(advice!.message)).toMatch(/voorliggend veld/);
  });

  it('is satisfied by an access function in the shell as well as in the team', () => {
    const inShell = fn('loket', [], { templateKey: 'access', placement: 'shell' });
    expect(
      adviceFor('a2-no-access-route', plan({ team: team({ model: 'A2' }), functions: [inShell], professionals: [] })),
    ).toEqual([]);
    expect(
      adviceFor('a2-no-access-route', plan({ team: team({ model: 'A1' }), functions: [], professionals: [] })),
    ).toEqual([]);
  });
});
