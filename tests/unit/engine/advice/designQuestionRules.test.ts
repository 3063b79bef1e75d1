import { describe, expect, it } from 'vitest';
import type { Team } from '../../../../shared/domain/schemas.js';
import { fn, needs, plan, team } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';

function designed(change: (t: Team) => void, overrides: Partial<Team> = {}): Team {
  const t = team(overrides);
  change(t);
  return t;
}

describe('depth-refer-without-shell', () => {
  const refers = designed((t) => (t.design.depth.mode = 'signalAndRefer'));

  it('notes a team that signals and refers with nothing in the shell', () => {
    const [advice] = adviceFor(
      'depth-refer-without-shell',
      plan({ team: refers, functions: [fn('f')], professionals: [] }),
    );
    expect(advice).toMatchObject({ severity: 'info', subject: { kind: 'team', id: 'team-1' } });
    expect(nl(advice!.message)).toMatch(/Hoe ver\?/);
  });

  it('is silent once a function is in the shell, and for a team that solves itself', () => {
    const withShell = [fn('f'), fn('s', [], { placement: 'shell' })];
    expect(
      adviceFor('depth-refer-without-shell', plan({ team: refers, functions: withShell, professionals: [] })),
    ).toEqual([]);
    expect(
      adviceFor('depth-refer-without-shell', plan({ team: team(), functions: [fn('f')], professionals: [] })),
    ).toEqual([]);
  });
});

describe('depth-solve-mostly-shell', () => {
  it('notes a solving team with more functions in the shell than in the team, with the counts', () => {
    const functions = [fn('f'), fn('s1', [], { placement: 'shell' }), fn('s2', [], { placement: 'shell' })];
    const [advice] = adviceFor('depth-solve-mostly-shell', plan({ functions, professionals: [] }));
    expect(nl(advice!.message)).toContain('2 van de 3 functies staan in de schil');
  });

  it('is silent at half or less, and for a referring team', () => {
    const half = [fn('f'), fn('s', [], { placement: 'shell' })];
    expect(adviceFor('depth-solve-mostly-shell', plan({ functions: half, professionals: [] }))).toEqual([]);
    const allShell = [fn('s', [], { placement: 'shell' })];
    const refers = designed((t) => (t.design.depth.mode = 'signalAndRefer'));
    expect(
      adviceFor('depth-solve-mostly-shell', plan({ team: refers, functions: allShell, professionals: [] })),
    ).toEqual([]);
  });
});

describe('collective-without-function', () => {
  const collective = designed((t) => (t.design.breadth.collective = true));

  it('notes collective work chosen without an in-team function that carries it', () => {
    const inShell = [fn('c', [], { templateKey: 'collectiveArrangements', placement: 'shell' })];
    expect(
      adviceFor('collective-without-function', plan({ team: collective, functions: inShell, professionals: [] })),
    ).toHaveLength(1);
  });

  it('is satisfied by collective arrangements or community development in the team', () => {
    for (const templateKey of ['collectiveArrangements', 'communityDevelopment']) {
      const functions = [fn('c', [], { templateKey })];
      expect(
        adviceFor('collective-without-function', plan({ team: collective, functions, professionals: [] })),
      ).toEqual([]);
    }
    expect(adviceFor('collective-without-function', plan({ functions: [], professionals: [] }))).toEqual([]);
  });
});

describe('youth-without-function', () => {
  it('warns when the team serves youth but no function anywhere asks for youth expertise', () => {
    const [advice] = adviceFor(
      'youth-without-function',
      plan({ functions: [fn('f', [], { expertise: [needs('debt')] })], professionals: [] }),
    );
    expect(advice!.severity).toBe('warning');
    expect(en(advice!.message)).toContain('youth (0-17)');
  });

  it('is satisfied by a youth function in the shell, and silent for teams without youth', () => {
    const shellYouth = [fn('j', [], { placement: 'shell', expertise: [needs('youth')] })];
    expect(adviceFor('youth-without-function', plan({ functions: shellYouth, professionals: [] }))).toEqual([]);
    const adults = team({ ageGroups: ['adults', 'elderly'] });
    expect(adviceFor('youth-without-function', plan({ team: adults, functions: [], professionals: [] }))).toEqual([]);
  });
});

describe('crisis-placement-depth', () => {
  const withDepth = (mode: 'solve' | 'signalAndRefer', placement: 'team' | 'shell') => {
    const t = team();
    t.design.depth.mode = mode;
    return plan({
      team: t,
      functions: [fn('crisis', [], { templateKey: 'crisisIntervention', name: 'Crisisinterventie', placement })],
      professionals: [],
    });
  };

  it('notes crisis intervention in the team while the team signals and refers', () => {
    const [advice] = adviceFor('crisis-placement-depth', withDepth('signalAndRefer', 'team'));
    expect(advice).toMatchObject({ severity: 'info', subject: { kind: 'function', id: 'crisis' } });
    expect(nl(advice!.message)).toMatch(/^Crisisinterventie staat in het team/);
  });

  it('notes crisis intervention in the shell while the team solves and nobody is named to call in', () => {
    const [advice] = adviceFor('crisis-placement-depth', withDepth('solve', 'shell'));
    // A function still named as its template reads in English in English (functionText).
    expect(en(advice!.message)).toMatch(/^Crisis intervention is in the shell/);
    expect(en(advice!.message)).toContain('whom the team consults');
    expect(nl(advice!.message)).not.toMatch(/altijd/);
  });

  it('accepts the schil for a solving team once the plan records whom the team consults in a crisis', () => {
    const recorded = withDepth('solve', 'shell');
    recorded.functions[0]!.consultation = {
      organisation: 'GGZ Crisisdienst',
      contact: '',
      arrangement: 'Dag en nacht bereikbaar',
      responseTime: 'Binnen 2 uur',
    };
    expect(adviceFor('crisis-placement-depth', recorded)).toEqual([]);
  });

  it('is silent when placement and depth agree, and for other functions', () => {
    expect(adviceFor('crisis-placement-depth', withDepth('solve', 'team'))).toEqual([]);
    expect(adviceFor('crisis-placement-depth', withDepth('signalAndRefer', 'shell'))).toEqual([]);
    const other = plan({ functions: [fn('f', [], { placement: 'team' })], professionals: [] });
    other.team.design.depth.mode = 'signalAndRefer';
    expect(adviceFor('crisis-placement-depth', other)).toEqual([]);
  });
});
