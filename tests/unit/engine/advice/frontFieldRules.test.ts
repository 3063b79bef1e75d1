import { describe, expect, it } from 'vitest';
import type { Team } from '../../../../shared/domain/schemas.js';
import { plan, team } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';

const withArrival = (
  model: Team['model'],
  arrival: 'direct' | 'referred' | 'both',
  frontField: Team['frontField'] = [],
) =>
  plan({
    team: team({ model, frontField, design: { ...team().design, questions: { reach: 'all', arrival, notes: '' } } }),
    functions: [],
    professionals: [],
  });

const huisarts = { name: 'Huisartsenpraktijk De Linde', kind: 'gp' as const, referralRoute: '' };
const school = {
  name: 'Basisschool De Regenboog',
  kind: 'school' as const,
  referralRoute: 'Intern begeleider belt het team.',
};
const loket = { name: 'Welzijnsloket', kind: 'welfareDesk' as const, referralRoute: '' };

describe('front-field-missing', () => {
  it('warns an A2 team, or a team whose questions arrive by referral, that records no voorliggend-veld partner', () => {
    for (const p of [withArrival('A2', 'direct'), withArrival('A1', 'referred'), withArrival('domain', 'both')]) {
      const [advice] = adviceFor('front-field-missing', p);
      expect(advice).toMatchObject({ severity: 'warning', subject: { kind: 'team' } });
      expect(nl(advice!.message)).toContain('voorliggend veld');
      // The voorliggend veld refers TO the team; it is not the schil.
      expect(nl(advice!.message)).not.toContain('schil');
      expect(en(advice!.message)).not.toContain('shell');
    }
  });

  it('is silent with at least one partner, and for a team residents reach directly', () => {
    expect(adviceFor('front-field-missing', withArrival('A2', 'referred', [school]))).toEqual([]);
    expect(adviceFor('front-field-missing', withArrival('A1', 'direct'))).toEqual([]);
  });
});

describe('front-field-no-referral-route', () => {
  it('lists the partners without a referral route', () => {
    const [advice] = adviceFor(
      'front-field-no-referral-route',
      withArrival('A2', 'referred', [huisarts, school, loket]),
    );
    expect(advice!.severity).toBe('info');
    expect(nl(advice!.message)).toContain(
      'Bij 2 partners in het voorliggend veld (Huisartsenpraktijk De Linde, Welzijnsloket)',
    );
    const [one] = adviceFor('front-field-no-referral-route', withArrival('A2', 'referred', [huisarts]));
    expect(en(one!.message)).toMatch(/^For Huisartsenpraktijk De Linde in the voorliggend veld/);
  });

  it('is silent when every partner has a route, and for a team residents reach directly', () => {
    expect(adviceFor('front-field-no-referral-route', withArrival('A2', 'both', [school]))).toEqual([]);
    expect(adviceFor('front-field-no-referral-route', withArrival('A1', 'direct', [huisarts]))).toEqual([]);
  });
});
