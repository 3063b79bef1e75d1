import { describe, expect, it } from 'vitest';
import type { Team } from '../../../../shared/domain/schemas.js';
import { fn, person, plan, team } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';

const leader = (accountableTo: NonNullable<Team['leader']>['accountableTo']): Team['leader'] => ({
  professionalId: null,
  name: 'Fatima Amrani',
  accountableTo,
  spanPeople: null,
  spanFte: null,
  spanLimitPeople: null,
});
const integral = (positioning: Team['positioning'], l: Team['leader']) =>
  plan({ team: team({ organisationType: 'integraal', positioning, leader: l }), functions: [], professionals: [] });

describe('leader-accountability-positioning', () => {
  it('notes a consortium team whose leader is not accountable to the consortium', () => {
    for (const to of ['municipality', null] as const) {
      const [advice] = adviceFor('leader-accountability-positioning', integral('consortium', leader(to)));
      expect(advice!.severity).toBe('info');
      expect(nl(advice!.message)).toContain('consortium');
      expect(en(advice!.message)).toContain('who mandates the team');
    }
  });

  it('notes a municipal team whose leader is not accountable to the municipality', () => {
    const [advice] = adviceFor('leader-accountability-positioning', integral('municipality', leader('consortium')));
    expect(nl(advice!.message)).toContain('in eigen beheer');
  });

  it('is silent when the accountability matches, for one provider, without a leader, and for other types', () => {
    expect(adviceFor('leader-accountability-positioning', integral('consortium', leader('both')))).toEqual([]);
    expect(adviceFor('leader-accountability-positioning', integral('consortium', leader('consortium')))).toEqual([]);
    expect(adviceFor('leader-accountability-positioning', integral('municipality', leader('both')))).toEqual([]);
    expect(adviceFor('leader-accountability-positioning', integral('singleProvider', leader(null)))).toEqual([]);
    expect(adviceFor('leader-accountability-positioning', integral('consortium', null))).toEqual([]);
    const integrated = plan({
      team: team({ positioning: 'consortium', leader: leader('municipality') }),
      functions: [],
      professionals: [],
    });
    expect(adviceFor('leader-accountability-positioning', integrated)).toEqual([]);
  });
});

describe('single-provider-seconded-staff', () => {
  const build = (positioning: Team['positioning'], organisations: string[]) =>
    plan({
      team: team({ positioning }),
      functions: [fn('f')],
      professionals: [
        ...organisations.map((organisation, i) => person(`p${i}`, {}, { organisation })),
        person('pool', {}, { organisation: 'Elders' }),
      ],
      assignments: organisations.map((_, i): [string, string] => [`p${i}`, 'f']),
    });

  it('tips that members from several mother organisations need agreements with the one provider', () => {
    const [advice] = adviceFor(
      'single-provider-seconded-staff',
      build('singleProvider', ['Welzijn', 'GGZ', 'Welzijn']),
    );
    expect(advice!.severity).toBe('info');
    expect(nl(advice!.message)).toContain('uit 2 moederorganisaties');
    expect(en(advice!.message)).toContain('seconded');
  });

  it('is silent with one mother organisation (the pool does not count) and for other positionings', () => {
    expect(adviceFor('single-provider-seconded-staff', build('singleProvider', ['Welzijn', 'Welzijn', '']))).toEqual(
      [],
    );
    expect(adviceFor('single-provider-seconded-staff', build('consortium', ['Welzijn', 'GGZ']))).toEqual([]);
  });
});
