import { describe, expect, it } from 'vitest';
import { fn, person, plan, team } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';

describe('integraal-hierarchical-binding', () => {
  const build = (
    bindings: ('hierarchical' | 'functional')[],
    organisationType: 'integraal' | 'geintegreerd' = 'integraal',
  ) =>
    plan({
      team: team({ organisationType }),
      functions: [fn('f')],
      professionals: [
        ...bindings.map((binding, i) => person(`p${i}`, {}, { binding })),
        person('pool', {}, { binding: 'hierarchical' }),
      ],
      assignments: bindings.map((_, i): [string, string] => [`p${i}`, 'f']),
    });

  it('warns when most members of an integral team stay hierarchically bound, with the count', () => {
    const [advice] = adviceFor('integraal-hierarchical-binding', build(['hierarchical', 'hierarchical', 'functional']));
    expect(advice!.severity).toBe('warning');
    expect(nl(advice!.message)).toContain('2 van de 3 leden');
    expect(en(advice!.message)).toContain('2 of the 3 members');
  });

  it('is silent at exactly half, without members, and for an integrated team', () => {
    expect(adviceFor('integraal-hierarchical-binding', build(['hierarchical', 'functional']))).toEqual([]);
    expect(adviceFor('integraal-hierarchical-binding', build([]))).toEqual([]);
    expect(
      adviceFor('integraal-hierarchical-binding', build(['hierarchical', 'hierarchical'], 'geintegreerd')),
    ).toEqual([]);
  });
});

describe('integraal-without-mandate', () => {
  it('notes an integral team whose integration answer is not a mandate', () => {
    const t = team({ organisationType: 'integraal' });
    t.design.integration.mode = 'ownOrganisation';
    expect(adviceFor('integraal-without-mandate', plan({ team: t, functions: [], professionals: [] }))).toMatchObject([
      { severity: 'info' },
    ]);
  });

  it('is silent for a mandated integral team and for other types', () => {
    const mandated = team({ organisationType: 'integraal' });
    mandated.design.integration.mode = 'mandated';
    expect(adviceFor('integraal-without-mandate', plan({ team: mandated, functions: [], professionals: [] }))).toEqual(
      [],
    );
    expect(adviceFor('integraal-without-mandate', plan({ team: team(), functions: [], professionals: [] }))).toEqual(
      [],
    );
  });
});

describe('samenwerkingsverband-as-team', () => {
  const partnership = team({ organisationType: 'samenwerkingsverband' });

  it('warns when a partnership staffs in-team functions as if it were a team', () => {
    const p = plan({
      team: partnership,
      functions: [fn('f')],
      professionals: [person('a')],
      assignments: [['a', 'f']],
    });
    const [advice] = adviceFor('samenwerkingsverband-as-team', p);
    expect(advice!.severity).toBe('warning');
    expect(nl(advice!.message)).toMatch(/zonder gedeelde verantwoordelijkheid/);
  });

  it('is silent for a partnership without staffed team functions, and for real teams', () => {
    const shellOnly = plan({
      team: partnership,
      functions: [fn('f'), fn('s', [], { placement: 'shell' })],
      professionals: [person('a')],
      assignments: [['a', 's']],
    });
    expect(adviceFor('samenwerkingsverband-as-team', shellOnly)).toEqual([]);
    const real = plan({ functions: [fn('f')], professionals: [person('a')], assignments: [['a', 'f']] });
    expect(adviceFor('samenwerkingsverband-as-team', real)).toEqual([]);
  });
});
