import { describe, expect, it } from 'vitest';
import type { Team } from '../../../../shared/domain/schemas.js';
import { fn, person, plan, team } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';

type Leader = NonNullable<Team['leader']>;
const leader = (overrides: Partial<Leader> = {}): Leader => ({
  professionalId: null,
  name: 'Fatima Amrani',
  accountableTo: 'municipality',
  spanPeople: null,
  spanFte: null,
  spanLimitPeople: null,
  ...overrides,
});

describe('integraal-without-leader', () => {
  it('warns an integral team without a leader, or with an empty one, citing the source', () => {
    for (const l of [null, leader({ name: '  ' })]) {
      const p = plan({ team: team({ organisationType: 'integraal', leader: l }), functions: [], professionals: [] });
      const [advice] = adviceFor('integraal-without-leader', p);
      expect(advice).toMatchObject({ severity: 'warning', subject: { kind: 'team' } });
      expect(nl(advice!.message)).toContain('eigen leidinggevende');
    }
  });

  it('is silent with a named leader or a leader from the pool, and for other team types', () => {
    const named = plan({
      team: team({ organisationType: 'integraal', leader: leader() }),
      functions: [],
      professionals: [],
    });
    expect(adviceFor('integraal-without-leader', named)).toEqual([]);
    const fromPool = plan({
      team: team({ organisationType: 'integraal', leader: leader({ name: '', professionalId: 'lead' }) }),
      functions: [],
      professionals: [person('lead')],
    });
    expect(adviceFor('integraal-without-leader', fromPool)).toEqual([]);
    expect(adviceFor('integraal-without-leader', plan({ functions: [], professionals: [] }))).toEqual([]);
  });
});

describe('leader-span-exceeded', () => {
  const members = {
    functions: [fn('f')],
    professionals: [person('a'), person('b'), person('c')],
    assignments: [
      ['a', 'f'],
      ['b', 'f'],
      ['c', 'f'],
    ] as [string, string][],
  };

  it('warns with both numbers when the recorded span exceeds the limit', () => {
    const p = plan({ team: team({ leader: leader({ spanPeople: 18, spanLimitPeople: 15 }) }), ...members });
    const [advice] = adviceFor('leader-span-exceeded', p);
    expect(advice!.severity).toBe('warning');
    expect(nl(advice!.message)).toContain('leiding aan 18 mensen, meer dan de ingestelde grens van 15');
    expect(en(advice!.message)).toContain('leads 18 people, more than the limit of 15');
  });

  it('counts this team\u2019s members when no span is recorded', () => {
    const p = plan({ team: team({ leader: leader({ spanLimitPeople: 2 }) }), ...members });
    expect(nl(adviceFor('leader-span-exceeded', p)[0]!.message)).toContain('3 mensen');
  });

  it('is silent at the limit, without a limit, and without a leader', () => {
    expect(
      adviceFor('leader-span-exceeded', plan({ team: team({ leader: leader({ spanLimitPeople: 3 }) }), ...members })),
    ).toEqual([]);
    expect(
      adviceFor('leader-span-exceeded', plan({ team: team({ leader: leader({ spanPeople: 80 }) }), ...members })),
    ).toEqual([]);
    expect(adviceFor('leader-span-exceeded', plan({ ...members }))).toEqual([]);
  });
});
